-- Contact and identity details of a person (personal data, Decree 13/2023: readable only by the person, their
-- cell's secretary and the committees above; masked in the audit log for anyone else). Stored normalized by
-- src/domain/contact.ts. The people audit triggers are recreated so that the new columns are logged too.

ALTER TABLE people ADD COLUMN phone TEXT;
ALTER TABLE people ADD COLUMN email TEXT;
ALTER TABLE people ADD COLUMN identity_number TEXT;

DROP TRIGGER audit_people_insert;
CREATE TRIGGER audit_people_insert AFTER INSERT ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'phone', NEW.phone, 'email', NEW.email, 'identity_number', NEW.identity_number)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER audit_people_update;
CREATE TRIGGER audit_people_update AFTER UPDATE ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'UPDATE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'phone', OLD.phone, 'email', OLD.email, 'identity_number', OLD.identity_number), json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'phone', NEW.phone, 'email', NEW.email, 'identity_number', NEW.identity_number)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER audit_people_delete;
CREATE TRIGGER audit_people_delete AFTER DELETE ON people
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', OLD.id, 'DELETE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'phone', OLD.phone, 'email', OLD.email, 'identity_number', OLD.identity_number), NULL
  FROM audit_context WHERE id = 1;
END;
