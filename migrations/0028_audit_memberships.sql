-- Audit triggers of memberships, generated from their columns by `npm run audit:triggers -- memberships`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_memberships_insert;
CREATE TRIGGER audit_memberships_insert AFTER INSERT ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_memberships_update;
CREATE TRIGGER audit_memberships_update AFTER UPDATE OF id, person_id, cell_id, started_on, start_reason, ended_on, end_reason, created_at, decision_document_id ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_memberships_delete;
CREATE TRIGGER audit_memberships_delete AFTER DELETE ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), NULL
  FROM audit_context WHERE id = 1;
END;
