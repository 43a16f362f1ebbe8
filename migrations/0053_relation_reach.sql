-- Each relation keeps what a reader's rule needs of the document it comes from — whether it is live, its status, its
-- issuing cell and that cell's path — so that "what implements X" finds the implementing documents a reader may read
-- by ranges of the issuers' paths (src/db/document-relations.ts), not by judging each of hundreds of them: a
-- district's committee reads a tenth of a provincial plan's implementations. Triggers keep the columns with the
-- document's narrow row (document_reads, 0014), which itself follows every write of a document and every move of a
-- subtree.
ALTER TABLE document_relations ADD COLUMN from_live INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_relations ADD COLUMN from_status TEXT;
ALTER TABLE document_relations ADD COLUMN from_issuer_cell_id TEXT;
ALTER TABLE document_relations ADD COLUMN from_issuer_path TEXT;

UPDATE document_relations SET (from_live, from_status, from_issuer_cell_id, from_issuer_path) = (
  SELECT 1, r.status, r.issuer_cell_id, r.issuer_path FROM document_reads r WHERE r.id = document_relations.from_id
)
WHERE from_id IN (SELECT id FROM document_reads);

CREATE INDEX document_relations_by_target_reach ON document_relations (to_id, kind, from_issuer_path);

CREATE TRIGGER document_relations_reach_insert AFTER INSERT ON document_relations
BEGIN
  UPDATE document_relations SET (from_live, from_status, from_issuer_cell_id, from_issuer_path) = (
    SELECT 1, r.status, r.issuer_cell_id, r.issuer_path FROM document_reads r WHERE r.id = NEW.from_id
  )
  WHERE id = NEW.id AND EXISTS (SELECT 1 FROM document_reads r WHERE r.id = NEW.from_id);
END;

CREATE TRIGGER document_relations_reach_document_live AFTER INSERT ON document_reads
BEGIN
  UPDATE document_relations SET from_live = 1, from_status = NEW.status, from_issuer_cell_id = NEW.issuer_cell_id,
    from_issuer_path = NEW.issuer_path
  WHERE from_id = NEW.id;
END;

CREATE TRIGGER document_relations_reach_document_gone AFTER DELETE ON document_reads
BEGIN
  UPDATE document_relations SET from_live = 0 WHERE from_id = OLD.id;
END;

CREATE TRIGGER document_relations_reach_document_changed AFTER UPDATE OF status, issuer_cell_id, issuer_path
  ON document_reads
BEGIN
  UPDATE document_relations SET from_status = NEW.status, from_issuer_cell_id = NEW.issuer_cell_id,
    from_issuer_path = NEW.issuer_path
  WHERE from_id = NEW.id;
END;
