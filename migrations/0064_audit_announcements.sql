-- Audit triggers of announcements, generated from their columns by `npm run audit:triggers -- announcements`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_announcements_insert;
CREATE TRIGGER audit_announcements_insert AFTER INSERT ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at, 'kind', NEW.kind)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcements_update;
CREATE TRIGGER audit_announcements_update AFTER UPDATE OF id, sender_cell_id, audience, title, body, acknowledge_by, published_on, published_by, created_at, kind ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'UPDATE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at, 'kind', OLD.kind), json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at, 'kind', NEW.kind)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcements_delete;
CREATE TRIGGER audit_announcements_delete AFTER DELETE ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', OLD.id, 'DELETE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at, 'kind', OLD.kind), NULL
  FROM audit_context WHERE id = 1;
END;
