import { type Database, nowIso, rowsWhereIn } from "./database";

/** An outstanding candidate's steps towards admission, as recorded. */
export interface CandidacyRow {
  person_id: string;
  awareness_course_on: string | null;
  application_on: string | null;
  background_checked_on: string | null;
  first_introducer_id: string | null;
  second_introducer_id: string | null;
  admission_decision_document_id: string | null;
}

export function candidaciesByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<CandidacyRow>(db, "candidacies", "person_id", personIds, "person_id");
}

/** The recorded candidacies of the outstanding candidates of some cells, each with its candidate's cell. */
export function candidaciesInCells(db: Database, cellIds: readonly string[]) {
  return db.all<CandidacyRow & { candidate_cell_id: string }>(
    `SELECT c.*, p.candidate_cell_id FROM people p JOIN candidacies c ON c.person_id = p.id
     WHERE p.candidate_cell_id IN (SELECT value FROM json_each(?1))`,
    [JSON.stringify(cellIds)],
  );
}

/** Writes a candidate's steps; the caller guards the write with the person's version. */
export function writeCandidacy(db: Database, row: CandidacyRow) {
  return db.prepare(
    `INSERT INTO candidacies (person_id, awareness_course_on, application_on, background_checked_on,
       first_introducer_id, second_introducer_id, admission_decision_document_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8)
     ON CONFLICT (person_id) DO UPDATE SET awareness_course_on = excluded.awareness_course_on,
       application_on = excluded.application_on, background_checked_on = excluded.background_checked_on,
       first_introducer_id = excluded.first_introducer_id, second_introducer_id = excluded.second_introducer_id,
       admission_decision_document_id = excluded.admission_decision_document_id, updated_at = ?7`,
    [
      row.person_id,
      row.awareness_course_on,
      row.application_on,
      row.background_checked_on,
      row.first_introducer_id,
      row.second_introducer_id,
      nowIso(),
      row.admission_decision_document_id,
    ],
  );
}
