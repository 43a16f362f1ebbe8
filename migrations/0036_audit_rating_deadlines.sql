-- Audit triggers of rating_deadlines, generated from their columns by `npm run audit:triggers -- rating_deadlines`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_rating_deadlines_insert;
CREATE TRIGGER audit_rating_deadlines_insert AFTER INSERT ON rating_deadlines
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', NEW.committee_id || '/' || NEW.year, 'INSERT', NULL, json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'proposals_due', NEW.proposals_due, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_rating_deadlines_update;
CREATE TRIGGER audit_rating_deadlines_update AFTER UPDATE OF committee_id, year, proposals_due, note, set_by, set_at ON rating_deadlines
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', NEW.committee_id || '/' || NEW.year, 'UPDATE', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'proposals_due', OLD.proposals_due, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'proposals_due', NEW.proposals_due, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_rating_deadlines_delete;
CREATE TRIGGER audit_rating_deadlines_delete AFTER DELETE ON rating_deadlines
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', OLD.committee_id || '/' || OLD.year, 'DELETE', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'proposals_due', OLD.proposals_due, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1;
END;
