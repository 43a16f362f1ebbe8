-- A committee's deadline for its cells' rating proposals of a year (set locally each year, by its plan for the
-- year-end review): the reminders of its cells read the nearest committee's.
CREATE TABLE rating_deadlines (
  committee_id TEXT NOT NULL REFERENCES cells (id),
  year INTEGER NOT NULL,
  proposals_due TEXT NOT NULL,
  note TEXT,
  set_by TEXT,
  set_at TEXT NOT NULL,
  PRIMARY KEY (committee_id, year)
);
