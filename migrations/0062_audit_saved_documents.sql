-- Audit triggers of saved_documents, generated from their columns by `npm run audit:triggers -- saved_documents`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_saved_documents_insert;
CREATE TRIGGER audit_saved_documents_insert AFTER INSERT ON saved_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', NEW.person_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'document_id', NEW.document_id, 'saved_at', NEW.saved_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_saved_documents_update;
CREATE TRIGGER audit_saved_documents_update AFTER UPDATE OF person_id, document_id, saved_at ON saved_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', NEW.person_id || '/' || NEW.document_id, 'UPDATE', json_object('person_id', OLD.person_id, 'document_id', OLD.document_id, 'saved_at', OLD.saved_at), json_object('person_id', NEW.person_id, 'document_id', NEW.document_id, 'saved_at', NEW.saved_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_saved_documents_delete;
CREATE TRIGGER audit_saved_documents_delete AFTER DELETE ON saved_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', OLD.person_id || '/' || OLD.document_id, 'DELETE', json_object('person_id', OLD.person_id, 'document_id', OLD.document_id, 'saved_at', OLD.saved_at), NULL
  FROM audit_context WHERE id = 1;
END;
