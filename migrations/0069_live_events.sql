-- Live events (issue 18, docs/live.md): what subscribers are told, one row per change a request made, written by
-- triggers in the change's own batch. `seq` orders them and is the SSE event ID a reconnecting client resumes after;
-- `org_id` is the organization whose channel (a Durable Object) carries it: the sender of an announcement, the cell of
-- a meeting or of a rated member, the organization consulting on a draft. Rows older than the retention window
-- (src/domain/live.ts) are deleted hourly. Only requests' writes make events (the audit context names the request):
-- seeding and imports of data sets tell nobody.
CREATE TABLE live_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ANNOUNCEMENT', 'MEETING', 'CHECK_IN', 'RATING', 'DRAFT_COMMENT')),
  subject_id TEXT NOT NULL,
  -- The one person an event is about (a rating's member); NULL when it is for everyone the rules let see it.
  person_id TEXT,
  request_id TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- A reconnecting subscriber's events: those of its channels after the last it received.
CREATE INDEX live_events_by_org ON live_events (org_id, seq);
-- The events a request's write made, read in the same batch to be sent to the channels.
CREATE INDEX live_events_by_request ON live_events (request_id);
-- What the hourly run deletes: the events past the retention window.
CREATE INDEX live_events_by_time ON live_events (created_at);

CREATE TRIGGER live_announcement AFTER INSERT ON announcements
WHEN (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.sender_cell_id, 'ANNOUNCEMENT', NEW.id, request_id FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER live_meeting_scheduled AFTER INSERT ON meetings
WHEN (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.cell_id, 'MEETING', NEW.id, request_id FROM audit_context WHERE id = 1;
END;

-- Every change of a meeting's record bumps its version (its time, place, status, agenda text).
CREATE TRIGGER live_meeting_changed AFTER UPDATE OF version ON meetings
WHEN NEW.version <> OLD.version AND (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT NEW.cell_id, 'MEETING', NEW.id, request_id FROM audit_context WHERE id = 1;
END;

CREATE TRIGGER live_check_in AFTER INSERT ON attendance
WHEN NEW.source = 'CHECK_IN' AND (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT m.cell_id, 'CHECK_IN', NEW.meeting_id, a.request_id
  FROM meetings m, audit_context a WHERE m.id = NEW.meeting_id AND a.id = 1;
END;

CREATE TRIGGER live_rating_stage AFTER INSERT ON rating_stages
WHEN (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, person_id, request_id)
  SELECT r.cell_id, 'RATING', r.id, r.person_id, a.request_id
  FROM ratings r, audit_context a WHERE r.id = NEW.rating_id AND r.person_id IS NOT NULL AND a.id = 1;
END;

CREATE TRIGGER live_draft_comment AFTER INSERT ON draft_comments
WHEN (SELECT request_id FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO live_events (org_id, kind, subject_id, request_id)
  SELECT d.org_id, 'DRAFT_COMMENT', NEW.id, a.request_id
  FROM draft_consultations d, audit_context a WHERE d.id = NEW.consultation_id AND a.id = 1;
END;
