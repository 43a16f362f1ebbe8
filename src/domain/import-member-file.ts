import { type Cells, type ColumnSpec, type RowIssue, readDate, valueKey } from "./import-table";
import {
  assertCardIssue,
  assertEthnicGroup,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  type Gender,
  normalizeGeneralEducation,
  normalizePartyCardNumber,
  POLITICAL_THEORY_LABELS,
  type PoliticalTheoryLevel,
  PROFESSIONAL_LEVEL_LABELS,
  type ProfessionalLevel,
  STATE_MANAGEMENT_LABELS,
  type StateManagementLevel,
} from "./member-file";
import { Refusal } from "./refusal";
import { byCodeOrLabel, normalizeName } from "./text";

/** The member's file in a member list: its columns read from a spreadsheet, and the rules a row's values meet. */

/** The member's file as a list has it (src/domain/member-file.ts); a column the list lacks is left out. */
export interface MemberFileColumns {
  gender?: Gender | null;
  ethnicGroupCode?: string | null;
  partyCardNumber?: string | null;
  partyCardIssuedOn?: string | null;
  religion?: string | null;
  birthplace?: string | null;
  homeTown?: string | null;
  occupation?: string | null;
  generalEducation?: string | null;
  professionalLevel?: ProfessionalLevel | null;
  politicalTheoryLevel?: PoliticalTheoryLevel | null;
  stateManagementLevel?: StateManagementLevel | null;
  foreignLanguages?: string | null;
}

type FileField = keyof MemberFileColumns;

/** The columns a member list may have for the file, headed in Vietnamese (the export writes the same headers). */
export const MEMBER_FILE_COLUMNS: readonly ColumnSpec<FileField>[] = [
  { field: "gender", label: "Giới tính (gender)", names: ["gioitinh", "gender", "sex"] },
  { field: "ethnicGroupCode", label: "Dân tộc (ethnicGroup)", names: ["dantoc", "ethnicgroup", "ethnicity"] },
  {
    field: "partyCardNumber",
    label: "Số thẻ đảng viên (partyCardNumber)",
    names: ["sothedangvien", "sothe", "partycardnumber", "cardnumber"],
  },
  {
    field: "partyCardIssuedOn",
    label: "Ngày cấp thẻ (partyCardIssuedOn)",
    names: ["ngaycapthe", "ngaycapthedangvien", "partycardissuedon"],
  },
  { field: "religion", label: "Tôn giáo (religion)", names: ["tongiao", "religion"] },
  { field: "birthplace", label: "Nơi sinh (birthplace)", names: ["noisinh", "birthplace"] },
  { field: "homeTown", label: "Quê quán (homeTown)", names: ["quequan", "hometown"] },
  { field: "occupation", label: "Nghề nghiệp (occupation)", names: ["nghenghiep", "occupation"] },
  {
    field: "generalEducation",
    label: "Giáo dục phổ thông (generalEducation)",
    names: ["giaoducphothong", "trinhdohocvan", "generaleducation"],
  },
  {
    field: "professionalLevel",
    label: "Chuyên môn (professionalLevel)",
    names: ["chuyenmon", "trinhdochuyenmon", "professionallevel"],
  },
  {
    field: "politicalTheoryLevel",
    label: "Lý luận chính trị (politicalTheoryLevel)",
    names: ["lyluanchinhtri", "trinhdolyluanchinhtri", "politicaltheorylevel"],
  },
  {
    field: "stateManagementLevel",
    label: "Quản lý nhà nước (stateManagementLevel)",
    names: ["quanlynhanuoc", "trinhdoquanlynhanuoc", "statemanagementlevel"],
  },
  {
    field: "foreignLanguages",
    label: "Ngoại ngữ (foreignLanguages)",
    names: ["ngoaingu", "foreignlanguages"],
  },
];

const TEXT_FIELDS = ["religion", "birthplace", "homeTown", "occupation", "foreignLanguages"] as const;

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

/**
 * The file's columns of a row, by the rules `updateMemberFile` applies: a known ethnic group, general education as
 * grade/system, and a card (number and issue day) only for an official member, from recognition.
 */
export function memberFileIssues(
  row: MemberFileColumns & { status: string; officialOn: string | null },
  today: string,
): RowIssue<FileField>[] {
  const card = row.partyCardNumber ?? null;
  const issuedOn = row.partyCardIssuedOn ?? null;
  return [
    ...(row.ethnicGroupCode
      ? issueOf("ethnicGroupCode", () => assertEthnicGroup(row.ethnicGroupCode ?? ""))
      : []),
    ...(row.generalEducation
      ? issueOf("generalEducation", () => normalizeGeneralEducation(row.generalEducation ?? ""))
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
    ...(issuedOn ? issueOf("partyCardIssuedOn", () => assertCardIssue(issuedOn, row.officialOn, today)) : []),
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

/** A level by its Vietnamese label ("Trung cấp", "cao cap") or its code. */
function readLevel<Field extends string, Code extends string>(
  cells: Cells<Field | FileField>,
  field: FileField,
  labels: Record<Code, string>,
): Code | null {
  const written = cells.value(field);
  if (written === "") return null;
  const entries = (Object.entries(labels) as [Code, string][]).map(([code, label]) => ({ code, label }));
  const level = byCodeOrLabel(entries, written);
  if (!level) {
    const known = entries.map((entry) => entry.label).join(", ");
    cells.problem(field, "UNKNOWN_LEVEL", {
      vi: `"${written}" không phải trình độ của cột này: viết một trong ${known}.`,
      en: `"${written}" is not a level of this column: write one of ${known}.`,
    });
  }
  return level?.code ?? null;
}

/** The file's columns a row gives (only those: a list without them reads as before). */
export function fileColumnsOf<Field extends string>(cells: Cells<Field | FileField>): MemberFileColumns {
  const columns: MemberFileColumns = {
    gender: readGender(cells),
    ethnicGroupCode: readEthnicGroup(cells),
    partyCardNumber: cells.value("partyCardNumber") || null,
    partyCardIssuedOn: readDate(cells, "partyCardIssuedOn", {
      vi: "Ngày cấp thẻ",
      en: "The card's issue day",
    }),
    generalEducation: cells.value("generalEducation") || null,
    professionalLevel: readLevel(cells, "professionalLevel", PROFESSIONAL_LEVEL_LABELS),
    politicalTheoryLevel: readLevel(cells, "politicalTheoryLevel", POLITICAL_THEORY_LABELS),
    stateManagementLevel: readLevel(cells, "stateManagementLevel", STATE_MANAGEMENT_LABELS),
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, normalizeName(cells.value(field)) || null])),
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value)) as MemberFileColumns;
}
