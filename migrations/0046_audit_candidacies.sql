-- Audit triggers of candidacies, generated from their columns by `npm run audit:triggers -- candidacies`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_candidacies_insert;
CREATE TRIGGER audit_candidacies_insert AFTER INSERT ON candidacies
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', NEW.person_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'awareness_course_on', NEW.awareness_course_on, 'application_on', NEW.application_on, 'background_checked_on', NEW.background_checked_on, 'first_introducer_id', NEW.first_introducer_id, 'second_introducer_id', NEW.second_introducer_id, 'updated_at', NEW.updated_at, 'admission_decision_document_id', NEW.admission_decision_document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_candidacies_update;
CREATE TRIGGER audit_candidacies_update AFTER UPDATE OF person_id, awareness_course_on, application_on, background_checked_on, first_introducer_id, second_introducer_id, updated_at, admission_decision_document_id ON candidacies
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', NEW.person_id, 'UPDATE', json_object('person_id', OLD.person_id, 'awareness_course_on', OLD.awareness_course_on, 'application_on', OLD.application_on, 'background_checked_on', OLD.background_checked_on, 'first_introducer_id', OLD.first_introducer_id, 'second_introducer_id', OLD.second_introducer_id, 'updated_at', OLD.updated_at, 'admission_decision_document_id', OLD.admission_decision_document_id), json_object('person_id', NEW.person_id, 'awareness_course_on', NEW.awareness_course_on, 'application_on', NEW.application_on, 'background_checked_on', NEW.background_checked_on, 'first_introducer_id', NEW.first_introducer_id, 'second_introducer_id', NEW.second_introducer_id, 'updated_at', NEW.updated_at, 'admission_decision_document_id', NEW.admission_decision_document_id)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_candidacies_delete;
CREATE TRIGGER audit_candidacies_delete AFTER DELETE ON candidacies
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', OLD.person_id, 'DELETE', json_object('person_id', OLD.person_id, 'awareness_course_on', OLD.awareness_course_on, 'application_on', OLD.application_on, 'background_checked_on', OLD.background_checked_on, 'first_introducer_id', OLD.first_introducer_id, 'second_introducer_id', OLD.second_introducer_id, 'updated_at', OLD.updated_at, 'admission_decision_document_id', OLD.admission_decision_document_id), NULL
  FROM audit_context WHERE id = 1;
END;
