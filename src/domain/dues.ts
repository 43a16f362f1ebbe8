import { assertAmountPositive, type CellPeriod, type DuesMonth, duesCellOf } from "./dues-ledger";
import { refuse } from "./refusal";

/**
 * Party dues (đảng phí): what a member owes for a month, from their dues basis and the regulation in force that
 * month. The regulations are data with the months they apply from (docs/party-dues.md cites them): a later one
 * replaces an earlier one for the months after its start and changes nothing owed before. Money is whole đồng.
 */

export const DUES_CATEGORY_LABELS = {
  INSURED_SALARY: "Tham gia bảo hiểm xã hội bắt buộc (theo tiền lương đóng BHXH)",
  SICKNESS_OR_MATERNITY: "Nghỉ ốm đau, thai sản (theo trợ cấp BHXH)",
  PENSION: "Hưởng lương hưu",
  STUDENT: "Học sinh, sinh viên",
  OTHER: "Đảng viên khác (mức do cấp ủy quy định)",
} as const;
export type DuesCategory = keyof typeof DUES_CATEGORY_LABELS;

/** How a regulation sets a category's monthly amount. */
export type DuesRule =
  /** A share of the basis figure (salary, pension, benefit), in hundredths of a percent. */
  | { kind: "SHARE_OF_FIGURE"; basisPoints: number }
  | { kind: "FIXED"; amount: number }
  /** No amount that Chibo could verify: the committee's own, written on the member's basis. */
  | { kind: "SET_BY_COMMITTEE" };

export interface DuesRegulation {
  code: string;
  title: string;
  signedOn: string;
  /** The first month (YYYY-MM) whose dues it sets. */
  appliesFrom: string;
  rules: Record<DuesCategory, DuesRule>;
}

const ONE_PERCENT: DuesRule = { kind: "SHARE_OF_FIGURE", basisPoints: 100 };
const HALF_PERCENT: DuesRule = { kind: "SHARE_OF_FIGURE", basisPoints: 50 };
const SET_BY_COMMITTEE: DuesRule = { kind: "SET_BY_COMMITTEE" };

/** Oldest first. */
export const DUES_REGULATIONS: readonly DuesRegulation[] = [
  {
    code: "342-QĐ/TW",
    title: "Quyết định số 342-QĐ/TW ngày 28/12/2010 của Bộ Chính trị về chế độ đảng phí",
    signedOn: "2010-12-28",
    appliesFrom: "2011-01",
    rules: {
      INSURED_SALARY: ONE_PERCENT,
      SICKNESS_OR_MATERNITY: SET_BY_COMMITTEE,
      PENSION: HALF_PERCENT,
      STUDENT: SET_BY_COMMITTEE,
      OTHER: SET_BY_COMMITTEE,
    },
  },
  {
    code: "01-QĐ/TW",
    title: "Quy định số 01-QĐ/TW ngày 03/02/2026 của Bộ Chính trị về chế độ đảng phí",
    signedOn: "2026-02-03",
    appliesFrom: "2026-03",
    rules: {
      INSURED_SALARY: ONE_PERCENT,
      SICKNESS_OR_MATERNITY: ONE_PERCENT,
      PENSION: HALF_PERCENT,
      STUDENT: { kind: "FIXED", amount: 5_000 },
      OTHER: SET_BY_COMMITTEE,
    },
  },
];

/** The regulation setting a month's dues; none before the first. */
export function regulationFor(month: string): DuesRegulation | null {
  return DUES_REGULATIONS.findLast((regulation) => regulation.appliesFrom <= month) ?? null;
}

/** A member's dues basis from a month on: the category, the figure a share is taken of, a monthly amount. */
export interface DuesBasis {
  fromMonth: string;
  category: DuesCategory;
  /** The salary, pension or benefit in đồng, where the category takes a share of it. */
  figure: number | null;
  /** The amount the committee set, or a higher one the member pays by choice; never below the rule's. */
  monthlyAmount: number | null;
}

/** A share of a figure in whole đồng, half a đồng rounded up (integers only: no float ever holds money). */
export function shareOf(figure: number, basisPoints: number): number {
  return Math.floor((figure * basisPoints + 5_000) / 10_000);
}

function ruleAmount(rule: DuesRule, basis: DuesBasis): number | null {
  switch (rule.kind) {
    case "SHARE_OF_FIGURE":
      return basis.figure === null ? null : shareOf(basis.figure, rule.basisPoints);
    case "FIXED":
      return rule.amount;
    case "SET_BY_COMMITTEE":
      return null;
  }
}

/**
 * What a basis owes for a month under the regulation of that month: the rule's amount, or the basis's monthly
 * amount where that is higher or the rule sets none; null when neither says (no regulation, nothing entered).
 */
