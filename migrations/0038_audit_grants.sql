-- Audit triggers of grants, generated from their columns by `npm run audit:triggers -- grants`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_grants_insert;
CREATE TRIGGER audit_grants_insert AFTER INSERT ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version, 'expires_on', NEW.expires_on)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_grants_update;
CREATE TRIGGER audit_grants_update AFTER UPDATE OF id, principal, person_id, role, cell_id, granted_at, granted_by, revoked_at, revoked_by, version, expires_on ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'UPDATE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version, 'expires_on', OLD.expires_on), json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version, 'expires_on', NEW.expires_on)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_grants_delete;
CREATE TRIGGER audit_grants_delete AFTER DELETE ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', OLD.id, 'DELETE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version, 'expires_on', OLD.expires_on), NULL
  FROM audit_context WHERE id = 1;
END;
