-- Meetings of cells and committees: schedule, agenda, guests, attendance with its corrections, decisions,
-- the congress that elects a term, the committees' meeting-quality scales, and calendar feeds.

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  kind TEXT NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC', 'ANNUAL_REVIEW', 'CONGRESS', 'EXTRAORDINARY')),
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED')),
  -- Instants in UTC ISO 8601; meeting_date is the local day (Asia/Ho_Chi_Minh) of the scheduled start.
  scheduled_start TEXT NOT NULL,
  scheduled_end TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  actual_start TEXT,
  actual_end TEXT,
  location TEXT,
  chair_person_id TEXT REFERENCES people (id),
  secretary_person_id TEXT REFERENCES people (id),
  minutes_document_id TEXT REFERENCES documents (id),
  resolution_document_id TEXT REFERENCES documents (id),
  -- Facts the quality criteria of 12-HD/BTCTW ask about; null while not recorded.
  content_prepared INTEGER,
  draft_resolution_prepared INTEGER,
  materials_sent_at TEXT,
  members_who_spoke INTEGER,
  combined_with_thematic INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (scheduled_end > scheduled_start),
  CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end > actual_start)
);
CREATE INDEX meetings_by_cell_date ON meetings (cell_id, meeting_date, id);
CREATE INDEX meetings_by_date ON meetings (meeting_date, id);

CREATE TABLE meeting_guests (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  person_id TEXT REFERENCES people (id),
  name TEXT NOT NULL,
  capacity TEXT
);
CREATE INDEX meeting_guests_by_meeting ON meeting_guests (meeting_id, position);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (
    'REPORT_DISCUSSION', 'SELF_CRITICISM_REVIEW', 'MEMBER_RATING', 'MEETING_QUALITY_RATING', 'ELECTION', 'OTHER')),
  title TEXT NOT NULL,
  covered INTEGER,
  UNIQUE (meeting_id, position)
);

CREATE TABLE agenda_item_documents (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (agenda_item_id, document_id)
);
CREATE INDEX agenda_item_documents_by_document ON agenda_item_documents (document_id);

-- The current record per attendee; every record and correction is also appended to attendance_history.
CREATE TABLE attendance (
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  status TEXT NOT NULL CHECK (status IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'EXEMPTED')),
  source TEXT NOT NULL CHECK (source IN ('CHECK_IN', 'SECRETARY')),
  recorded_by TEXT,
  recorded_at TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX attendance_by_person ON attendance (person_id, meeting_id);

CREATE TABLE attendance_history (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  status TEXT NOT NULL,
  source TEXT NOT NULL,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX attendance_history_by_meeting ON attendance_history (meeting_id, person_id, recorded_at);

CREATE TABLE meeting_decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  motion TEXT NOT NULL,
  votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
  votes_abstain INTEGER NOT NULL CHECK (votes_abstain >= 0),
  -- The denominator (Quy định 24-QĐ/TW 9.3.2) when the vote was recorded, kept with it.
  members_who_count INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (meeting_id, position)
);

CREATE TABLE decision_votes (
  decision_id TEXT NOT NULL REFERENCES meeting_decisions (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  choice TEXT NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
  PRIMARY KEY (decision_id, person_id)
);

ALTER TABLE terms ADD COLUMN elected_at_meeting_id TEXT REFERENCES meetings (id);

-- A committee's grade scale for the quality of its cells' meetings (set locally), nearest ancestor wins.
CREATE TABLE meeting_quality_scales (
  cell_id TEXT PRIMARY KEY REFERENCES cells (id),
  grades TEXT NOT NULL,
  set_by TEXT,
  set_at TEXT NOT NULL
);

CREATE TABLE calendar_feeds (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  person_id TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);
