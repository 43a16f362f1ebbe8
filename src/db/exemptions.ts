import type { ExemptionReason } from "../domain/exemptions";
import { type Database, rowsWhereIn } from "./database";

export interface ExemptionRow {
  id: string;
  person_id: string;
  from_on: string;
  until_on: string | null;
  reason: ExemptionReason;
  decision_document_id: string | null;
  note: string | null;
  recorded_by: string | null;
}

export function exemptionsByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<ExemptionRow>(db, "exemptions", "person_id", personIds, "from_on");
}

export function insertExemption(db: Database, row: ExemptionRow) {
  return db.prepare(
    `INSERT INTO exemptions (id, person_id, from_on, until_on, reason, decision_document_id, note, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.id,
      row.person_id,
      row.from_on,
      row.until_on,
      row.reason,
      row.decision_document_id,
      row.note,
      row.recorded_by,
    ],
  );
}