export function owedFor(basis: DuesBasis | null, month: string): number | null {
  const regulation = regulationFor(month);
  if (!basis || !regulation) return null;
  const byRule = ruleAmount(regulation.rules[basis.category], basis);
  if (byRule === null) return basis.monthlyAmount;
  return Math.max(byRule, basis.monthlyAmount ?? 0);
}

/** The basis in force in a month: the latest from a month not after it (later entries replace earlier ones). */
export function basisIn<Basis extends DuesBasis>(bases: readonly Basis[], month: string): Basis | null {
  let found: Basis | null = null;
  for (const basis of bases) if (basis.fromMonth <= month) found = basis;
  return found;
}

/**
 * A basis is complete for the regulation of its first month: a figure where that takes a share of one, an amount
 * where the committee sets it, and a monthly amount not below the rule's.
 */
export function assertBasisComplete(basis: DuesBasis): void {
  if (basis.figure !== null) assertAmountPositive(basis.figure, ["figure"]);
  if (basis.monthlyAmount !== null) assertAmountPositive(basis.monthlyAmount, ["monthlyAmount"]);
  const regulation = regulationFor(basis.fromMonth);
  if (!regulation) {
    refuse(
      "NO_DUES_REGULATION",
      {
        vi: `Chưa có quy định về đảng phí áp dụng cho tháng ${basis.fromMonth} (quy định đầu tiên Chibo có áp dụng từ ${DUES_REGULATIONS[0]?.appliesFrom}).`,
        en: `No dues regulation Chibo knows applies to ${basis.fromMonth} (the first applies from ${DUES_REGULATIONS[0]?.appliesFrom}).`,
      },
      ["fromMonth"],
    );
  }
  const rule = regulation.rules[basis.category];
  if (rule.kind === "SHARE_OF_FIGURE" && !basis.figure) {
    refuse(
      "FIGURE_REQUIRED",
      {
        vi: `Theo ${regulation.code}, mức đóng của diện này tính theo thu nhập: cần ghi số tiền lương, lương hưu hoặc trợ cấp.`,
        en: `Under ${regulation.code} this category pays a share of an income: enter the salary, pension or benefit.`,
      },
      ["figure"],
    );
  }
  if (rule.kind === "SET_BY_COMMITTEE" && !basis.monthlyAmount) {
    refuse(
      "AMOUNT_REQUIRED",
      {
        vi: `Theo ${regulation.code}, mức đóng của diện này do cấp ủy quy định: cần ghi số tiền hằng tháng.`,
        en: `Under ${regulation.code} the committee sets this category's amount: enter the monthly amount.`,
      },
      ["monthlyAmount"],
    );
  }
  const byRule = ruleAmount(rule, basis);
  if (byRule !== null && basis.monthlyAmount !== null && basis.monthlyAmount < byRule) {
    refuse(
      "DUES_BELOW_RULE",
      {
        vi: `Số tiền hằng tháng thấp hơn mức theo ${regulation.code} (${byRule} đồng); đảng viên chỉ được đóng cao hơn.`,
        en: `The monthly amount is below the ${byRule} đồng ${regulation.code} sets; a member may only pay more.`,
      },
      ["monthlyAmount"],
    );
  }
}

/** A member's month of dues: the cell it is owed to, the basis in force, what it owed and what was paid. */
export interface MemberDuesMonth<Basis extends DuesBasis> extends DuesMonth {
  cellId: string;
  basis: Basis | null;
}

/**
 * A member's months among `months` (oldest first): those in which they owed dues (to `cellId` only, when given),
 * with what each owed under its regulation and what was paid for it.
 */
export function memberDuesMonths<Basis extends DuesBasis>(
  memberships: readonly CellPeriod[],
  bases: readonly Basis[],
  paid: ReadonlyMap<string, number>,
  months: readonly string[],
  cellId: string | null = null,
): MemberDuesMonth<Basis>[] {
  return months.flatMap((month) => {
    const owedTo = duesCellOf(memberships, month);
    if (owedTo === null || (cellId !== null && owedTo !== cellId)) return [];
    const basis = basisIn(bases, month);
    return [{ month, cellId: owedTo, basis, owed: owedFor(basis, month), paid: paid.get(month) ?? 0 }];
  });
}

/** A year of the dues book: from the Party's founding (1930) to the calendar's end; anything else is refused. */
export function validDuesYear(year: number): number {
  if (!Number.isInteger(year) || year < 1930 || year > 2200) {
    refuse(
      "INVALID_YEAR",
      { vi: `Năm ${year} không hợp lệ cho sổ đảng phí.`, en: `${year} is not a year of the dues book.` },
      ["year"],
    );
  }
  return year;
}
