-- Audit triggers of announcements, announcement_documents, generated from their columns by `npm run audit:triggers -- announcements announcement_documents`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_announcements_insert;
CREATE TRIGGER audit_announcements_insert AFTER INSERT ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcements_update;
CREATE TRIGGER audit_announcements_update AFTER UPDATE OF id, sender_cell_id, audience, title, body, acknowledge_by, published_on, published_by, created_at ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'UPDATE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcements_delete;
CREATE TRIGGER audit_announcements_delete AFTER DELETE ON announcements
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', OLD.id, 'DELETE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_insert;
CREATE TRIGGER audit_announcement_documents_insert AFTER INSERT ON announcement_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', NEW.announcement_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('announcement_id', NEW.announcement_id, 'document_id', NEW.document_id, 'position', NEW.position)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_update;
CREATE TRIGGER audit_announcement_documents_update AFTER UPDATE OF announcement_id, document_id, position ON announcement_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', NEW.announcement_id || '/' || NEW.document_id, 'UPDATE', json_object('announcement_id', OLD.announcement_id, 'document_id', OLD.document_id, 'position', OLD.position), json_object('announcement_id', NEW.announcement_id, 'document_id', NEW.document_id, 'position', NEW.position)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_delete;
CREATE TRIGGER audit_announcement_documents_delete AFTER DELETE ON announcement_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', OLD.announcement_id || '/' || OLD.document_id, 'DELETE', json_object('announcement_id', OLD.announcement_id, 'document_id', OLD.document_id, 'position', OLD.position), NULL
  FROM audit_context WHERE id = 1;
END;
