import { type Cells, type RowIssue, valueKey } from "./import-table";
import {
  assertEthnicGroup,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  type Gender,
  normalizePartyCardNumber,
} from "./member-file";
import { Refusal } from "./refusal";

/** The member's file in a member list: its columns read from a spreadsheet, and the rules a row's values meet. */

type FileField = "gender" | "ethnicGroupCode" | "partyCardNumber";

/** The member's file as far as a list usually has it (src/domain/member-file.ts). */
export interface MemberFileColumns {
  gender?: Gender | null;
  ethnicGroupCode?: string | null;
  partyCardNumber?: string | null;
}

/** A refusal of a member-file rule, as a row's issue. */
function issueOf(field: FileField, check: () => unknown): RowIssue<FileField>[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return error.problems.map((problem) => ({ field, code: problem.code, message: problem.message }));
  }
}

/** The file's columns of a row: a known ethnic group, and a card number only for an official member. */
export function memberFileIssues(row: MemberFileColumns & { status: string }): RowIssue<FileField>[] {
  const card = row.partyCardNumber ?? null;
  return [
    ...(row.ethnicGroupCode
      ? issueOf("ethnicGroupCode", () => assertEthnicGroup(row.ethnicGroupCode ?? ""))
      : []),
    ...(card ? issueOf("partyCardNumber", () => normalizePartyCardNumber(card)) : []),
    ...(card && row.status !== "OFFICIAL"
      ? [
          {
            field: "partyCardNumber" as const,
            code: "CARD_BEFORE_RECOGNITION",
            message: {
              vi: "Thẻ đảng viên được phát cho đảng viên chính thức.",
              en: "A party card is issued to an official member.",
            },
          },
        ]
      : []),
  ];
}

const GENDERS = new Map<string, Gender>([
  ...(Object.entries(GENDER_LABELS) as [Gender, string][]).map(
    ([code, label]) => [valueKey(label), code] as const,
  ),
  ["male", "MALE"],
  ["female", "FEMALE"],
]);

/** "Nam", "Nữ" (or MALE, FEMALE). */
function readGender<Field extends string>(cells: Cells<Field | FileField>): Gender | null {
  const written = cells.value("gender");
  if (written === "") return null;
  const gender = GENDERS.get(valueKey(written)) ?? null;
  if (gender === null) {
    cells.problem("gender", "UNKNOWN_GENDER", {
      vi: `"${written}" không phải giới tính: viết Nam hoặc Nữ.`,
      en: `"${written}" is not a gender: write Nam or Nữ.`,
    });
  }
  return gender;
}

/** An ethnic group by its name ("Tày") or its code ("02"); an unknown one stays as written, for the rules to refuse. */
function readEthnicGroup<Field extends string>(cells: Cells<Field | FileField>): string | null {
  const written = cells.value("ethnicGroupCode");
  if (written === "") return null;
  const key = valueKey(written);
  return (
    ETHNIC_GROUPS.find(([code, name]) => code === written.padStart(2, "0") || valueKey(name) === key)?.[0] ??
    written
  );
}

/** The file's columns a row gives (only those: a list without them reads as before). */
export function fileColumnsOf<Field extends string>(cells: Cells<Field | FileField>): MemberFileColumns {
  const gender = readGender(cells);
  const ethnicGroupCode = readEthnicGroup(cells);
  const partyCardNumber = cells.value("partyCardNumber") || null;
  return {
    ...(gender ? { gender } : {}),
    ...(ethnicGroupCode ? { ethnicGroupCode } : {}),
    ...(partyCardNumber ? { partyCardNumber } : {}),
  };
}
