import { describe, expect, it } from "vitest";
import { actionsNeeded, type CellReminderFacts } from "../../src/domain/reminders";

const member = (personId: string, partyStatus: "PROBATIONARY" | "OFFICIAL", admittedOn: string | null) => ({
  personId,
  fullName: `Đảng viên ${personId}`,
  partyStatus,
  admittedOn,
});

const officials = (count: number) =>
  Array.from({ length: count }, (_, index) => member(`o${index}`, "OFFICIAL", "2010-01-01"));

const cell = (facts: Partial<CellReminderFacts>): CellReminderFacts => ({
  today: "2026-12-04",
  members: officials(3),
  monthsWithoutRegularMeeting: [],
  unratedLastYear: [],
  hasCellCommittee: false,
  ...facts,
});

describe("actionsNeeded", () => {
  it("reminds of a probation over on the first day after its 12 months, not before", () => {
    const members = [...officials(3), member("a", "PROBATIONARY", "2025-12-05")];
    expect(actionsNeeded(cell({ members, today: "2026-12-04" }))).toEqual([]);
    const [due] = actionsNeeded(cell({ members, today: "2026-12-05" }));
    expect(due).toMatchObject({ kind: "PROBATION_OVERDUE", personId: "a", dueSince: "2026-12-05" });
    expect(due?.detail.vi).toContain("hết 12 tháng dự bị");
  });

  it("leaves official members alone, and lists months and unrated members, oldest first", () => {
    const actions = actionsNeeded(
      cell({
        monthsWithoutRegularMeeting: [3, 7],
        unratedLastYear: [{ personId: "o1", fullName: "Đảng viên o1" }],
      }),
    );
    expect(actions.map((action) => [action.kind, action.dueSince])).toEqual([
      ["MEMBER_NOT_RATED", "2026-01-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-03-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-07-01"],
    ]);
  });

  it("reports a cell below three official members, probationary members not counted", () => {
    const members = [...officials(2), member("p", "PROBATIONARY", "2026-06-01")];
    const [below] = actionsNeeded(cell({ members }));
    expect(below).toMatchObject({ kind: "BELOW_MINIMUM_OFFICIAL_MEMBERS", dueSince: "2026-12-04" });
    expect(below?.detail.en).toContain("has 2 official members");
    expect(actionsNeeded(cell({ members: officials(3) }))).toEqual([]);
  });

  it("asks a cell of nine official members for a cell committee until it has one", () => {
    expect(actionsNeeded(cell({ members: officials(8) }))).toEqual([]);
    const [due] = actionsNeeded(cell({ members: officials(9) }));
    expect(due).toMatchObject({ kind: "CELL_COMMITTEE_DUE" });
    expect(due?.detail.vi).toContain("9 đảng viên chính thức");
    expect(actionsNeeded(cell({ members: officials(9), hasCellCommittee: true }))).toEqual([]);
  });
});
