import { type Database, replaceRows, rowsWhereIn } from "./database";

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
  return replaceRows(
    db,
    "meeting_basis_documents",
    "meeting_id",
    meetingId,
    ["meeting_id", "position", "document_id"],
    documentIds.map((documentId, index) => ({ position: index + 1, document_id: documentId })),
  );
}

export function replaceSpeeches(
  db: Database,
  meetingId: string,
  speeches: readonly Omit<SpeechRow, "meeting_id">[],
) {
  return replaceRows(
    db,
    "meeting_speeches",
    "meeting_id",
    meetingId,
    ["id", "meeting_id", "position", "person_id", "name", "agenda_position", "summary"],
    speeches,
  );
}
