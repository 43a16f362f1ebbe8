-- Each assignment keeps its cell's path, so that a committee's view of a document's assignments (who has not reported
-- on X under it) walks the document's assignments within the subtree's path range, one index entry each, instead of
-- every cell of the subtree and then its assignment (src/db/document-assignments.ts). The path follows its cell in
-- the statement that moves a subtree (moveCell rewrites the path of every cell in it), as document_reads' does (0014).
ALTER TABLE implementation_assignments ADD COLUMN cell_path TEXT;

UPDATE implementation_assignments SET cell_path = (SELECT c.path FROM cells c WHERE c.id = cell_id);

CREATE INDEX implementation_by_document_path ON implementation_assignments (document_id, cell_path);

CREATE TRIGGER implementation_cell_path_insert AFTER INSERT ON implementation_assignments
BEGIN
  UPDATE implementation_assignments SET cell_path = (SELECT c.path FROM cells c WHERE c.id = NEW.cell_id)
  WHERE id = NEW.id;
END;

CREATE TRIGGER implementation_cell_path_moved AFTER UPDATE OF path ON cells
BEGIN
  UPDATE implementation_assignments SET cell_path = NEW.path WHERE cell_id = NEW.id;
END;

-- A bulk load checks foreign keys at its end: an assignment written before its cell gets the path then.
CREATE TRIGGER implementation_cell_path_cell_created AFTER INSERT ON cells
BEGIN
  UPDATE implementation_assignments SET cell_path = NEW.path WHERE cell_id = NEW.id;
END;
