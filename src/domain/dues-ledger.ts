import { addMonths, assertHasCome, daysOfPartialDate, monthsFrom } from "./dates";
import { refuse } from "./refusal";
import { normalizeName } from "./text";

/**
 * The dues book of a cell (sổ thu nộp đảng phí): payments entered for months, corrections as entries of their own
 * (nothing edited in place), months closed by the secretary, remittances to the level above, and arrears. Money is
 * whole đồng; a month is 'YYYY-MM'.
 */

/** The Party Statute's rule (Quy định 01-QĐ/TW restates it): three months unpaid in a year without good reason. */
export const REMOVAL_AFTER_UNPAID_MONTHS = 3;

export const REMITTANCE_PERIOD_LABELS = { MONTH: "Hằng tháng", QUARTER: "Hằng quý" } as const;
export type RemittancePeriod = keyof typeof REMITTANCE_PERIOD_LABELS;

export interface CellPeriod {
  cellId: string;
  from: string;
  until: string | null;
}

/**
 * The cell a member owes a month's dues to: among the memberships the month overlaps (periods are half-open), the
 * one that started last — a member transferred in the middle of a month pays that month to the new cell.
 */
export function duesCellOf(memberships: readonly CellPeriod[], month: string): string | null {
  const { first, last } = daysOfPartialDate(month);
  let found: CellPeriod | null = null;
  for (const membership of memberships) {
    const overlaps = membership.from <= last && (membership.until === null || membership.until > first);
    if (overlaps && (!found || membership.from > found.from)) found = membership;
  }
  return found?.cellId ?? null;
}

/** Months an entry names: at least one, each once, in order. */
export function entryMonths(months: readonly string[]): string[] {
  if (months.length === 0) {
    refuse("MONTHS_REQUIRED", { vi: "Cần ghi ít nhất một tháng.", en: "Name at least one month." }, [
      "months",
    ]);
  }
  const sorted = [...months].sort();
  const repeated = sorted.find((month, index) => sorted[index - 1] === month);
  if (repeated) {
    refuse(
      "DUPLICATE_MONTH",
      { vi: `Tháng ${repeated} được ghi hai lần.`, en: `The month ${repeated} is named twice.` },
      ["months"],
    );
  }
  return sorted;
}

/** A member pays a cell for the months they owe to it, and to no other cell. */
export function assertOwesToCell(
  memberships: readonly CellPeriod[],
  cellId: string,
  months: readonly string[],
  field: string[],
): void {
  const elsewhere = months.find((month) => duesCellOf(memberships, month) !== cellId);
  if (elsewhere) {
    refuse(
      "NOT_A_MEMBER_THAT_MONTH",
      {
        vi: `Tháng ${elsewhere} đảng viên không sinh hoạt ở chi bộ này, nên không đóng đảng phí tại đây.`,
        en: `In ${elsewhere} the member did not belong to this cell, so does not pay its dues here.`,
      },
      field,
    );
  }
}

export function assertAmountPositive(amount: number, field: string[]): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    refuse(
      "AMOUNT_NOT_POSITIVE",
      {
        vi: "Số tiền phải là số đồng nguyên dương.",
        en: "The amount must be a positive whole number of đồng.",
      },
      field,
    );
  }
}

export function assertPaidBy(paidOn: string, today: string): void {
  assertHasCome(
    paidOn,
    today,
    { vi: "Ngày nộp chưa đến.", en: "The day of payment has not come yet." },
    "paidOn",
  );
}

/** A closed month takes no payment; only a correction of an entry may still change it. */
export function assertMonthsOpen(
  months: readonly string[],
  closed: ReadonlySet<string>,
  field: string[],
): void {
  const shut = months.find((month) => closed.has(month));
  if (shut) {
    refuse(
      "MONTH_CLOSED",
      {
        vi: `Sổ đảng phí tháng ${shut} đã khóa; chỉ có thể ghi điều chỉnh cho một khoản đã nộp.`,
        en: `The dues of ${shut} are closed; only a correction of a recorded payment may change them.`,
      },
      field,
    );
  }
}

