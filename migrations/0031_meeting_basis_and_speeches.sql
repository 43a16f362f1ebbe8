-- What a meeting rests on and who spoke at it, as its minutes and resolution record them: the documents it was held
-- under (căn cứ), in order, and the speeches (a member, a guest or a named person, on an agenda item, in short).
CREATE TABLE meeting_basis_documents (
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_speeches (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  position INTEGER NOT NULL,
  person_id TEXT REFERENCES people (id),
  name TEXT NOT NULL,
  agenda_position INTEGER,
  summary TEXT,
  UNIQUE (meeting_id, position)
);
