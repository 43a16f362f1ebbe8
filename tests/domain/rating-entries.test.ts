import { describe, expect, it } from "vitest";
import {
  assertCellRatesMember,
  assertMeetingOfCell,
  assertMemberThatMonth,
  assertMonthBegun,
  assertRatedByOthers,
  assertRatingEntries,
  type CellMembership,
  MAX_RATING_ENTRIES,
  monthPeriod,
  selfAssessmentCell,
  yearPeriod,
} from "../../src/domain/rating-entries";
import { expectRefusal } from "./refusal-helpers";

const cell = { id: "cell", name: "Chi bộ 1" };
const movedIn2024: CellMembership[] = [
  { cellId: "earlier", from: "2015-03-02", until: "2024-06-01" },
  { cellId: "cell", from: "2024-06-01", until: null },
];

describe("periods", () => {
  it("is a year from its first day to the next year's", () => {
    expect(yearPeriod(2024)).toEqual({ from: "2024-01-01", until: "2025-01-01" });
  });

  it("is a month from its first day to the next month's, December into January", () => {
    expect(monthPeriod(2024, 2)).toEqual({ from: "2024-02-01", until: "2024-03-01" });
    expect(monthPeriod(2024, 12)).toEqual({ from: "2024-12-01", until: "2025-01-01" });
  });

  it("refuses a month outside 1 to 12", () => {
    expectRefusal(() => monthPeriod(2024, 0), "INVALID_MONTH");
    expectRefusal(() => monthPeriod(2024, 13), "INVALID_MONTH");
    expectRefusal(() => monthPeriod(2024, 1.5), "INVALID_MONTH");
  });
});

describe("entries of a rating", () => {
  it("is rated by others at the proposal and the decision, never at the self-assessment", () => {
    expect(() => assertRatedByOthers("PROPOSAL")).not.toThrow();
    expectRefusal(() => assertRatedByOthers("SELF"), "INVALID_STAGE");
  });

  it("takes 1 to 200 members, each once", () => {
    expect(() => assertRatingEntries(["a", "b"])).not.toThrow();
    expectRefusal(() => assertRatingEntries([]), "INVALID_ENTRIES");
    expectRefusal(
      () => assertRatingEntries(Array.from({ length: MAX_RATING_ENTRIES + 1 }, (_, index) => `p${index}`)),
      "INVALID_ENTRIES",
    );
    expectRefusal(() => assertRatingEntries(["a", "b", "a"]), "DUPLICATE_ENTRY");
  });
});

describe("who a cell rates", () => {
  it("evaluates a member's month only in a month they were its member", () => {
    expect(() =>
      assertMemberThatMonth(movedIn2024, cell, monthPeriod(2024, 6), ["entries", "0"]),
    ).not.toThrow();
    const refused = expectRefusal(
      () => assertMemberThatMonth(movedIn2024, cell, monthPeriod(2024, 5), ["entries", "0"]),
      "NOT_A_MEMBER_THAT_MONTH",
    );
    expect(refused.field).toEqual(["entries", "0"]);
  });

  it("rates a member's year when they were its member in it and no other cell rates them", () => {
    expect(() => assertCellRatesMember(movedIn2024, cell, 2024, null, ["entries", "0"])).not.toThrow();
    expect(() => assertCellRatesMember(movedIn2024, cell, 2024, "cell", ["entries", "0"])).not.toThrow();
    const notMember = expectRefusal(
      () => assertCellRatesMember(movedIn2024, cell, 2023, null, ["entries", "0"]),
      "NOT_A_MEMBER_THAT_YEAR",
    );
    expect(notMember.field).toEqual(["entries", "0", "personId"]);
    expectRefusal(
      () => assertCellRatesMember(movedIn2024, cell, 2024, "earlier", ["entries", "0"]),
      "RATED_BY_ANOTHER_CELL",
    );
  });

  it("has a member assess themselves in the last cell of the year, and refuses a year out of the Party", () => {
    expect(selfAssessmentCell(movedIn2024, 2024)).toBe("cell");
    expect(selfAssessmentCell(movedIn2024, 2020)).toBe("earlier");
    expectRefusal(() => selfAssessmentCell(movedIn2024, 2010), "NOT_A_MEMBER_THAT_YEAR");
  });

  it("links a rating to a meeting of the rated cell only", () => {
    expect(() => assertMeetingOfCell("cell", "cell")).not.toThrow();
    expectRefusal(() => assertMeetingOfCell("other", "cell"), "MEETING_MISMATCH");
    expectRefusal(() => assertMeetingOfCell(undefined, "cell"), "MEETING_MISMATCH");
  });
});

describe("assertMonthBegun", () => {
  it("evaluates a month from its first day, and refuses one that has not begun", () => {
    expect(() => assertMonthBegun(monthPeriod(2026, 12), "2026-12-01")).not.toThrow();
    expectRefusal(() => assertMonthBegun(monthPeriod(2027, 1), "2026-12-31"), "MONTH_NOT_BEGUN");
  });
});
