-- What tests/performance/query-plans.test.ts found missing when it explained every statement of src/db with the binds
-- the application sends, failing on any scan of a table that grows with the data: indexes, trigram indexes for
-- searching names, and the totals of the lists that hold a whole table.

-- A congress's elected terms (Meeting.electedTerms).
CREATE INDEX terms_by_elected_meeting ON terms (elected_at_meeting_id) WHERE elected_at_meeting_id IS NOT NULL;

-- Lists ordered by an expression read their first page from an index on that same expression (the sort key and the
-- id, as src/db/pages.ts orders), instead of sorting the whole table: meetings newest first, audit entries newest first.
CREATE INDEX meetings_by_sort_key ON meetings (meeting_date || scheduled_start, id);
CREATE INDEX audit_log_by_sort_key ON audit_log (printf('%015d', id), CAST(id AS TEXT));

-- people(filter: { status }) and cells(filter: { kind }): the filter, then the list's order. Each value matches many
-- rows, but without statistics SQLite takes an equality on an index for a narrow one: a statement that has a
-- narrower way in (a subtree's path range, a cell's members) writes `+kind` or `+p.party_status` to leave them out.
CREATE INDEX people_by_status ON people (party_status, sort_key, id);
CREATE INDEX cells_by_kind ON cells (kind, sort_key, id);

-- Grants by principal, revoked ones included (grants_by_principal holds only active ones), in the order of the
-- grants list: a principal's grants are a search, and a page of the list reads its rows in order and stops.
CREATE INDEX grants_by_principal_and_id ON grants (principal, id);

-- A committee's audit entries over a period: from each cell of the subtree, the entries of the period.
CREATE INDEX audit_log_by_scope_and_time ON audit_log (scope_cell_id, at);

-- Searching people and organizations by any part of their folded names: a LIKE '%word%' reads every row, so the
-- folded text is also indexed by trigrams (FTS5, external content: the text stays in people.search_text and
-- cells.search_text, the index holds only trigrams). A word of three letters or more is a trigram phrase, which
-- matches exactly where LIKE does; src/db/conditions.ts still applies every word's LIKE to the rows the index
-- finds, so results do not change. Triggers keep each index in step with its table inside every write.
CREATE VIRTUAL TABLE people_search USING fts5 (search_text, content = 'people', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO people_search (people_search) VALUES ('rebuild');

CREATE TRIGGER people_search_insert AFTER INSERT ON people
BEGIN
  INSERT INTO people_search (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF search_text ON people
BEGIN
  INSERT INTO people_search (people_search, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
  INSERT INTO people_search (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people
BEGIN
  INSERT INTO people_search (people_search, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
END;

CREATE VIRTUAL TABLE cell_search USING fts5 (search_text, content = 'cells', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO cell_search (cell_search) VALUES ('rebuild');

CREATE TRIGGER cell_search_insert AFTER INSERT ON cells
BEGIN
  INSERT INTO cell_search (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER cell_search_update AFTER UPDATE OF search_text ON cells
BEGIN
  INSERT INTO cell_search (cell_search, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
  INSERT INTO cell_search (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER cell_search_delete AFTER DELETE ON cells
BEGIN
  INSERT INTO cell_search (cell_search, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
END;

-- The totals of the lists that hold a whole table: everyone's list of organizations (active ones, or all), and an
-- administrator's people, documents, meetings and audit entries without a filter. Counting them would read every
-- row on every request; triggers keep each total in the same transaction as the change it counts, and
-- src/db/pages.ts reads it instead.
CREATE TABLE list_totals (
  list TEXT PRIMARY KEY,
  total INTEGER NOT NULL
);
INSERT INTO list_totals (list, total) VALUES
  ('cells', (SELECT COUNT(*) FROM cells)),
  ('active_cells', (SELECT COUNT(*) FROM cells WHERE dissolved_on IS NULL)),
  ('people', (SELECT COUNT(*) FROM people)),
  ('live_documents', (SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL)),
  ('meetings', (SELECT COUNT(*) FROM meetings)),
  ('audit_log', (SELECT COUNT(*) FROM audit_log));

CREATE TRIGGER list_totals_cells_insert AFTER INSERT ON cells
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'cells' OR (list = 'active_cells' AND NEW.dissolved_on IS NULL);
END;

CREATE TRIGGER list_totals_cells_update AFTER UPDATE OF dissolved_on ON cells
WHEN (OLD.dissolved_on IS NULL) <> (NEW.dissolved_on IS NULL)
BEGIN
  UPDATE list_totals SET total = total + (NEW.dissolved_on IS NULL) - (OLD.dissolved_on IS NULL) WHERE list = 'active_cells';
END;

CREATE TRIGGER list_totals_cells_delete AFTER DELETE ON cells
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'cells' OR (list = 'active_cells' AND OLD.dissolved_on IS NULL);
END;

CREATE TRIGGER list_totals_people_insert AFTER INSERT ON people
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'people';
END;

CREATE TRIGGER list_totals_people_delete AFTER DELETE ON people
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'people';
END;

CREATE TRIGGER list_totals_documents_insert AFTER INSERT ON documents
WHEN NEW.deleted_at IS NULL
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'live_documents';
END;

CREATE TRIGGER list_totals_documents_update AFTER UPDATE OF deleted_at ON documents
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
  UPDATE list_totals SET total = total + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL) WHERE list = 'live_documents';
END;

CREATE TRIGGER list_totals_documents_delete AFTER DELETE ON documents
WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'live_documents';
END;

CREATE TRIGGER list_totals_meetings_insert AFTER INSERT ON meetings
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'meetings';
END;

CREATE TRIGGER list_totals_meetings_delete AFTER DELETE ON meetings
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'meetings';
END;

CREATE TRIGGER list_totals_audit_log_insert AFTER INSERT ON audit_log
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'audit_log';
END;

CREATE TRIGGER list_totals_audit_log_delete AFTER DELETE ON audit_log
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'audit_log';
END;
