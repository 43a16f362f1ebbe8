-- The steps of an outstanding candidate towards admission (Điều lệ Đảng, Điều 4; guidance 01-HD/TW, 2021): the
-- awareness course passed, the application written, the background checked, two official members introducing them.
-- One row per candidate, written with the person (whose version guards it); the admission itself is admitMember.
CREATE TABLE candidacies (
  person_id TEXT PRIMARY KEY REFERENCES people (id),
  awareness_course_on TEXT,
  application_on TEXT,
  background_checked_on TEXT,
  first_introducer_id TEXT REFERENCES people (id),
  second_introducer_id TEXT REFERENCES people (id),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
