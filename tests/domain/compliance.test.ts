import { describe, expect, it } from "vitest";
import { type CellYearRecord, judgeYear, periodsOfMask, rollUp } from "../../src/domain/compliance";
import { longestAbsenceRun } from "../../src/domain/quorum";

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ALL_QUARTERS = [1, 2, 3, 4];

function record(facts: Partial<CellYearRecord> = {}): CellYearRecord {
  return {
    cellId: "cb1",
    foundedOn: "2010-03-05",
    dissolvedOn: null,
    regularMonths: ALL_MONTHS,
    thematicQuarters: ALL_QUARTERS,
    present: 90,
    counted: 100,
    absenceRuns: [],
    ...facts,
  };
}

const TODAY = "2026-05-20";

describe("judgeYear", () => {
  describe("a past year", () => {
    it("does not fall short with a meeting every month and a thematic one every quarter", () => {
      expect(judgeYear(record(), 2025, TODAY)).toEqual({
        cellId: "cb1",
        monthsWithoutRegularMeeting: [],
        quartersWithoutThematicMeeting: [],
        attendanceRate: 0.9,
        membersAbsentThreeInARow: [],
        fallsShort: false,
      });
    });

    it("is judged through December", () => {
      const judged = judgeYear(
        record({ regularMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], thematicQuarters: [1, 2, 3] }),
        2025,
        TODAY,
      );
      expect(judged.monthsWithoutRegularMeeting).toEqual([12]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([4]);
      expect(judged.fallsShort).toBe(true);
    });

    it("falls short for a missing month alone", () => {
      const judged = judgeYear(record({ regularMonths: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12] }), 2024, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([4]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
      expect(judged.fallsShort).toBe(true);
    });

    it("falls short for a missing thematic quarter alone", () => {
      const judged = judgeYear(record({ thematicQuarters: [1, 3, 4] }), 2024, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([2]);
      expect(judged.fallsShort).toBe(true);
    });

    it("lists every month and quarter of a year without meetings", () => {
      const judged = judgeYear(record({ regularMonths: [], thematicQuarters: [] }), 2020, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual(ALL_MONTHS);
      expect(judged.quartersWithoutThematicMeeting).toEqual(ALL_QUARTERS);
    });
  });

  describe("the current year", () => {
    it("is judged on its completed months and quarters", () => {
      const judged = judgeYear(record({ regularMonths: [], thematicQuarters: [] }), 2026, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([1, 2, 3, 4]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([1]);
      expect(judged.fallsShort).toBe(true);
    });

    it("does not fall short when the months and quarters so far have their meetings", () => {
      const judged = judgeYear(record({ regularMonths: [1, 2, 3, 4], thematicQuarters: [1] }), 2026, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
      expect(judged.fallsShort).toBe(false);
    });

    it("does not judge the month or quarter still running", () => {
      const judged = judgeYear(record({ regularMonths: [1], thematicQuarters: [] }), 2026, "2026-02-03");
      expect(judged.monthsWithoutRegularMeeting).toEqual([]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
      const april = judgeYear(record({ regularMonths: [1], thematicQuarters: [] }), 2026, "2026-04-03");
      expect(april.monthsWithoutRegularMeeting).toEqual([2, 3]);
      expect(april.quartersWithoutThematicMeeting).toEqual([1]);
    });

    it("is judged through November on the last day of the year (December still runs)", () => {
      const judged = judgeYear(record({ regularMonths: [], thematicQuarters: [] }), 2026, "2026-12-31");
      expect(judged.monthsWithoutRegularMeeting).toEqual(ALL_MONTHS.slice(0, 11));
      expect(judged.quartersWithoutThematicMeeting).toEqual(ALL_QUARTERS.slice(0, 3));
    });
  });

  describe("a future year", () => {
    it("has nothing missing", () => {
      const judged = judgeYear(
        record({ regularMonths: [], thematicQuarters: [], counted: 0, present: 0 }),
        2027,
        TODAY,
      );
      expect(judged.monthsWithoutRegularMeeting).toEqual([]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
      expect(judged.fallsShort).toBe(false);
    });
  });

  describe("repeated absences", () => {
    const ABSENT = "ABSENT_EXCUSED" as const;
    const records = [
      { personId: "an", statuses: [ABSENT, ABSENT, "PRESENT", ABSENT] as const },
      { personId: "binh", statuses: ["PRESENT", ABSENT, "ABSENT_UNEXCUSED", ABSENT] as const },
      { personId: "chi", statuses: [ABSENT, ABSENT, "EXEMPTED", ABSENT, null] as const },
      { personId: "dung", statuses: [ABSENT, null, ABSENT, ABSENT] as const },
    ].map((member) => ({ personId: member.personId, longestRun: longestAbsenceRun([...member.statuses]) }));

    it("lists members absent three or more times in a row, an exempted meeting neither breaking nor extending a run", () => {
      const judged = judgeYear(record({ absenceRuns: records }), 2025, TODAY);
      expect(judged.membersAbsentThreeInARow).toEqual(["binh", "chi"]);
      expect(judged.fallsShort).toBe(true);
    });

    it("does not fall short for three absences broken by a meeting attended or not recorded", () => {
      const judged = judgeYear(
        record({ absenceRuns: records.filter((member) => ["an", "dung"].includes(member.personId)) }),
        2025,
        TODAY,
      );
      expect(judged.membersAbsentThreeInARow).toEqual([]);
      expect(judged.fallsShort).toBe(false);
    });

    it("falls short in a future year too when a member is listed", () => {
      const judged = judgeYear(record({ absenceRuns: [{ personId: "binh", longestRun: 3 }] }), 2027, TODAY);
      expect(judged.fallsShort).toBe(true);
    });
  });

  describe("a cell founded or dissolved during the year", () => {
    const nothingHeld = { regularMonths: [], thematicQuarters: [] };

    it("is not judged on the months and quarters before it was founded", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: "2025-05-10" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([6, 7, 8, 9, 10, 11, 12]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([3, 4]);
    });

    it("does not fall short when it met every month and quarter since its founding", () => {
      const judged = judgeYear(
        record({
          foundedOn: "2025-05-10",
          regularMonths: [6, 7, 8, 9, 10, 11, 12],
          thematicQuarters: [3, 4],
        }),
        2025,
        TODAY,
      );
      expect(judged.fallsShort).toBe(false);
    });

    it("is judged on the month of its founding when founded on its first day", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: "2025-04-01" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([2, 3, 4]);
    });

    it("is not judged on the months and quarters after its dissolution", () => {
      const judged = judgeYear(record({ ...nothingHeld, dissolvedOn: "2025-08-15" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([1, 2]);
    });

    it("does not fall short when it met every month and quarter until its dissolution", () => {
      const judged = judgeYear(
        record({ dissolvedOn: "2025-08-15", regularMonths: [1, 2, 3, 4, 5, 6, 7], thematicQuarters: [1, 2] }),
        2025,
        TODAY,
      );
      expect(judged.fallsShort).toBe(false);
    });

    it("is judged on the months between a founding and a dissolution in the same year", () => {
      const judged = judgeYear(
        record({ ...nothingHeld, foundedOn: "2025-02-01", dissolvedOn: "2025-07-01" }),
        2025,
        TODAY,
      );
      expect(judged.monthsWithoutRegularMeeting).toEqual([2, 3, 4, 5, 6]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([2]);
    });

    it("is judged in the current year on the completed months since its founding", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: "2026-02-20" }), 2026, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([3, 4]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
    });

    it("is judged on every month of the years before its dissolution and none after", () => {
      expect(
        judgeYear(record({ ...nothingHeld, dissolvedOn: "2025-03-10" }), 2024, TODAY)
          .monthsWithoutRegularMeeting,
      ).toEqual(ALL_MONTHS);
      expect(
        judgeYear(record({ ...nothingHeld, dissolvedOn: "2024-03-10" }), 2025, TODAY)
          .monthsWithoutRegularMeeting,
      ).toEqual([]);
    });
  });

  describe("a founding or dissolution known only to the year or month", () => {
    const nothingHeld = { regularMonths: [], thematicQuarters: [] };

    it("counts a year-only founding from 1 January: the whole year is judged", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: "2025" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual(ALL_MONTHS);
      expect(judged.quartersWithoutThematicMeeting).toEqual(ALL_QUARTERS);
    });

    it("counts a year-month founding from the first of the month: that month is judged", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: "2025-06" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([6, 7, 8, 9, 10, 11, 12]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([3, 4]);
    });

    it("ends a year-month dissolution on the first of the month: the month before is the last judged", () => {
      const judged = judgeYear(record({ ...nothingHeld, dissolvedOn: "2025-06" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([1, 2, 3, 4, 5]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([1]);
    });

    it("ends a year-only dissolution on 1 January: nothing of that year is judged", () => {
      const judged = judgeYear(record({ ...nothingHeld, dissolvedOn: "2025" }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual([]);
      expect(judged.quartersWithoutThematicMeeting).toEqual([]);
      expect(judged.fallsShort).toBe(false);
    });

    it("judges a cell without a recorded founding on the whole year", () => {
      const judged = judgeYear(record({ ...nothingHeld, foundedOn: null }), 2025, TODAY);
      expect(judged.monthsWithoutRegularMeeting).toEqual(ALL_MONTHS);
    });
  });

  describe("attendance rate", () => {
    it("is present over counted", () => {
      expect(judgeYear(record({ present: 17, counted: 20 }), 2025, TODAY).attendanceRate).toBe(0.85);
    });

    it("is null when nobody is counted", () => {
      expect(judgeYear(record({ present: 0, counted: 0 }), 2025, TODAY).attendanceRate).toBeNull();
    });

    it("does not by itself make a cell fall short", () => {
      expect(judgeYear(record({ present: 1, counted: 20 }), 2025, TODAY).fallsShort).toBe(false);
    });
  });
});

describe("rollUp", () => {
  const good = record({ cellId: "good", present: 45, counted: 50 });
  const missingMonth = record({
    cellId: "missing-month",
    regularMonths: [1, 2, 3],
    present: 30,
    counted: 40,
  });
  const absentee = record({
    cellId: "absentee",
    present: 5,
    counted: 10,
    absenceRuns: [{ personId: "x", longestRun: 3 }],
  });
  const records = [good, missingMonth, absentee];
  const cells = records.map((r) => judgeYear(r, 2025, TODAY));

  it("counts the cells and pools their attendance", () => {
    const rolled = rollUp(cells, records);
    expect(rolled.cellCount).toBe(3);
    expect(rolled.attendanceRate).toBe(80 / 100);
  });

  it("lists the cells that fall short", () => {
    const rolled = rollUp(cells, records);
    expect(rolled.cellsFallingShort.map((cell) => cell.cellId)).toEqual(["missing-month", "absentee"]);
  });

  it("pools attendance rather than averaging the cells' rates", () => {
    const small = record({ cellId: "small", present: 1, counted: 1 });
    const large = record({ cellId: "large", present: 50, counted: 100 });
    const rolled = rollUp(
      [small, large].map((r) => judgeYear(r, 2025, TODAY)),
      [small, large],
    );
    expect(rolled.attendanceRate).toBeCloseTo(51 / 101, 12);
  });

  it("has no attendance rate and no cell falling short over no cells", () => {
    expect(rollUp([], [])).toEqual({ cellCount: 0, attendanceRate: null, cellsFallingShort: [] });
  });

  it("has no attendance rate when nobody is counted", () => {
    const empty = record({ present: 0, counted: 0 });
    expect(rollUp([judgeYear(empty, 2025, TODAY)], [empty]).attendanceRate).toBeNull();
  });
});

describe("periodsOfMask", () => {
  it("reads the months (quarters) whose bits are set", () => {
    expect(periodsOfMask(0)).toEqual([]);
    expect(periodsOfMask(0b1)).toEqual([1]);
    expect(periodsOfMask(0b1000_0000_0101)).toEqual([1, 3, 12]);
    expect(periodsOfMask(0b1111_1111_1111)).toEqual(ALL_MONTHS);
  });
});
