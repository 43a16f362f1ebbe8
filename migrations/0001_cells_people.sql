-- Cells (every party organization) and people, with their history.
-- Dates are ISO strings: full dates ('2017-12-23') for operational records, and partial dates
-- ('2017', '2017-12') for historical facts that sources give only to the year or month.
-- Memberships, roles and aliases are half-open periods [from, until): a transfer ends one membership
-- and starts the next on the same day without overlap.

CREATE TABLE cells (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN (
    'PROVINCIAL_COMMITTEE', 'BLOC_COMMITTEE', 'DISTRICT_COMMITTEE', 'GRASSROOTS_COMMITTEE',
    'PARTIAL_COMMITTEE', 'GRASSROOTS_CELL', 'SUBORDINATE_CELL')),
  name TEXT NOT NULL,
  -- Vietnamese-folded name (no diacritics, đ → d, lower case): the sort order and search text.
  sort_key TEXT NOT NULL,
  -- Folded name and aliases, so one LIKE per search word finds a cell by any of its names.
  search_text TEXT NOT NULL,
  parent_id TEXT REFERENCES cells (id),
  -- Materialized path '/<root id>/…/<id>/': a subtree is one index range scan (path >= p AND path < p || '~').
  path TEXT NOT NULL UNIQUE,
  founded_on TEXT,
  founding_reference TEXT,
  dissolved_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX cells_by_parent ON cells (parent_id, sort_key, id);
CREATE INDEX cells_by_sort_key ON cells (sort_key, id);

CREATE TABLE cell_aliases (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ALIAS', 'FORMER_NAME')),
  used_from TEXT,
  used_until TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (cell_id, name)
);

CREATE TABLE cell_lineage (
  id TEXT PRIMARY KEY,
  predecessor_id TEXT NOT NULL REFERENCES cells (id),
  successor_id TEXT NOT NULL REFERENCES cells (id),
  kind TEXT NOT NULL CHECK (kind IN ('RENAMED', 'MERGED', 'SPLIT', 'SUCCEEDED')),
  occurred_on TEXT NOT NULL,
  decision_reference TEXT,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (predecessor_id, successor_id),
  CHECK (predecessor_id <> successor_id)
);
CREATE INDEX cell_lineage_by_successor ON cell_lineage (successor_id);

CREATE TABLE terms (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (cell_id, starts_on)
);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  -- Vietnamese order: by given name (the last word), then the full name, both folded.
  sort_key TEXT NOT NULL,
  search_text TEXT NOT NULL,
  party_status TEXT NOT NULL CHECK (party_status IN (
    'CANDIDATE', 'PROBATIONARY', 'OFFICIAL', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'RESIGNED', 'DECEASED')),
  birth_date TEXT,
  candidate_cell_id TEXT REFERENCES cells (id),
  admitted_on TEXT,
  official_on TEXT,
  left_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX people_by_sort_key ON people (sort_key, id);
CREATE INDEX people_by_candidate_cell ON people (candidate_cell_id) WHERE candidate_cell_id IS NOT NULL;

CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  started_on TEXT NOT NULL,
  start_reason TEXT NOT NULL CHECK (start_reason IN ('ADMITTED', 'TRANSFERRED_IN', 'REINSTATED')),
  ended_on TEXT,
  end_reason TEXT CHECK (end_reason IN (
    'TRANSFERRED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'RESIGNED', 'DECEASED')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (ended_on IS NULL OR ended_on > started_on),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE INDEX memberships_by_person ON memberships (person_id, started_on);
CREATE INDEX memberships_by_cell ON memberships (cell_id, started_on);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  role TEXT NOT NULL CHECK (role IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')),
  term_id TEXT REFERENCES terms (id),
  started_on TEXT NOT NULL,
  ended_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (ended_on IS NULL OR ended_on > started_on)
);
CREATE INDEX roles_by_person ON roles (person_id, started_on);
CREATE INDEX roles_by_cell ON roles (cell_id, started_on);
CREATE INDEX roles_by_term ON roles (term_id) WHERE term_id IS NOT NULL;

-- One-row table that turns a stale read into a failed batch: a write batch starts with
-- UPDATE write_guard SET unchanged = (1 when the aggregate's version is still the one read, else NULL),
-- and the NOT NULL constraint aborts the whole batch (D1 batches are transactions).
CREATE TABLE write_guard (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  unchanged INTEGER NOT NULL
);
INSERT INTO write_guard (id, unchanged) VALUES (1, 1);
