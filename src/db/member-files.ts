import type {
  Gender,
  PoliticalTheoryLevel,
  ProfessionalLevel,
  StateManagementLevel,
} from "../domain/member-file";
import { type Database, nowIso, rowsWhereIn } from "./database";

/** A member's file: one row per person, every field optional (a file is filled in over time). */
export interface MemberFileRow {
  person_id: string;
  gender: Gender | null;
  ethnic_group_code: string | null;
  religion: string | null;
  birthplace: string | null;
  home_town: string | null;
  occupation: string | null;
  general_education: string | null;
  professional_level: ProfessionalLevel | null;
  political_theory_level: PoliticalTheoryLevel | null;
  state_management_level: StateManagementLevel | null;
  foreign_languages: string | null;
  party_card_number: string | null;
  party_card_issued_on: string | null;
}

export const MEMBER_FILE_FIELDS = [
  "gender",
  "ethnic_group_code",
  "religion",
  "birthplace",
  "home_town",
  "occupation",
  "general_education",
  "professional_level",
  "political_theory_level",
  "state_management_level",
  "foreign_languages",
  "party_card_number",
  "party_card_issued_on",
] as const satisfies readonly (keyof MemberFileRow)[];

/** A file with nothing recorded yet. */
export const EMPTY_MEMBER_FILE: Omit<MemberFileRow, "person_id"> = {
  gender: null,
  ethnic_group_code: null,
  religion: null,
  birthplace: null,
  home_town: null,
  occupation: null,
  general_education: null,
  professional_level: null,
  political_theory_level: null,
  state_management_level: null,
  foreign_languages: null,
  party_card_number: null,
  party_card_issued_on: null,
};

export function memberFilesByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<MemberFileRow>(db, "member_files", "person_id", personIds, "person_id");
}

/** Writes a member's whole file; the caller guards the write with the person's version. */
export function writeMemberFile(db: Database, row: MemberFileRow) {
  const columns = ["person_id", ...MEMBER_FILE_FIELDS];
  return db.prepare(
    `INSERT INTO member_files (${columns.join(", ")}, updated_at)
     VALUES (${columns.map((_column, index) => `?${index + 1}`).join(", ")}, ?${columns.length + 1})
     ON CONFLICT (person_id) DO UPDATE SET
       ${MEMBER_FILE_FIELDS.map((field) => `${field} = excluded.${field}`).join(", ")}, updated_at = excluded.updated_at`,
    [...columns.map((column) => row[column as keyof MemberFileRow]), nowIso()],
  );
}

/** Who holds some party card numbers (their digits), in one statement. */
export function holdersOfCards(db: Database, cardNumbers: readonly string[]) {
  return db.all<{ person_id: string; party_card_number: string }>(
    `SELECT person_id, party_card_number FROM member_files
     WHERE party_card_number IN (SELECT value FROM json_each(?1)) LIMIT ?2`,
    [JSON.stringify(cardNumbers), 20 * cardNumbers.length],
  );
}
