-- Invitations to a meeting (issue 18, docs/channel.md): a scheduled meeting invites the cell's members on its day;
-- each answers before it starts — attending, or excused with a reason. The answer
-- prefills the expected attendance; the attendance record stays what happened.
CREATE TABLE meeting_answers (
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  response TEXT NOT NULL CHECK (response IN ('ATTENDING', 'EXCUSED')),
  reason TEXT,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, person_id),
  CHECK (response = 'ATTENDING' OR reason IS NOT NULL)
) WITHOUT ROWID;
