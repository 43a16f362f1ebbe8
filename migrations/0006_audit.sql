-- The audit trail. Every write of a mutation starts by describing itself in audit_context (who, which request, which
-- operation, on which organization's behalf) and ends by clearing it, all inside the same D1 batch; these triggers
-- copy each changed row's values before and after into audit_log within that transaction, so an entry exists exactly
-- when the change does. Writes without a context (migrations, the demo data) are not audited. Generated from the
-- tables' columns; secrets (calendar feed token hashes) are left out.

CREATE TABLE audit_context (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  request_id TEXT,
  actor_person_id TEXT,
  actor_grants TEXT,
  operation TEXT,
  scope_cell_id TEXT
);
INSERT INTO audit_context (id) VALUES (1);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor_person_id TEXT,
  actor_grants TEXT,
  operation TEXT NOT NULL,
  scope_cell_id TEXT,
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
  before TEXT,
  after TEXT
);
CREATE INDEX audit_log_by_scope ON audit_log (scope_cell_id, id);
CREATE INDEX audit_log_by_request ON audit_log (request_id);

CREATE TRIGGER audit_cells_insert AFTER INSERT ON cells
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'parent_id', NEW.parent_id, 'path', NEW.path, 'founded_on', NEW.founded_on, 'dissolved_on', NEW.dissolved_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'founding_document_id', NEW.founding_document_id, 'document_code', NEW.document_code)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cells_update AFTER UPDATE ON cells
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', NEW.id, 'UPDATE', json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'parent_id', OLD.parent_id, 'path', OLD.path, 'founded_on', OLD.founded_on, 'dissolved_on', OLD.dissolved_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'founding_document_id', OLD.founding_document_id, 'document_code', OLD.document_code), json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'parent_id', NEW.parent_id, 'path', NEW.path, 'founded_on', NEW.founded_on, 'dissolved_on', NEW.dissolved_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'founding_document_id', NEW.founding_document_id, 'document_code', NEW.document_code)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cells_delete AFTER DELETE ON cells
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', OLD.id, 'DELETE', json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'parent_id', OLD.parent_id, 'path', OLD.path, 'founded_on', OLD.founded_on, 'dissolved_on', OLD.dissolved_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'founding_document_id', OLD.founding_document_id, 'document_code', OLD.document_code), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_aliases_insert AFTER INSERT ON cell_aliases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'name', NEW.name, 'kind', NEW.kind, 'used_from', NEW.used_from, 'used_until', NEW.used_until, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_aliases_update AFTER UPDATE ON cell_aliases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'name', OLD.name, 'kind', OLD.kind, 'used_from', OLD.used_from, 'used_until', OLD.used_until, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'name', NEW.name, 'kind', NEW.kind, 'used_from', NEW.used_from, 'used_until', NEW.used_until, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_aliases_delete AFTER DELETE ON cell_aliases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'name', OLD.name, 'kind', OLD.kind, 'used_from', OLD.used_from, 'used_until', OLD.used_until, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_lineage_insert AFTER INSERT ON cell_lineage
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'predecessor_id', NEW.predecessor_id, 'successor_id', NEW.successor_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'note', NEW.note, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_lineage_update AFTER UPDATE ON cell_lineage
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', NEW.id, 'UPDATE', json_object('id', OLD.id, 'predecessor_id', OLD.predecessor_id, 'successor_id', OLD.successor_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'note', OLD.note, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), json_object('id', NEW.id, 'predecessor_id', NEW.predecessor_id, 'successor_id', NEW.successor_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'note', NEW.note, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_cell_lineage_delete AFTER DELETE ON cell_lineage
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', OLD.id, 'DELETE', json_object('id', OLD.id, 'predecessor_id', OLD.predecessor_id, 'successor_id', OLD.successor_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'note', OLD.note, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_terms_insert AFTER INSERT ON terms
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'elected_at_meeting_id', NEW.elected_at_meeting_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_terms_update AFTER UPDATE ON terms
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on, 'created_at', OLD.created_at, 'elected_at_meeting_id', OLD.elected_at_meeting_id), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'elected_at_meeting_id', NEW.elected_at_meeting_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_terms_delete AFTER DELETE ON terms
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on, 'created_at', OLD.created_at, 'elected_at_meeting_id', OLD.elected_at_meeting_id), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_people_insert AFTER INSERT ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_people_update AFTER UPDATE ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'UPDATE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_people_delete AFTER DELETE ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', OLD.id, 'DELETE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_memberships_insert AFTER INSERT ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_memberships_update AFTER UPDATE ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_memberships_delete AFTER DELETE ON memberships
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_roles_insert AFTER INSERT ON roles
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'role', NEW.role, 'term_id', NEW.term_id, 'started_on', NEW.started_on, 'ended_on', NEW.ended_on, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_roles_update AFTER UPDATE ON roles
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'role', OLD.role, 'term_id', OLD.term_id, 'started_on', OLD.started_on, 'ended_on', OLD.ended_on, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'role', NEW.role, 'term_id', NEW.term_id, 'started_on', NEW.started_on, 'ended_on', NEW.ended_on, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_roles_delete AFTER DELETE ON roles
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'role', OLD.role, 'term_id', OLD.term_id, 'started_on', OLD.started_on, 'ended_on', OLD.ended_on, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_documents_insert AFTER INSERT ON documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'type', NEW.type, 'status', NEW.status, 'number', NEW.number, 'serial', NEW.serial, 'type_code', NEW.type_code, 'issuer_code', NEW.issuer_code, 'issuer_cell_id', NEW.issuer_cell_id, 'issuer_body_id', NEW.issuer_body_id, 'issuer_term', NEW.issuer_term, 'sequence_term', NEW.sequence_term, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'issued_on', NEW.issued_on, 'source', NEW.source, 'sort_key', NEW.sort_key, 'version', NEW.version, 'deleted_at', NEW.deleted_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_documents_update AFTER UPDATE ON documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', NEW.id, 'UPDATE', json_object('id', OLD.id, 'type', OLD.type, 'status', OLD.status, 'number', OLD.number, 'serial', OLD.serial, 'type_code', OLD.type_code, 'issuer_code', OLD.issuer_code, 'issuer_cell_id', OLD.issuer_cell_id, 'issuer_body_id', OLD.issuer_body_id, 'issuer_term', OLD.issuer_term, 'sequence_term', OLD.sequence_term, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'issued_on', OLD.issued_on, 'source', OLD.source, 'sort_key', OLD.sort_key, 'version', OLD.version, 'deleted_at', OLD.deleted_at, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'type', NEW.type, 'status', NEW.status, 'number', NEW.number, 'serial', NEW.serial, 'type_code', NEW.type_code, 'issuer_code', NEW.issuer_code, 'issuer_cell_id', NEW.issuer_cell_id, 'issuer_body_id', NEW.issuer_body_id, 'issuer_term', NEW.issuer_term, 'sequence_term', NEW.sequence_term, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'issued_on', NEW.issued_on, 'source', NEW.source, 'sort_key', NEW.sort_key, 'version', NEW.version, 'deleted_at', NEW.deleted_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_documents_delete AFTER DELETE ON documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', OLD.id, 'DELETE', json_object('id', OLD.id, 'type', OLD.type, 'status', OLD.status, 'number', OLD.number, 'serial', OLD.serial, 'type_code', OLD.type_code, 'issuer_code', OLD.issuer_code, 'issuer_cell_id', OLD.issuer_cell_id, 'issuer_body_id', OLD.issuer_body_id, 'issuer_term', OLD.issuer_term, 'sequence_term', OLD.sequence_term, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'issued_on', OLD.issued_on, 'source', OLD.source, 'sort_key', OLD.sort_key, 'version', OLD.version, 'deleted_at', OLD.deleted_at, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_versions_insert AFTER INSERT ON document_versions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'saved_by', NEW.saved_by, 'saved_at', NEW.saved_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_versions_update AFTER UPDATE ON document_versions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'saved_by', OLD.saved_by, 'saved_at', OLD.saved_at, 'note', OLD.note), json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'saved_by', NEW.saved_by, 'saved_at', NEW.saved_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_versions_delete AFTER DELETE ON document_versions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'saved_by', OLD.saved_by, 'saved_at', OLD.saved_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_relations_insert AFTER INSERT ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_relations_update AFTER UPDATE ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'UPDATE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_document_relations_delete AFTER DELETE ON document_relations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', OLD.id, 'DELETE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attachments_insert AFTER INSERT ON attachments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'file_name', NEW.file_name, 'content_type', NEW.content_type, 'size', NEW.size, 'sha256', NEW.sha256, 'r2_key', NEW.r2_key, 'uploaded_by', NEW.uploaded_by, 'purged_at', NEW.purged_at, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attachments_update AFTER UPDATE ON attachments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'file_name', OLD.file_name, 'content_type', OLD.content_type, 'size', OLD.size, 'sha256', OLD.sha256, 'r2_key', OLD.r2_key, 'uploaded_by', OLD.uploaded_by, 'purged_at', OLD.purged_at, 'created_at', OLD.created_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'file_name', NEW.file_name, 'content_type', NEW.content_type, 'size', NEW.size, 'sha256', NEW.sha256, 'r2_key', NEW.r2_key, 'uploaded_by', NEW.uploaded_by, 'purged_at', NEW.purged_at, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attachments_delete AFTER DELETE ON attachments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'file_name', OLD.file_name, 'content_type', OLD.content_type, 'size', OLD.size, 'sha256', OLD.sha256, 'r2_key', OLD.r2_key, 'uploaded_by', OLD.uploaded_by, 'purged_at', OLD.purged_at, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_implementation_assignments_insert AFTER INSERT ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_implementation_assignments_update AFTER UPDATE ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_implementation_assignments_delete AFTER DELETE ON implementation_assignments
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'kind', NEW.kind, 'title', NEW.title, 'status', NEW.status, 'scheduled_start', NEW.scheduled_start, 'scheduled_end', NEW.scheduled_end, 'meeting_date', NEW.meeting_date, 'actual_start', NEW.actual_start, 'actual_end', NEW.actual_end, 'location', NEW.location, 'chair_person_id', NEW.chair_person_id, 'secretary_person_id', NEW.secretary_person_id, 'minutes_document_id', NEW.minutes_document_id, 'resolution_document_id', NEW.resolution_document_id, 'content_prepared', NEW.content_prepared, 'draft_resolution_prepared', NEW.draft_resolution_prepared, 'materials_sent_at', NEW.materials_sent_at, 'members_who_spoke', NEW.members_who_spoke, 'combined_with_thematic', NEW.combined_with_thematic, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meetings_update AFTER UPDATE ON meetings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'kind', OLD.kind, 'title', OLD.title, 'status', OLD.status, 'scheduled_start', OLD.scheduled_start, 'scheduled_end', OLD.scheduled_end, 'meeting_date', OLD.meeting_date, 'actual_start', OLD.actual_start, 'actual_end', OLD.actual_end, 'location', OLD.location, 'chair_person_id', OLD.chair_person_id, 'secretary_person_id', OLD.secretary_person_id, 'minutes_document_id', OLD.minutes_document_id, 'resolution_document_id', OLD.resolution_document_id, 'content_prepared', OLD.content_prepared, 'draft_resolution_prepared', OLD.draft_resolution_prepared, 'materials_sent_at', OLD.materials_sent_at, 'members_who_spoke', OLD.members_who_spoke, 'combined_with_thematic', OLD.combined_with_thematic, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'kind', NEW.kind, 'title', NEW.title, 'status', NEW.status, 'scheduled_start', NEW.scheduled_start, 'scheduled_end', NEW.scheduled_end, 'meeting_date', NEW.meeting_date, 'actual_start', NEW.actual_start, 'actual_end', NEW.actual_end, 'location', NEW.location, 'chair_person_id', NEW.chair_person_id, 'secretary_person_id', NEW.secretary_person_id, 'minutes_document_id', NEW.minutes_document_id, 'resolution_document_id', NEW.resolution_document_id, 'content_prepared', NEW.content_prepared, 'draft_resolution_prepared', NEW.draft_resolution_prepared, 'materials_sent_at', NEW.materials_sent_at, 'members_who_spoke', NEW.members_who_spoke, 'combined_with_thematic', NEW.combined_with_thematic, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'kind', OLD.kind, 'title', OLD.title, 'status', OLD.status, 'scheduled_start', OLD.scheduled_start, 'scheduled_end', OLD.scheduled_end, 'meeting_date', OLD.meeting_date, 'actual_start', OLD.actual_start, 'actual_end', OLD.actual_end, 'location', OLD.location, 'chair_person_id', OLD.chair_person_id, 'secretary_person_id', OLD.secretary_person_id, 'minutes_document_id', OLD.minutes_document_id, 'resolution_document_id', OLD.resolution_document_id, 'content_prepared', OLD.content_prepared, 'draft_resolution_prepared', OLD.draft_resolution_prepared, 'materials_sent_at', OLD.materials_sent_at, 'members_who_spoke', OLD.members_who_spoke, 'combined_with_thematic', OLD.combined_with_thematic, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_guests_insert AFTER INSERT ON meeting_guests
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'capacity', NEW.capacity)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_guests_update AFTER UPDATE ON meeting_guests
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'capacity', OLD.capacity), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'capacity', NEW.capacity)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_guests_delete AFTER DELETE ON meeting_guests
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'capacity', OLD.capacity), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_items_insert AFTER INSERT ON agenda_items
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'covered', NEW.covered)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_items_update AFTER UPDATE ON agenda_items
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'covered', OLD.covered), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'covered', NEW.covered)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_items_delete AFTER DELETE ON agenda_items
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'covered', OLD.covered), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_item_documents_insert AFTER INSERT ON agenda_item_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', NEW.agenda_item_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('agenda_item_id', NEW.agenda_item_id, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_item_documents_update AFTER UPDATE ON agenda_item_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', NEW.agenda_item_id || '/' || NEW.document_id, 'UPDATE', json_object('agenda_item_id', OLD.agenda_item_id, 'document_id', OLD.document_id), json_object('agenda_item_id', NEW.agenda_item_id, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_agenda_item_documents_delete AFTER DELETE ON agenda_item_documents
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', OLD.agenda_item_id || '/' || OLD.document_id, 'DELETE', json_object('agenda_item_id', OLD.agenda_item_id, 'document_id', OLD.document_id), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_insert AFTER INSERT ON attendance
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', NEW.meeting_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_update AFTER UPDATE ON attendance
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', NEW.meeting_id || '/' || NEW.person_id, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', OLD.meeting_id || '/' || OLD.person_id, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_history_insert AFTER INSERT ON attendance_history
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_history_update AFTER UPDATE ON attendance_history
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_attendance_history_delete AFTER DELETE ON attendance_history
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_decisions_insert AFTER INSERT ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_decisions_update AFTER UPDATE ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_decisions_delete AFTER DELETE ON meeting_decisions
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_decision_votes_insert AFTER INSERT ON decision_votes
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', NEW.decision_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('decision_id', NEW.decision_id, 'person_id', NEW.person_id, 'choice', NEW.choice)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_decision_votes_update AFTER UPDATE ON decision_votes
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', NEW.decision_id || '/' || NEW.person_id, 'UPDATE', json_object('decision_id', OLD.decision_id, 'person_id', OLD.person_id, 'choice', OLD.choice), json_object('decision_id', NEW.decision_id, 'person_id', NEW.person_id, 'choice', NEW.choice)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_decision_votes_delete AFTER DELETE ON decision_votes
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', OLD.decision_id || '/' || OLD.person_id, 'DELETE', json_object('decision_id', OLD.decision_id, 'person_id', OLD.person_id, 'choice', OLD.choice), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_scales_insert AFTER INSERT ON meeting_quality_scales
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', NEW.cell_id, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'grades', NEW.grades, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_scales_update AFTER UPDATE ON meeting_quality_scales
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', NEW.cell_id, 'UPDATE', json_object('cell_id', OLD.cell_id, 'grades', OLD.grades, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('cell_id', NEW.cell_id, 'grades', NEW.grades, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_scales_delete AFTER DELETE ON meeting_quality_scales
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', OLD.cell_id, 'DELETE', json_object('cell_id', OLD.cell_id, 'grades', OLD.grades, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_calendar_feeds_insert AFTER INSERT ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_calendar_feeds_update AFTER UPDATE ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_calendar_feeds_delete AFTER DELETE ON calendar_feeds
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_scheme_settings_insert AFTER INSERT ON scheme_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'cell_id', NEW.cell_id, 'setting', NEW.setting, 'value', NEW.value, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_scheme_settings_update AFTER UPDATE ON scheme_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'cell_id', OLD.cell_id, 'setting', OLD.setting, 'value', OLD.value, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'cell_id', NEW.cell_id, 'setting', NEW.setting, 'value', NEW.value, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_scheme_settings_delete AFTER DELETE ON scheme_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', OLD.id, 'DELETE', json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'cell_id', OLD.cell_id, 'setting', OLD.setting, 'value', OLD.value, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_ratings_insert AFTER INSERT ON ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'subject', NEW.subject, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'year', NEW.year, 'scheme_id', NEW.scheme_id, 'disciplined', NEW.disciplined, 'remedied', NEW.remedied, 'tasks_on_time_percent', NEW.tasks_on_time_percent, 'tasks_exceeding_percent', NEW.tasks_exceeding_percent, 'tasks_late_percent', NEW.tasks_late_percent, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_ratings_update AFTER UPDATE ON ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'subject', OLD.subject, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'year', OLD.year, 'scheme_id', OLD.scheme_id, 'disciplined', OLD.disciplined, 'remedied', OLD.remedied, 'tasks_on_time_percent', OLD.tasks_on_time_percent, 'tasks_exceeding_percent', OLD.tasks_exceeding_percent, 'tasks_late_percent', OLD.tasks_late_percent, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'subject', NEW.subject, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'year', NEW.year, 'scheme_id', NEW.scheme_id, 'disciplined', NEW.disciplined, 'remedied', NEW.remedied, 'tasks_on_time_percent', NEW.tasks_on_time_percent, 'tasks_exceeding_percent', NEW.tasks_exceeding_percent, 'tasks_late_percent', NEW.tasks_late_percent, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_ratings_delete AFTER DELETE ON ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', OLD.id, 'DELETE', json_object('id', OLD.id, 'subject', OLD.subject, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'year', OLD.year, 'scheme_id', OLD.scheme_id, 'disciplined', OLD.disciplined, 'remedied', OLD.remedied, 'tasks_on_time_percent', OLD.tasks_on_time_percent, 'tasks_exceeding_percent', OLD.tasks_exceeding_percent, 'tasks_late_percent', OLD.tasks_late_percent, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_rating_stages_insert AFTER INSERT ON rating_stages
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'rating_id', NEW.rating_id, 'sequence', NEW.sequence, 'stage', NEW.stage, 'level_code', NEW.level_code, 'score', NEW.score, 'comment', NEW.comment, 'reason', NEW.reason, 'meeting_id', NEW.meeting_id, 'decision_document_id', NEW.decision_document_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_rating_stages_update AFTER UPDATE ON rating_stages
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', NEW.id, 'UPDATE', json_object('id', OLD.id, 'rating_id', OLD.rating_id, 'sequence', OLD.sequence, 'stage', OLD.stage, 'level_code', OLD.level_code, 'score', OLD.score, 'comment', OLD.comment, 'reason', OLD.reason, 'meeting_id', OLD.meeting_id, 'decision_document_id', OLD.decision_document_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('id', NEW.id, 'rating_id', NEW.rating_id, 'sequence', NEW.sequence, 'stage', NEW.stage, 'level_code', NEW.level_code, 'score', NEW.score, 'comment', NEW.comment, 'reason', NEW.reason, 'meeting_id', NEW.meeting_id, 'decision_document_id', NEW.decision_document_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_rating_stages_delete AFTER DELETE ON rating_stages
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', OLD.id, 'DELETE', json_object('id', OLD.id, 'rating_id', OLD.rating_id, 'sequence', OLD.sequence, 'stage', OLD.stage, 'level_code', OLD.level_code, 'score', OLD.score, 'comment', OLD.comment, 'reason', OLD.reason, 'meeting_id', OLD.meeting_id, 'decision_document_id', OLD.decision_document_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_monthly_evaluations_insert AFTER INSERT ON monthly_evaluations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', NEW.person_id || '/' || NEW.year || '/' || NEW.month, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'year', NEW.year, 'month', NEW.month, 'cell_id', NEW.cell_id, 'level_code', NEW.level_code, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_monthly_evaluations_update AFTER UPDATE ON monthly_evaluations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', NEW.person_id || '/' || NEW.year || '/' || NEW.month, 'UPDATE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'month', OLD.month, 'cell_id', OLD.cell_id, 'level_code', OLD.level_code, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('person_id', NEW.person_id, 'year', NEW.year, 'month', NEW.month, 'cell_id', NEW.cell_id, 'level_code', NEW.level_code, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_monthly_evaluations_delete AFTER DELETE ON monthly_evaluations
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', OLD.person_id || '/' || OLD.year || '/' || OLD.month, 'DELETE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'month', OLD.month, 'cell_id', OLD.cell_id, 'level_code', OLD.level_code, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_ratings_insert AFTER INSERT ON meeting_quality_ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', NEW.cell_id || '/' || NEW.year, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'grade_code', NEW.grade_code, 'grade_label', NEW.grade_label, 'meeting_id', NEW.meeting_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_ratings_update AFTER UPDATE ON meeting_quality_ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', NEW.cell_id || '/' || NEW.year, 'UPDATE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'grade_code', OLD.grade_code, 'grade_label', OLD.grade_label, 'meeting_id', OLD.meeting_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'grade_code', NEW.grade_code, 'grade_label', NEW.grade_label, 'meeting_id', NEW.meeting_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_meeting_quality_ratings_delete AFTER DELETE ON meeting_quality_ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', OLD.cell_id || '/' || OLD.year, 'DELETE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'grade_code', OLD.grade_code, 'grade_label', OLD.grade_label, 'meeting_id', OLD.meeting_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_annual_targets_insert AFTER INSERT ON annual_targets
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', NEW.cell_id || '/' || NEW.year, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'admissions_min', NEW.admissions_min, 'admissions_max', NEW.admissions_max, 'recognitions', NEW.recognitions, 'registered_level_code', NEW.registered_level_code, 'registered_label', NEW.registered_label, 'document_ids', NEW.document_ids, 'tasks', NEW.tasks, 'version', NEW.version, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_annual_targets_update AFTER UPDATE ON annual_targets
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', NEW.cell_id || '/' || NEW.year, 'UPDATE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'admissions_min', OLD.admissions_min, 'admissions_max', OLD.admissions_max, 'recognitions', OLD.recognitions, 'registered_level_code', OLD.registered_level_code, 'registered_label', OLD.registered_label, 'document_ids', OLD.document_ids, 'tasks', OLD.tasks, 'version', OLD.version, 'updated_at', OLD.updated_at), json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'admissions_min', NEW.admissions_min, 'admissions_max', NEW.admissions_max, 'recognitions', NEW.recognitions, 'registered_level_code', NEW.registered_level_code, 'registered_label', NEW.registered_label, 'document_ids', NEW.document_ids, 'tasks', NEW.tasks, 'version', NEW.version, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER audit_annual_targets_delete AFTER DELETE ON annual_targets
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', OLD.cell_id || '/' || OLD.year, 'DELETE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'admissions_min', OLD.admissions_min, 'admissions_max', OLD.admissions_max, 'recognitions', OLD.recognitions, 'registered_level_code', OLD.registered_level_code, 'registered_label', OLD.registered_label, 'document_ids', OLD.document_ids, 'tasks', OLD.tasks, 'version', OLD.version, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;
