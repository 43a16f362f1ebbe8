-- Exemption from Party work and activities (miễn công tác và sinh hoạt đảng), decided by the cell for age or health:
-- an exempted member who is absent from a meeting is recorded as exempted (src/domain/quorum.ts, statusUnderExemption).
CREATE TABLE exemptions (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  from_on TEXT NOT NULL,
  until_on TEXT,
  reason TEXT NOT NULL CHECK (reason IN ('AGE', 'HEALTH')),
  decision_document_id TEXT REFERENCES documents (id),
  note TEXT,
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (until_on IS NULL OR until_on > from_on)
);
CREATE INDEX exemptions_by_person ON exemptions (person_id, from_on);
