-- Audit triggers of member_files, generated from their columns by `npm run audit:triggers -- member_files`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_member_files_insert;
CREATE TRIGGER audit_member_files_insert AFTER INSERT ON member_files
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', NEW.person_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'gender', NEW.gender, 'ethnic_group_code', NEW.ethnic_group_code, 'religion', NEW.religion, 'birthplace', NEW.birthplace, 'home_town', NEW.home_town, 'occupation', NEW.occupation, 'general_education', NEW.general_education, 'professional_level', NEW.professional_level, 'political_theory_level', NEW.political_theory_level, 'state_management_level', NEW.state_management_level, 'foreign_languages', NEW.foreign_languages, 'party_card_number', NEW.party_card_number, 'party_card_issued_on', NEW.party_card_issued_on, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_member_files_update;
CREATE TRIGGER audit_member_files_update AFTER UPDATE OF person_id, gender, ethnic_group_code, religion, birthplace, home_town, occupation, general_education, professional_level, political_theory_level, state_management_level, foreign_languages, party_card_number, party_card_issued_on, updated_at ON member_files
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', NEW.person_id, 'UPDATE', json_object('person_id', OLD.person_id, 'gender', OLD.gender, 'ethnic_group_code', OLD.ethnic_group_code, 'religion', OLD.religion, 'birthplace', OLD.birthplace, 'home_town', OLD.home_town, 'occupation', OLD.occupation, 'general_education', OLD.general_education, 'professional_level', OLD.professional_level, 'political_theory_level', OLD.political_theory_level, 'state_management_level', OLD.state_management_level, 'foreign_languages', OLD.foreign_languages, 'party_card_number', OLD.party_card_number, 'party_card_issued_on', OLD.party_card_issued_on, 'updated_at', OLD.updated_at), json_object('person_id', NEW.person_id, 'gender', NEW.gender, 'ethnic_group_code', NEW.ethnic_group_code, 'religion', NEW.religion, 'birthplace', NEW.birthplace, 'home_town', NEW.home_town, 'occupation', NEW.occupation, 'general_education', NEW.general_education, 'professional_level', NEW.professional_level, 'political_theory_level', NEW.political_theory_level, 'state_management_level', NEW.state_management_level, 'foreign_languages', NEW.foreign_languages, 'party_card_number', NEW.party_card_number, 'party_card_issued_on', NEW.party_card_issued_on, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_member_files_delete;
CREATE TRIGGER audit_member_files_delete AFTER DELETE ON member_files
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', OLD.person_id, 'DELETE', json_object('person_id', OLD.person_id, 'gender', OLD.gender, 'ethnic_group_code', OLD.ethnic_group_code, 'religion', OLD.religion, 'birthplace', OLD.birthplace, 'home_town', OLD.home_town, 'occupation', OLD.occupation, 'general_education', OLD.general_education, 'professional_level', OLD.professional_level, 'political_theory_level', OLD.political_theory_level, 'state_management_level', OLD.state_management_level, 'foreign_languages', OLD.foreign_languages, 'party_card_number', OLD.party_card_number, 'party_card_issued_on', OLD.party_card_issued_on, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;
