-- The study of a resolution (học tập, quán triệt nghị quyết; issue 18, docs/channel.md) is an announcement of its own
-- kind: the committee sends the document to its subtree with a deadline, and each member records the day they
-- studied it and, if they wish, a written reflection — on their own delivery, so the completion per organization is
-- the announcement's kept count of acknowledgements.
ALTER TABLE announcements ADD COLUMN kind TEXT NOT NULL DEFAULT 'NOTICE' CHECK (kind IN ('NOTICE', 'STUDY'));
ALTER TABLE announcement_deliveries ADD COLUMN studied_on TEXT;
ALTER TABLE announcement_deliveries ADD COLUMN reflection TEXT;