/**
 * Spreads a payment over its months in order: each takes what it still owes, and what is left after the last is
 * the last month's (a member may pay more than the rule). A month whose amount is unknown owes nothing here.
 */
export function allocatePayment(
  amount: number,
  months: readonly { month: string; outstanding: number | null }[],
): { month: string; amount: number }[] {
  let left = amount;
  const shares = months.map(({ month, outstanding }) => {
    const share = Math.min(left, Math.max(0, outstanding ?? 0));
    left -= share;
    return { month, amount: share };
  });
  const last = shares[shares.length - 1];
  if (last) last.amount += left;
  return shares.filter((share) => share.amount !== 0);
}

/** A correction names a payment, never another correction. */
export function assertIsPayment(correctsId: string | null): void {
  if (correctsId !== null) {
    refuse(
      "NOT_A_PAYMENT",
      {
        vi: "Chỉ điều chỉnh một khoản nộp, không điều chỉnh một bản điều chỉnh.",
        en: "Correct the payment itself, not a correction of it.",
      },
      ["entryId"],
    );
  }
}

/** A correction, or months left unpaid, carry the reason the cell accepted: required, spaces tidied. */
export function validReason(written: string): string {
  const reason = normalizeName(written);
  if (!reason) {
    refuse("REASON_REQUIRED", { vi: "Cần ghi lý do.", en: "State the reason." }, ["reason"]);
  }
  return reason;
}

/**
 * A correction changes what an entry paid for each month it names, by a signed amount; it cannot take back more
 * than the entry and its earlier corrections paid for the month.
 */
export function assertCorrection(
  changes: readonly { month: string; amount: number }[],
  paidByEntry: ReadonlyMap<string, number>,
): void {
  if (
    changes.length === 0 ||
    changes.some((change) => !Number.isSafeInteger(change.amount) || change.amount === 0)
  ) {
    refuse(
      "CORRECTION_EMPTY",
      {
        vi: "Mỗi tháng điều chỉnh cần một số tiền nguyên khác 0.",
        en: "Each month corrected needs a whole amount other than zero.",
      },
      ["changes"],
    );
  }
  const overdrawn = changes.find((change) => (paidByEntry.get(change.month) ?? 0) + change.amount < 0);
  if (overdrawn) {
    refuse(
      "CORRECTION_EXCEEDS_PAYMENT",
      {
        vi: `Điều chỉnh tháng ${overdrawn.month} trừ nhiều hơn số khoản nộp này đã ghi cho tháng đó.`,
        en: `The correction of ${overdrawn.month} takes back more than this payment recorded for it.`,
      },
      ["changes"],
    );
  }
}

/** A month is closed once, and not before it has begun. */
export function assertClosable(month: string, today: string, alreadyClosed: boolean): void {
  if (month > today.slice(0, 7)) {
    refuse("MONTH_NOT_STARTED", { vi: `Tháng ${month} chưa đến.`, en: `The month ${month} has not begun.` }, [
      "month",
    ]);
  }
  if (alreadyClosed) {
    refuse(
      "MONTH_ALREADY_CLOSED",
      { vi: `Sổ đảng phí tháng ${month} đã khóa.`, en: `The dues of ${month} are already closed.` },
      ["month"],
    );
  }
}

/** The months a remittance of a month covers: the month, or its quarter. */
export function remittanceMonths(month: string, every: RemittancePeriod): string[] {
  if (every === "MONTH") return [month];
  const year = month.slice(0, 4);
  const firstOfQuarter = Math.floor((Number(month.slice(5)) - 1) / 3) * 3 + 1;
  const first = `${year}-${String(firstOfQuarter).padStart(2, "0")}`;
  const last = `${year}-${String(firstOfQuarter + 2).padStart(2, "0")}`;
  return monthsFrom(first, last);
}

