-- Audit triggers of draft_consultations, draft_comments, generated from their columns by `npm run audit:triggers -- draft_consultations draft_comments`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_draft_consultations_insert;
CREATE TRIGGER audit_draft_consultations_insert AFTER INSERT ON draft_consultations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'org_id', NEW.org_id, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'closes_on', NEW.closes_on, 'opened_on', NEW.opened_on, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_draft_consultations_update;
CREATE TRIGGER audit_draft_consultations_update AFTER UPDATE OF id, document_id, version, org_id, title, summary, body, closes_on, opened_on, opened_by, created_at ON draft_consultations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'org_id', OLD.org_id, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'closes_on', OLD.closes_on, 'opened_on', OLD.opened_on, 'opened_by', OLD.opened_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'org_id', NEW.org_id, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'closes_on', NEW.closes_on, 'opened_on', NEW.opened_on, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_draft_consultations_delete;
CREATE TRIGGER audit_draft_consultations_delete AFTER DELETE ON draft_consultations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'org_id', OLD.org_id, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'closes_on', OLD.closes_on, 'opened_on', OLD.opened_on, 'opened_by', OLD.opened_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_insert;
CREATE TRIGGER audit_draft_comments_insert AFTER INSERT ON draft_comments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'consultation_id', NEW.consultation_id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'section', NEW.section, 'body', NEW.body, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_update;
CREATE TRIGGER audit_draft_comments_update AFTER UPDATE OF id, consultation_id, person_id, cell_id, section, body, created_at ON draft_comments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'consultation_id', OLD.consultation_id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'section', OLD.section, 'body', OLD.body, 'created_at', OLD.created_at), json_object('id', NEW.id, 'consultation_id', NEW.consultation_id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'section', NEW.section, 'body', NEW.body, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_delete;
CREATE TRIGGER audit_draft_comments_delete AFTER DELETE ON draft_comments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', OLD.id, 'DELETE', json_object('id', OLD.id, 'consultation_id', OLD.consultation_id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'section', OLD.section, 'body', OLD.body, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;
