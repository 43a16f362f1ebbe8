-- Writes read fewer rows (issue 14): a logged write read seven rows for its audit entry and an unlogged one three,
-- most of them for AUTOINCREMENT — every insert into audit_log or live_events, even one a trigger's WHEN turned away,
-- first scanned sqlite_sequence — and for reading the audit context twice (WHEN, then the statement). Proposing a
-- cell's 27 ratings read 1,445 rows, about 400 of them for this.
--
-- 1. audit_log and live_events are rebuilt without AUTOINCREMENT. Their ids still never go back: SQLite gives a new
--    row the largest id plus one, nothing deletes from audit_log, and the hourly purge of live_events keeps the newest
--    event (src/db/live-events.ts), so an event ID a subscriber holds is never given to another event. The rows are
--    copied with their ids (the event IDs clients hold stay valid), and the largest event place AUTOINCREMENT gave is
--    kept by a stand-in row where the purge had deleted it. Every trigger that writes into the two tables is
--    dropped first (a table is not renamed while triggers name its missing predecessor) and created again after.
-- 2. The live triggers come back as 0069 wrote them but for reading the context once (first: the join reads nothing more
--    when no request is writing).
-- 3. The audit triggers of every audited table come back reading the context once: below the line, the output of
--    `npm run audit:triggers -- --all` (scripts/audit-triggers.mjs) at this migration. Their UPDATE triggers fire on
--    the captured columns, as the generator has written them since it exists; for the 22 tables whose triggers were
--    older than it this changes one thing: a cell's `subtree_cells` changing alone (a cell added or moved below it)
--    no longer logs an entry whose before and after are the same.

DROP TRIGGER audit_agenda_item_documents_insert;
DROP TRIGGER audit_agenda_item_documents_update;
DROP TRIGGER audit_agenda_item_documents_delete;
DROP TRIGGER audit_agenda_items_insert;
DROP TRIGGER audit_agenda_items_update;
DROP TRIGGER audit_agenda_items_delete;
DROP TRIGGER audit_announcement_documents_insert;
DROP TRIGGER audit_announcement_documents_update;
DROP TRIGGER audit_announcement_documents_delete;
DROP TRIGGER audit_announcements_insert;
DROP TRIGGER audit_announcements_update;
DROP TRIGGER audit_announcements_delete;
DROP TRIGGER audit_annual_targets_insert;
DROP TRIGGER audit_annual_targets_update;
DROP TRIGGER audit_annual_targets_delete;
DROP TRIGGER audit_attachments_insert;
DROP TRIGGER audit_attachments_update;
DROP TRIGGER audit_attachments_delete;
DROP TRIGGER audit_attendance_insert;
DROP TRIGGER audit_attendance_update;
DROP TRIGGER audit_attendance_delete;
DROP TRIGGER audit_attendance_history_insert;
DROP TRIGGER audit_attendance_history_update;
DROP TRIGGER audit_attendance_history_delete;
DROP TRIGGER audit_badge_awards_insert;
DROP TRIGGER audit_badge_awards_update;
DROP TRIGGER audit_badge_awards_delete;
DROP TRIGGER audit_calendar_feeds_insert;
DROP TRIGGER audit_calendar_feeds_update;
DROP TRIGGER audit_calendar_feeds_delete;
DROP TRIGGER audit_candidacies_insert;
DROP TRIGGER audit_candidacies_update;
DROP TRIGGER audit_candidacies_delete;
DROP TRIGGER audit_cell_aliases_insert;
DROP TRIGGER audit_cell_aliases_update;
DROP TRIGGER audit_cell_aliases_delete;
DROP TRIGGER audit_cell_lineage_insert;
DROP TRIGGER audit_cell_lineage_update;
DROP TRIGGER audit_cell_lineage_delete;
DROP TRIGGER audit_cells_insert;
DROP TRIGGER audit_cells_update;
DROP TRIGGER audit_cells_delete;
DROP TRIGGER audit_decision_corrections_insert;
DROP TRIGGER audit_decision_corrections_update;
DROP TRIGGER audit_decision_corrections_delete;
DROP TRIGGER audit_decision_votes_insert;
DROP TRIGGER audit_decision_votes_update;
DROP TRIGGER audit_decision_votes_delete;
DROP TRIGGER audit_document_relations_insert;
DROP TRIGGER audit_document_relations_update;
DROP TRIGGER audit_document_relations_delete;
DROP TRIGGER audit_document_versions_insert;
DROP TRIGGER audit_document_versions_update;
DROP TRIGGER audit_document_versions_delete;
DROP TRIGGER audit_documents_insert;
DROP TRIGGER audit_documents_update;
DROP TRIGGER audit_documents_delete;
DROP TRIGGER audit_draft_comments_insert;
DROP TRIGGER audit_draft_comments_update;
DROP TRIGGER audit_draft_comments_delete;
DROP TRIGGER audit_draft_consultations_insert;
DROP TRIGGER audit_draft_consultations_update;
DROP TRIGGER audit_draft_consultations_delete;
DROP TRIGGER audit_dues_arrears_reasons_insert;
DROP TRIGGER audit_dues_arrears_reasons_update;
DROP TRIGGER audit_dues_arrears_reasons_delete;
DROP TRIGGER audit_dues_bases_insert;
DROP TRIGGER audit_dues_bases_update;
DROP TRIGGER audit_dues_bases_delete;
DROP TRIGGER audit_dues_closed_months_insert;
DROP TRIGGER audit_dues_closed_months_update;
DROP TRIGGER audit_dues_closed_months_delete;
DROP TRIGGER audit_dues_entries_insert;
DROP TRIGGER audit_dues_entries_update;
DROP TRIGGER audit_dues_entries_delete;
DROP TRIGGER audit_dues_entry_months_insert;
DROP TRIGGER audit_dues_entry_months_update;
DROP TRIGGER audit_dues_entry_months_delete;
DROP TRIGGER audit_dues_remittances_insert;
DROP TRIGGER audit_dues_remittances_update;
DROP TRIGGER audit_dues_remittances_delete;
DROP TRIGGER audit_dues_settings_insert;
DROP TRIGGER audit_dues_settings_update;
DROP TRIGGER audit_dues_settings_delete;
DROP TRIGGER audit_exemptions_insert;
DROP TRIGGER audit_exemptions_update;
DROP TRIGGER audit_exemptions_delete;
DROP TRIGGER audit_grants_insert;
DROP TRIGGER audit_grants_update;
DROP TRIGGER audit_grants_delete;
DROP TRIGGER audit_honours_and_discipline_insert;
DROP TRIGGER audit_honours_and_discipline_update;
DROP TRIGGER audit_honours_and_discipline_delete;
DROP TRIGGER audit_implementation_assignments_insert;
DROP TRIGGER audit_implementation_assignments_update;
DROP TRIGGER audit_implementation_assignments_delete;
DROP TRIGGER audit_meeting_answers_insert;
DROP TRIGGER audit_meeting_answers_update;
DROP TRIGGER audit_meeting_answers_delete;
DROP TRIGGER audit_meeting_basis_documents_insert;
DROP TRIGGER audit_meeting_basis_documents_update;
DROP TRIGGER audit_meeting_basis_documents_delete;
DROP TRIGGER audit_meeting_decisions_insert;
DROP TRIGGER audit_meeting_decisions_update;
DROP TRIGGER audit_meeting_decisions_delete;
DROP TRIGGER audit_meeting_guests_insert;
DROP TRIGGER audit_meeting_guests_update;
DROP TRIGGER audit_meeting_guests_delete;
DROP TRIGGER audit_meeting_quality_ratings_insert;
DROP TRIGGER audit_meeting_quality_ratings_update;
DROP TRIGGER audit_meeting_quality_ratings_delete;
DROP TRIGGER audit_meeting_quality_scales_insert;
DROP TRIGGER audit_meeting_quality_scales_update;
DROP TRIGGER audit_meeting_quality_scales_delete;
DROP TRIGGER audit_meeting_speeches_insert;
DROP TRIGGER audit_meeting_speeches_update;
DROP TRIGGER audit_meeting_speeches_delete;
DROP TRIGGER audit_meetings_insert;
DROP TRIGGER audit_meetings_update;
DROP TRIGGER audit_meetings_delete;
DROP TRIGGER audit_member_files_insert;
DROP TRIGGER audit_member_files_update;
DROP TRIGGER audit_member_files_delete;
DROP TRIGGER audit_memberships_insert;
DROP TRIGGER audit_memberships_update;
DROP TRIGGER audit_memberships_delete;
DROP TRIGGER audit_monthly_evaluations_insert;
DROP TRIGGER audit_monthly_evaluations_update;
DROP TRIGGER audit_monthly_evaluations_delete;
DROP TRIGGER audit_people_insert;
DROP TRIGGER audit_people_update;
DROP TRIGGER audit_people_delete;
DROP TRIGGER audit_rating_deadlines_insert;
DROP TRIGGER audit_rating_deadlines_update;
DROP TRIGGER audit_rating_deadlines_delete;
DROP TRIGGER audit_rating_stages_insert;
DROP TRIGGER audit_rating_stages_update;
DROP TRIGGER audit_rating_stages_delete;
DROP TRIGGER audit_ratings_insert;
DROP TRIGGER audit_ratings_update;
DROP TRIGGER audit_ratings_delete;
DROP TRIGGER audit_roles_insert;
DROP TRIGGER audit_roles_update;
DROP TRIGGER audit_roles_delete;
DROP TRIGGER audit_saved_documents_insert;
DROP TRIGGER audit_saved_documents_update;
DROP TRIGGER audit_saved_documents_delete;
DROP TRIGGER audit_scheme_settings_insert;
DROP TRIGGER audit_scheme_settings_update;
DROP TRIGGER audit_scheme_settings_delete;
DROP TRIGGER audit_terms_insert;
DROP TRIGGER audit_terms_update;
DROP TRIGGER audit_terms_delete;
DROP TRIGGER live_announcement;
DROP TRIGGER live_meeting_scheduled;
DROP TRIGGER live_meeting_changed;
DROP TRIGGER live_check_in;
DROP TRIGGER live_rating_stage;
DROP TRIGGER live_draft_comment;

