-- Yearly ratings of members and organizations, by scheme; monthly evaluations; the yearly meeting-quality rating;
-- annual targets. The four schemes of shared/domain.md ship here, with the regulations they follow.

INSERT INTO documents (id, type, status, number, serial, type_code, issuer_code, issuer_body_id, issuer_term,
  sequence_term, title, issued_on, source, sort_key) VALUES
  ('regulation-27-hd-btctw', 'GUIDANCE', 'ISSUED', '27-HD/BTCTW', 27, 'HD', 'BTCTW', 'central-organization-commission',
    11, 'khoa:11', 'Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, đảng viên', NULL,
    'shared/domain.md (2014–2017)', '2014'),
  ('regulation-132-qd-tw', 'REGULATION', 'ISSUED', '132-QĐ/TW', 132, 'QĐ', 'TW', 'politburo', 12, 'khoa:12',
    'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    NULL, 'shared/domain.md (2018–2022)', '2018'),
  ('regulation-124-qd-tw', 'REGULATION', 'ISSUED', '124-QĐ/TW', 124, 'QĐ', 'TW', 'politburo', 13, 'khoa:13',
    'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
    NULL, 'shared/domain.md (2023–2024)', '2023'),
  ('regulation-366-qd-tw', 'REGULATION', 'ISSUED', '366-QĐ/TW', 366, 'QĐ', 'TW', 'politburo', 13, 'khoa:13',
    'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
    '2025-08-30', 'shared/domain.md (2025–)', '2025-08-30');

-- The search index holds the folded text (src/domain/text.ts), as every document write keeps it.
INSERT INTO document_search (rowid, number, title, summary, body) VALUES
  ((SELECT rowid FROM documents WHERE id = 'regulation-27-hd-btctw'), '27-hd/btctw', 'huong dan kiem diem, danh gia, xep loai chat luong to chuc co so dang, dang vien', '', ''),
  ((SELECT rowid FROM documents WHERE id = 'regulation-132-qd-tw'), '132-qd/tw', 'quy dinh ve viec kiem diem va danh gia, xep loai chat luong hang nam doi voi tap the, ca nhan trong he thong chinh tri', '', ''),
  ((SELECT rowid FROM documents WHERE id = 'regulation-124-qd-tw'), '124-qd/tw', 'quy dinh ve kiem diem va danh gia, xep loai chat luong hang nam doi voi tap the, ca nhan trong he thong chinh tri', '', ''),
  ((SELECT rowid FROM documents WHERE id = 'regulation-366-qd-tw'), '366-qd/tw', 'quy dinh ve kiem diem, danh gia, xep loai chat luong doi voi tap the, ca nhan trong he thong chinh tri', '', '');

CREATE TABLE rating_schemes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  from_year INTEGER NOT NULL,
  to_year INTEGER,
  regulation_document_id TEXT REFERENCES documents (id),
  -- Quotas: excellent at most this share of those rated good. applies: 1 yes, 0 no, NULL open (a committee sets it).
  member_quota_percent INTEGER NOT NULL,
  member_quota_applies INTEGER,
  organization_quota_percent INTEGER NOT NULL,
  organization_quota_applies INTEGER,
  -- Conditions named in src/domain/ratings.ts that this scheme checks, comma-separated.
  conditions TEXT NOT NULL,
  uses_scores INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rating_levels (
  scheme_id TEXT NOT NULL REFERENCES rating_schemes (id),
  subject TEXT NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  -- 1 is the best; levels of different schemes compare by rank.
  rank INTEGER NOT NULL,
  min_score REAL,
  PRIMARY KEY (scheme_id, subject, code)
);

INSERT INTO rating_schemes VALUES
  ('scheme-2014', 'Hướng dẫn 27-HD/BTCTW', 2014, 2017, 'regulation-27-hd-btctw', 20, NULL, 20, 0,
    'DISCIPLINED_MEMBER,MAJORITY_NOT_COMPLETED', 0),
  ('scheme-2018', 'Quy định 132-QĐ/TW', 2018, 2022, 'regulation-132-qd-tw', 20, 1, 20, 0, 'DISCIPLINED_MEMBER', 0),
  ('scheme-2023', 'Quy định 124-QĐ/TW', 2023, 2024, 'regulation-124-qd-tw', 20, NULL, 20, 1,
    'DISCIPLINED_MEMBER,ORGANIZATION_DISCIPLINE', 0),
  ('scheme-2025', 'Quy định 366-QĐ/TW', 2025, NULL, 'regulation-366-qd-tw', 20, NULL, 20, 1,
    'DISCIPLINED_MEMBER,ORGANIZATION_DISCIPLINE,TASK_FIGURES', 1);

INSERT INTO rating_levels VALUES
  ('scheme-2014', 'MEMBER', 'EXCELLENT', 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', 1, NULL),
  ('scheme-2014', 'MEMBER', 'GOOD', 'Đủ tư cách, hoàn thành tốt nhiệm vụ', 2, NULL),
  ('scheme-2014', 'MEMBER', 'COMPLETED', 'Đủ tư cách, hoàn thành nhiệm vụ', 3, NULL),
  ('scheme-2014', 'MEMBER', 'NOT_COMPLETED', 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ', 4, NULL),
  ('scheme-2014', 'ORGANIZATION', 'CLEAN_STRONG', 'Trong sạch, vững mạnh', 1, NULL),
  ('scheme-2014', 'ORGANIZATION', 'GOOD', 'Hoàn thành tốt nhiệm vụ', 2, NULL),
  ('scheme-2014', 'ORGANIZATION', 'COMPLETED', 'Hoàn thành nhiệm vụ', 3, NULL),
  ('scheme-2014', 'ORGANIZATION', 'WEAK', 'Yếu kém', 4, NULL);

INSERT INTO rating_levels
  SELECT s.id, subject.name, level.code, level.label, level.rank, CASE WHEN s.uses_scores = 1 THEN level.min_score END
  FROM rating_schemes s
  CROSS JOIN (SELECT 'MEMBER' AS name UNION ALL SELECT 'ORGANIZATION') subject
  CROSS JOIN (
    SELECT 'EXCELLENT' AS code, 'Hoàn thành xuất sắc nhiệm vụ' AS label, 1 AS rank, 90.0 AS min_score
    UNION ALL SELECT 'GOOD', 'Hoàn thành tốt nhiệm vụ', 2, 70.0
    UNION ALL SELECT 'COMPLETED', 'Hoàn thành nhiệm vụ', 3, 50.0
    UNION ALL SELECT 'NOT_COMPLETED', 'Không hoàn thành nhiệm vụ', 4, 0.0
  ) level
  WHERE s.id <> 'scheme-2014';

-- What a committee chose for its subtree where a scheme leaves it open; every choice is kept (latest wins).
CREATE TABLE scheme_settings (
  id TEXT PRIMARY KEY,
  scheme_id TEXT NOT NULL REFERENCES rating_schemes (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  setting TEXT NOT NULL CHECK (setting IN ('MEMBER_QUOTA_APPLIES', 'ORGANIZATION_QUOTA_APPLIES')),
  value INTEGER NOT NULL,
  note TEXT,
  set_by TEXT,
  set_at TEXT NOT NULL
);
CREATE INDEX scheme_settings_by_cell ON scheme_settings (cell_id, scheme_id, setting, set_at);

CREATE TABLE ratings (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL CHECK (subject IN ('MEMBER', 'ORGANIZATION')),
  -- The rated member (MEMBER) and the cell; for an organization, the cell or committee rated.
  person_id TEXT REFERENCES people (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  year INTEGER NOT NULL,
  scheme_id TEXT NOT NULL REFERENCES rating_schemes (id),
  -- Facts the conditions read: a member disciplined in the year; for an organization, a leadership member or a
  -- subordinate unit disciplined; remedied: found by itself and fully remedied.
  disciplined INTEGER NOT NULL DEFAULT 0,
  remedied INTEGER NOT NULL DEFAULT 0,
  -- 2025–, organizations: shares of tasks (0–100).
  tasks_on_time_percent REAL,
  tasks_exceeding_percent REAL,
  tasks_late_percent REAL,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((subject = 'MEMBER') = (person_id IS NOT NULL))
);
CREATE UNIQUE INDEX ratings_one_per_member_year ON ratings (person_id, year) WHERE subject = 'MEMBER';
CREATE UNIQUE INDEX ratings_one_per_organization_year ON ratings (cell_id, year) WHERE subject = 'ORGANIZATION';
CREATE INDEX ratings_by_cell_year ON ratings (cell_id, year, subject);

-- Every stage is kept: SELF (self-assessment), PROPOSAL (the cell or the reviewing body), DECISION (the committee).
CREATE TABLE rating_stages (
  id TEXT PRIMARY KEY,
  rating_id TEXT NOT NULL REFERENCES ratings (id),
  sequence INTEGER NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('SELF', 'PROPOSAL', 'DECISION')),
  level_code TEXT NOT NULL,
  score REAL,
  comment TEXT,
  reason TEXT,
  meeting_id TEXT REFERENCES meetings (id),
  decision_document_id TEXT REFERENCES documents (id),
  recorded_by TEXT,
  recorded_at TEXT NOT NULL,
  UNIQUE (rating_id, sequence)
);
CREATE INDEX rating_stages_by_rating ON rating_stages (rating_id, sequence);

CREATE TABLE monthly_evaluations (
  person_id TEXT NOT NULL REFERENCES people (id),
  year INTEGER NOT NULL,
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  level_code TEXT NOT NULL,
  note TEXT,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (person_id, year, month)
);
CREATE INDEX monthly_evaluations_by_cell ON monthly_evaluations (cell_id, year, month);

CREATE TABLE meeting_quality_ratings (
  cell_id TEXT NOT NULL REFERENCES cells (id),
  year INTEGER NOT NULL,
  grade_code TEXT NOT NULL,
  grade_label TEXT NOT NULL,
  meeting_id TEXT REFERENCES meetings (id),
  note TEXT,
  recorded_by TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (cell_id, year)
);

CREATE TABLE annual_targets (
  cell_id TEXT NOT NULL REFERENCES cells (id),
  year INTEGER NOT NULL,
  admissions_min INTEGER,
  admissions_max INTEGER,
  recognitions INTEGER,
  registered_level_code TEXT,
  registered_label TEXT,
  -- JSON arrays: document ids to implement; free-text tasks.
  document_ids TEXT NOT NULL DEFAULT '[]',
  tasks TEXT NOT NULL DEFAULT '[]',
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (cell_id, year)
);
