-- What deciding on a document needs, without its text: one narrow row per live document, keyed by the documents row's
-- rowid like the search index (document_search). A search filters and counts its matches here, and reads `documents`
-- (whose rows carry the body, most of it in overflow pages) only for the page it returns; a document's relations are
-- filtered here by the other document's reader rule (src/db/documents.ts).
--
-- The issuing cell's path is kept with each row, so that "on the reader's line" is a condition on the row itself
-- rather than a lookup of the issuer for every match. Triggers keep the rows inside every write that changes a
-- document, and the paths inside the statement that moves a subtree (moveCell rewrites the path of every cell in it).
CREATE TABLE document_reads (
  document_rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  number TEXT,
  issuer_cell_id TEXT,
  issuer_body_id TEXT,
  -- The issuing cell's materialized path (cells.path); null for an external body's document.
  issuer_path TEXT,
  issued_on TEXT
);
-- A moved cell's documents.
CREATE INDEX document_reads_by_issuer_cell ON document_reads (issuer_cell_id) WHERE issuer_cell_id IS NOT NULL;

CREATE VIEW document_read_rows AS
SELECT d.rowid AS document_rowid, d.id, d.type, d.status, d.number, d.issuer_cell_id, d.issuer_body_id,
  c.path AS issuer_path, d.issued_on
FROM documents d LEFT JOIN cells c ON c.id = d.issuer_cell_id
WHERE d.deleted_at IS NULL;

INSERT INTO document_reads SELECT * FROM document_read_rows;

CREATE TRIGGER document_reads_insert AFTER INSERT ON documents
WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO document_reads SELECT * FROM document_read_rows WHERE document_rowid = NEW.rowid;
END;

CREATE TRIGGER document_reads_update AFTER UPDATE OF type, status, number, issuer_cell_id, issuer_body_id, issued_on,
  deleted_at ON documents
BEGIN
  DELETE FROM document_reads WHERE document_rowid = OLD.rowid;
  INSERT INTO document_reads SELECT * FROM document_read_rows WHERE document_rowid = NEW.rowid;
END;

CREATE TRIGGER document_reads_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM document_reads WHERE document_rowid = OLD.rowid;
END;

CREATE TRIGGER document_reads_issuer_moved AFTER UPDATE OF path ON cells
BEGIN
  UPDATE document_reads SET issuer_path = NEW.path WHERE issuer_cell_id = NEW.id;
END;

-- A bulk load checks foreign keys at its end: a document written before its issuing cell gets the path then (until
-- it does, the document is on nobody's line).
CREATE TRIGGER document_reads_issuer_created AFTER INSERT ON cells
BEGIN
  UPDATE document_reads SET issuer_path = NEW.path WHERE issuer_cell_id = NEW.id;
END;

-- A document's incoming relations of a kind in the order their lists show them (by date, undated first, then id):
-- "what implements X" numbers the page's rows in index order instead of sorting every implementing document first.
DROP INDEX document_relations_by_target;
CREATE INDEX document_relations_by_target ON document_relations (to_id, kind, coalesce(related_on, ''), id);
