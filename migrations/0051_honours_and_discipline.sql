-- A member's honours (khen thưởng) and Party discipline (kỷ luật) as dated decisions of a form, by an authority
-- (src/domain/honours-discipline.ts): the member's file lists them, and a discipline decided in a year is what that
-- year's rating reads as "disciplined". Decisions are recorded, never edited in place.
CREATE TABLE honours_and_discipline (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL CHECK (kind IN ('HONOUR', 'DISCIPLINE')),
  form TEXT NOT NULL CHECK (
    (kind = 'HONOUR' AND form IN ('ORDER', 'MEDAL', 'TITLE', 'CERTIFICATE_OF_MERIT', 'COMMENDATION', 'OTHER'))
    OR (kind = 'DISCIPLINE' AND form IN ('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION'))
  ),
  decided_on TEXT NOT NULL,
  -- Who decided, as written ("Ban Thường vụ Huyện ủy …", "Chủ tịch nước").
  authority TEXT NOT NULL,
  decision_document_id TEXT REFERENCES documents (id),
  reason TEXT,
  recorded_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX honours_and_discipline_by_person ON honours_and_discipline (person_id, kind, decided_on);
