import { type Database, rowsWhereIn } from "./database";

/** What a meeting's minutes record besides attendance and votes: the documents it rests on, and who spoke. */

export interface BasisDocumentRow {
  meeting_id: string;
  position: number;
  document_id: string;
}

export interface SpeechRow {
  id: string;
  meeting_id: string;
  position: number;
  person_id: string | null;
  name: string;
  /** The agenda item spoken to (AgendaItem.position), if recorded. */
  agenda_position: number | null;
  summary: string | null;
}

export function basisDocumentsByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<BasisDocumentRow>(db, "meeting_basis_documents", "meeting_id", ids, "position");
}

export function speechesByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<SpeechRow>(db, "meeting_speeches", "meeting_id", ids, "position");
}

export function replaceBasisDocuments(db: Database, meetingId: string, documentIds: readonly string[]) {
  return [
    db.prepare("DELETE FROM meeting_basis_documents WHERE meeting_id = ?1", [meetingId]),
    ...documentIds.map((documentId, index) =>
      db.prepare(
        "INSERT INTO meeting_basis_documents (meeting_id, position, document_id) VALUES (?1, ?2, ?3)",
        [meetingId, index + 1, documentId],
      ),
    ),
  ];
}

export function replaceSpeeches(
  db: Database,
  meetingId: string,
  speeches: readonly Omit<SpeechRow, "meeting_id">[],
) {
  return [
    db.prepare("DELETE FROM meeting_speeches WHERE meeting_id = ?1", [meetingId]),
    ...speeches.map((speech) =>
      db.prepare(
        `INSERT INTO meeting_speeches (id, meeting_id, position, person_id, name, agenda_position, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
        [
          speech.id,
          meetingId,
          speech.position,
          speech.person_id,
          speech.name,
          speech.agenda_position,
          speech.summary,
        ],
      ),
    ),
  ];
}
