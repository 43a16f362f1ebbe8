-- Audit triggers of badge_awards, generated from their columns by `npm run audit:triggers -- badge_awards`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_badge_awards_insert;
CREATE TRIGGER audit_badge_awards_insert AFTER INSERT ON badge_awards
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'years', NEW.years, 'occasion', NEW.occasion, 'award_on', NEW.award_on, 'early_reason', NEW.early_reason, 'stage', NEW.stage, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'decision_document_id', NEW.decision_document_id, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at, 'version', NEW.version)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_badge_awards_update;
CREATE TRIGGER audit_badge_awards_update AFTER UPDATE OF id, person_id, years, occasion, award_on, early_reason, stage, proposed_by, proposed_at, decision_document_id, decided_by, decided_at, version ON badge_awards
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'years', OLD.years, 'occasion', OLD.occasion, 'award_on', OLD.award_on, 'early_reason', OLD.early_reason, 'stage', OLD.stage, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'decision_document_id', OLD.decision_document_id, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at, 'version', OLD.version), json_object('id', NEW.id, 'person_id', NEW.person_id, 'years', NEW.years, 'occasion', NEW.occasion, 'award_on', NEW.award_on, 'early_reason', NEW.early_reason, 'stage', NEW.stage, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'decision_document_id', NEW.decision_document_id, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at, 'version', NEW.version)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_badge_awards_delete;
CREATE TRIGGER audit_badge_awards_delete AFTER DELETE ON badge_awards
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'years', OLD.years, 'occasion', OLD.occasion, 'award_on', OLD.award_on, 'early_reason', OLD.early_reason, 'stage', OLD.stage, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'decision_document_id', OLD.decision_document_id, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at, 'version', OLD.version), NULL
  FROM audit_context WHERE id = 1;
END;
