-- Who may find each document, in the search index itself (src/db/document-search.ts, SEARCH_REACH): a `reach` column of
-- words for the issuer's line and status, which a search matches with the reader's own (src/domain/search.ts,
-- reachQuery). The index then skips the documents a reader may not read — a district's secretary may read a tenth
-- of a province's matches — instead of the reader's rule reading every match to drop nine in ten. The rule is still
-- checked on each match: the words only narrow. FTS5 fixes its columns when the table is created: the rows move to
-- a new table, which takes the old one's name.
CREATE VIRTUAL TABLE document_search_with_reach USING fts5 (number, title, summary, body, reach,
  tokenize = 'unicode61', prefix = '1 2 3');
INSERT INTO document_search_with_reach (rowid, number, title, summary, body, reach)
SELECT s.rowid, s.number, s.title, s.summary, s.body,
  CASE
    WHEN r.status = 'DRAFT' THEN CASE WHEN r.issuer_path IS NULL THEN ''
      ELSE 'rd' || replace(trim(lower(replace(replace(r.issuer_path, '-', ''), '_', '')), '/'), '/', ' rd') END
    WHEN r.issuer_path IS NULL THEN 'ropen'
    ELSE 'ri' || replace(trim(lower(replace(replace(r.issuer_path, '-', ''), '_', '')), '/'), '/', ' ri')
      || ' ra' || lower(replace(replace(r.issuer_cell_id, '-', ''), '_', ''))
  END
FROM document_search s JOIN document_reads r ON r.document_rowid = (s.rowid & 4294967295);
DROP TABLE document_search;
ALTER TABLE document_search_with_reach RENAME TO document_search;

-- A document's status or its issuer's place changes (issued, revoked, its cell moved with a subtree): its words
-- follow, in the same statement. (A new or rewritten document's row is written whole by the API: indexDocument.)
CREATE TRIGGER document_search_reach AFTER UPDATE OF status, issuer_cell_id, issuer_path ON document_reads
BEGIN
  UPDATE document_search SET reach = (
    CASE
      WHEN NEW.status = 'DRAFT' THEN CASE WHEN NEW.issuer_path IS NULL THEN ''
        ELSE 'rd' || replace(trim(lower(replace(replace(NEW.issuer_path, '-', ''), '_', '')), '/'), '/', ' rd') END
      WHEN NEW.issuer_path IS NULL THEN 'ropen'
      ELSE 'ri' || replace(trim(lower(replace(replace(NEW.issuer_path, '-', ''), '_', '')), '/'), '/', ' ri')
        || ' ra' || lower(replace(replace(NEW.issuer_cell_id, '-', ''), '_', ''))
    END)
  WHERE rowid = (SELECT ((MAX(0, COALESCE(CAST(julianday(d.sort_key) - julianday('1900-01-01') AS INTEGER), 0)) << 32)
    | d.rowid) FROM documents d WHERE d.rowid = NEW.document_rowid);
END;
