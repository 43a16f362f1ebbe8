-- Audit triggers of meeting_decisions, decision_corrections, generated from their columns by `npm run audit:triggers -- meeting_decisions decision_corrections`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_meeting_decisions_insert;
CREATE TRIGGER audit_meeting_decisions_insert AFTER INSERT ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at, 'version', NEW.version, 'voided_at', NEW.voided_at, 'void_reason', NEW.void_reason)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_decisions_update;
CREATE TRIGGER audit_meeting_decisions_update AFTER UPDATE OF id, meeting_id, position, motion, votes_for, votes_against, votes_abstain, members_who_count, created_at, version, voided_at, void_reason ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at, 'version', OLD.version, 'voided_at', OLD.voided_at, 'void_reason', OLD.void_reason), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at, 'version', NEW.version, 'voided_at', NEW.voided_at, 'void_reason', NEW.void_reason)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_meeting_decisions_delete;
CREATE TRIGGER audit_meeting_decisions_delete AFTER DELETE ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at, 'version', OLD.version, 'voided_at', OLD.voided_at, 'void_reason', OLD.void_reason), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_insert;
CREATE TRIGGER audit_decision_corrections_insert AFTER INSERT ON decision_corrections
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'decision_id', NEW.decision_id, 'kind', NEW.kind, 'reason', NEW.reason, 'previous', NEW.previous, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_update;
CREATE TRIGGER audit_decision_corrections_update AFTER UPDATE OF id, decision_id, kind, reason, previous, recorded_by, recorded_at ON decision_corrections
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', NEW.id, 'UPDATE', json_object('id', OLD.id, 'decision_id', OLD.decision_id, 'kind', OLD.kind, 'reason', OLD.reason, 'previous', OLD.previous, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('id', NEW.id, 'decision_id', NEW.decision_id, 'kind', NEW.kind, 'reason', NEW.reason, 'previous', NEW.previous, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_delete;
CREATE TRIGGER audit_decision_corrections_delete AFTER DELETE ON decision_corrections
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', OLD.id, 'DELETE', json_object('id', OLD.id, 'decision_id', OLD.decision_id, 'kind', OLD.kind, 'reason', OLD.reason, 'previous', OLD.previous, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1;
END;
