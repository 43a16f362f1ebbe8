import { describe, expect, it } from "vitest";
import { actionsNeeded } from "../../src/domain/reminders";

const member = (personId: string, partyStatus: "PROBATIONARY" | "OFFICIAL", admittedOn: string | null) => ({
  personId,
  fullName: `Đảng viên ${personId}`,
  partyStatus,
  admittedOn,
});

describe("actionsNeeded", () => {
  it("reminds of a probation over on the first day after its 12 months, not before", () => {
    const facts = {
      members: [member("a", "PROBATIONARY", "2025-12-05")],
      monthsWithoutRegularMeeting: [],
      unratedLastYear: [],
    };
    expect(actionsNeeded({ ...facts, today: "2026-12-04" })).toEqual([]);
    const [due] = actionsNeeded({ ...facts, today: "2026-12-05" });
    expect(due).toMatchObject({ kind: "PROBATION_OVERDUE", personId: "a", dueSince: "2026-12-05" });
    expect(due?.detail.vi).toContain("hết 12 tháng dự bị");
  });

  it("leaves official members alone, and lists months and unrated members, oldest first", () => {
    const actions = actionsNeeded({
      today: "2026-12-04",
      members: [member("b", "OFFICIAL", "2010-01-01")],
      monthsWithoutRegularMeeting: [3, 7],
      unratedLastYear: [{ personId: "b", fullName: "Đảng viên b" }],
    });
    expect(actions.map((action) => [action.kind, action.dueSince])).toEqual([
      ["MEMBER_NOT_RATED", "2026-01-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-03-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-07-01"],
    ]);
  });
});
