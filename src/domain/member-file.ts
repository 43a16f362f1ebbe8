import { assertHasCome } from "./dates";
import { refuse } from "./refusal";

/**
 * The member's file (phiếu đảng viên, lý lịch) as far as a cell's records need it: what the Organization Committees'
 * reports count. Personal data under Decree 13/2023: a refusal names the rule, never the value.
 */

export const GENDER_LABELS = { MALE: "Nam", FEMALE: "Nữ" } as const;
export type Gender = keyof typeof GENDER_LABELS;

export const PROFESSIONAL_LEVEL_LABELS = {
  NONE: "Chưa qua đào tạo",
  ELEMENTARY: "Sơ cấp",
  INTERMEDIATE: "Trung cấp",
  COLLEGE: "Cao đẳng",
  UNIVERSITY: "Đại học",
  MASTER: "Thạc sĩ",
  DOCTORATE: "Tiến sĩ",
} as const;
export type ProfessionalLevel = keyof typeof PROFESSIONAL_LEVEL_LABELS;

export const POLITICAL_THEORY_LABELS = {
  NONE: "Chưa qua đào tạo",
  ELEMENTARY: "Sơ cấp",
  INTERMEDIATE: "Trung cấp",
  ADVANCED: "Cao cấp",
  BACHELOR: "Cử nhân",
} as const;
export type PoliticalTheoryLevel = keyof typeof POLITICAL_THEORY_LABELS;

export const STATE_MANAGEMENT_LABELS = {
  NONE: "Chưa qua đào tạo",
  OFFICER: "Chuyên viên",
  PRINCIPAL_OFFICER: "Chuyên viên chính",
  SENIOR_OFFICER: "Chuyên viên cao cấp",
} as const;
export type StateManagementLevel = keyof typeof STATE_MANAGEMENT_LABELS;

/**
 * The 54 ethnic groups of Viet Nam under the General Statistics Office's codes (01 Kinh … 54 Rơ Măm, Quyết định
 * 121-TCTK/PPCĐ), the reference the member database uses; migration 0041 loads the same list.
 */
export const ETHNIC_GROUPS: readonly (readonly [code: string, name: string])[] = [
  ["01", "Kinh"],
  ["02", "Tày"],
  ["03", "Thái"],
  ["04", "Mường"],
  ["05", "Khmer"],
  ["06", "Hoa"],
  ["07", "Nùng"],
  ["08", "Mông"],
  ["09", "Dao"],
  ["10", "Gia Rai"],
  ["11", "Ngái"],
  ["12", "Ê Đê"],
  ["13", "Ba Na"],
  ["14", "Xơ Đăng"],
  ["15", "Sán Chay"],
  ["16", "Cơ Ho"],
  ["17", "Chăm"],
  ["18", "Sán Dìu"],
  ["19", "Hrê"],
  ["20", "Mnông"],
  ["21", "Ra Glai"],
  ["22", "Xtiêng"],
  ["23", "Bru Vân Kiều"],
  ["24", "Thổ"],
  ["25", "Giáy"],
  ["26", "Cơ Tu"],
  ["27", "Gié Triêng"],
  ["28", "Mạ"],
  ["29", "Khơ Mú"],
  ["30", "Co"],
  ["31", "Tà Ôi"],
  ["32", "Chơ Ro"],
  ["33", "Kháng"],
  ["34", "Xinh Mun"],
  ["35", "Hà Nhì"],
  ["36", "Chu Ru"],
  ["37", "Lào"],
  ["38", "La Chí"],
  ["39", "La Ha"],
  ["40", "Phù Lá"],
  ["41", "La Hủ"],
  ["42", "Lự"],
  ["43", "Lô Lô"],
  ["44", "Chứt"],
  ["45", "Mảng"],
  ["46", "Pà Thẻn"],
  ["47", "Cơ Lao"],
  ["48", "Cống"],
  ["49", "Bố Y"],
  ["50", "Si La"],
  ["51", "Pu Péo"],
  ["52", "Brâu"],
  ["53", "Ơ Đu"],
  ["54", "Rơ Măm"],
];

