-- A calendar feed lives as long as its owner's right to read the cell, and no longer than its lifetime. The feed
-- keeps who owns it (the principal, or the person a development token names) and the grants it was made under;
-- each fetch checks the owner's current grants from the grants table when the principal has any there, else the
-- recorded ones. Feeds made before this migration recorded no grants: they stop, and their owners make new ones.
ALTER TABLE calendar_feeds ADD COLUMN owner TEXT;
ALTER TABLE calendar_feeds ADD COLUMN granted TEXT;
ALTER TABLE calendar_feeds ADD COLUMN expires_at TEXT;
CREATE INDEX calendar_feeds_by_owner ON calendar_feeds (owner, created_at) WHERE owner IS NOT NULL;
