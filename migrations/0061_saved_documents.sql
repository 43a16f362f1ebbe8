-- Documents a member keeps at hand (issue 18: "a member bookmarks documents and finds them again"). Personal: only
-- the member reads their own list.
CREATE TABLE saved_documents (
  person_id TEXT NOT NULL REFERENCES people (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  saved_at TEXT NOT NULL,
  PRIMARY KEY (person_id, document_id)
) WITHOUT ROWID;
CREATE INDEX saved_documents_by_time ON saved_documents (person_id, saved_at, document_id);
