-- A recorded decision is corrected or voided, never rewritten silently: each change keeps what the decision said
-- before it, with the reason, who and when (decision_corrections); the decision row holds the current text and
-- counts, a version to guard concurrent corrections, and whether (and why) it was voided.
ALTER TABLE meeting_decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meeting_decisions ADD COLUMN voided_at TEXT;
ALTER TABLE meeting_decisions ADD COLUMN void_reason TEXT;

CREATE TABLE decision_corrections (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES meeting_decisions (id),
  kind TEXT NOT NULL CHECK (kind IN ('CORRECTED', 'VOIDED')),
  reason TEXT NOT NULL,
  -- What the decision said before the change: motion, counts, denominator and named votes, as JSON.
  previous TEXT NOT NULL,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX decision_corrections_by_decision ON decision_corrections (decision_id, recorded_at);
