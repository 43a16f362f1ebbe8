import type { Database } from "./database";
import type { ListQuery } from "./pages";

/** Documents a member saved (migration 0061). */

export interface SavedDocumentRow {
  person_id: string;
  document_id: string;
  saved_at: string;
}

/** A member's saved documents, the last saved first. */
export function savedDocumentsListQuery(): ListQuery {
  return {
    select: "s.*",
    from: "saved_documents s",
    parentColumn: "s.person_id",
    sortKey: "s.saved_at",
    id: "s.document_id",
    descending: true,
  };
}

/** Which of some documents a member saved. */
export function savedAmong(db: Database, personId: string, documentIds: readonly string[]) {
  return db.all<SavedDocumentRow>(
    "SELECT s.* FROM json_each(?2) d JOIN saved_documents s ON s.person_id = ?1 AND s.document_id = d.value",
    [personId, JSON.stringify(documentIds)],
  );
}

/** Saved again, it keeps its first time. */
export function saveDocument(db: Database, personId: string, documentId: string, at: string) {
  return db.prepare(
    "INSERT INTO saved_documents (person_id, document_id, saved_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    [personId, documentId, at],
  );
}

export function unsaveDocument(db: Database, personId: string, documentId: string) {
  return db.prepare("DELETE FROM saved_documents WHERE person_id = ?1 AND document_id = ?2", [
    personId,
    documentId,
  ]);
}
