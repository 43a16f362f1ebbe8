-- Audit triggers of honours_and_discipline, generated from their columns by `npm run audit:triggers -- honours_and_discipline`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_honours_and_discipline_insert;
CREATE TRIGGER audit_honours_and_discipline_insert AFTER INSERT ON honours_and_discipline
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'kind', NEW.kind, 'form', NEW.form, 'decided_on', NEW.decided_on, 'authority', NEW.authority, 'decision_document_id', NEW.decision_document_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_honours_and_discipline_update;
CREATE TRIGGER audit_honours_and_discipline_update AFTER UPDATE OF id, person_id, kind, form, decided_on, authority, decision_document_id, reason, recorded_by, created_at ON honours_and_discipline
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'kind', OLD.kind, 'form', OLD.form, 'decided_on', OLD.decided_on, 'authority', OLD.authority, 'decision_document_id', OLD.decision_document_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'kind', NEW.kind, 'form', NEW.form, 'decided_on', NEW.decided_on, 'authority', NEW.authority, 'decision_document_id', NEW.decision_document_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_honours_and_discipline_delete;
CREATE TRIGGER audit_honours_and_discipline_delete AFTER DELETE ON honours_and_discipline
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'kind', OLD.kind, 'form', OLD.form, 'decided_on', OLD.decided_on, 'authority', OLD.authority, 'decision_document_id', OLD.decision_document_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;
