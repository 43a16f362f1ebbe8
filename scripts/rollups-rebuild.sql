-- Refills every counter kept on write (migrations/0020_rollups_on_write.sql) from the views that compute them from
-- the base rows: `npm run rollups:rebuild` runs it on a deployment's database, `npm run bench:data` after its load.
-- One transaction: readers see the old counters or the new ones. Run without the rollup_ triggers (both callers drop
-- them around it and put them back): the counters are filled here from their views in one pass, where the triggers
-- would count row by row.
DELETE FROM cell_member_counts;
INSERT INTO cell_member_counts SELECT * FROM cell_member_count_facts;
DELETE FROM meeting_attendance_counts;
INSERT INTO meeting_attendance_counts SELECT * FROM meeting_attendance_facts;
DELETE FROM cell_meeting_years;
INSERT INTO cell_meeting_years SELECT * FROM cell_meeting_year_facts;
DELETE FROM member_absence_years;
INSERT INTO member_absence_years SELECT * FROM member_absence_year_facts;
DELETE FROM rating_tallies;
INSERT INTO rating_tallies SELECT * FROM rating_tally_facts;
-- Notes of changes not yet folded (0055; none between batches) are counted in the facts above.
DELETE FROM rating_tally_changes;
-- Members' statistics (0056): the spans from the base rows, the steps and keys from the spans.
DELETE FROM member_stat_requests;
DELETE FROM member_stat_spans;
INSERT INTO member_stat_spans SELECT * FROM member_stat_span_facts;
DELETE FROM member_stat_steps;
INSERT INTO member_stat_steps SELECT * FROM member_stat_step_facts;
DELETE FROM member_stat_keys;
INSERT INTO member_stat_keys SELECT DISTINCT org_id, dimension, value FROM member_stat_steps;
-- Each assignment's cell path (0048).
UPDATE implementation_assignments SET cell_path = (SELECT c.path FROM cells c WHERE c.id = cell_id);
-- What each relation keeps of its source document (0053).
UPDATE document_relations SET (from_live, from_status, from_issuer_cell_id, from_issuer_path) = (
  SELECT r.id IS NOT NULL, r.status, r.issuer_cell_id, r.issuer_path
  FROM (SELECT 1) LEFT JOIN document_reads r ON r.id = document_relations.from_id
);
-- Dues per organization and month (0057).
DELETE FROM dues_tallies;
INSERT INTO dues_tallies SELECT * FROM dues_tally_facts;
-- Announcements' counts per organization, and inboxes (0059).
DELETE FROM announcement_tallies;
INSERT INTO announcement_tallies (org_id, announcement_id, sent_at, delivered, read, acknowledged)
SELECT * FROM announcement_tally_facts;
DELETE FROM inbox_counts;
INSERT INTO inbox_counts (person_id, received, unread) SELECT * FROM inbox_count_facts;
-- Comments on drafts per organization (0067).
DELETE FROM draft_comment_tallies;
INSERT INTO draft_comment_tallies (consultation_id, org_id, comments, commenters)
SELECT * FROM draft_comment_tally_facts;
