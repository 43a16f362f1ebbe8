-- Audit triggers of meeting_answers, generated from their columns by `npm run audit:triggers -- meeting_answers`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_meeting_answers_insert;
CREATE TRIGGER audit_meeting_answers_insert AFTER INSERT ON meeting_answers
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', NEW.meeting_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'response', NEW.response, 'reason', NEW.reason, 'answered_at', NEW.answered_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_answers_update;
CREATE TRIGGER audit_meeting_answers_update AFTER UPDATE OF meeting_id, person_id, response, reason, answered_at ON meeting_answers
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', NEW.meeting_id || '/' || NEW.person_id, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'response', OLD.response, 'reason', OLD.reason, 'answered_at', OLD.answered_at), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'response', NEW.response, 'reason', NEW.reason, 'answered_at', NEW.answered_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_answers_delete;
CREATE TRIGGER audit_meeting_answers_delete AFTER DELETE ON meeting_answers
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', OLD.meeting_id || '/' || OLD.person_id, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'response', OLD.response, 'reason', OLD.reason, 'answered_at', OLD.answered_at), NULL
  FROM audit_context WHERE id = 1;
END;
