-- Audit triggers of calendar_feeds, generated from their columns by `npm run audit:triggers -- calendar_feeds`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_calendar_feeds_insert;
CREATE TRIGGER audit_calendar_feeds_insert AFTER INSERT ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at, 'owner', NEW.owner, 'granted', NEW.granted, 'expires_at', NEW.expires_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_calendar_feeds_update;
CREATE TRIGGER audit_calendar_feeds_update AFTER UPDATE OF id, cell_id, person_id, created_at, revoked_at, owner, granted, expires_at ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at, 'owner', OLD.owner, 'granted', OLD.granted, 'expires_at', OLD.expires_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at, 'owner', NEW.owner, 'granted', NEW.granted, 'expires_at', NEW.expires_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_calendar_feeds_delete;
CREATE TRIGGER audit_calendar_feeds_delete AFTER DELETE ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at, 'owner', OLD.owner, 'granted', OLD.granted, 'expires_at', OLD.expires_at), NULL
  FROM audit_context WHERE id = 1;
END;
