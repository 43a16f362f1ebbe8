-- Audit triggers of implementation_assignments, generated from their columns by `npm run audit:triggers -- implementation_assignments`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_implementation_assignments_insert;
CREATE TRIGGER audit_implementation_assignments_insert AFTER INSERT ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_implementation_assignments_update;
CREATE TRIGGER audit_implementation_assignments_update AFTER UPDATE OF id, document_id, cell_id, assigned_by_cell_id, deadline, status, report_document_id, reported_on, note, version, created_at, updated_at ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_implementation_assignments_delete;
CREATE TRIGGER audit_implementation_assignments_delete AFTER DELETE ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;
