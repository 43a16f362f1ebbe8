-- Comments on drafts (góp ý dự thảo, issue 18; rules in src/domain/consultations.ts, docs/channel.md): a committee
-- opens one version of its draft to the members of its subtree until a day. The version's text is copied in: the
-- members read what they comment on without reading the committee's drafts, and later versions leave it as it was.

CREATE TABLE draft_consultations (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  version INTEGER NOT NULL,
  org_id TEXT NOT NULL REFERENCES cells (id),
  title TEXT NOT NULL,
  summary TEXT,
  body TEXT,
  closes_on TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  opened_by TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (document_id, version)
);
-- The drafts open to a member: those of the organizations on their cell's line, still open.
CREATE INDEX draft_consultations_by_org ON draft_consultations (org_id, closes_on, id);

CREATE TABLE draft_comments (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES draft_consultations (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  -- The commenter's cell when they wrote it: where the comment is counted.
  cell_id TEXT NOT NULL REFERENCES cells (id),
  section TEXT,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX draft_comments_by_person ON draft_comments (consultation_id, person_id, created_at, id);
CREATE INDEX draft_comments_by_cell ON draft_comments (consultation_id, cell_id, created_at, id);
CREATE INDEX draft_comments_in_order ON draft_comments (consultation_id, created_at, id);

-- Counts kept on write, per consultation and per organization above a commenter's cell (and the cell itself).
CREATE TABLE draft_comment_tallies (
  consultation_id TEXT NOT NULL REFERENCES draft_consultations (id),
  org_id TEXT NOT NULL REFERENCES cells (id),
  comments INTEGER NOT NULL DEFAULT 0,
  commenters INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (consultation_id, org_id)
) WITHOUT ROWID;
-- What a moved subtree carries: the counts at its root.
CREATE INDEX draft_comment_tallies_by_org ON draft_comment_tallies (org_id, consultation_id);

CREATE VIEW draft_comment_tally_facts AS
SELECT d.consultation_id, up.value AS org_id, COUNT(*) AS comments, COUNT(DISTINCT d.person_id) AS commenters
FROM draft_comments d
JOIN cells c ON c.id = d.cell_id
JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
GROUP BY 1, 2;

CREATE TRIGGER rollup_draft_comment AFTER INSERT ON draft_comments
BEGIN
  INSERT INTO draft_comment_tallies (consultation_id, org_id, comments, commenters)
  SELECT NEW.consultation_id, up.value, 1,
    -- A first comment of this person in this organization's subtree (they may have moved between cells).
    NOT EXISTS (SELECT 1 FROM draft_comments o JOIN cells oc ON oc.id = o.cell_id
                WHERE o.consultation_id = NEW.consultation_id AND o.person_id = NEW.person_id AND o.id <> NEW.id
                  AND instr(oc.path, '/' || up.value || '/') > 0)
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO UPDATE SET comments = comments + 1, commenters = commenters + excluded.commenters;
END;