CREATE TABLE audit_log_rebuilt (
  id INTEGER PRIMARY KEY,
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
INSERT INTO audit_log_rebuilt (id, request_id, at, actor_person_id, actor_grants, operation, scope_cell_id, table_name,
  row_key, action, before, after)
SELECT id, request_id, at, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before,
  after
FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_rebuilt RENAME TO audit_log;
CREATE INDEX audit_log_by_scope ON audit_log (scope_cell_id, id);
CREATE INDEX audit_log_by_request ON audit_log (request_id);
CREATE INDEX audit_log_by_sort_key ON audit_log (printf('%015d', id), CAST(id AS TEXT));
CREATE INDEX audit_log_by_scope_and_time ON audit_log (scope_cell_id, at);
CREATE TRIGGER list_totals_audit_log_insert AFTER INSERT ON audit_log
BEGIN
  UPDATE list_totals SET total = total + 1 WHERE list = 'audit_log';
END;
CREATE TRIGGER list_totals_audit_log_delete AFTER DELETE ON audit_log
BEGIN
  UPDATE list_totals SET total = total - 1 WHERE list = 'audit_log';
END;

CREATE TABLE live_events_rebuilt (
  seq INTEGER PRIMARY KEY,
  org_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ANNOUNCEMENT', 'MEETING', 'CHECK_IN', 'RATING', 'DRAFT_COMMENT')),
  subject_id TEXT NOT NULL,
  -- The one person an event is about (a rating's member); NULL when it is for everyone the rules let see it.
  person_id TEXT,
  request_id TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO live_events_rebuilt (seq, org_id, kind, subject_id, person_id, request_id, created_at)
SELECT seq, org_id, kind, subject_id, person_id, request_id, created_at FROM live_events;
-- AUTOINCREMENT remembered the largest place ever given, which the purge by age may have deleted (or the whole log):
-- a row stands in for it, on no organization's channel, so that the next place is above every one a client holds.
-- The purge keeps it while it is the newest and deletes it after the next event.
INSERT INTO live_events_rebuilt (seq, org_id, kind, subject_id, person_id, request_id, created_at)
SELECT s.seq, '', 'MEETING', '', NULL, '', '1970-01-01T00:00:00.000Z'
FROM sqlite_sequence s
WHERE s.name = 'live_events' AND s.seq > (SELECT coalesce(max(seq), 0) FROM live_events);
DROP TABLE live_events;
ALTER TABLE live_events_rebuilt RENAME TO live_events;
CREATE INDEX live_events_by_org ON live_events (org_id, seq);
CREATE INDEX live_events_by_request ON live_events (request_id);
CREATE INDEX live_events_by_time ON live_events (created_at);

CREATE TRIGGER live_announcement AFTER INSERT ON announcements
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.sender_cell_id, 'ANNOUNCEMENT', NEW.id, request_id FROM audit_context WHERE id = 1 AND request_id IS NOT NULL;
END;
CREATE TRIGGER live_meeting_scheduled AFTER INSERT ON meetings
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.cell_id, 'MEETING', NEW.id, request_id FROM audit_context WHERE id = 1 AND request_id IS NOT NULL;
END;
CREATE TRIGGER live_meeting_changed AFTER UPDATE OF version ON meetings
WHEN NEW.version <> OLD.version
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.cell_id, 'MEETING', NEW.id, request_id FROM audit_context WHERE id = 1 AND request_id IS NOT NULL;
END;
CREATE TRIGGER live_check_in AFTER INSERT ON attendance
WHEN NEW.source = 'CHECK_IN'
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT m.cell_id, 'CHECK_IN', NEW.meeting_id, a.request_id
  FROM audit_context a CROSS JOIN meetings m WHERE a.id = 1 AND a.request_id IS NOT NULL AND m.id = NEW.meeting_id;
END;
CREATE TRIGGER live_rating_stage AFTER INSERT ON rating_stages
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, person_id, request_id)
  SELECT r.cell_id, 'RATING', r.id, r.person_id, a.request_id
  FROM audit_context a CROSS JOIN ratings r WHERE a.id = 1 AND a.request_id IS NOT NULL AND r.id = NEW.rating_id
    AND r.person_id IS NOT NULL;
END;
CREATE TRIGGER live_draft_comment AFTER INSERT ON draft_comments
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT d.org_id, 'DRAFT_COMMENT', NEW.id, a.request_id
  FROM audit_context a CROSS JOIN draft_consultations d WHERE a.id = 1 AND a.request_id IS NOT NULL
    AND d.id = NEW.consultation_id;
END;

-- ——— Generated: `npm run audit:triggers -- --all` (51 tables) ———

DROP TRIGGER IF EXISTS audit_agenda_item_documents_insert;
CREATE TRIGGER audit_agenda_item_documents_insert AFTER INSERT ON agenda_item_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', NEW.agenda_item_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('agenda_item_id', NEW.agenda_item_id, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_agenda_item_documents_update;
CREATE TRIGGER audit_agenda_item_documents_update AFTER UPDATE OF agenda_item_id, document_id ON agenda_item_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', NEW.agenda_item_id || '/' || NEW.document_id, 'UPDATE', json_object('agenda_item_id', OLD.agenda_item_id, 'document_id', OLD.document_id), json_object('agenda_item_id', NEW.agenda_item_id, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_agenda_item_documents_delete;
CREATE TRIGGER audit_agenda_item_documents_delete AFTER DELETE ON agenda_item_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_item_documents', OLD.agenda_item_id || '/' || OLD.document_id, 'DELETE', json_object('agenda_item_id', OLD.agenda_item_id, 'document_id', OLD.document_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_agenda_items_insert;
CREATE TRIGGER audit_agenda_items_insert AFTER INSERT ON agenda_items
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'covered', NEW.covered)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_agenda_items_update;
CREATE TRIGGER audit_agenda_items_update AFTER UPDATE OF id, meeting_id, position, kind, title, covered ON agenda_items
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'covered', OLD.covered), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'covered', NEW.covered)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_agenda_items_delete;
CREATE TRIGGER audit_agenda_items_delete AFTER DELETE ON agenda_items
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'agenda_items', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'covered', OLD.covered), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_insert;
CREATE TRIGGER audit_announcement_documents_insert AFTER INSERT ON announcement_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', NEW.announcement_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('announcement_id', NEW.announcement_id, 'document_id', NEW.document_id, 'position', NEW.position)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_update;
CREATE TRIGGER audit_announcement_documents_update AFTER UPDATE OF announcement_id, document_id, position ON announcement_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', NEW.announcement_id || '/' || NEW.document_id, 'UPDATE', json_object('announcement_id', OLD.announcement_id, 'document_id', OLD.document_id, 'position', OLD.position), json_object('announcement_id', NEW.announcement_id, 'document_id', NEW.document_id, 'position', NEW.position)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcement_documents_delete;
CREATE TRIGGER audit_announcement_documents_delete AFTER DELETE ON announcement_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcement_documents', OLD.announcement_id || '/' || OLD.document_id, 'DELETE', json_object('announcement_id', OLD.announcement_id, 'document_id', OLD.document_id, 'position', OLD.position), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcements_insert;
CREATE TRIGGER audit_announcements_insert AFTER INSERT ON announcements
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at, 'kind', NEW.kind)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcements_update;
CREATE TRIGGER audit_announcements_update AFTER UPDATE OF id, sender_cell_id, audience, title, body, acknowledge_by, published_on, published_by, created_at, kind ON announcements
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', NEW.id, 'UPDATE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at, 'kind', OLD.kind), json_object('id', NEW.id, 'sender_cell_id', NEW.sender_cell_id, 'audience', NEW.audience, 'title', NEW.title, 'body', NEW.body, 'acknowledge_by', NEW.acknowledge_by, 'published_on', NEW.published_on, 'published_by', NEW.published_by, 'created_at', NEW.created_at, 'kind', NEW.kind)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_announcements_delete;
CREATE TRIGGER audit_announcements_delete AFTER DELETE ON announcements
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'announcements', OLD.id, 'DELETE', json_object('id', OLD.id, 'sender_cell_id', OLD.sender_cell_id, 'audience', OLD.audience, 'title', OLD.title, 'body', OLD.body, 'acknowledge_by', OLD.acknowledge_by, 'published_on', OLD.published_on, 'published_by', OLD.published_by, 'created_at', OLD.created_at, 'kind', OLD.kind), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_annual_targets_insert;
CREATE TRIGGER audit_annual_targets_insert AFTER INSERT ON annual_targets
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', NEW.cell_id || '/' || NEW.year, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'admissions_min', NEW.admissions_min, 'admissions_max', NEW.admissions_max, 'recognitions', NEW.recognitions, 'registered_level_code', NEW.registered_level_code, 'registered_label', NEW.registered_label, 'document_ids', NEW.document_ids, 'tasks', NEW.tasks, 'version', NEW.version, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_annual_targets_update;
CREATE TRIGGER audit_annual_targets_update AFTER UPDATE OF cell_id, year, admissions_min, admissions_max, recognitions, registered_level_code, registered_label, document_ids, tasks, version, updated_at ON annual_targets
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', NEW.cell_id || '/' || NEW.year, 'UPDATE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'admissions_min', OLD.admissions_min, 'admissions_max', OLD.admissions_max, 'recognitions', OLD.recognitions, 'registered_level_code', OLD.registered_level_code, 'registered_label', OLD.registered_label, 'document_ids', OLD.document_ids, 'tasks', OLD.tasks, 'version', OLD.version, 'updated_at', OLD.updated_at), json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'admissions_min', NEW.admissions_min, 'admissions_max', NEW.admissions_max, 'recognitions', NEW.recognitions, 'registered_level_code', NEW.registered_level_code, 'registered_label', NEW.registered_label, 'document_ids', NEW.document_ids, 'tasks', NEW.tasks, 'version', NEW.version, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_annual_targets_delete;
CREATE TRIGGER audit_annual_targets_delete AFTER DELETE ON annual_targets
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'annual_targets', OLD.cell_id || '/' || OLD.year, 'DELETE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'admissions_min', OLD.admissions_min, 'admissions_max', OLD.admissions_max, 'recognitions', OLD.recognitions, 'registered_level_code', OLD.registered_level_code, 'registered_label', OLD.registered_label, 'document_ids', OLD.document_ids, 'tasks', OLD.tasks, 'version', OLD.version, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attachments_insert;
CREATE TRIGGER audit_attachments_insert AFTER INSERT ON attachments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'file_name', NEW.file_name, 'content_type', NEW.content_type, 'size', NEW.size, 'sha256', NEW.sha256, 'r2_key', NEW.r2_key, 'uploaded_by', NEW.uploaded_by, 'purged_at', NEW.purged_at, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attachments_update;
CREATE TRIGGER audit_attachments_update AFTER UPDATE OF id, document_id, file_name, content_type, size, sha256, r2_key, uploaded_by, purged_at, created_at ON attachments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'file_name', OLD.file_name, 'content_type', OLD.content_type, 'size', OLD.size, 'sha256', OLD.sha256, 'r2_key', OLD.r2_key, 'uploaded_by', OLD.uploaded_by, 'purged_at', OLD.purged_at, 'created_at', OLD.created_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'file_name', NEW.file_name, 'content_type', NEW.content_type, 'size', NEW.size, 'sha256', NEW.sha256, 'r2_key', NEW.r2_key, 'uploaded_by', NEW.uploaded_by, 'purged_at', NEW.purged_at, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attachments_delete;
CREATE TRIGGER audit_attachments_delete AFTER DELETE ON attachments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attachments', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'file_name', OLD.file_name, 'content_type', OLD.content_type, 'size', OLD.size, 'sha256', OLD.sha256, 'r2_key', OLD.r2_key, 'uploaded_by', OLD.uploaded_by, 'purged_at', OLD.purged_at, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_insert;
CREATE TRIGGER audit_attendance_insert AFTER INSERT ON attendance
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', NEW.meeting_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_update;
CREATE TRIGGER audit_attendance_update AFTER UPDATE OF meeting_id, person_id, status, source, recorded_by, recorded_at, note ON attendance
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', NEW.meeting_id || '/' || NEW.person_id, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_delete;
CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance', OLD.meeting_id || '/' || OLD.person_id, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_history_insert;
CREATE TRIGGER audit_attendance_history_insert AFTER INSERT ON attendance_history
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_history_update;
CREATE TRIGGER audit_attendance_history_update AFTER UPDATE OF id, meeting_id, person_id, status, source, recorded_by, recorded_at, note ON attendance_history
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'source', NEW.source, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_attendance_history_delete;
CREATE TRIGGER audit_attendance_history_delete AFTER DELETE ON attendance_history
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'attendance_history', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'source', OLD.source, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_badge_awards_insert;
CREATE TRIGGER audit_badge_awards_insert AFTER INSERT ON badge_awards
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'years', NEW.years, 'occasion', NEW.occasion, 'award_on', NEW.award_on, 'early_reason', NEW.early_reason, 'stage', NEW.stage, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'decision_document_id', NEW.decision_document_id, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at, 'version', NEW.version)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_badge_awards_update;
CREATE TRIGGER audit_badge_awards_update AFTER UPDATE OF id, person_id, years, occasion, award_on, early_reason, stage, proposed_by, proposed_at, decision_document_id, decided_by, decided_at, version ON badge_awards
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'years', OLD.years, 'occasion', OLD.occasion, 'award_on', OLD.award_on, 'early_reason', OLD.early_reason, 'stage', OLD.stage, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'decision_document_id', OLD.decision_document_id, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at, 'version', OLD.version), json_object('id', NEW.id, 'person_id', NEW.person_id, 'years', NEW.years, 'occasion', NEW.occasion, 'award_on', NEW.award_on, 'early_reason', NEW.early_reason, 'stage', NEW.stage, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'decision_document_id', NEW.decision_document_id, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at, 'version', NEW.version)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_badge_awards_delete;
CREATE TRIGGER audit_badge_awards_delete AFTER DELETE ON badge_awards
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'badge_awards', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'years', OLD.years, 'occasion', OLD.occasion, 'award_on', OLD.award_on, 'early_reason', OLD.early_reason, 'stage', OLD.stage, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'decision_document_id', OLD.decision_document_id, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at, 'version', OLD.version), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_calendar_feeds_insert;
CREATE TRIGGER audit_calendar_feeds_insert AFTER INSERT ON calendar_feeds
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at, 'owner', NEW.owner, 'granted', NEW.granted, 'expires_at', NEW.expires_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_calendar_feeds_update;
CREATE TRIGGER audit_calendar_feeds_update AFTER UPDATE OF id, cell_id, person_id, created_at, revoked_at, owner, granted, expires_at ON calendar_feeds
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at, 'owner', OLD.owner, 'granted', OLD.granted, 'expires_at', OLD.expires_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'created_at', NEW.created_at, 'revoked_at', NEW.revoked_at, 'owner', NEW.owner, 'granted', NEW.granted, 'expires_at', NEW.expires_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_calendar_feeds_delete;
CREATE TRIGGER audit_calendar_feeds_delete AFTER DELETE ON calendar_feeds
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'calendar_feeds', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'created_at', OLD.created_at, 'revoked_at', OLD.revoked_at, 'owner', OLD.owner, 'granted', OLD.granted, 'expires_at', OLD.expires_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_candidacies_insert;
CREATE TRIGGER audit_candidacies_insert AFTER INSERT ON candidacies
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', NEW.person_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'awareness_course_on', NEW.awareness_course_on, 'application_on', NEW.application_on, 'background_checked_on', NEW.background_checked_on, 'first_introducer_id', NEW.first_introducer_id, 'second_introducer_id', NEW.second_introducer_id, 'updated_at', NEW.updated_at, 'admission_decision_document_id', NEW.admission_decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_candidacies_update;
CREATE TRIGGER audit_candidacies_update AFTER UPDATE OF person_id, awareness_course_on, application_on, background_checked_on, first_introducer_id, second_introducer_id, updated_at, admission_decision_document_id ON candidacies
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', NEW.person_id, 'UPDATE', json_object('person_id', OLD.person_id, 'awareness_course_on', OLD.awareness_course_on, 'application_on', OLD.application_on, 'background_checked_on', OLD.background_checked_on, 'first_introducer_id', OLD.first_introducer_id, 'second_introducer_id', OLD.second_introducer_id, 'updated_at', OLD.updated_at, 'admission_decision_document_id', OLD.admission_decision_document_id), json_object('person_id', NEW.person_id, 'awareness_course_on', NEW.awareness_course_on, 'application_on', NEW.application_on, 'background_checked_on', NEW.background_checked_on, 'first_introducer_id', NEW.first_introducer_id, 'second_introducer_id', NEW.second_introducer_id, 'updated_at', NEW.updated_at, 'admission_decision_document_id', NEW.admission_decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_candidacies_delete;
CREATE TRIGGER audit_candidacies_delete AFTER DELETE ON candidacies
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'candidacies', OLD.person_id, 'DELETE', json_object('person_id', OLD.person_id, 'awareness_course_on', OLD.awareness_course_on, 'application_on', OLD.application_on, 'background_checked_on', OLD.background_checked_on, 'first_introducer_id', OLD.first_introducer_id, 'second_introducer_id', OLD.second_introducer_id, 'updated_at', OLD.updated_at, 'admission_decision_document_id', OLD.admission_decision_document_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_aliases_insert;
CREATE TRIGGER audit_cell_aliases_insert AFTER INSERT ON cell_aliases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'name', NEW.name, 'kind', NEW.kind, 'used_from', NEW.used_from, 'used_until', NEW.used_until, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_aliases_update;
CREATE TRIGGER audit_cell_aliases_update AFTER UPDATE OF id, cell_id, name, kind, used_from, used_until, created_at ON cell_aliases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'name', OLD.name, 'kind', OLD.kind, 'used_from', OLD.used_from, 'used_until', OLD.used_until, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'name', NEW.name, 'kind', NEW.kind, 'used_from', NEW.used_from, 'used_until', NEW.used_until, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_aliases_delete;
CREATE TRIGGER audit_cell_aliases_delete AFTER DELETE ON cell_aliases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_aliases', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'name', OLD.name, 'kind', OLD.kind, 'used_from', OLD.used_from, 'used_until', OLD.used_until, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_lineage_insert;
CREATE TRIGGER audit_cell_lineage_insert AFTER INSERT ON cell_lineage
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'predecessor_id', NEW.predecessor_id, 'successor_id', NEW.successor_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'note', NEW.note, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_lineage_update;
CREATE TRIGGER audit_cell_lineage_update AFTER UPDATE OF id, predecessor_id, successor_id, kind, occurred_on, note, created_at, decision_document_id ON cell_lineage
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', NEW.id, 'UPDATE', json_object('id', OLD.id, 'predecessor_id', OLD.predecessor_id, 'successor_id', OLD.successor_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'note', OLD.note, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), json_object('id', NEW.id, 'predecessor_id', NEW.predecessor_id, 'successor_id', NEW.successor_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'note', NEW.note, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cell_lineage_delete;
CREATE TRIGGER audit_cell_lineage_delete AFTER DELETE ON cell_lineage
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cell_lineage', OLD.id, 'DELETE', json_object('id', OLD.id, 'predecessor_id', OLD.predecessor_id, 'successor_id', OLD.successor_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'note', OLD.note, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cells_insert;
CREATE TRIGGER audit_cells_insert AFTER INSERT ON cells
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'parent_id', NEW.parent_id, 'path', NEW.path, 'founded_on', NEW.founded_on, 'dissolved_on', NEW.dissolved_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'founding_document_id', NEW.founding_document_id, 'document_code', NEW.document_code)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cells_update;
CREATE TRIGGER audit_cells_update AFTER UPDATE OF id, kind, name, sort_key, search_text, parent_id, path, founded_on, dissolved_on, version, created_at, updated_at, founding_document_id, document_code ON cells
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', NEW.id, 'UPDATE', json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'parent_id', OLD.parent_id, 'path', OLD.path, 'founded_on', OLD.founded_on, 'dissolved_on', OLD.dissolved_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'founding_document_id', OLD.founding_document_id, 'document_code', OLD.document_code), json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'parent_id', NEW.parent_id, 'path', NEW.path, 'founded_on', NEW.founded_on, 'dissolved_on', NEW.dissolved_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'founding_document_id', NEW.founding_document_id, 'document_code', NEW.document_code)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_cells_delete;
CREATE TRIGGER audit_cells_delete AFTER DELETE ON cells
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'cells', OLD.id, 'DELETE', json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'parent_id', OLD.parent_id, 'path', OLD.path, 'founded_on', OLD.founded_on, 'dissolved_on', OLD.dissolved_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'founding_document_id', OLD.founding_document_id, 'document_code', OLD.document_code), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_insert;
CREATE TRIGGER audit_decision_corrections_insert AFTER INSERT ON decision_corrections
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'decision_id', NEW.decision_id, 'kind', NEW.kind, 'reason', NEW.reason, 'previous', NEW.previous, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_update;
CREATE TRIGGER audit_decision_corrections_update AFTER UPDATE OF id, decision_id, kind, reason, previous, recorded_by, recorded_at ON decision_corrections
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', NEW.id, 'UPDATE', json_object('id', OLD.id, 'decision_id', OLD.decision_id, 'kind', OLD.kind, 'reason', OLD.reason, 'previous', OLD.previous, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('id', NEW.id, 'decision_id', NEW.decision_id, 'kind', NEW.kind, 'reason', NEW.reason, 'previous', NEW.previous, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_corrections_delete;
CREATE TRIGGER audit_decision_corrections_delete AFTER DELETE ON decision_corrections
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_corrections', OLD.id, 'DELETE', json_object('id', OLD.id, 'decision_id', OLD.decision_id, 'kind', OLD.kind, 'reason', OLD.reason, 'previous', OLD.previous, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_votes_insert;
CREATE TRIGGER audit_decision_votes_insert AFTER INSERT ON decision_votes
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', NEW.decision_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('decision_id', NEW.decision_id, 'person_id', NEW.person_id, 'choice', NEW.choice)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_votes_update;
CREATE TRIGGER audit_decision_votes_update AFTER UPDATE OF decision_id, person_id, choice ON decision_votes
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', NEW.decision_id || '/' || NEW.person_id, 'UPDATE', json_object('decision_id', OLD.decision_id, 'person_id', OLD.person_id, 'choice', OLD.choice), json_object('decision_id', NEW.decision_id, 'person_id', NEW.person_id, 'choice', NEW.choice)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_decision_votes_delete;
CREATE TRIGGER audit_decision_votes_delete AFTER DELETE ON decision_votes
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'decision_votes', OLD.decision_id || '/' || OLD.person_id, 'DELETE', json_object('decision_id', OLD.decision_id, 'person_id', OLD.person_id, 'choice', OLD.choice), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_relations_insert;
CREATE TRIGGER audit_document_relations_insert AFTER INSERT ON document_relations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_relations_update;
CREATE TRIGGER audit_document_relations_update AFTER UPDATE OF id, from_id, to_id, kind, related_on, note, created_at ON document_relations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', NEW.id, 'UPDATE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), json_object('id', NEW.id, 'from_id', NEW.from_id, 'to_id', NEW.to_id, 'kind', NEW.kind, 'related_on', NEW.related_on, 'note', NEW.note, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_relations_delete;
CREATE TRIGGER audit_document_relations_delete AFTER DELETE ON document_relations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_relations', OLD.id, 'DELETE', json_object('id', OLD.id, 'from_id', OLD.from_id, 'to_id', OLD.to_id, 'kind', OLD.kind, 'related_on', OLD.related_on, 'note', OLD.note, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_versions_insert;
CREATE TRIGGER audit_document_versions_insert AFTER INSERT ON document_versions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'saved_by', NEW.saved_by, 'saved_at', NEW.saved_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_versions_update;
CREATE TRIGGER audit_document_versions_update AFTER UPDATE OF id, document_id, version, title, summary, body, saved_by, saved_at, note ON document_versions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'saved_by', OLD.saved_by, 'saved_at', OLD.saved_at, 'note', OLD.note), json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'saved_by', NEW.saved_by, 'saved_at', NEW.saved_at, 'note', NEW.note)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_document_versions_delete;
CREATE TRIGGER audit_document_versions_delete AFTER DELETE ON document_versions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'document_versions', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'saved_by', OLD.saved_by, 'saved_at', OLD.saved_at, 'note', OLD.note), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_documents_insert;
CREATE TRIGGER audit_documents_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'type', NEW.type, 'status', NEW.status, 'number', NEW.number, 'serial', NEW.serial, 'type_code', NEW.type_code, 'issuer_code', NEW.issuer_code, 'issuer_cell_id', NEW.issuer_cell_id, 'issuer_body_id', NEW.issuer_body_id, 'issuer_term', NEW.issuer_term, 'sequence_term', NEW.sequence_term, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'issued_on', NEW.issued_on, 'source', NEW.source, 'sort_key', NEW.sort_key, 'version', NEW.version, 'deleted_at', NEW.deleted_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_documents_update;
CREATE TRIGGER audit_documents_update AFTER UPDATE OF id, type, status, number, serial, type_code, issuer_code, issuer_cell_id, issuer_body_id, issuer_term, sequence_term, title, summary, body, issued_on, source, sort_key, version, deleted_at, created_at, updated_at ON documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', NEW.id, 'UPDATE', json_object('id', OLD.id, 'type', OLD.type, 'status', OLD.status, 'number', OLD.number, 'serial', OLD.serial, 'type_code', OLD.type_code, 'issuer_code', OLD.issuer_code, 'issuer_cell_id', OLD.issuer_cell_id, 'issuer_body_id', OLD.issuer_body_id, 'issuer_term', OLD.issuer_term, 'sequence_term', OLD.sequence_term, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'issued_on', OLD.issued_on, 'source', OLD.source, 'sort_key', OLD.sort_key, 'version', OLD.version, 'deleted_at', OLD.deleted_at, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'type', NEW.type, 'status', NEW.status, 'number', NEW.number, 'serial', NEW.serial, 'type_code', NEW.type_code, 'issuer_code', NEW.issuer_code, 'issuer_cell_id', NEW.issuer_cell_id, 'issuer_body_id', NEW.issuer_body_id, 'issuer_term', NEW.issuer_term, 'sequence_term', NEW.sequence_term, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'issued_on', NEW.issued_on, 'source', NEW.source, 'sort_key', NEW.sort_key, 'version', NEW.version, 'deleted_at', NEW.deleted_at, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_documents_delete;
CREATE TRIGGER audit_documents_delete AFTER DELETE ON documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'documents', OLD.id, 'DELETE', json_object('id', OLD.id, 'type', OLD.type, 'status', OLD.status, 'number', OLD.number, 'serial', OLD.serial, 'type_code', OLD.type_code, 'issuer_code', OLD.issuer_code, 'issuer_cell_id', OLD.issuer_cell_id, 'issuer_body_id', OLD.issuer_body_id, 'issuer_term', OLD.issuer_term, 'sequence_term', OLD.sequence_term, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'issued_on', OLD.issued_on, 'source', OLD.source, 'sort_key', OLD.sort_key, 'version', OLD.version, 'deleted_at', OLD.deleted_at, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_insert;
CREATE TRIGGER audit_draft_comments_insert AFTER INSERT ON draft_comments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'consultation_id', NEW.consultation_id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'section', NEW.section, 'body', NEW.body, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_update;
CREATE TRIGGER audit_draft_comments_update AFTER UPDATE OF id, consultation_id, person_id, cell_id, section, body, created_at ON draft_comments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'consultation_id', OLD.consultation_id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'section', OLD.section, 'body', OLD.body, 'created_at', OLD.created_at), json_object('id', NEW.id, 'consultation_id', NEW.consultation_id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'section', NEW.section, 'body', NEW.body, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_comments_delete;
CREATE TRIGGER audit_draft_comments_delete AFTER DELETE ON draft_comments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_comments', OLD.id, 'DELETE', json_object('id', OLD.id, 'consultation_id', OLD.consultation_id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'section', OLD.section, 'body', OLD.body, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_consultations_insert;
CREATE TRIGGER audit_draft_consultations_insert AFTER INSERT ON draft_consultations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'org_id', NEW.org_id, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'closes_on', NEW.closes_on, 'opened_on', NEW.opened_on, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_consultations_update;
CREATE TRIGGER audit_draft_consultations_update AFTER UPDATE OF id, document_id, version, org_id, title, summary, body, closes_on, opened_on, opened_by, created_at ON draft_consultations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'org_id', OLD.org_id, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'closes_on', OLD.closes_on, 'opened_on', OLD.opened_on, 'opened_by', OLD.opened_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'version', NEW.version, 'org_id', NEW.org_id, 'title', NEW.title, 'summary', NEW.summary, 'body', NEW.body, 'closes_on', NEW.closes_on, 'opened_on', NEW.opened_on, 'opened_by', NEW.opened_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_draft_consultations_delete;
CREATE TRIGGER audit_draft_consultations_delete AFTER DELETE ON draft_consultations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'draft_consultations', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'version', OLD.version, 'org_id', OLD.org_id, 'title', OLD.title, 'summary', OLD.summary, 'body', OLD.body, 'closes_on', OLD.closes_on, 'opened_on', OLD.opened_on, 'opened_by', OLD.opened_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_insert;
CREATE TRIGGER audit_dues_arrears_reasons_insert AFTER INSERT ON dues_arrears_reasons
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', NEW.person_id || '/' || NEW.year, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'year', NEW.year, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_update;
CREATE TRIGGER audit_dues_arrears_reasons_update AFTER UPDATE OF person_id, year, reason, recorded_by, created_at ON dues_arrears_reasons
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', NEW.person_id || '/' || NEW.year, 'UPDATE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('person_id', NEW.person_id, 'year', NEW.year, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_arrears_reasons_delete;
CREATE TRIGGER audit_dues_arrears_reasons_delete AFTER DELETE ON dues_arrears_reasons
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_arrears_reasons', OLD.person_id || '/' || OLD.year, 'DELETE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_bases_insert;
CREATE TRIGGER audit_dues_bases_insert AFTER INSERT ON dues_bases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_month', NEW.from_month, 'category', NEW.category, 'figure', NEW.figure, 'monthly_amount', NEW.monthly_amount, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_bases_update;
CREATE TRIGGER audit_dues_bases_update AFTER UPDATE OF id, person_id, from_month, category, figure, monthly_amount, recorded_by, created_at ON dues_bases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_month', OLD.from_month, 'category', OLD.category, 'figure', OLD.figure, 'monthly_amount', OLD.monthly_amount, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_month', NEW.from_month, 'category', NEW.category, 'figure', NEW.figure, 'monthly_amount', NEW.monthly_amount, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_bases_delete;
CREATE TRIGGER audit_dues_bases_delete AFTER DELETE ON dues_bases
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_bases', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_month', OLD.from_month, 'category', OLD.category, 'figure', OLD.figure, 'monthly_amount', OLD.monthly_amount, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_insert;
CREATE TRIGGER audit_dues_closed_months_insert AFTER INSERT ON dues_closed_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', NEW.cell_id || '/' || NEW.month, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'month', NEW.month, 'closed_by', NEW.closed_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_update;
CREATE TRIGGER audit_dues_closed_months_update AFTER UPDATE OF cell_id, month, closed_by, created_at ON dues_closed_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', NEW.cell_id || '/' || NEW.month, 'UPDATE', json_object('cell_id', OLD.cell_id, 'month', OLD.month, 'closed_by', OLD.closed_by, 'created_at', OLD.created_at), json_object('cell_id', NEW.cell_id, 'month', NEW.month, 'closed_by', NEW.closed_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_closed_months_delete;
CREATE TRIGGER audit_dues_closed_months_delete AFTER DELETE ON dues_closed_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_closed_months', OLD.cell_id || '/' || OLD.month, 'DELETE', json_object('cell_id', OLD.cell_id, 'month', OLD.month, 'closed_by', OLD.closed_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_insert;
CREATE TRIGGER audit_dues_entries_insert AFTER INSERT ON dues_entries
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'paid_on', NEW.paid_on, 'amount', NEW.amount, 'receipt_year', NEW.receipt_year, 'receipt_number', NEW.receipt_number, 'corrects_id', NEW.corrects_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_update;
CREATE TRIGGER audit_dues_entries_update AFTER UPDATE OF id, cell_id, person_id, paid_on, amount, receipt_year, receipt_number, corrects_id, reason, recorded_by, created_at ON dues_entries
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'paid_on', OLD.paid_on, 'amount', OLD.amount, 'receipt_year', OLD.receipt_year, 'receipt_number', OLD.receipt_number, 'corrects_id', OLD.corrects_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'paid_on', NEW.paid_on, 'amount', NEW.amount, 'receipt_year', NEW.receipt_year, 'receipt_number', NEW.receipt_number, 'corrects_id', NEW.corrects_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entries_delete;
CREATE TRIGGER audit_dues_entries_delete AFTER DELETE ON dues_entries
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entries', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'paid_on', OLD.paid_on, 'amount', OLD.amount, 'receipt_year', OLD.receipt_year, 'receipt_number', OLD.receipt_number, 'corrects_id', OLD.corrects_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_insert;
CREATE TRIGGER audit_dues_entry_months_insert AFTER INSERT ON dues_entry_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', NEW.entry_id || '/' || NEW.month, 'INSERT', NULL, json_object('entry_id', NEW.entry_id, 'month', NEW.month, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'amount', NEW.amount)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_update;
CREATE TRIGGER audit_dues_entry_months_update AFTER UPDATE OF entry_id, month, cell_id, person_id, amount ON dues_entry_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', NEW.entry_id || '/' || NEW.month, 'UPDATE', json_object('entry_id', OLD.entry_id, 'month', OLD.month, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'amount', OLD.amount), json_object('entry_id', NEW.entry_id, 'month', NEW.month, 'cell_id', NEW.cell_id, 'person_id', NEW.person_id, 'amount', NEW.amount)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_entry_months_delete;
CREATE TRIGGER audit_dues_entry_months_delete AFTER DELETE ON dues_entry_months
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_entry_months', OLD.entry_id || '/' || OLD.month, 'DELETE', json_object('entry_id', OLD.entry_id, 'month', OLD.month, 'cell_id', OLD.cell_id, 'person_id', OLD.person_id, 'amount', OLD.amount), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_insert;
CREATE TRIGGER audit_dues_remittances_insert AFTER INSERT ON dues_remittances
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'first_month', NEW.first_month, 'last_month', NEW.last_month, 'collected', NEW.collected, 'retained', NEW.retained, 'remitted', NEW.remitted, 'remitted_on', NEW.remitted_on, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_update;
CREATE TRIGGER audit_dues_remittances_update AFTER UPDATE OF id, cell_id, first_month, last_month, collected, retained, remitted, remitted_on, recorded_by, created_at ON dues_remittances
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'first_month', OLD.first_month, 'last_month', OLD.last_month, 'collected', OLD.collected, 'retained', OLD.retained, 'remitted', OLD.remitted, 'remitted_on', OLD.remitted_on, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'first_month', NEW.first_month, 'last_month', NEW.last_month, 'collected', NEW.collected, 'retained', NEW.retained, 'remitted', NEW.remitted, 'remitted_on', NEW.remitted_on, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_remittances_delete;
CREATE TRIGGER audit_dues_remittances_delete AFTER DELETE ON dues_remittances
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_remittances', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'first_month', OLD.first_month, 'last_month', OLD.last_month, 'collected', OLD.collected, 'retained', OLD.retained, 'remitted', OLD.remitted, 'remitted_on', OLD.remitted_on, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_insert;
CREATE TRIGGER audit_dues_settings_insert AFTER INSERT ON dues_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', NEW.cell_id, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'retained_basis_points', NEW.retained_basis_points, 'remit_every', NEW.remit_every, 'set_by', NEW.set_by, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_update;
CREATE TRIGGER audit_dues_settings_update AFTER UPDATE OF cell_id, retained_basis_points, remit_every, set_by, updated_at ON dues_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', NEW.cell_id, 'UPDATE', json_object('cell_id', OLD.cell_id, 'retained_basis_points', OLD.retained_basis_points, 'remit_every', OLD.remit_every, 'set_by', OLD.set_by, 'updated_at', OLD.updated_at), json_object('cell_id', NEW.cell_id, 'retained_basis_points', NEW.retained_basis_points, 'remit_every', NEW.remit_every, 'set_by', NEW.set_by, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_dues_settings_delete;
CREATE TRIGGER audit_dues_settings_delete AFTER DELETE ON dues_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'dues_settings', OLD.cell_id, 'DELETE', json_object('cell_id', OLD.cell_id, 'retained_basis_points', OLD.retained_basis_points, 'remit_every', OLD.remit_every, 'set_by', OLD.set_by, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_exemptions_insert;
CREATE TRIGGER audit_exemptions_insert AFTER INSERT ON exemptions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_on', NEW.from_on, 'until_on', NEW.until_on, 'reason', NEW.reason, 'decision_document_id', NEW.decision_document_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_exemptions_update;
CREATE TRIGGER audit_exemptions_update AFTER UPDATE OF id, person_id, from_on, until_on, reason, decision_document_id, note, recorded_by, created_at ON exemptions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_on', OLD.from_on, 'until_on', OLD.until_on, 'reason', OLD.reason, 'decision_document_id', OLD.decision_document_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'from_on', NEW.from_on, 'until_on', NEW.until_on, 'reason', NEW.reason, 'decision_document_id', NEW.decision_document_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_exemptions_delete;
CREATE TRIGGER audit_exemptions_delete AFTER DELETE ON exemptions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'exemptions', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'from_on', OLD.from_on, 'until_on', OLD.until_on, 'reason', OLD.reason, 'decision_document_id', OLD.decision_document_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_grants_insert;
CREATE TRIGGER audit_grants_insert AFTER INSERT ON grants
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version, 'expires_on', NEW.expires_on)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_grants_update;
CREATE TRIGGER audit_grants_update AFTER UPDATE OF id, principal, person_id, role, cell_id, granted_at, granted_by, revoked_at, revoked_by, version, expires_on ON grants
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', NEW.id, 'UPDATE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version, 'expires_on', OLD.expires_on), json_object('id', NEW.id, 'principal', NEW.principal, 'person_id', NEW.person_id, 'role', NEW.role, 'cell_id', NEW.cell_id, 'granted_at', NEW.granted_at, 'granted_by', NEW.granted_by, 'revoked_at', NEW.revoked_at, 'revoked_by', NEW.revoked_by, 'version', NEW.version, 'expires_on', NEW.expires_on)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_grants_delete;
CREATE TRIGGER audit_grants_delete AFTER DELETE ON grants
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'grants', OLD.id, 'DELETE', json_object('id', OLD.id, 'principal', OLD.principal, 'person_id', OLD.person_id, 'role', OLD.role, 'cell_id', OLD.cell_id, 'granted_at', OLD.granted_at, 'granted_by', OLD.granted_by, 'revoked_at', OLD.revoked_at, 'revoked_by', OLD.revoked_by, 'version', OLD.version, 'expires_on', OLD.expires_on), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_honours_and_discipline_insert;
CREATE TRIGGER audit_honours_and_discipline_insert AFTER INSERT ON honours_and_discipline
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'kind', NEW.kind, 'form', NEW.form, 'decided_on', NEW.decided_on, 'authority', NEW.authority, 'decision_document_id', NEW.decision_document_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_honours_and_discipline_update;
CREATE TRIGGER audit_honours_and_discipline_update AFTER UPDATE OF id, person_id, kind, form, decided_on, authority, decision_document_id, reason, recorded_by, created_at ON honours_and_discipline
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'kind', OLD.kind, 'form', OLD.form, 'decided_on', OLD.decided_on, 'authority', OLD.authority, 'decision_document_id', OLD.decision_document_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'kind', NEW.kind, 'form', NEW.form, 'decided_on', NEW.decided_on, 'authority', NEW.authority, 'decision_document_id', NEW.decision_document_id, 'reason', NEW.reason, 'recorded_by', NEW.recorded_by, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_honours_and_discipline_delete;
CREATE TRIGGER audit_honours_and_discipline_delete AFTER DELETE ON honours_and_discipline
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'honours_and_discipline', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'kind', OLD.kind, 'form', OLD.form, 'decided_on', OLD.decided_on, 'authority', OLD.authority, 'decision_document_id', OLD.decision_document_id, 'reason', OLD.reason, 'recorded_by', OLD.recorded_by, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_implementation_assignments_insert;
CREATE TRIGGER audit_implementation_assignments_insert AFTER INSERT ON implementation_assignments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_implementation_assignments_update;
CREATE TRIGGER audit_implementation_assignments_update AFTER UPDATE OF id, document_id, cell_id, assigned_by_cell_id, deadline, status, report_document_id, reported_on, note, version, created_at, updated_at ON implementation_assignments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', NEW.id, 'UPDATE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'document_id', NEW.document_id, 'cell_id', NEW.cell_id, 'assigned_by_cell_id', NEW.assigned_by_cell_id, 'deadline', NEW.deadline, 'status', NEW.status, 'report_document_id', NEW.report_document_id, 'reported_on', NEW.reported_on, 'note', NEW.note, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_implementation_assignments_delete;
CREATE TRIGGER audit_implementation_assignments_delete AFTER DELETE ON implementation_assignments
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'implementation_assignments', OLD.id, 'DELETE', json_object('id', OLD.id, 'document_id', OLD.document_id, 'cell_id', OLD.cell_id, 'assigned_by_cell_id', OLD.assigned_by_cell_id, 'deadline', OLD.deadline, 'status', OLD.status, 'report_document_id', OLD.report_document_id, 'reported_on', OLD.reported_on, 'note', OLD.note, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_answers_insert;
CREATE TRIGGER audit_meeting_answers_insert AFTER INSERT ON meeting_answers
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', NEW.meeting_id || '/' || NEW.person_id, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'response', NEW.response, 'reason', NEW.reason, 'answered_at', NEW.answered_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_answers_update;
CREATE TRIGGER audit_meeting_answers_update AFTER UPDATE OF meeting_id, person_id, response, reason, answered_at ON meeting_answers
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', NEW.meeting_id || '/' || NEW.person_id, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'response', OLD.response, 'reason', OLD.reason, 'answered_at', OLD.answered_at), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'response', NEW.response, 'reason', NEW.reason, 'answered_at', NEW.answered_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_answers_delete;
CREATE TRIGGER audit_meeting_answers_delete AFTER DELETE ON meeting_answers
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_answers', OLD.meeting_id || '/' || OLD.person_id, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'response', OLD.response, 'reason', OLD.reason, 'answered_at', OLD.answered_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_insert;
CREATE TRIGGER audit_meeting_basis_documents_insert AFTER INSERT ON meeting_basis_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', NEW.meeting_id || '/' || NEW.position, 'INSERT', NULL, json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_update;
CREATE TRIGGER audit_meeting_basis_documents_update AFTER UPDATE OF meeting_id, position, document_id ON meeting_basis_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', NEW.meeting_id || '/' || NEW.position, 'UPDATE', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'document_id', OLD.document_id), json_object('meeting_id', NEW.meeting_id, 'position', NEW.position, 'document_id', NEW.document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_basis_documents_delete;
CREATE TRIGGER audit_meeting_basis_documents_delete AFTER DELETE ON meeting_basis_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_basis_documents', OLD.meeting_id || '/' || OLD.position, 'DELETE', json_object('meeting_id', OLD.meeting_id, 'position', OLD.position, 'document_id', OLD.document_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_decisions_insert;
CREATE TRIGGER audit_meeting_decisions_insert AFTER INSERT ON meeting_decisions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at, 'version', NEW.version, 'voided_at', NEW.voided_at, 'void_reason', NEW.void_reason)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_decisions_update;
CREATE TRIGGER audit_meeting_decisions_update AFTER UPDATE OF id, meeting_id, position, motion, votes_for, votes_against, votes_abstain, members_who_count, created_at, version, voided_at, void_reason ON meeting_decisions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at, 'version', OLD.version, 'voided_at', OLD.voided_at, 'void_reason', OLD.void_reason), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'motion', NEW.motion, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'votes_abstain', NEW.votes_abstain, 'members_who_count', NEW.members_who_count, 'created_at', NEW.created_at, 'version', NEW.version, 'voided_at', NEW.voided_at, 'void_reason', NEW.void_reason)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_decisions_delete;
CREATE TRIGGER audit_meeting_decisions_delete AFTER DELETE ON meeting_decisions
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_decisions', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'motion', OLD.motion, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'votes_abstain', OLD.votes_abstain, 'members_who_count', OLD.members_who_count, 'created_at', OLD.created_at, 'version', OLD.version, 'voided_at', OLD.voided_at, 'void_reason', OLD.void_reason), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_guests_insert;
CREATE TRIGGER audit_meeting_guests_insert AFTER INSERT ON meeting_guests
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'capacity', NEW.capacity)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_guests_update;
CREATE TRIGGER audit_meeting_guests_update AFTER UPDATE OF id, meeting_id, position, person_id, name, capacity ON meeting_guests
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'capacity', OLD.capacity), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'capacity', NEW.capacity)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_guests_delete;
CREATE TRIGGER audit_meeting_guests_delete AFTER DELETE ON meeting_guests
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_guests', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'capacity', OLD.capacity), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_ratings_insert;
CREATE TRIGGER audit_meeting_quality_ratings_insert AFTER INSERT ON meeting_quality_ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', NEW.cell_id || '/' || NEW.year, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'grade_code', NEW.grade_code, 'grade_label', NEW.grade_label, 'meeting_id', NEW.meeting_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_ratings_update;
CREATE TRIGGER audit_meeting_quality_ratings_update AFTER UPDATE OF cell_id, year, grade_code, grade_label, meeting_id, note, recorded_by, recorded_at ON meeting_quality_ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', NEW.cell_id || '/' || NEW.year, 'UPDATE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'grade_code', OLD.grade_code, 'grade_label', OLD.grade_label, 'meeting_id', OLD.meeting_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('cell_id', NEW.cell_id, 'year', NEW.year, 'grade_code', NEW.grade_code, 'grade_label', NEW.grade_label, 'meeting_id', NEW.meeting_id, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_ratings_delete;
CREATE TRIGGER audit_meeting_quality_ratings_delete AFTER DELETE ON meeting_quality_ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_ratings', OLD.cell_id || '/' || OLD.year, 'DELETE', json_object('cell_id', OLD.cell_id, 'year', OLD.year, 'grade_code', OLD.grade_code, 'grade_label', OLD.grade_label, 'meeting_id', OLD.meeting_id, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_scales_insert;
CREATE TRIGGER audit_meeting_quality_scales_insert AFTER INSERT ON meeting_quality_scales
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', NEW.cell_id, 'INSERT', NULL, json_object('cell_id', NEW.cell_id, 'grades', NEW.grades, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_scales_update;
CREATE TRIGGER audit_meeting_quality_scales_update AFTER UPDATE OF cell_id, grades, set_by, set_at ON meeting_quality_scales
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', NEW.cell_id, 'UPDATE', json_object('cell_id', OLD.cell_id, 'grades', OLD.grades, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('cell_id', NEW.cell_id, 'grades', NEW.grades, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_quality_scales_delete;
CREATE TRIGGER audit_meeting_quality_scales_delete AFTER DELETE ON meeting_quality_scales
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_quality_scales', OLD.cell_id, 'DELETE', json_object('cell_id', OLD.cell_id, 'grades', OLD.grades, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_insert;
CREATE TRIGGER audit_meeting_speeches_insert AFTER INSERT ON meeting_speeches
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'agenda_position', NEW.agenda_position, 'summary', NEW.summary)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_update;
CREATE TRIGGER audit_meeting_speeches_update AFTER UPDATE OF id, meeting_id, position, person_id, name, agenda_position, summary ON meeting_speeches
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', NEW.id, 'UPDATE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'agenda_position', OLD.agenda_position, 'summary', OLD.summary), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'person_id', NEW.person_id, 'name', NEW.name, 'agenda_position', NEW.agenda_position, 'summary', NEW.summary)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meeting_speeches_delete;
CREATE TRIGGER audit_meeting_speeches_delete AFTER DELETE ON meeting_speeches
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meeting_speeches', OLD.id, 'DELETE', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'person_id', OLD.person_id, 'name', OLD.name, 'agenda_position', OLD.agenda_position, 'summary', OLD.summary), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meetings_insert;
CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'kind', NEW.kind, 'title', NEW.title, 'status', NEW.status, 'scheduled_start', NEW.scheduled_start, 'scheduled_end', NEW.scheduled_end, 'meeting_date', NEW.meeting_date, 'actual_start', NEW.actual_start, 'actual_end', NEW.actual_end, 'location', NEW.location, 'chair_person_id', NEW.chair_person_id, 'secretary_person_id', NEW.secretary_person_id, 'minutes_document_id', NEW.minutes_document_id, 'resolution_document_id', NEW.resolution_document_id, 'content_prepared', NEW.content_prepared, 'draft_resolution_prepared', NEW.draft_resolution_prepared, 'materials_sent_at', NEW.materials_sent_at, 'members_who_spoke', NEW.members_who_spoke, 'combined_with_thematic', NEW.combined_with_thematic, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meetings_update;
CREATE TRIGGER audit_meetings_update AFTER UPDATE OF id, cell_id, kind, title, status, scheduled_start, scheduled_end, meeting_date, actual_start, actual_end, location, chair_person_id, secretary_person_id, minutes_document_id, resolution_document_id, content_prepared, draft_resolution_prepared, materials_sent_at, members_who_spoke, combined_with_thematic, version, created_at, updated_at ON meetings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'kind', OLD.kind, 'title', OLD.title, 'status', OLD.status, 'scheduled_start', OLD.scheduled_start, 'scheduled_end', OLD.scheduled_end, 'meeting_date', OLD.meeting_date, 'actual_start', OLD.actual_start, 'actual_end', OLD.actual_end, 'location', OLD.location, 'chair_person_id', OLD.chair_person_id, 'secretary_person_id', OLD.secretary_person_id, 'minutes_document_id', OLD.minutes_document_id, 'resolution_document_id', OLD.resolution_document_id, 'content_prepared', OLD.content_prepared, 'draft_resolution_prepared', OLD.draft_resolution_prepared, 'materials_sent_at', OLD.materials_sent_at, 'members_who_spoke', OLD.members_who_spoke, 'combined_with_thematic', OLD.combined_with_thematic, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'kind', NEW.kind, 'title', NEW.title, 'status', NEW.status, 'scheduled_start', NEW.scheduled_start, 'scheduled_end', NEW.scheduled_end, 'meeting_date', NEW.meeting_date, 'actual_start', NEW.actual_start, 'actual_end', NEW.actual_end, 'location', NEW.location, 'chair_person_id', NEW.chair_person_id, 'secretary_person_id', NEW.secretary_person_id, 'minutes_document_id', NEW.minutes_document_id, 'resolution_document_id', NEW.resolution_document_id, 'content_prepared', NEW.content_prepared, 'draft_resolution_prepared', NEW.draft_resolution_prepared, 'materials_sent_at', NEW.materials_sent_at, 'members_who_spoke', NEW.members_who_spoke, 'combined_with_thematic', NEW.combined_with_thematic, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_meetings_delete;
CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'meetings', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'kind', OLD.kind, 'title', OLD.title, 'status', OLD.status, 'scheduled_start', OLD.scheduled_start, 'scheduled_end', OLD.scheduled_end, 'meeting_date', OLD.meeting_date, 'actual_start', OLD.actual_start, 'actual_end', OLD.actual_end, 'location', OLD.location, 'chair_person_id', OLD.chair_person_id, 'secretary_person_id', OLD.secretary_person_id, 'minutes_document_id', OLD.minutes_document_id, 'resolution_document_id', OLD.resolution_document_id, 'content_prepared', OLD.content_prepared, 'draft_resolution_prepared', OLD.draft_resolution_prepared, 'materials_sent_at', OLD.materials_sent_at, 'members_who_spoke', OLD.members_who_spoke, 'combined_with_thematic', OLD.combined_with_thematic, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_member_files_insert;
CREATE TRIGGER audit_member_files_insert AFTER INSERT ON member_files
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', NEW.person_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'gender', NEW.gender, 'ethnic_group_code', NEW.ethnic_group_code, 'religion', NEW.religion, 'birthplace', NEW.birthplace, 'home_town', NEW.home_town, 'occupation', NEW.occupation, 'general_education', NEW.general_education, 'professional_level', NEW.professional_level, 'political_theory_level', NEW.political_theory_level, 'state_management_level', NEW.state_management_level, 'foreign_languages', NEW.foreign_languages, 'party_card_number', NEW.party_card_number, 'party_card_issued_on', NEW.party_card_issued_on, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_member_files_update;
CREATE TRIGGER audit_member_files_update AFTER UPDATE OF person_id, gender, ethnic_group_code, religion, birthplace, home_town, occupation, general_education, professional_level, political_theory_level, state_management_level, foreign_languages, party_card_number, party_card_issued_on, updated_at ON member_files
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', NEW.person_id, 'UPDATE', json_object('person_id', OLD.person_id, 'gender', OLD.gender, 'ethnic_group_code', OLD.ethnic_group_code, 'religion', OLD.religion, 'birthplace', OLD.birthplace, 'home_town', OLD.home_town, 'occupation', OLD.occupation, 'general_education', OLD.general_education, 'professional_level', OLD.professional_level, 'political_theory_level', OLD.political_theory_level, 'state_management_level', OLD.state_management_level, 'foreign_languages', OLD.foreign_languages, 'party_card_number', OLD.party_card_number, 'party_card_issued_on', OLD.party_card_issued_on, 'updated_at', OLD.updated_at), json_object('person_id', NEW.person_id, 'gender', NEW.gender, 'ethnic_group_code', NEW.ethnic_group_code, 'religion', NEW.religion, 'birthplace', NEW.birthplace, 'home_town', NEW.home_town, 'occupation', NEW.occupation, 'general_education', NEW.general_education, 'professional_level', NEW.professional_level, 'political_theory_level', NEW.political_theory_level, 'state_management_level', NEW.state_management_level, 'foreign_languages', NEW.foreign_languages, 'party_card_number', NEW.party_card_number, 'party_card_issued_on', NEW.party_card_issued_on, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_member_files_delete;
CREATE TRIGGER audit_member_files_delete AFTER DELETE ON member_files
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'member_files', OLD.person_id, 'DELETE', json_object('person_id', OLD.person_id, 'gender', OLD.gender, 'ethnic_group_code', OLD.ethnic_group_code, 'religion', OLD.religion, 'birthplace', OLD.birthplace, 'home_town', OLD.home_town, 'occupation', OLD.occupation, 'general_education', OLD.general_education, 'professional_level', OLD.professional_level, 'political_theory_level', OLD.political_theory_level, 'state_management_level', OLD.state_management_level, 'foreign_languages', OLD.foreign_languages, 'party_card_number', OLD.party_card_number, 'party_card_issued_on', OLD.party_card_issued_on, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_memberships_insert;
CREATE TRIGGER audit_memberships_insert AFTER INSERT ON memberships
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_memberships_update;
CREATE TRIGGER audit_memberships_update AFTER UPDATE OF id, person_id, cell_id, started_on, start_reason, ended_on, end_reason, created_at, decision_document_id ON memberships
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'started_on', NEW.started_on, 'start_reason', NEW.start_reason, 'ended_on', NEW.ended_on, 'end_reason', NEW.end_reason, 'created_at', NEW.created_at, 'decision_document_id', NEW.decision_document_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_memberships_delete;
CREATE TRIGGER audit_memberships_delete AFTER DELETE ON memberships
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'memberships', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'started_on', OLD.started_on, 'start_reason', OLD.start_reason, 'ended_on', OLD.ended_on, 'end_reason', OLD.end_reason, 'created_at', OLD.created_at, 'decision_document_id', OLD.decision_document_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_monthly_evaluations_insert;
CREATE TRIGGER audit_monthly_evaluations_insert AFTER INSERT ON monthly_evaluations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', NEW.person_id || '/' || NEW.year || '/' || NEW.month, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'year', NEW.year, 'month', NEW.month, 'cell_id', NEW.cell_id, 'level_code', NEW.level_code, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_monthly_evaluations_update;
CREATE TRIGGER audit_monthly_evaluations_update AFTER UPDATE OF person_id, year, month, cell_id, level_code, note, recorded_by, recorded_at ON monthly_evaluations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', NEW.person_id || '/' || NEW.year || '/' || NEW.month, 'UPDATE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'month', OLD.month, 'cell_id', OLD.cell_id, 'level_code', OLD.level_code, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('person_id', NEW.person_id, 'year', NEW.year, 'month', NEW.month, 'cell_id', NEW.cell_id, 'level_code', NEW.level_code, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_monthly_evaluations_delete;
CREATE TRIGGER audit_monthly_evaluations_delete AFTER DELETE ON monthly_evaluations
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'monthly_evaluations', OLD.person_id || '/' || OLD.year || '/' || OLD.month, 'DELETE', json_object('person_id', OLD.person_id, 'year', OLD.year, 'month', OLD.month, 'cell_id', OLD.cell_id, 'level_code', OLD.level_code, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_people_insert;
CREATE TRIGGER audit_people_insert AFTER INSERT ON people
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'phone', NEW.phone, 'email', NEW.email, 'identity_number', NEW.identity_number)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_people_update;
CREATE TRIGGER audit_people_update AFTER UPDATE OF id, full_name, sort_key, search_text, party_status, birth_date, candidate_cell_id, admitted_on, official_on, left_on, version, created_at, updated_at, phone, email, identity_number ON people
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', NEW.id, 'UPDATE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'phone', OLD.phone, 'email', OLD.email, 'identity_number', OLD.identity_number), json_object('id', NEW.id, 'full_name', NEW.full_name, 'sort_key', NEW.sort_key, 'search_text', NEW.search_text, 'party_status', NEW.party_status, 'birth_date', NEW.birth_date, 'candidate_cell_id', NEW.candidate_cell_id, 'admitted_on', NEW.admitted_on, 'official_on', NEW.official_on, 'left_on', NEW.left_on, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at, 'phone', NEW.phone, 'email', NEW.email, 'identity_number', NEW.identity_number)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_people_delete;
CREATE TRIGGER audit_people_delete AFTER DELETE ON people
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'people', OLD.id, 'DELETE', json_object('id', OLD.id, 'full_name', OLD.full_name, 'sort_key', OLD.sort_key, 'search_text', OLD.search_text, 'party_status', OLD.party_status, 'birth_date', OLD.birth_date, 'candidate_cell_id', OLD.candidate_cell_id, 'admitted_on', OLD.admitted_on, 'official_on', OLD.official_on, 'left_on', OLD.left_on, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at, 'phone', OLD.phone, 'email', OLD.email, 'identity_number', OLD.identity_number), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_deadlines_insert;
CREATE TRIGGER audit_rating_deadlines_insert AFTER INSERT ON rating_deadlines
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', NEW.committee_id || '/' || NEW.year, 'INSERT', NULL, json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'proposals_due', NEW.proposals_due, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_deadlines_update;
CREATE TRIGGER audit_rating_deadlines_update AFTER UPDATE OF committee_id, year, proposals_due, note, set_by, set_at ON rating_deadlines
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', NEW.committee_id || '/' || NEW.year, 'UPDATE', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'proposals_due', OLD.proposals_due, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'proposals_due', NEW.proposals_due, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_deadlines_delete;
CREATE TRIGGER audit_rating_deadlines_delete AFTER DELETE ON rating_deadlines
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_deadlines', OLD.committee_id || '/' || OLD.year, 'DELETE', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'proposals_due', OLD.proposals_due, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_stages_insert;
CREATE TRIGGER audit_rating_stages_insert AFTER INSERT ON rating_stages
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'rating_id', NEW.rating_id, 'sequence', NEW.sequence, 'stage', NEW.stage, 'level_code', NEW.level_code, 'score', NEW.score, 'comment', NEW.comment, 'reason', NEW.reason, 'meeting_id', NEW.meeting_id, 'decision_document_id', NEW.decision_document_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_stages_update;
CREATE TRIGGER audit_rating_stages_update AFTER UPDATE OF id, rating_id, sequence, stage, level_code, score, comment, reason, meeting_id, decision_document_id, recorded_by, recorded_at ON rating_stages
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', NEW.id, 'UPDATE', json_object('id', OLD.id, 'rating_id', OLD.rating_id, 'sequence', OLD.sequence, 'stage', OLD.stage, 'level_code', OLD.level_code, 'score', OLD.score, 'comment', OLD.comment, 'reason', OLD.reason, 'meeting_id', OLD.meeting_id, 'decision_document_id', OLD.decision_document_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), json_object('id', NEW.id, 'rating_id', NEW.rating_id, 'sequence', NEW.sequence, 'stage', NEW.stage, 'level_code', NEW.level_code, 'score', NEW.score, 'comment', NEW.comment, 'reason', NEW.reason, 'meeting_id', NEW.meeting_id, 'decision_document_id', NEW.decision_document_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_rating_stages_delete;
CREATE TRIGGER audit_rating_stages_delete AFTER DELETE ON rating_stages
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'rating_stages', OLD.id, 'DELETE', json_object('id', OLD.id, 'rating_id', OLD.rating_id, 'sequence', OLD.sequence, 'stage', OLD.stage, 'level_code', OLD.level_code, 'score', OLD.score, 'comment', OLD.comment, 'reason', OLD.reason, 'meeting_id', OLD.meeting_id, 'decision_document_id', OLD.decision_document_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_ratings_insert;
CREATE TRIGGER audit_ratings_insert AFTER INSERT ON ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'subject', NEW.subject, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'year', NEW.year, 'scheme_id', NEW.scheme_id, 'disciplined', NEW.disciplined, 'remedied', NEW.remedied, 'tasks_on_time_percent', NEW.tasks_on_time_percent, 'tasks_exceeding_percent', NEW.tasks_exceeding_percent, 'tasks_late_percent', NEW.tasks_late_percent, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_ratings_update;
CREATE TRIGGER audit_ratings_update AFTER UPDATE OF id, subject, person_id, cell_id, year, scheme_id, disciplined, remedied, tasks_on_time_percent, tasks_exceeding_percent, tasks_late_percent, version, created_at, updated_at ON ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'subject', OLD.subject, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'year', OLD.year, 'scheme_id', OLD.scheme_id, 'disciplined', OLD.disciplined, 'remedied', OLD.remedied, 'tasks_on_time_percent', OLD.tasks_on_time_percent, 'tasks_exceeding_percent', OLD.tasks_exceeding_percent, 'tasks_late_percent', OLD.tasks_late_percent, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'subject', NEW.subject, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'year', NEW.year, 'scheme_id', NEW.scheme_id, 'disciplined', NEW.disciplined, 'remedied', NEW.remedied, 'tasks_on_time_percent', NEW.tasks_on_time_percent, 'tasks_exceeding_percent', NEW.tasks_exceeding_percent, 'tasks_late_percent', NEW.tasks_late_percent, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_ratings_delete;
CREATE TRIGGER audit_ratings_delete AFTER DELETE ON ratings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', OLD.id, 'DELETE', json_object('id', OLD.id, 'subject', OLD.subject, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'year', OLD.year, 'scheme_id', OLD.scheme_id, 'disciplined', OLD.disciplined, 'remedied', OLD.remedied, 'tasks_on_time_percent', OLD.tasks_on_time_percent, 'tasks_exceeding_percent', OLD.tasks_exceeding_percent, 'tasks_late_percent', OLD.tasks_late_percent, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_roles_insert;
CREATE TRIGGER audit_roles_insert AFTER INSERT ON roles
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'role', NEW.role, 'term_id', NEW.term_id, 'started_on', NEW.started_on, 'ended_on', NEW.ended_on, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_roles_update;
CREATE TRIGGER audit_roles_update AFTER UPDATE OF id, person_id, cell_id, role, term_id, started_on, ended_on, created_at ON roles
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', NEW.id, 'UPDATE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'role', OLD.role, 'term_id', OLD.term_id, 'started_on', OLD.started_on, 'ended_on', OLD.ended_on, 'created_at', OLD.created_at), json_object('id', NEW.id, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'role', NEW.role, 'term_id', NEW.term_id, 'started_on', NEW.started_on, 'ended_on', NEW.ended_on, 'created_at', NEW.created_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_roles_delete;
CREATE TRIGGER audit_roles_delete AFTER DELETE ON roles
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'roles', OLD.id, 'DELETE', json_object('id', OLD.id, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'role', OLD.role, 'term_id', OLD.term_id, 'started_on', OLD.started_on, 'ended_on', OLD.ended_on, 'created_at', OLD.created_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_saved_documents_insert;
CREATE TRIGGER audit_saved_documents_insert AFTER INSERT ON saved_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', NEW.person_id || '/' || NEW.document_id, 'INSERT', NULL, json_object('person_id', NEW.person_id, 'document_id', NEW.document_id, 'saved_at', NEW.saved_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_saved_documents_update;
CREATE TRIGGER audit_saved_documents_update AFTER UPDATE OF person_id, document_id, saved_at ON saved_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', NEW.person_id || '/' || NEW.document_id, 'UPDATE', json_object('person_id', OLD.person_id, 'document_id', OLD.document_id, 'saved_at', OLD.saved_at), json_object('person_id', NEW.person_id, 'document_id', NEW.document_id, 'saved_at', NEW.saved_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_saved_documents_delete;
CREATE TRIGGER audit_saved_documents_delete AFTER DELETE ON saved_documents
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'saved_documents', OLD.person_id || '/' || OLD.document_id, 'DELETE', json_object('person_id', OLD.person_id, 'document_id', OLD.document_id, 'saved_at', OLD.saved_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_scheme_settings_insert;
CREATE TRIGGER audit_scheme_settings_insert AFTER INSERT ON scheme_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'cell_id', NEW.cell_id, 'setting', NEW.setting, 'value', NEW.value, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_scheme_settings_update;
CREATE TRIGGER audit_scheme_settings_update AFTER UPDATE OF id, scheme_id, cell_id, setting, value, note, set_by, set_at ON scheme_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'cell_id', OLD.cell_id, 'setting', OLD.setting, 'value', OLD.value, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'cell_id', NEW.cell_id, 'setting', NEW.setting, 'value', NEW.value, 'note', NEW.note, 'set_by', NEW.set_by, 'set_at', NEW.set_at)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_scheme_settings_delete;
CREATE TRIGGER audit_scheme_settings_delete AFTER DELETE ON scheme_settings
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'scheme_settings', OLD.id, 'DELETE', json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'cell_id', OLD.cell_id, 'setting', OLD.setting, 'value', OLD.value, 'note', OLD.note, 'set_by', OLD.set_by, 'set_at', OLD.set_at), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_terms_insert;
CREATE TRIGGER audit_terms_insert AFTER INSERT ON terms
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', NEW.id, 'INSERT', NULL, json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'elected_at_meeting_id', NEW.elected_at_meeting_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_terms_update;
CREATE TRIGGER audit_terms_update AFTER UPDATE OF id, cell_id, starts_on, ends_on, created_at, elected_at_meeting_id ON terms
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', NEW.id, 'UPDATE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on, 'created_at', OLD.created_at, 'elected_at_meeting_id', OLD.elected_at_meeting_id), json_object('id', NEW.id, 'cell_id', NEW.cell_id, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'created_at', NEW.created_at, 'elected_at_meeting_id', NEW.elected_at_meeting_id)
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;

DROP TRIGGER IF EXISTS audit_terms_delete;
CREATE TRIGGER audit_terms_delete AFTER DELETE ON terms
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'terms', OLD.id, 'DELETE', json_object('id', OLD.id, 'cell_id', OLD.cell_id, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on, 'created_at', OLD.created_at, 'elected_at_meeting_id', OLD.elected_at_meeting_id), NULL
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;
