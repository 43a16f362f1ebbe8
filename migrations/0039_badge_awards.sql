-- Party badges (Huy hiệu Đảng): a cell proposes one for a member reaching its party age by an occasion, the
-- committee above awards it by a decision. A member holds each badge once (the unique key), proposed or awarded.
CREATE TABLE badge_awards (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  years INTEGER NOT NULL CHECK (years IN (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)),
  occasion TEXT NOT NULL CHECK (occasion IN (
    'PARTY_FOUNDING', 'HO_CHI_MINH_BIRTHDAY', 'NATIONAL_DAY', 'OCTOBER_REVOLUTION')),
  award_on TEXT NOT NULL,
  early_reason TEXT CHECK (early_reason IN ('SERIOUS_ILLNESS', 'POSTHUMOUS')),
  stage TEXT NOT NULL CHECK (stage IN ('PROPOSED', 'AWARDED')),
  proposed_by TEXT,
  proposed_at TEXT,
  decision_document_id TEXT REFERENCES documents (id),
  decided_by TEXT,
  decided_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (stage = 'PROPOSED' OR decision_document_id IS NOT NULL)
);
CREATE UNIQUE INDEX badge_awards_once ON badge_awards (person_id, years);
