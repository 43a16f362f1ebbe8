-- Audit triggers of document_relations, generated from their columns by `npm run audit:triggers -- document_relations`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_document_relations_insert;
CREATE TRIGGER audit_document_relations_insert AFTER INSERT ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_document_relations_update;
CREATE TRIGGER audit_document_relations_update AFTER UPDATE OF id, from_id, to_id, kind, related_on, note, created_at ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'UPDATE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_document_relations_delete;
CREATE TRIGGER audit_document_relations_delete AFTER DELETE ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', OLD.id, 'DELETE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;
