-- Announcements (thông báo, issue 18; rules in src/domain/announcements.ts, docs/channel.md): a cell or committee
-- writes to its members or its officers. An announcement is delivered when it is published: one row per recipient,
-- so a member's inbox, the read receipts and the counts the sender sees are index reads that follow their answer,
-- whatever the history behind them. Publishing costs its audience once (as sending mail does).

CREATE TABLE announcements (
  id TEXT PRIMARY KEY,
  sender_cell_id TEXT NOT NULL REFERENCES cells (id),
  audience TEXT NOT NULL CHECK (audience IN ('MEMBERS', 'OFFICERS')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  -- The day by which recipients are asked to acknowledge it; NULL when no acknowledgement is asked.
  acknowledge_by TEXT,
  published_on TEXT NOT NULL,
  published_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX announcements_by_sender ON announcements (sender_cell_id, created_at);

-- The documents it sends along (their files are the documents' attachments).
CREATE TABLE announcement_documents (
  announcement_id TEXT NOT NULL REFERENCES announcements (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (announcement_id, document_id)
) WITHOUT ROWID;

-- One per recipient: the member's cell, or the organization where the officer holds office; read and acknowledged
-- when they did. `sent_at` is the announcement's, copied so that an inbox is one index in its order: unread first,
-- newest first (`unread_first_key`).
CREATE TABLE announcement_deliveries (
  announcement_id TEXT NOT NULL REFERENCES announcements (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  sent_at TEXT NOT NULL,
  read_at TEXT,
  acknowledged_at TEXT,
  PRIMARY KEY (announcement_id, person_id),
  CHECK (acknowledged_at IS NULL OR read_at IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX announcement_inbox ON announcement_deliveries (
  person_id, (CASE WHEN read_at IS NULL THEN '1' ELSE '0' END || sent_at), announcement_id);
-- A cell's recipients of one announcement, unread first (who has not read it yet, for the cell's secretary).
CREATE INDEX announcement_receipts_by_cell ON announcement_deliveries (
  announcement_id, cell_id, (CASE WHEN read_at IS NULL THEN '1' ELSE '0' END), person_id);

-- Counts kept on write, per announcement and per organization whose subtree holds recipients (each recipient's cell
-- and every organization above it): delivered when published, read and acknowledged as recipients do.
CREATE TABLE announcement_tallies (
  org_id TEXT NOT NULL REFERENCES cells (id),
  announcement_id TEXT NOT NULL REFERENCES announcements (id),
  sent_at TEXT NOT NULL,
  delivered INTEGER NOT NULL DEFAULT 0,
  read INTEGER NOT NULL DEFAULT 0,
  acknowledged INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, announcement_id)
) WITHOUT ROWID;
CREATE INDEX announcement_tallies_by_org ON announcement_tallies (org_id, sent_at, announcement_id);

-- Each person's inbox size and unread count, kept on write.
CREATE TABLE inbox_counts (
  person_id TEXT PRIMARY KEY REFERENCES people (id),
  received INTEGER NOT NULL DEFAULT 0,
  unread INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- What the counts are, from the deliveries (the consistency test and `npm run rollups:rebuild` compare and refill).
CREATE VIEW announcement_tally_facts AS
SELECT up.value AS org_id, d.announcement_id, d.sent_at, COUNT(*) AS delivered, COUNT(d.read_at) AS read,
  COUNT(d.acknowledged_at) AS acknowledged
FROM announcement_deliveries d
JOIN cells c ON c.id = d.cell_id
JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
GROUP BY 1, 2, 3;

CREATE VIEW inbox_count_facts AS
SELECT person_id, COUNT(*) AS received, COUNT(*) - COUNT(read_at) AS unread
FROM announcement_deliveries GROUP BY person_id;

CREATE TRIGGER rollup_announcement_read AFTER UPDATE OF read_at ON announcement_deliveries
WHEN OLD.read_at IS NULL AND NEW.read_at IS NOT NULL
BEGIN
  UPDATE announcement_tallies SET read = read + 1
  WHERE announcement_id = NEW.announcement_id AND org_id IN (
    SELECT up.value FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
    WHERE c.id = NEW.cell_id);
  UPDATE inbox_counts SET unread = unread - 1 WHERE person_id = NEW.person_id;
END;

CREATE TRIGGER rollup_announcement_acknowledged AFTER UPDATE OF acknowledged_at ON announcement_deliveries
WHEN OLD.acknowledged_at IS NULL AND NEW.acknowledged_at IS NOT NULL
BEGIN
  UPDATE announcement_tallies SET acknowledged = acknowledged + 1
  WHERE announcement_id = NEW.announcement_id AND org_id IN (
    SELECT up.value FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
    WHERE c.id = NEW.cell_id);
END;
