-- Party documents: the registry, versions of drafts, relations, attachments (files in R2), full-text search,
-- and implementation tracking. Founding and succession decisions become links to documents.

CREATE TABLE external_bodies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  -- The issuer code its numbers carry ("TW" for the Central Committee, the Politburo and the Secretariat).
  issuer_code TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

INSERT INTO external_bodies (id, name, issuer_code) VALUES
  ('central-committee', 'Ban Chấp hành Trung ương Đảng', 'TW'),
  ('politburo', 'Bộ Chính trị', 'TW'),
  ('secretariat', 'Ban Bí thư Trung ương Đảng', 'TW'),
  ('central-office', 'Văn phòng Trung ương Đảng', 'VPTW'),
  ('central-organization-commission', 'Ban Tổ chức Trung ương', 'BTCTW');

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'SUPERSEDED', 'REVOKED')),
  -- Canonical number ("45-QĐ/ĐU") and its parts; null for a draft not yet numbered.
  number TEXT,
  serial INTEGER,
  type_code TEXT,
  issuer_code TEXT,
  -- Exactly one issuer: a cell of Chibo or an external body.
  issuer_cell_id TEXT REFERENCES cells (id),
  issuer_body_id TEXT REFERENCES external_bodies (id),
  -- The issuer's term as a number (10 for "khóa X"), where the document names it.
  issuer_term INTEGER,
  -- The numbering sequence: 'term:<term id>', 'khoa:<n>' or 'year:<yyyy>' (see src/domain/documents.ts).
  sequence_term TEXT,
  title TEXT NOT NULL,
  summary TEXT,
  body TEXT,
  issued_on TEXT,
  source TEXT,
  sort_key TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((issuer_cell_id IS NULL) <> (issuer_body_id IS NULL)),
  CHECK ((number IS NULL) = (serial IS NULL))
);
-- One number per issuer × type code × term: the database holds the rule too, against races.
CREATE UNIQUE INDEX documents_unique_number
  ON documents (coalesce(issuer_cell_id, issuer_body_id), type_code, sequence_term, serial)
  WHERE serial IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX documents_by_sort_key ON documents (sort_key, id);
CREATE INDEX documents_by_issuer_cell ON documents (issuer_cell_id, sort_key) WHERE issuer_cell_id IS NOT NULL;
CREATE INDEX documents_by_issuer_body ON documents (issuer_body_id, sort_key) WHERE issuer_body_id IS NOT NULL;
CREATE INDEX documents_by_number ON documents (number) WHERE number IS NOT NULL;

CREATE TABLE document_versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  summary TEXT,
  body TEXT,
  saved_by TEXT,
  saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  note TEXT,
  UNIQUE (document_id, version)
);

CREATE TABLE document_relations (
  id TEXT PRIMARY KEY,
  from_id TEXT NOT NULL REFERENCES documents (id),
  to_id TEXT NOT NULL REFERENCES documents (id),
  kind TEXT NOT NULL,
  related_on TEXT,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (from_id, to_id, kind),
  CHECK (from_id <> to_id)
);
CREATE INDEX document_relations_by_target ON document_relations (to_id, kind);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  r2_key TEXT NOT NULL UNIQUE,
  uploaded_by TEXT,
  purged_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX attachments_by_document ON attachments (document_id);

-- Folded text (no diacritics, đ → d): the tokenizer then matches what a Vietnamese reader types.
-- rowid is the documents row's rowid.
CREATE VIRTUAL TABLE document_search USING fts5 (number, title, summary, body, tokenize = 'unicode61');

CREATE TABLE implementation_assignments (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  cell_id TEXT NOT NULL REFERENCES cells (id),
  assigned_by_cell_id TEXT NOT NULL REFERENCES cells (id),
  deadline TEXT,
  status TEXT NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'REPORTED')),
  report_document_id TEXT REFERENCES documents (id),
  reported_on TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (document_id, cell_id)
);
CREATE INDEX implementation_by_cell ON implementation_assignments (cell_id, status);

-- The founding decision and the succession decision are documents now, not text.
ALTER TABLE cells ADD COLUMN founding_document_id TEXT REFERENCES documents (id);
ALTER TABLE cells DROP COLUMN founding_reference;
ALTER TABLE cell_lineage ADD COLUMN decision_document_id TEXT REFERENCES documents (id);
ALTER TABLE cell_lineage DROP COLUMN decision_reference;
CREATE INDEX cells_by_founding_document ON cells (founding_document_id) WHERE founding_document_id IS NOT NULL;
CREATE INDEX cell_lineage_by_decision ON cell_lineage (decision_document_id) WHERE decision_document_id IS NOT NULL;

-- The issuer code an organization's own documents carry ("ĐU", "ĐUK", "CB").
ALTER TABLE cells ADD COLUMN document_code TEXT;
