-- Audit triggers of the dues tables, generated from their columns by `npm run audit:triggers -- dues_bases dues_entries dues_entry_months dues_closed_months dues_settings dues_remittances dues_arrears_reasons`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

DROP TRIGGER IF EXISTS audit_dues_bases_insert;
CREATE TRIGGER audit_dues_bases_insert AFTER INSERT ON dues_bases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_month', NEW.from_month, 'category', NEW.category, 'figure', NEW.figure, 'monthly_amount', NEW.monthly_amount, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_bases_update;
CREATE TRIGGER audit_dues_bases_update AFTER UPDATE OF id, person_id, from_month, category, figure, monthly_amount, recorded_by, created_at ON dues_bases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_month', OLD.from_month, 'category', OLD.category, 'figure', OLD.figure, 'monthly_amount', OLD.monthly_amount, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_month', NEW.from_month, 'category', NEW.category, 'figure', NEW.figure, 'monthly_amount', NEW.monthly_amount, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_bases_delete;
CREATE TRIGGER audit_dues_bases_delete AFTER DELETE ON dues_bases
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_month', OLD.from_month, 'category', OLD.category, 'figure', OLD.figure, 'monthly_amount', OLD.monthly_amount, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_insert;
CREATE TRIGGER audit_dues_entries_insert AFTER INSERT ON dues_entries
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'paid_on', NEW.paid_on, 'amount', NEW.amount, 'receipt_year', NEW.receipt_year, 'receipt_number', NEW.receipt_number, 'corrects_id', NEW.corrects_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_update;
CREATE TRIGGER audit_dues_entries_update AFTER UPDATE OF id, cell_id, person_id, paid_on, amount, receipt_year, receipt_number, corrects_id, reason, recorded_by, created_at ON dues_entries
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'paid_on', OLD.paid_on, 'amount', OLD.amount, 'receipt_year', OLD.receipt_year, 'receipt_number', OLD.receipt_number, 'corrects_id', OLD.corrects_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'paid_on', NEW.paid_on, 'amount', NEW.amount, 'receipt_year', NEW.receipt_year, 'receipt_number', NEW.receipt_number, 'corrects_id', NEW.corrects_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_delete;
CREATE TRIGGER audit_dues_entries_delete AFTER DELETE ON dues_entries
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'paid_on', OLD.paid_on, 'amount', OLD.amount, 'receipt_year', OLD.receipt_year, 'receipt_number', OLD.receipt_number, 'corrects_id', OLD.corrects_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_insert;
CREATE TRIGGER audit_dues_entry_months_insert AFTER INSERT ON dues_entry_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', NEW.entry_id || '/' || NEW.month, 'INSERT', NULL, json_object('entry_id', NEW.entry_id, 'month', NEW.month, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'amount', NEW.amount)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_update;
CREATE TRIGGER audit_dues_entry_months_update AFTER UPDATE OF entry_id, month, cell_id, person_id, amount ON dues_entry_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', NEW.entry_id || '/' || NEW.month, 'UPDATE', json_object('entry_id', OLD.entry_id, 'month', OLD.month, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'amount', OLD.amount), json_object('entry_id', NEW.entry_id, 'month', NEW.month, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'amount', NEW.amount)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_delete;
CREATE TRIGGER audit_dues_entry_months_delete AFTER DELETE ON dues_entry_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', OLD.entry_id || '/' || OLD.month, 'DELETE', json_object('entry_id', OLD.entry_id, 'month', OLD.month, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'amount', OLD.amount), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_insert;
CREATE TRIGGER audit_dues_closed_months_insert AFTER INSERT ON dues_closed_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', NEW.cell_id || '/' || NEW.month, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'month', NEW.month, 'closed_by', NEW.closed_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_update;
CREATE TRIGGER audit_dues_closed_months_update AFTER UPDATE OF cell_id, month, closed_by, created_at ON dues_closed_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', NEW.cell_id || '/' || NEW.month, 'UPDATE', json_object('cell_id', OLD.cell_id, 'month', OLD.month, 'closed_by', OLD.closed_by, 'created_at', OLD.created_at), json_object('cell_id', NEW.cell_id, 'month', NEW.month, 'closed_by', NEW.closed_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_delete;
CREATE TRIGGER audit_dues_closed_months_delete AFTER DELETE ON dues_closed_months
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', OLD.cell_id || '/' || OLD.month, 'DELETE', json_object('cell_id', OLD.cell_id, 'month', OLD.month, 'closed_by', OLD.closed_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_insert;
CREATE TRIGGER audit_dues_settings_insert AFTER INSERT ON dues_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', NEW.cell_id, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'retained_basis_points', NEW.retained_basis_points, 'remit_every', NEW.remit_every, 'set_by', NEW.set_by, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_update;
CREATE TRIGGER audit_dues_settings_update AFTER UPDATE OF cell_id, retained_basis_points, remit_every, set_by, updated_at ON dues_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', NEW.cell_id, 'UPDATE', json_object('cell_id', OLD.cell_id, 'retained_basis_points', OLD.retained_basis_points, 'remit_every', OLD.remit_every, 'set_by', OLD.set_by, 'updated_at', OLD.updated_at), json_object('cell_id', NEW.cell_id, 'retained_basis_points', NEW.retained_basis_points, 'remit_every', NEW.remit_every, 'set_by', NEW.set_by, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_delete;
CREATE TRIGGER audit_dues_settings_delete AFTER DELETE ON dues_settings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', OLD.cell_id, 'DELETE', json_object('cell_id', OLD.cell_id, 'retained_basis_points', OLD.retained_basis_points, 'remit_every', OLD.remit_every, 'set_by', OLD.set_by, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_insert;
CREATE TRIGGER audit_dues_remittances_insert AFTER INSERT ON dues_remittances
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'first_month', NEW.first_month, 'last_month', NEW.last_month, 'collected', NEW.collected, 'retained', NEW.retained, 'remitted', NEW.remitted, 'remitted_on', NEW.remitted_on, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_update;
CREATE TRIGGER audit_dues_remittances_update AFTER UPDATE OF id, cell_id, first_month, last_month, collected, retained, remitted, remitted_on, recorded_by, created_at ON dues_remittances
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'first_month', OLD.first_month, 'last_month', OLD.last_month, 'collected', OLD.collected, 'retained', OLD.retained, 'remitted', OLD.remitted, 'remitted_on', OLD.remitted_on, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'first_month', NEW.first_month, 'last_month', NEW.last_month, 'collected', NEW.collected, 'retained', NEW.retained, 'remitted', NEW.remitted, 'remitted_on', NEW.remitted_on, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_delete;
CREATE TRIGGER audit_dues_remittances_delete AFTER DELETE ON dues_remittances
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'first_month', OLD.first_month, 'last_month', OLD.last_month, 'collected', OLD.collected, 'retained', OLD.retained, 'remitted', OLD.remitted, 'remitted_on', OLD.remitted_on, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_insert;
CREATE TRIGGER audit_dues_arrears_reasons_insert AFTER INSERT ON dues_arrears_reasons
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', NEW.person_id || '/' || NEW.year, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'year', NEW.year, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_update;
CREATE TRIGGER audit_dues_arrears_reasons_update AFTER UPDATE OF person_id, year, reason, recorded_by, created_at ON dues_arrears_reasons
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', NEW.person_id || '/' || NEW.year, 'UPDATE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('person_id', NEW.person_id, 'year', NEW.year, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_delete;
CREATE TRIGGER audit_dues_arrears_reasons_delete AFTER DELETE ON dues_arrears_reasons
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', OLD.person_id || '/' || OLD.year, 'DELETE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1;
END;
