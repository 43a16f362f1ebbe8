import type { Period } from "./membership";
import { periodsOverlap } from "./membership";
import type { RatingStage } from "./ratings";
import { refuse } from "./refusal";

/** Who a cell may rate, and for which period: the rules on the entries of a rating or a monthly evaluation. */

export const MAX_RATING_ENTRIES = 200;

/** A membership as the rating rules read it: which cell, over which days. */
export interface CellMembership extends Period {
  cellId: string;
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, until: `${year + 1}-01-01` };
}

/** The days of a month of a year; a month is 1 to 12. */
export function monthPeriod(year: number, month: number): Period {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    refuse("INVALID_MONTH", { vi: "Tháng từ 1 đến 12.", en: "A month is 1 to 12." }, ["month"]);
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return { from: `${year}-${String(month).padStart(2, "0")}-01`, until: `${next}-01` };
}

/** A month is evaluated once it has begun. */
export function assertMonthBegun(month: Period, today: string): void {
  if (month.from > today) {
    refuse(
      "MONTH_NOT_BEGUN",
      {
        vi: `Tháng bắt đầu ngày ${month.from} chưa đến (hôm nay là ${today}).`,
        en: `The month from ${month.from} has not begun (today is ${today}).`,
      },
      ["month"],
    );
  }
}

/** Members assess themselves (assessSelf); a cell or a committee proposes and decides. */
export function assertRatedByOthers(stage: RatingStage): void {
  if (stage === "SELF")
    refuse(
      "INVALID_STAGE",
      { vi: "Đảng viên tự đánh giá bằng assessSelf.", en: "Members assess themselves with assessSelf." },
      ["stage"],
    );
}

/** One entry a member, 1 to 200 of them. */
export function assertRatingEntries(personIds: readonly string[]): void {
  if (personIds.length === 0 || personIds.length > MAX_RATING_ENTRIES)
    refuse(
      "INVALID_ENTRIES",
      { vi: `Gửi từ 1 đến ${MAX_RATING_ENTRIES} dòng.`, en: `Give 1 to ${MAX_RATING_ENTRIES} entries.` },
      ["entries"],
    );
  if (new Set(personIds).size !== personIds.length)
    refuse("DUPLICATE_ENTRY", { vi: "Một đảng viên xuất hiện hai lần.", en: "A member appears twice." }, [
      "entries",
    ]);
}

export function wasMemberDuring(
  memberships: readonly CellMembership[],
  cellId: string,
  period: Period,
): boolean {
  return memberships.some((membership) => membership.cellId === cellId && periodsOverlap(membership, period));
}

/** A cell evaluates a member's month only if the person was its member in that month. */
export function assertMemberThatMonth(
  memberships: readonly CellMembership[],
  cell: { id: string; name: string },
  month: Period,
  field: string[],
): void {
  if (!wasMemberDuring(memberships, cell.id, month))
    refuse(
      "NOT_A_MEMBER_THAT_MONTH",
      {
        vi: `Tháng đó người này không phải đảng viên của ${cell.name}.`,
        en: `The person was not a member of ${cell.name} that month.`,
      },
      field,
    );
}

/**
 * A cell rates a member's year if the person was its member in that year, and no other cell already rates them for
 * it (a member who moved is rated once, by the cell that started).
 */
export function assertCellRatesMember(
  memberships: readonly CellMembership[],
  cell: { id: string; name: string },
  year: number,
  ratingCellId: string | null,
  field: string[],
): void {
  if (!wasMemberDuring(memberships, cell.id, yearPeriod(year)))
    refuse(
      "NOT_A_MEMBER_THAT_YEAR",
      {
        vi: `Năm ${year} người này không phải đảng viên của ${cell.name}.`,
        en: `The person was not a member of ${cell.name} in ${year}.`,
      },
      [...field, "personId"],
    );
  if (ratingCellId !== null && ratingCellId !== cell.id)
    refuse(
      "RATED_BY_ANOTHER_CELL",
      {
        vi: `Chi bộ khác đánh giá đảng viên này cho năm ${year}.`,
        en: `Another cell rates this member for ${year}.`,
      },
      field,
    );
}

/** A member assesses themselves in the cell they were last a member of in the year. */
export function selfAssessmentCell(memberships: readonly CellMembership[], year: number): string {
  const period = yearPeriod(year);
  const membership = memberships.filter((candidate) => periodsOverlap(candidate, period)).at(-1);
  if (!membership)
    refuse(
      "NOT_A_MEMBER_THAT_YEAR",
      {
        vi: `Năm ${year} đồng chí không sinh hoạt ở chi bộ nào.`,
        en: `You were not a member of a cell in ${year}.`,
      },
      ["year"],
    );
  return membership.cellId;
}

/** A rating names the meeting that proposed it: a meeting of the rated cell. */
export function assertMeetingOfCell(meetingCellId: string | undefined, cellId: string): void {
  if (meetingCellId !== cellId)
    refuse(
      "MEETING_MISMATCH",
      { vi: "Cuộc họp này không phải của chi bộ này.", en: "The meeting is not one of this cell's." },
      ["meetingId"],
    );
}
