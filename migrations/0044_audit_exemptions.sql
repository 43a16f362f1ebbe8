-- Audit triggers of exemptions, generated from their columns by `npm run audit:triggers -- exemptions`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_exemptions_insert;
CREATE TRIGGER audit_exemptions_insert AFTER INSERT ON exemptions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_on', NEW.from_on, 'until_on', NEW.until_on, 'reason', NEW.reason, 'decision_document_id', NEW.decision_document_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_exemptions_update;
CREATE TRIGGER audit_exemptions_update AFTER UPDATE OF id, person_id, from_on, until_on, reason, decision_document_id, note, recorded_by, created_at ON exemptions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_on', OLD.from_on, 'until_on', OLD.until_on, 'reason', OLD.reason, 'decision_document_id', OLD.decision_document_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_on', NEW.from_on, 'until_on', NEW.until_on, 'reason', NEW.reason, 'decision_document_id', NEW.decision_document_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_exemptions_delete;
CREATE TRIGGER audit_exemptions_delete AFTER DELETE ON exemptions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_on', OLD.from_on, 'until_on', OLD.until_on, 'reason', OLD.reason, 'decision_document_id', OLD.decision_document_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;