/** A cell remits a period once, after its months are closed, by the share its committee set. */
export function assertRemittable(
  months: readonly string[],
  closed: ReadonlySet<string>,
  remitted: ReadonlySet<string>,
  retainedBasisPoints: number | null,
): asserts retainedBasisPoints is number {
  if (retainedBasisPoints === null) {
    refuse(
      "DUES_SHARE_NOT_SET",
      {
        vi: "Cấp ủy cấp trên chưa quy định tỷ lệ đảng phí chi bộ được để lại.",
        en: "The committee above has not set the share of dues the cell keeps.",
      },
      ["cellId"],
    );
  }
  const twice = months.find((month) => remitted.has(month));
  if (twice) {
    refuse(
      "REMITTED_TWICE",
      {
        vi: `Đảng phí tháng ${twice} đã được nộp lên cấp trên.`,
        en: `The dues of ${twice} have already been remitted.`,
      },
      ["month"],
    );
  }
  const open = months.find((month) => !closed.has(month));
  if (open) {
    refuse(
      "MONTH_NOT_CLOSED",
      {
        vi: `Cần khóa sổ đảng phí tháng ${open} trước khi nộp lên cấp trên.`,
        en: `Close the dues of ${open} before remitting them.`,
      },
      ["month"],
    );
  }
}

/** What a cell keeps of what it collected and what it remits: kept + remitted = collected, to the đồng. */
export function splitCollected(collected: number, retainedBasisPoints: number) {
  const retained = Math.floor((collected * retainedBasisPoints) / 10_000);
  return { retained, remitted: collected - retained };
}

export function assertShare(retainedBasisPoints: number): void {
  if (!Number.isSafeInteger(retainedBasisPoints) || retainedBasisPoints < 0 || retainedBasisPoints > 10_000) {
    refuse(
      "INVALID_SHARE",
      {
        vi: "Tỷ lệ để lại tính bằng phần vạn, từ 0 đến 10000.",
        en: "The share kept is in basis points, from 0 to 10000.",
      },
      ["retainedBasisPoints"],
    );
  }
}

/**
 * The months of a day's year whose dues were due by that day: those that ended by it — the day's own month once the
 * day is its last. In January, before its end, none: arrears never count a month still running.
 */
export function monthsDueBy(day: string): string[] {
  const month = day.slice(0, 7);
  const through = day === daysOfPartialDate(month).last ? month : addMonths(`${month}-01`, -1).slice(0, 7);
  return monthsFrom(`${day.slice(0, 4)}-01`, through);
}

/** Arrears are judged on a day that has come: a later one would count months not yet due. */
export function assertArrearsDay(on: string, today: string): void {
  assertHasCome(
    on,
    today,
    { vi: "Ngày xem nợ đảng phí chưa đến.", en: "The day to judge arrears on has not come yet." },
    "on",
  );
}

/** The day a year's arrears are judged on: its last day once past, today in the current year, none ahead. */
export function arrearsDayOf(year: number, today: string): string | null {
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) return null;
  return year < thisYear ? `${year}-12-31` : today;
}

/** A member's months of a year: what each owed and what was paid for it. */
export interface DuesMonth {
  month: string;
  owed: number | null;
  paid: number;
}

/**
 * A member's arrears: the months that owed a known amount and got less (short), what is missing, and the months that
 * got nothing (unpaid). Three unpaid months in a year, without a reason recorded, put the member up for removal from
 * the Party's list (xóa tên); a month paid in part was paid.
 */
export function arrearsOf(months: readonly DuesMonth[], reasonRecorded: boolean) {
  const short = months.filter((month) => month.owed !== null && month.paid < month.owed);
  const unpaid = short.filter((month) => month.paid <= 0);
  return {
    shortMonths: short.map((month) => month.month),
    unpaidMonths: unpaid.map((month) => month.month),
    outstanding: short.reduce((sum, month) => sum + ((month.owed ?? 0) - month.paid), 0),
    consideredForRemoval: !reasonRecorded && unpaid.length >= REMOVAL_AFTER_UNPAID_MONTHS,
  };
}
