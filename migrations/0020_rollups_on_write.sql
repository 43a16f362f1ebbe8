-- Rollups kept on write (docs/rollups.md): the figures a committee reads are counters updated by triggers inside
-- the batch of the write that changes them, so a rollup reads a row per organization (compliance) or a few rows
-- in all (rating summary), never the history behind them.
--
-- Each counter has a view that computes it from the base rows: the triggers recompute one key from it where a
-- change is rare (a meeting's status, a membership) and add deltas where writes are frequent (attendance, rating
-- stages); `npm run rollups:rebuild` (src/db/rollups.ts) refills every counter from the views, and the
-- consistency test (tests/performance/rollups.test.ts) compares the counters with the views after randomized writes.
--
-- Derived rows, not facts: none is audited (the writes that change them are).

-- ——— Attendance per meeting ———

CREATE TABLE meeting_attendance_counts (
  meeting_id TEXT PRIMARY KEY,
  -- Records of PRESENT, and records that count towards the rate (all but EXEMPTED). Attendance is recorded only
  -- for members of the cell on the meeting's day (recordAttendance refuses anyone else).
  present INTEGER NOT NULL,
  counted INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIEW meeting_attendance_facts AS
SELECT meeting_id, SUM(status = 'PRESENT') AS present, SUM(status <> 'EXEMPTED') AS counted
FROM attendance
GROUP BY meeting_id;

-- ——— A cell's year of held meetings ———

CREATE TABLE cell_meeting_years (
  cell_id TEXT NOT NULL,
  year TEXT NOT NULL,
  -- Bit m − 1 set: a regular meeting was held in month m; bit q − 1: a thematic one in quarter q.
  regular_months INTEGER NOT NULL,
  thematic_quarters INTEGER NOT NULL,
  present INTEGER NOT NULL,
  counted INTEGER NOT NULL,
  PRIMARY KEY (cell_id, year)
) WITHOUT ROWID;

-- SUM(DISTINCT) of single bits is their union.
CREATE VIEW cell_meeting_year_facts AS
SELECT m.cell_id, substr(m.meeting_date, 1, 4) AS year,
  SUM(DISTINCT CASE WHEN m.kind = 'REGULAR' THEN 1 << (CAST(substr(m.meeting_date, 6, 2) AS INTEGER) - 1) ELSE 0 END)
    AS regular_months,
  SUM(DISTINCT CASE WHEN m.kind = 'THEMATIC'
    THEN 1 << ((CAST(substr(m.meeting_date, 6, 2) AS INTEGER) - 1) / 3) ELSE 0 END) AS thematic_quarters,
  COALESCE(SUM(k.present), 0) AS present,
  COALESCE(SUM(k.counted), 0) AS counted
FROM meetings m
LEFT JOIN meeting_attendance_counts k ON k.meeting_id = m.id
WHERE m.status = 'HELD'
GROUP BY m.cell_id, substr(m.meeting_date, 1, 4);

-- ——— Runs of absence ———

-- Each member's longest run of absences at the cell's held regular meetings of a year while a member (an
-- exemption neither extends nor breaks a run; presence or no record ends it: src/domain/quorum.ts). A row only
-- for runs of one or more; the partial index finds the members the compliance rule names.
CREATE TABLE member_absence_years (
  cell_id TEXT NOT NULL,
  year TEXT NOT NULL,
  person_id TEXT NOT NULL,
  longest_run INTEGER NOT NULL,
  PRIMARY KEY (cell_id, year, person_id)
) WITHOUT ROWID;
CREATE INDEX member_absence_years_repeated ON member_absence_years (cell_id, year, person_id, longest_run)
WHERE longest_run >= 3;
-- A member's memberships of one cell: what recomputing their runs looks up for each meeting.
CREATE INDEX memberships_by_cell_person ON memberships (cell_id, person_id, started_on);

CREATE VIEW regular_attendance_records AS
SELECT m.cell_id, substr(m.meeting_date, 1, 4) AS year, ms.person_id, m.meeting_date, m.id AS meeting_id,
  COALESCE(a.status IN ('ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'), 0) AS absent
FROM meetings m
JOIN memberships ms ON ms.cell_id = m.cell_id AND ms.started_on <= m.meeting_date
  AND (ms.ended_on IS NULL OR ms.ended_on > m.meeting_date)
LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = ms.person_id
WHERE m.kind = 'REGULAR' AND m.status = 'HELD' AND a.status IS NOT 'EXEMPTED';

-- A streak is the number of non-absences before a record: absences with the same streak are one run.
CREATE VIEW member_absence_year_facts AS
SELECT cell_id, year, person_id, MAX(run) AS longest_run
FROM (
  SELECT cell_id, year, person_id, COUNT(*) AS run
  FROM (
    SELECT cell_id, year, person_id, absent,
      SUM(1 - absent) OVER (PARTITION BY cell_id, year, person_id ORDER BY meeting_date, meeting_id) AS streak
    FROM regular_attendance_records
  )
  WHERE absent = 1
  GROUP BY cell_id, year, person_id, streak
)
GROUP BY cell_id, year, person_id;

-- ——— Ratings per organization and every organization above it ———

CREATE TABLE rating_tallies (
  org_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  subject TEXT NOT NULL,
  stage TEXT NOT NULL,
  level_code TEXT NOT NULL,
  -- '' for none, so that the key is unique (NULLs never conflict).
  proposed_level TEXT NOT NULL,
  decided_level TEXT NOT NULL,
  -- A combination no rating holds any more keeps its row at 0: readers skip it.
  ratings INTEGER NOT NULL,
  PRIMARY KEY (org_id, year, subject, stage, level_code, proposed_level, decided_level)
) WITHOUT ROWID;

-- The organizations a rating counts for: its cell and every one above it, from the materialized path
-- ('/root/…/cell/' becomes the JSON array of those ids).
CREATE VIEW rating_tally_facts AS
SELECT up.value AS org_id, r.year, r.subject, r.current_stage AS stage, COALESCE(r.current_level, '') AS level_code,
  COALESCE(r.proposed_level, '') AS proposed_level, COALESCE(r.decided_level, '') AS decided_level,
  COUNT(*) AS ratings
FROM ratings r
JOIN cells c ON c.id = r.cell_id
JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
WHERE r.current_stage IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- ——— Members of each cell ———

-- Open memberships (no end recorded) per cell: a cell's members on a day are these, less the open ones that start
-- after it, plus the ended ones that still ran on it — two corrections that read only memberships dated after the
-- day (src/db/people.ts), none for today in the usual case.
CREATE TABLE cell_member_counts (
  cell_id TEXT PRIMARY KEY,
  open_members INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIEW cell_member_count_facts AS
SELECT cell_id, COUNT(*) AS open_members FROM memberships WHERE ended_on IS NULL GROUP BY cell_id;

CREATE INDEX memberships_by_cell_end ON memberships (cell_id, ended_on) WHERE ended_on IS NOT NULL;

-- ——— Triggers ———

-- A member's runs in a cell's year are recomputed by inserting the key here: the one place that computes a single
-- key (the view computes them all, for the rebuild, and SQLite would not push a key into its window).
CREATE TABLE absence_run_requests (cell_id TEXT NOT NULL, year TEXT NOT NULL, person_id TEXT NOT NULL);

CREATE TRIGGER rollup_absence_run_request AFTER INSERT ON absence_run_requests
BEGIN
  DELETE FROM member_absence_years WHERE cell_id = NEW.cell_id AND year = NEW.year AND person_id = NEW.person_id;
  INSERT INTO member_absence_years (cell_id, year, person_id, longest_run)
  SELECT NEW.cell_id, NEW.year, NEW.person_id, MAX(run)
  FROM (
    SELECT COUNT(*) AS run
    FROM (
      SELECT absent, SUM(1 - absent) OVER (ORDER BY meeting_date, meeting_id) AS streak
      FROM regular_attendance_records
      WHERE cell_id = NEW.cell_id AND person_id = NEW.person_id
        AND meeting_date >= NEW.year || '-01-01' AND meeting_date <= NEW.year || '-12-31'
    )
    WHERE absent = 1
    GROUP BY streak
  )
  HAVING MAX(run) IS NOT NULL;
  DELETE FROM absence_run_requests WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER rollup_attendance_insert AFTER INSERT ON attendance
BEGIN
  INSERT INTO meeting_attendance_counts (meeting_id, present, counted)
  VALUES (NEW.meeting_id, NEW.status = 'PRESENT', NEW.status <> 'EXEMPTED')
  ON CONFLICT (meeting_id) DO UPDATE SET present = present + excluded.present, counted = counted + excluded.counted;
  UPDATE cell_meeting_years
  SET present = present + (NEW.status = 'PRESENT'), counted = counted + (NEW.status <> 'EXEMPTED')
  WHERE (cell_id, year) IN (SELECT cell_id, substr(meeting_date, 1, 4) FROM meetings
    WHERE id = NEW.meeting_id AND status = 'HELD');
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, substr(meeting_date, 1, 4), NEW.person_id FROM meetings
  WHERE id = NEW.meeting_id AND status = 'HELD' AND kind = 'REGULAR';
END;

CREATE TRIGGER rollup_attendance_update AFTER UPDATE OF status ON attendance
BEGIN
  UPDATE meeting_attendance_counts
  SET present = present + (NEW.status = 'PRESENT') - (OLD.status = 'PRESENT'),
    counted = counted + (NEW.status <> 'EXEMPTED') - (OLD.status <> 'EXEMPTED')
  WHERE meeting_id = NEW.meeting_id;
  UPDATE cell_meeting_years
  SET present = present + (NEW.status = 'PRESENT') - (OLD.status = 'PRESENT'),
    counted = counted + (NEW.status <> 'EXEMPTED') - (OLD.status <> 'EXEMPTED')
  WHERE (cell_id, year) IN (SELECT cell_id, substr(meeting_date, 1, 4) FROM meetings
    WHERE id = NEW.meeting_id AND status = 'HELD');
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, substr(meeting_date, 1, 4), NEW.person_id FROM meetings
  WHERE id = NEW.meeting_id AND status = 'HELD' AND kind = 'REGULAR' AND OLD.status <> NEW.status;
END;

-- A meeting held, cancelled, moved to another day, kind or cell: the years of its cells before and after are
-- recomputed from their meetings, and so are the runs of the members of those years.
-- (DELETE then INSERT, not INSERT OR REPLACE: a trigger's conflict clause gives way to the outer statement's, and
-- an INSERT OR IGNORE of a meeting would make the replacement an ignored insert.)
CREATE TRIGGER rollup_meetings_insert AFTER INSERT ON meetings WHEN NEW.status = 'HELD'
BEGIN
  DELETE FROM cell_meeting_years WHERE cell_id = NEW.cell_id AND year = substr(NEW.meeting_date, 1, 4);
  INSERT INTO cell_meeting_years
  SELECT * FROM cell_meeting_year_facts WHERE cell_id = NEW.cell_id AND year = substr(NEW.meeting_date, 1, 4);
END;

CREATE TRIGGER rollup_meetings_update AFTER UPDATE OF cell_id, kind, status, meeting_date ON meetings
BEGIN
  DELETE FROM cell_meeting_years WHERE (cell_id, year) IN (VALUES (OLD.cell_id, substr(OLD.meeting_date, 1, 4)),
    (NEW.cell_id, substr(NEW.meeting_date, 1, 4)));
  INSERT INTO cell_meeting_years
  SELECT * FROM cell_meeting_year_facts WHERE cell_id IN (OLD.cell_id, NEW.cell_id)
    AND year IN (substr(OLD.meeting_date, 1, 4), substr(NEW.meeting_date, 1, 4))
    AND (cell_id, year) IN (VALUES (OLD.cell_id, substr(OLD.meeting_date, 1, 4)),
      (NEW.cell_id, substr(NEW.meeting_date, 1, 4)));
  DELETE FROM member_absence_years WHERE (cell_id, year) IN (VALUES (OLD.cell_id, substr(OLD.meeting_date, 1, 4)),
    (NEW.cell_id, substr(NEW.meeting_date, 1, 4)));
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT DISTINCT y.cell_id, y.year, ms.person_id
  FROM (SELECT OLD.cell_id AS cell_id, substr(OLD.meeting_date, 1, 4) AS year
    UNION SELECT NEW.cell_id, substr(NEW.meeting_date, 1, 4)) y
  JOIN memberships ms ON ms.cell_id = y.cell_id AND ms.started_on <= y.year || '-12-31'
    AND (ms.ended_on IS NULL OR ms.ended_on > y.year || '-01-01');
END;

CREATE TRIGGER rollup_member_counts_insert AFTER INSERT ON memberships WHEN NEW.ended_on IS NULL
BEGIN
  INSERT INTO cell_member_counts (cell_id, open_members) VALUES (NEW.cell_id, 1)
  ON CONFLICT (cell_id) DO UPDATE SET open_members = open_members + 1;
END;

CREATE TRIGGER rollup_member_counts_update AFTER UPDATE OF cell_id, ended_on ON memberships
WHEN OLD.cell_id IS NOT NEW.cell_id OR (OLD.ended_on IS NULL) <> (NEW.ended_on IS NULL)
BEGIN
  UPDATE cell_member_counts SET open_members = open_members - 1 WHERE cell_id = OLD.cell_id AND OLD.ended_on IS NULL;
  INSERT INTO cell_member_counts (cell_id, open_members) SELECT NEW.cell_id, 1 WHERE NEW.ended_on IS NULL
  ON CONFLICT (cell_id) DO UPDATE SET open_members = open_members + 1;
END;

CREATE TRIGGER rollup_member_counts_delete AFTER DELETE ON memberships WHEN OLD.ended_on IS NULL
BEGIN
  UPDATE cell_member_counts SET open_members = open_members - 1 WHERE cell_id = OLD.cell_id;
END;

-- A membership's dates decide which meetings count for its member: their runs in that cell are recomputed for the
-- years with held meetings that the change touches — a new or removed membership's years, and for a membership that
-- starts or ends on another day only the years between the two days (a transfer recorded today: this year).
CREATE TRIGGER rollup_memberships_insert AFTER INSERT ON memberships
BEGIN
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, year, NEW.person_id FROM cell_meeting_years
  WHERE cell_id = NEW.cell_id AND year >= substr(NEW.started_on, 1, 4)
    AND year <= substr(COALESCE(NEW.ended_on, '9999'), 1, 4);
END;

CREATE TRIGGER rollup_memberships_update AFTER UPDATE OF started_on, ended_on ON memberships
WHEN OLD.started_on IS NOT NEW.started_on OR OLD.ended_on IS NOT NEW.ended_on
BEGIN
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, year, NEW.person_id FROM cell_meeting_years
  WHERE cell_id = NEW.cell_id AND (
    (OLD.started_on IS NOT NEW.started_on
      AND year BETWEEN substr(min(OLD.started_on, NEW.started_on), 1, 4)
        AND substr(max(OLD.started_on, NEW.started_on), 1, 4))
    OR (OLD.ended_on IS NOT NEW.ended_on
      AND year BETWEEN substr(min(COALESCE(OLD.ended_on, '9999'), COALESCE(NEW.ended_on, '9999')), 1, 4)
        AND substr(max(COALESCE(OLD.ended_on, '9999'), COALESCE(NEW.ended_on, '9999')), 1, 4)));
END;

-- No statement moves a membership to another cell or person (a transfer ends one and begins another); should one,
-- both sides are recomputed whole.
CREATE TRIGGER rollup_memberships_reassign AFTER UPDATE OF cell_id, person_id ON memberships
WHEN OLD.cell_id IS NOT NEW.cell_id OR OLD.person_id IS NOT NEW.person_id
BEGIN
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, year, OLD.person_id FROM cell_meeting_years WHERE cell_id = OLD.cell_id;
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, year, NEW.person_id FROM cell_meeting_years WHERE cell_id = NEW.cell_id;
END;

CREATE TRIGGER rollup_memberships_delete AFTER DELETE ON memberships
BEGIN
  INSERT INTO absence_run_requests (cell_id, year, person_id)
  SELECT cell_id, year, OLD.person_id FROM cell_meeting_years
  WHERE cell_id = OLD.cell_id AND year >= substr(OLD.started_on, 1, 4)
    AND year <= substr(COALESCE(OLD.ended_on, '9999'), 1, 4);
END;

-- A rating's state (kept from its stages by rating_state_after_stage, 0013) leaves its old combination and joins
-- its new one, at its cell and every organization above it. Moving a cell carries its tallies along
-- (src/db/cells.ts, moveSubtree).
CREATE TRIGGER rollup_ratings_insert AFTER INSERT ON ratings WHEN NEW.current_stage IS NOT NULL
BEGIN
  INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
  SELECT up.value, NEW.year, NEW.subject, NEW.current_stage, COALESCE(NEW.current_level, ''),
    COALESCE(NEW.proposed_level, ''), COALESCE(NEW.decided_level, ''), 1
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings;
END;

CREATE TRIGGER rollup_ratings_update AFTER UPDATE OF cell_id, year, subject, current_stage, current_level,
  proposed_level, decided_level ON ratings
BEGIN
  INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
  SELECT up.value, OLD.year, OLD.subject, OLD.current_stage, COALESCE(OLD.current_level, ''),
    COALESCE(OLD.proposed_level, ''), COALESCE(OLD.decided_level, ''), -1
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = OLD.cell_id AND OLD.current_stage IS NOT NULL
  ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings;
  INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
  SELECT up.value, NEW.year, NEW.subject, NEW.current_stage, COALESCE(NEW.current_level, ''),
    COALESCE(NEW.proposed_level, ''), COALESCE(NEW.decided_level, ''), 1
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id AND NEW.current_stage IS NOT NULL
  ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings;
END;

-- ——— The counters of the rows already there ———

INSERT INTO cell_member_counts SELECT * FROM cell_member_count_facts;
INSERT INTO meeting_attendance_counts SELECT * FROM meeting_attendance_facts;
INSERT INTO cell_meeting_years SELECT * FROM cell_meeting_year_facts;
INSERT INTO member_absence_years SELECT * FROM member_absence_year_facts;
INSERT INTO rating_tallies SELECT * FROM rating_tally_facts;
