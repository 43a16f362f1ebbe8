import type { DisciplineForm, HonourForm } from "../domain/honours-discipline";
import { type Database, insertRow, rowsWhereIn } from "./database";

/** A member's honour or Party discipline: a dated decision of a form, by an authority. */
export type HonourOrDisciplineRow = {
  id: string;
  person_id: string;
  decided_on: string;
  authority: string;
  decision_document_id: string | null;
  reason: string | null;
  recorded_by: string | null;
} & ({ kind: "HONOUR"; form: HonourForm } | { kind: "DISCIPLINE"; form: DisciplineForm });

/** Some people's honours and discipline, oldest first. */
export function honoursAndDisciplineByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<HonourOrDisciplineRow>(
    db,
    "honours_and_discipline",
    "person_id",
    personIds,
    "decided_on, id",
  );
}

export function insertHonourOrDiscipline(db: Database, row: HonourOrDisciplineRow) {
  return insertRow(
    db,
    "honours_and_discipline",
    [
      "id",
      "person_id",
      "kind",
      "form",
      "decided_on",
      "authority",
      "decision_document_id",
      "reason",
      "recorded_by",
    ],
    row,
  );
}
