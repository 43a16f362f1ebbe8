-- Audit triggers of meeting_basis_documents, meeting_speeches, generated from their columns by `npm run audit:triggers -- meeting_basis_documents meeting_speeches`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_insert;
CREATE TRIGGER audit_meeting_basis_documents_insert AFTER INSERT ON meeting_basis_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', NEW.meeting_id || '/' || NEW.position, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_update;
CREATE TRIGGER audit_meeting_basis_documents_update AFTER UPDATE OF meeting_id, position, document_id ON meeting_basis_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', NEW.meeting_id || '/' || NEW.position, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'document_id', OLD.document_id), json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_delete;
CREATE TRIGGER audit_meeting_basis_documents_delete AFTER DELETE ON meeting_basis_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', OLD.meeting_id || '/' || OLD.position, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'document_id', OLD.document_id), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_insert;
CREATE TRIGGER audit_meeting_speeches_insert AFTER INSERT ON meeting_speeches
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'agenda_position', NEW.agenda_position, 'summary', NEW.summary)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_update;
CREATE TRIGGER audit_meeting_speeches_update AFTER UPDATE OF id, meeting_id, position, person_id, name, agenda_position, summary ON meeting_speeches
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'agenda_position', OLD.agenda_position, 'summary', OLD.summary), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'agenda_position', NEW.agenda_position, 'summary', NEW.summary)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_delete;
CREATE TRIGGER audit_meeting_speeches_delete AFTER DELETE ON meeting_speeches
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'agenda_position', OLD.agenda_position, 'summary', OLD.summary), NULL
  FROM audit_context WHERE id = 1;
END;