export function assertEthnicGroup(code: string): void {
  if (!ETHNIC_GROUPS.some(([known]) => known === code)) {
    refuse(
      "UNKNOWN_ETHNIC_GROUP",
      {
        vi: "Mã dân tộc là một trong 54 mã của Tổng cục Thống kê, từ 01 (Kinh) đến 54 (Rơ Măm).",
        en: "An ethnic group is one of the 54 codes of the General Statistics Office, 01 (Kinh) to 54 (Rơ Măm).",
      },
      ["ethnicGroupCode"],
    );
  }
}

/** General education as the file writes it: the grade reached over the system's, e.g. 12/12 or 7/10. */
export function normalizeGeneralEducation(value: string): string {
  const match = /^\s*(\d{1,2})\s*\/\s*(10|12)\s*$/.exec(value);
  const grade = Number(match?.[1]);
  if (!match || grade < 1 || grade > Number(match[2])) {
    refuse(
      "INVALID_GENERAL_EDUCATION",
      {
        vi: "Trình độ giáo dục phổ thông viết theo dạng lớp/hệ, ví dụ 12/12 hoặc 7/10.",
        en: "General education is written as grade/system, e.g. 12/12 or 7/10.",
      },
      ["generalEducation"],
    );
  }
  return `${grade}/${match[2]}`;
}

/**
 * A party card number: its digits (spaces and dots as people type them left out), 6 to 12 of them. The 2025 cards'
 * exact format was not verifiable here: the check is what every card issued so far satisfies.
 */
export function normalizePartyCardNumber(value: string): string {
  const digits = value.replace(/[\s.]/g, "");
  if (!/^\d{6,12}$/.test(digits)) {
    refuse(
      "INVALID_PARTY_CARD_NUMBER",
      {
        vi: "Số thẻ đảng viên gồm 6 đến 12 chữ số.",
        en: "A party card number has 6 to 12 digits.",
      },
      ["partyCardNumber"],
    );
  }
  return digits;
}

/** A party card is issued to an official member, on or after recognition, and not on a day to come. */
export function assertCardIssue(issuedOn: string, officialOn: string | null, today: string): void {
  if (!officialOn || issuedOn < officialOn) {
    refuse(
      "CARD_BEFORE_RECOGNITION",
      {
        vi: "Thẻ đảng viên được phát cho đảng viên chính thức, từ ngày công nhận chính thức.",
        en: "A party card is issued to an official member, from the day of recognition.",
      },
      ["partyCardIssuedOn"],
    );
  }
  assertHasCome(
    issuedOn,
    today,
    { vi: "Ngày cấp thẻ chưa đến.", en: "The card's issue day has not come yet." },
    "partyCardIssuedOn",
  );
}

/**
 * One number, one member — among the members the writer can read: a holder out of their reach is not theirs to
 * know of (the committee above both sees the two files).
 */
export function refuseDuplicateCard(): never {
  const { code, message, field } = duplicateCardProblem();
  refuse(code, message, field);
}

/**
 * The positions of a list of card numbers (null: none given) that are refused: a number held by another member the
 * writer can read (`heldWithinReach`), or given earlier in the same list.
 */
export function duplicateCards(
  cards: readonly (string | null)[],
  heldWithinReach: ReadonlySet<string>,
): number[] {
  return cards.flatMap((card, position) =>
    card !== null && (heldWithinReach.has(card) || cards.indexOf(card) < position) ? [position] : [],
  );
}

export function duplicateCardProblem() {
  return {
    code: "DUPLICATE_PARTY_CARD_NUMBER",
    message: {
      vi: "Số thẻ đảng viên này đã được ghi cho một đảng viên khác.",
      en: "This party card number is recorded for another member.",
    },
    field: ["partyCardNumber"],
  };
}
