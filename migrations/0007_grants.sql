-- Grants managed in the API by admins: a role on an organization (reaching its subtree) for a principal, the
-- identity a token names (a Cloudflare Access user's e-mail, a JWKS token's subject). Tokens that carry no grants
-- claim get these, read once per request. Revoking keeps the row (who had which right when is evidence).

CREATE TABLE grants (
  id TEXT PRIMARY KEY,
  principal TEXT NOT NULL CHECK (length(principal) BETWEEN 1 AND 320),
  person_id TEXT REFERENCES people (id),
  role TEXT NOT NULL CHECK (role IN ('MEMBER', 'SECRETARY', 'COMMITTEE', 'ADMIN')),
  cell_id TEXT REFERENCES cells (id),
  granted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  granted_by TEXT,
  revoked_at TEXT,
  revoked_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((role = 'ADMIN') = (cell_id IS NULL))
);
CREATE INDEX grants_by_principal ON grants (principal) WHERE revoked_at IS NULL;
CREATE INDEX grants_by_cell ON grants (cell_id, principal) WHERE revoked_at IS NULL;
CREATE UNIQUE INDEX grants_unique_active ON grants (principal, role, ifnull(cell_id, '')) WHERE revoked_at IS NULL;

CREATE TRIGGER audit_grants_insert AFTER INSERT ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_grants_update AFTER UPDATE ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'UPDATE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version), json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_grants_delete AFTER DELETE ON grants
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', OLD.id, 'DELETE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version), NULL
  FROM audit_context WHERE id = 1;
END;
