-- The search index rebuilt for searches that read in proportion to their page (src/db/document-search.ts,
-- searchDocuments):
-- * Each row's rowid is the days from 1900-01-01 to its document's sort day in the high bits, above the documents
--   row's own rowid (SEARCH_ROWID). FTS5 returns matches in rowid order, so a search walks the index newest first and
--   stops when its page is full, instead of reading and sorting every match.
-- * Prefix indexes of one, two and three letters: the word being typed is a prefix, and short prefixes ("b" of
--   "bộ", "da" of "Đà") are single entries of the index instead of a merge of every word they begin.
-- FTS5 fixes its options when the table is created: the rows move to a new table, which takes the old one's name.
CREATE VIRTUAL TABLE document_search_by_day USING fts5 (number, title, summary, body, tokenize = 'unicode61',
  prefix = '1 2 3');
INSERT INTO document_search_by_day (rowid, number, title, summary, body)
SELECT ((MAX(0, COALESCE(CAST(julianday(d.sort_key) - julianday('1900-01-01') AS INTEGER), 0)) << 32) | d.rowid),
  s.number, s.title, s.summary, s.body
FROM document_search s JOIN documents d ON d.rowid = s.rowid;
DROP TABLE document_search;
ALTER TABLE document_search_by_day RENAME TO document_search;
