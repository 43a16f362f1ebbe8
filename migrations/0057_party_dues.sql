-- Party dues (đảng phí, issue 17; rules in src/domain/dues.ts and dues-ledger.ts, docs/party-dues.md). Money is whole
-- đồng (INTEGER). Nothing a cell entered is edited in place: a new basis replaces an older one from its month on, a
-- correction is an entry of its own that names the payment it corrects.

-- A member's dues basis from a month on: the category, the figure a share is taken of (salary, pension, benefit),
-- a monthly amount (the committee's, or a higher one by choice). Personal.
CREATE TABLE dues_bases (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  from_month TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('INSURED_SALARY', 'SICKNESS_OR_MATERNITY', 'PENSION', 'STUDENT', 'OTHER')),
  figure INTEGER CHECK (figure IS NULL OR figure > 0),
  monthly_amount INTEGER CHECK (monthly_amount IS NULL OR monthly_amount > 0),
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX dues_bases_by_person ON dues_bases (person_id, from_month, created_at);

-- An entry of the cell's dues book: a payment (amount > 0, corrects_id NULL) or a correction of one (signed amounts
-- per month, a reason). Its receipt number counts the cell's entries of the year, given in the same statement that writes it.
CREATE TABLE dues_entries (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  paid_on TEXT NOT NULL,
  amount INTEGER NOT NULL,
  receipt_year INTEGER NOT NULL,
  receipt_number INTEGER NOT NULL,
  corrects_id TEXT REFERENCES dues_entries (id),
  reason TEXT,
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- A correction may move money between months and sum to zero.
  CHECK ((corrects_id IS NULL AND amount > 0) OR (corrects_id IS NOT NULL AND reason IS NOT NULL)),
  UNIQUE (cell_id, receipt_year, receipt_number)
);
CREATE INDEX dues_entries_by_person ON dues_entries (person_id, paid_on);
CREATE INDEX dues_entries_by_correction ON dues_entries (corrects_id) WHERE corrects_id IS NOT NULL;

-- What an entry paid for each month it names (the sum over the months is the entry's amount).
CREATE TABLE dues_entry_months (
  entry_id TEXT NOT NULL REFERENCES dues_entries (id),
  month TEXT NOT NULL,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  amount INTEGER NOT NULL,
  PRIMARY KEY (entry_id, month)
) WITHOUT ROWID;
CREATE INDEX dues_entry_months_by_cell ON dues_entry_months (cell_id, month, person_id);
CREATE INDEX dues_entry_months_by_person ON dues_entry_months (person_id, month);

-- A month of a cell's book closed by its secretary: no payment for it after, only corrections.
CREATE TABLE dues_closed_months (
  cell_id TEXT NOT NULL REFERENCES cells (id),
  month TEXT NOT NULL,
  closed_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (cell_id, month)
) WITHOUT ROWID;

-- What the committee above set for a cell: the share of collected dues it keeps (basis points) and how often it
-- remits the rest.
CREATE TABLE dues_settings (
  cell_id TEXT PRIMARY KEY REFERENCES cells (id),
  retained_basis_points INTEGER NOT NULL CHECK (retained_basis_points BETWEEN 0 AND 10000),
  remit_every TEXT NOT NULL CHECK (remit_every IN ('MONTH', 'QUARTER')),
  set_by TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- A cell's remittance of a period (a month or a quarter) to the level above: what it collected, kept and remitted.
CREATE TABLE dues_remittances (
  id TEXT PRIMARY KEY,
  cell_id TEXT NOT NULL REFERENCES cells (id),
  first_month TEXT NOT NULL,
  last_month TEXT NOT NULL,
  collected INTEGER NOT NULL,
  retained INTEGER NOT NULL,
  remitted INTEGER NOT NULL,
  remitted_on TEXT NOT NULL,
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (collected = retained + remitted),
  UNIQUE (cell_id, first_month)
);
CREATE INDEX dues_remittances_by_cell_months ON dues_remittances (cell_id, last_month);

-- Why a member did not pay in a year, when there is a good reason: the three-months rule then does not apply.
CREATE TABLE dues_arrears_reasons (
  person_id TEXT NOT NULL REFERENCES people (id),
  year INTEGER NOT NULL,
  reason TEXT NOT NULL,
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (person_id, year)
) WITHOUT ROWID;

-- ——— Kept on write: dues per organization and month ———

-- What the cells of an organization's subtree collected, kept and remitted in a month (a remittance counts in its
-- first month), at the cell and every organization above it, from the materialized path: a committee's summary of
-- a year reads twelve rows per organization. Moves of a subtree carry its root's rows (src/db/cells.ts).
CREATE TABLE dues_tallies (
  org_id TEXT NOT NULL,
  month TEXT NOT NULL,
  collected INTEGER NOT NULL DEFAULT 0,
  retained INTEGER NOT NULL DEFAULT 0,
  remitted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, month)
) WITHOUT ROWID;

CREATE VIEW dues_tally_facts AS
SELECT up.value AS org_id, f.month, SUM(f.collected) AS collected, SUM(f.retained) AS retained,
  SUM(f.remitted) AS remitted
FROM (
  SELECT cell_id, month, amount AS collected, 0 AS retained, 0 AS remitted FROM dues_entry_months
  UNION ALL
  SELECT cell_id, first_month, 0, retained, remitted FROM dues_remittances
) f
JOIN cells c ON c.id = f.cell_id
JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
GROUP BY 1, 2
HAVING SUM(f.collected) <> 0 OR SUM(f.retained) <> 0 OR SUM(f.remitted) <> 0;

CREATE TRIGGER rollup_dues_entry_month AFTER INSERT ON dues_entry_months
BEGIN
  INSERT INTO dues_tallies (org_id, month, collected)
  SELECT up.value, NEW.month, NEW.amount
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO UPDATE SET collected = collected + excluded.collected;
END;

CREATE TRIGGER rollup_dues_remittance AFTER INSERT ON dues_remittances
BEGIN
  INSERT INTO dues_tallies (org_id, month, retained, remitted)
  SELECT up.value, NEW.first_month, NEW.retained, NEW.remitted
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id
  ON CONFLICT DO UPDATE SET retained = retained + excluded.retained, remitted = remitted + excluded.remitted;
END;

-- A cell's members of a month are its open memberships and those ended after the month began: each read by its own
-- index, so a cell's long history of ended memberships is not walked.
CREATE INDEX memberships_open_by_cell ON memberships (cell_id, started_on) WHERE ended_on IS NULL;
