-- Count-based rules under concurrent writes. A quota (excellent at most 20% of good) is decided on counts read
-- before the write; two batches deciding at once would each see the other's members uncounted. Every write that
-- changes what a quota counts bumps the version of each scope counted (a cell, a grassroots organization, the
-- organizations under a parent), and guards, as its batch's first statement, the version it read: the later of two
-- concurrent batches aborts (CONFLICT) and its retry counts again.
CREATE TABLE quota_versions (
  scope_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  subject TEXT NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
  version INTEGER NOT NULL,
  PRIMARY KEY (scope_id, year, subject)
) WITHOUT ROWID;
