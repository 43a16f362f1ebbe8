import type { ExemptionReason } from "../domain/exemptions";
import { type Database, insertRow, rowsWhereIn } from "./database";

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
  return insertRow(
    db,
    "exemptions",
    ["id", "person_id", "from_on", "until_on", "reason", "decision_document_id", "note", "recorded_by"],
    row,
  );
}
