-- Member statistics of a subtree as of any day (issue 16), kept on write so that a province's figures read a row per
-- figure, not its 40,000 members (issue 14). docs/member-statistics.md explains the design.
--
-- 1. Spans. What a member counts as, where and when: one row per membership and figure ("OFFICIAL in cell C from d1
--    to d2", "born in 1975 …", "admitted on d" — an event counts from its day on, never ending). They follow from
--    the base rows (member_stat_span_facts); a change of a person's rows recomputes that person's spans, only the
--    spans that differ are replaced.
-- 2. Steps. Per organization and figure, the count as a step function of the day: a row at each day the count may
--    change, holding the count from that day on. A span adds 1 to the steps of its cell and every organization
--    above it, from its first day to the day it ends. The count on a day is the latest step on or before it: one
--    index search per figure, whatever the history. Events are counted the same way, so the events of a period are
--    the difference of two days' counts.
-- 3. Keys. The figures an organization has ever had, so that a read lists them without walking the steps.
-- A value a member's file does not give is not kept: the unknown are the members less the known.

-- A member's party age counts from the admission decision, pushed back by the gaps between their memberships
-- before this one (src/domain/badges.ts, interruptionsOf): each membership carries the day its party age counts from.
CREATE VIEW membership_party_origins AS
SELECT m.id AS membership_id,
  date(p.admitted_on, '+' || CAST(
    julianday(m.started_on) - julianday((SELECT MIN(started_on) FROM memberships WHERE person_id = m.person_id))
    - COALESCE((
      SELECT SUM(julianday(MIN(COALESCE(b.ended_on, m.started_on), m.started_on)) - julianday(b.started_on))
      FROM memberships b
      WHERE b.person_id = m.person_id AND b.started_on < m.started_on
    ), 0) AS INTEGER) || ' days') AS party_origin
FROM memberships m JOIN people p ON p.id = m.person_id;

-- Official from the recognition day. Without one recorded, a member whose status is not probationary counts as
-- official for the whole membership (members entered without their dates), a probationary one as probationary.
CREATE VIEW member_stat_span_facts AS
WITH m AS NOT MATERIALIZED (
  SELECT m.id AS source_id, m.person_id, m.cell_id, m.started_on, m.ended_on, m.start_reason, m.end_reason,
    p.birth_date, p.official_on,
    COALESCE(p.official_on, CASE WHEN p.party_status = 'PROBATIONARY' THEN NULL ELSE m.started_on END) AS official_from,
    f.gender, f.ethnic_group_code, f.religion, f.general_education, f.professional_level, f.political_theory_level,
    f.state_management_level
  FROM memberships m
  JOIN people p ON p.id = m.person_id
  LEFT JOIN member_files f ON f.person_id = m.person_id
)
-- A figure of the file and the dates, for the whole membership. A value the file does not give makes no span: the
-- members it does not know are the members less those it does (src/domain/member-statistics.ts).
SELECT * FROM (
  SELECT m.person_id, m.source_id, m.cell_id, d.value AS dimension, CASE d.value
      WHEN 'GENDER' THEN m.gender
      WHEN 'BIRTH_YEAR' THEN substr(m.birth_date, 1, 4)
      WHEN 'ETHNICITY' THEN m.ethnic_group_code
      WHEN 'RELIGION' THEN NULLIF(trim(m.religion), '')
      WHEN 'GENERAL_EDUCATION' THEN NULLIF(trim(m.general_education), '')
      WHEN 'PROFESSIONAL_LEVEL' THEN m.professional_level
      WHEN 'POLITICAL_THEORY_LEVEL' THEN m.political_theory_level
      WHEN 'STATE_MANAGEMENT_LEVEL' THEN m.state_management_level
      WHEN 'PARTY_ORIGIN_YEAR' THEN (SELECT substr(party_origin, 1, 4) FROM membership_party_origins
        WHERE membership_id = m.source_id)
    END AS value, m.started_on AS from_day, m.ended_on AS until_day
  FROM m JOIN json_each('["GENDER","BIRTH_YEAR","ETHNICITY","RELIGION","GENERAL_EDUCATION","PROFESSIONAL_LEVEL",
    "POLITICAL_THEORY_LEVEL","STATE_MANAGEMENT_LEVEL","PARTY_ORIGIN_YEAR"]') d
)
WHERE value IS NOT NULL
UNION ALL
-- Probationary until the official day, official from it.
SELECT m.person_id, m.source_id, m.cell_id, 'STATUS', d.value,
  CASE d.value WHEN 'PROBATIONARY' THEN m.started_on ELSE MAX(m.started_on, m.official_from) END,
  CASE WHEN d.value = 'OFFICIAL' OR m.official_from IS NULL THEN m.ended_on
    ELSE MIN(COALESCE(m.ended_on, m.official_from), m.official_from) END
FROM m JOIN json_each('["PROBATIONARY","OFFICIAL"]') d
WHERE CASE d.value
  WHEN 'PROBATIONARY' THEN m.official_from IS NULL OR m.official_from > m.started_on
  ELSE m.official_from IS NOT NULL AND (m.ended_on IS NULL OR m.official_from < m.ended_on) END
UNION ALL
-- Exempted from activities, within the membership.
SELECT m.person_id, e.id || '@' || m.source_id, m.cell_id, 'EXEMPTED', e.reason, MAX(m.started_on, e.from_on),
  CASE WHEN m.ended_on IS NULL THEN e.until_on WHEN e.until_on IS NULL THEN m.ended_on
    ELSE MIN(m.ended_on, e.until_on) END
FROM m JOIN exemptions e ON e.person_id = m.person_id
WHERE e.from_on < COALESCE(m.ended_on, '9999-12-31') AND COALESCE(e.until_on, '9999-12-31') > m.started_on
UNION ALL
-- Events: how the membership began and ended, and a recognition as official during it. Members who came with their
-- organization when it succeeded another were carried over, not transferred in (as the annual report counts them).
SELECT m.person_id, m.source_id, m.cell_id, 'EVENT',
  CASE d.value
    WHEN 'START' THEN CASE WHEN m.start_reason = 'TRANSFERRED_IN' AND EXISTS (
        SELECT 1 FROM cell_lineage l
        WHERE l.successor_id = m.cell_id AND substr(m.started_on, 1, length(l.occurred_on)) = l.occurred_on
      ) THEN 'CARRIED_OVER' ELSE m.start_reason END
    WHEN 'END' THEN m.end_reason
    ELSE 'RECOGNIZED' END,
  CASE d.value WHEN 'START' THEN m.started_on WHEN 'END' THEN m.ended_on ELSE m.official_on END, NULL
FROM m JOIN json_each('["START","END","RECOGNIZED"]') d
WHERE CASE d.value
  WHEN 'START' THEN 1
  WHEN 'END' THEN m.ended_on IS NOT NULL
  ELSE m.official_on >= m.started_on AND m.official_on < COALESCE(m.ended_on, '9999-12-31') END;

CREATE TABLE member_stat_spans (
  person_id TEXT NOT NULL,
  -- The membership (or the exemption and membership) the span comes from.
  source_id TEXT NOT NULL,
  cell_id TEXT NOT NULL,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  from_day TEXT NOT NULL,
  until_day TEXT,
  PRIMARY KEY (person_id, source_id, dimension, value)
) WITHOUT ROWID;

CREATE TABLE member_stat_steps (
  org_id TEXT NOT NULL,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  on_day TEXT NOT NULL,
  members INTEGER NOT NULL,
  PRIMARY KEY (org_id, dimension, value, on_day)
) WITHOUT ROWID;

CREATE TABLE member_stat_keys (
  org_id TEXT NOT NULL,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (org_id, dimension, value)
) WITHOUT ROWID;

-- The steps the spans define, for the rebuild and the consistency test: at each day a span of the organization's
-- subtree starts or ends, the number of spans covering it.
CREATE VIEW member_stat_step_facts AS
SELECT org_id, dimension, value, on_day,
  SUM(SUM(change)) OVER (PARTITION BY org_id, dimension, value ORDER BY on_day) AS members
FROM (
  SELECT up.value AS org_id, s.dimension, s.value, s.from_day AS on_day, 1 AS change
  FROM member_stat_spans s JOIN cells c ON c.id = s.cell_id
  JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  UNION ALL
  SELECT up.value, s.dimension, s.value, s.until_day, -1
  FROM member_stat_spans s JOIN cells c ON c.id = s.cell_id
  JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE s.until_day IS NOT NULL
)
GROUP BY org_id, dimension, value, on_day;

-- The members already there, counted before the triggers exist (the same rows they would write, in one pass).
INSERT INTO member_stat_spans SELECT * FROM member_stat_span_facts;
INSERT INTO member_stat_steps SELECT * FROM member_stat_step_facts;
INSERT INTO member_stat_keys SELECT DISTINCT org_id, dimension, value FROM member_stat_steps;

-- A person whose rows changed: their spans are recomputed by inserting their id here (the one place that computes
-- a single person's; the view computes everyone's for the rebuild).
CREATE TABLE member_stat_requests (person_id TEXT NOT NULL);
-- A person's spans as the base rows give them, computed once per request and compared with the kept ones.
CREATE TABLE member_stat_fresh_spans (
  person_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  cell_id TEXT NOT NULL,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  from_day TEXT NOT NULL,
  until_day TEXT
);

CREATE TRIGGER rollup_member_stat_request AFTER INSERT ON member_stat_requests
BEGIN
  INSERT INTO member_stat_fresh_spans SELECT * FROM member_stat_span_facts WHERE person_id = NEW.person_id;
  -- A span that only ends on another day (a membership ended, an exemption lifted) moves its end: the counts change
  -- between the two ends only, not over the whole span.
  UPDATE member_stat_spans SET until_day = f.until_day
  FROM member_stat_fresh_spans f
  WHERE member_stat_spans.person_id = NEW.person_id AND f.source_id = member_stat_spans.source_id
    AND f.dimension = member_stat_spans.dimension AND f.value = member_stat_spans.value
    AND f.cell_id = member_stat_spans.cell_id AND f.from_day = member_stat_spans.from_day
    AND f.until_day IS NOT member_stat_spans.until_day;
  DELETE FROM member_stat_spans
  WHERE person_id = NEW.person_id
    AND (source_id, cell_id, dimension, value, from_day, COALESCE(until_day, '')) NOT IN (
      SELECT source_id, cell_id, dimension, value, from_day, COALESCE(until_day, '') FROM member_stat_fresh_spans
    );
  INSERT INTO member_stat_spans (person_id, source_id, cell_id, dimension, value, from_day, until_day)
  SELECT person_id, source_id, cell_id, dimension, value, from_day, until_day
  FROM member_stat_fresh_spans f
  WHERE NOT EXISTS (
    SELECT 1 FROM member_stat_spans s
    WHERE s.person_id = f.person_id AND s.source_id = f.source_id AND s.dimension = f.dimension AND s.value = f.value
  );
  DELETE FROM member_stat_fresh_spans;
  DELETE FROM member_stat_requests WHERE rowid = NEW.rowid;
END;

-- An organization's figures are listed by the keys: a key is added with its first step.
CREATE TRIGGER rollup_member_stat_key AFTER INSERT ON member_stat_steps
BEGIN
  INSERT INTO member_stat_keys (org_id, dimension, value) VALUES (NEW.org_id, NEW.dimension, NEW.value)
  ON CONFLICT DO NOTHING;
END;

-- A span counts at its cell and every organization above it: steps at its two ends (holding the count before them),
-- then 1 more on every step in between.
CREATE TRIGGER rollup_member_stat_span_insert AFTER INSERT ON member_stat_spans
BEGIN
  INSERT INTO member_stat_steps (org_id, dimension, value, on_day, members)
  SELECT up.value, NEW.dimension, NEW.value, d.day, COALESCE((
    SELECT s.members FROM member_stat_steps s
    WHERE s.org_id = up.value AND s.dimension = NEW.dimension AND s.value = NEW.value AND s.on_day < d.day
    ORDER BY s.on_day DESC LIMIT 1
  ), 0)
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  JOIN (SELECT NEW.from_day AS day UNION ALL SELECT NEW.until_day WHERE NEW.until_day IS NOT NULL) d
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO NOTHING;
  UPDATE member_stat_steps SET members = members + 1
  WHERE org_id IN (
      SELECT up.value FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
      WHERE c.id = NEW.cell_id
    )
    AND dimension = NEW.dimension AND value = NEW.value
    AND on_day >= NEW.from_day AND (NEW.until_day IS NULL OR on_day < NEW.until_day);
END;

-- Between the old end and the new one (a missing end is the end of time), one less or one more.
CREATE TRIGGER rollup_member_stat_span_end AFTER UPDATE OF until_day ON member_stat_spans
BEGIN
  INSERT INTO member_stat_steps (org_id, dimension, value, on_day, members)
  SELECT up.value, NEW.dimension, NEW.value, d.day, COALESCE((
    SELECT s.members FROM member_stat_steps s
    WHERE s.org_id = up.value AND s.dimension = NEW.dimension AND s.value = NEW.value AND s.on_day < d.day
    ORDER BY s.on_day DESC LIMIT 1
  ), 0)
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  JOIN (SELECT OLD.until_day AS day WHERE OLD.until_day IS NOT NULL
    UNION ALL SELECT NEW.until_day WHERE NEW.until_day IS NOT NULL) d
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO NOTHING;
  UPDATE member_stat_steps
  SET members = members + CASE WHEN COALESCE(NEW.until_day, '9999-12-31') > COALESCE(OLD.until_day, '9999-12-31')
    THEN 1 ELSE -1 END
  WHERE org_id IN (
      SELECT up.value FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
      WHERE c.id = NEW.cell_id
    )
    AND dimension = NEW.dimension AND value = NEW.value
    AND on_day >= MIN(COALESCE(OLD.until_day, '9999-12-31'), COALESCE(NEW.until_day, '9999-12-31'))
    AND on_day < MAX(COALESCE(OLD.until_day, '9999-12-31'), COALESCE(NEW.until_day, '9999-12-31'));
END;

CREATE TRIGGER rollup_member_stat_span_delete AFTER DELETE ON member_stat_spans
BEGIN
  UPDATE member_stat_steps SET members = members - 1
  WHERE org_id IN (
      SELECT up.value FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
      WHERE c.id = OLD.cell_id
    )
    AND dimension = OLD.dimension AND value = OLD.value
    AND on_day >= OLD.from_day AND (OLD.until_day IS NULL OR on_day < OLD.until_day);
END;

-- The rows a person's spans follow from.
CREATE TRIGGER rollup_member_stat_membership_insert AFTER INSERT ON memberships
BEGIN
  INSERT INTO member_stat_requests (person_id) VALUES (NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_membership_update AFTER UPDATE OF person_id, cell_id, started_on, start_reason,
  ended_on, end_reason ON memberships
BEGIN
  INSERT INTO member_stat_requests (person_id) SELECT OLD.person_id WHERE OLD.person_id <> NEW.person_id;
  INSERT INTO member_stat_requests (person_id) VALUES (NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_membership_delete AFTER DELETE ON memberships
BEGIN
  INSERT INTO member_stat_requests (person_id) VALUES (OLD.person_id);
END;

CREATE TRIGGER rollup_member_stat_person_update AFTER UPDATE OF party_status, birth_date, admitted_on, official_on
  ON people
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT NEW.id WHERE EXISTS (SELECT 1 FROM memberships WHERE person_id = NEW.id);
END;

CREATE TRIGGER rollup_member_stat_file_insert AFTER INSERT ON member_files
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT NEW.person_id WHERE EXISTS (SELECT 1 FROM memberships WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_file_update AFTER UPDATE OF gender, ethnic_group_code, religion, general_education,
  professional_level, political_theory_level, state_management_level ON member_files
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT NEW.person_id WHERE EXISTS (SELECT 1 FROM memberships WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_file_delete AFTER DELETE ON member_files
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT OLD.person_id WHERE EXISTS (SELECT 1 FROM memberships WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER rollup_member_stat_lineage_insert AFTER INSERT ON cell_lineage
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT person_id FROM memberships
  WHERE cell_id = NEW.successor_id AND substr(started_on, 1, length(NEW.occurred_on)) = NEW.occurred_on;
END;

CREATE TRIGGER rollup_member_stat_lineage_delete AFTER DELETE ON cell_lineage
BEGIN
  INSERT INTO member_stat_requests (person_id)
  SELECT person_id FROM memberships
  WHERE cell_id = OLD.successor_id AND substr(started_on, 1, length(OLD.occurred_on)) = OLD.occurred_on;
END;

CREATE TRIGGER rollup_member_stat_exemption_insert AFTER INSERT ON exemptions
BEGIN
  INSERT INTO member_stat_requests (person_id) VALUES (NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_exemption_update AFTER UPDATE ON exemptions
BEGIN
  INSERT INTO member_stat_requests (person_id) SELECT OLD.person_id WHERE OLD.person_id <> NEW.person_id;
  INSERT INTO member_stat_requests (person_id) VALUES (NEW.person_id);
END;

CREATE TRIGGER rollup_member_stat_exemption_delete AFTER DELETE ON exemptions
BEGIN
  INSERT INTO member_stat_requests (person_id) VALUES (OLD.person_id);
END;

