import { describe, expect, it } from "vitest";
import type { AttendanceStatus } from "../../src/domain/meetings";
import { type PartyStatus, partyStatusOn } from "../../src/domain/membership";
import {
  type Attendee,
  assertVoteCounts,
  countsForVote,
  longestAbsenceRun,
  missingMonths,
  missingQuarters,
  motionPassed,
  type NamedVote,
  QUALITY_CRITERIA,
  type QualityCriterion,
  type QualityFacts,
  qualityCriteria,
  REPEATED_ABSENCE_RUN,
  statusUnderExemption,
  summarizeAttendance,
  tallyNamedVotes,
  trailingAbsenceRun,
  withOthersPresent,
} from "../../src/domain/quorum";
import { expectRefusal } from "./refusal-helpers";

let nextId = 0;
function attendee(partyStatus: PartyStatus, status: AttendanceStatus | null, personId?: string): Attendee {
  nextId += 1;
  return { personId: personId ?? `p${nextId}`, partyStatus, status };
}

/** `n` attendees of one standing and one attendance status. */
function many(n: number, partyStatus: PartyStatus, status: AttendanceStatus | null): Attendee[] {
  return Array.from({ length: n }, () => attendee(partyStatus, status));
}

describe("summarizeAttendance", () => {
  // 10 official members: 7 present, 1 excused, 1 unexcused, 1 exempted; 2 probationary members present.
  const attendees = [
    ...many(7, "OFFICIAL", "PRESENT"),
    attendee("OFFICIAL", "ABSENT_EXCUSED"),
    attendee("OFFICIAL", "ABSENT_UNEXCUSED"),
    attendee("OFFICIAL", "EXEMPTED"),
    ...many(2, "PROBATIONARY", "PRESENT"),
  ];
  const summary = summarizeAttendance(attendees);

  it("counts everyone expected, by status", () => {
    expect(summary.expected).toBe(12);
    expect(summary.all).toEqual({
      present: 9,
      absentExcused: 1,
      absentUnexcused: 1,
      exempted: 1,
      notRecorded: 0,
    });
  });

  it("counts official and probationary members apart", () => {
    expect(summary.official).toEqual({
      present: 7,
      absentExcused: 1,
      absentUnexcused: 1,
      exempted: 1,
      notRecorded: 0,
    });
    expect(summary.probationary).toEqual({
      present: 2,
      absentExcused: 0,
      absentUnexcused: 0,
      exempted: 0,
      notRecorded: 0,
    });
  });

  it("leaves exempted members out of the attendance rate", () => {
    expect(summary.attendanceRate).toBeCloseTo(9 / 11, 12);
  });

  it("counts official members except the exempted and the excused for a vote (24-QĐ/TW, 9.3.2)", () => {
    expect(summary.membersWhoCount).toBe(8);
  });

  it("lets only official members present vote", () => {
    expect(summary.voters).toBe(7);
  });

  it("counts attendees without a record as not recorded: out of the rate, still in a vote's denominator", () => {
    const withGaps = summarizeAttendance([
      ...many(3, "OFFICIAL", "PRESENT"),
      attendee("OFFICIAL", null),
      attendee("PROBATIONARY", null),
    ]);
    expect(withGaps.all.notRecorded).toBe(2);
    expect(withGaps.official.notRecorded).toBe(1);
    expect(withGaps.probationary.notRecorded).toBe(1);
    expect(withGaps.attendanceRate).toBe(1);
    expect(withGaps.membersWhoCount).toBe(4);
    expect(withGaps.voters).toBe(3);
  });

  it("has no attendance rate when nobody is expected", () => {
    const empty = summarizeAttendance([]);
    expect(empty.expected).toBe(0);
    expect(empty.attendanceRate).toBeNull();
    expect(empty.membersWhoCount).toBe(0);
    expect(empty.voters).toBe(0);
  });

  it("has no attendance rate before anything is recorded", () => {
    expect(summarizeAttendance(many(4, "OFFICIAL", null)).attendanceRate).toBeNull();
  });

  it("has no attendance rate when everyone is exempted", () => {
    expect(summarizeAttendance(many(2, "OFFICIAL", "EXEMPTED")).attendanceRate).toBeNull();
  });

  it("is 1 when everyone who counts is present", () => {
    expect(
      summarizeAttendance([...many(4, "OFFICIAL", "PRESENT"), attendee("OFFICIAL", "EXEMPTED")])
        .attendanceRate,
    ).toBe(1);
  });
});

describe("countsForVote", () => {
  const table: [PartyStatus, AttendanceStatus | null, boolean][] = [
    ["OFFICIAL", "PRESENT", true],
    ["OFFICIAL", "ABSENT_UNEXCUSED", true],
    ["OFFICIAL", null, true],
    ["OFFICIAL", "ABSENT_EXCUSED", false],
    ["OFFICIAL", "EXEMPTED", false],
    ["PROBATIONARY", "PRESENT", false],
    ["PROBATIONARY", "ABSENT_UNEXCUSED", false],
    ["PROBATIONARY", null, false],
    ["CANDIDATE", "PRESENT", false],
  ];
  it.each(table)("a %s member recorded %s counts: %s", (partyStatus, status, expected) => {
    expect(countsForVote({ personId: "x", partyStatus, status })).toBe(expected);
  });
});

describe("motionPassed", () => {
  it("needs more than half of the members who count", () => {
    expect(motionPassed(5, 10)).toBe(false);
    expect(motionPassed(6, 10)).toBe(true);
    expect(motionPassed(4, 7)).toBe(true);
    expect(motionPassed(3, 7)).toBe(false);
  });

  it("passes with the one member who counts, and never with nobody", () => {
    expect(motionPassed(1, 1)).toBe(true);
    expect(motionPassed(0, 1)).toBe(false);
    expect(motionPassed(0, 0)).toBe(false);
  });
});

describe("tallyNamedVotes", () => {
  const attendees: Attendee[] = [
    attendee("OFFICIAL", "PRESENT", "a"),
    attendee("OFFICIAL", "PRESENT", "b"),
    attendee("OFFICIAL", "PRESENT", "c"),
    attendee("OFFICIAL", "PRESENT", "d"),
    attendee("PROBATIONARY", "PRESENT", "prob"),
    attendee("OFFICIAL", "ABSENT_EXCUSED", "away"),
    attendee("OFFICIAL", null, "unrecorded"),
    attendee("CANDIDATE", "PRESENT", "cand"),
  ];

  it("counts each choice", () => {
    const votes: NamedVote[] = [
      { personId: "a", choice: "FOR" },
      { personId: "b", choice: "FOR" },
      { personId: "c", choice: "AGAINST" },
      { personId: "d", choice: "ABSTAIN" },
    ];
    expect(tallyNamedVotes(votes, attendees)).toEqual({ votesFor: 2, votesAgainst: 1, votesAbstain: 1 });
  });

  it("counts nothing when nobody votes", () => {
    expect(tallyNamedVotes([], attendees)).toEqual({ votesFor: 0, votesAgainst: 0, votesAbstain: 0 });
  });

  it("refuses a second vote by the same member, pointing at it", () => {
    const problem = expectRefusal(
      () =>
        tallyNamedVotes(
          [
            { personId: "a", choice: "FOR" },
            { personId: "b", choice: "FOR" },
            { personId: "a", choice: "AGAINST" },
          ],
          attendees,
        ),
      "DUPLICATE_VOTE",
    );
    expect(problem.field).toEqual(["votes", "2", "personId"]);
  });

  it("refuses a voter who is not an attendee", () => {
    const problem = expectRefusal(
      () =>
        tallyNamedVotes(
          [
            { personId: "a", choice: "FOR" },
            { personId: "stranger", choice: "FOR" },
          ],
          attendees,
        ),
      "NOT_AN_ATTENDEE",
    );
    expect(problem.field).toEqual(["votes", "1", "personId"]);
  });

  it("refuses a probationary member's vote", () => {
    const problem = expectRefusal(
      () => tallyNamedVotes([{ personId: "prob", choice: "FOR" }], attendees),
      "PROBATIONARY_CANNOT_VOTE",
    );
    expect(problem.field).toEqual(["votes", "0", "personId"]);
  });

  it("refuses a vote by someone who is not a member", () => {
    expectRefusal(() => tallyNamedVotes([{ personId: "cand", choice: "FOR" }], attendees), "NOT_A_VOTER");
  });

  it("refuses a vote by an official member not recorded present", () => {
    const problem = expectRefusal(
      () =>
        tallyNamedVotes(
          [
            { personId: "a", choice: "FOR" },
            { personId: "b", choice: "FOR" },
            { personId: "c", choice: "FOR" },
            { personId: "away", choice: "AGAINST" },
          ],
          attendees,
        ),
      "VOTER_NOT_PRESENT",
    );
    expect(problem.field).toEqual(["votes", "3", "personId"]);
    expectRefusal(
      () => tallyNamedVotes([{ personId: "unrecorded", choice: "FOR" }], attendees),
      "VOTER_NOT_PRESENT",
    );
  });
});

describe("assertVoteCounts", () => {
  it("accepts a total up to the number of voters", () => {
    expect(() => assertVoteCounts({ votesFor: 4, votesAgainst: 2, votesAbstain: 1 }, 7)).not.toThrow();
    expect(() => assertVoteCounts({ votesFor: 3, votesAgainst: 0, votesAbstain: 0 }, 7)).not.toThrow();
    expect(() => assertVoteCounts({ votesFor: 0, votesAgainst: 0, votesAbstain: 0 }, 0)).not.toThrow();
  });

  it("refuses more votes than voters, with the figures", () => {
    const problem = expectRefusal(
      () => assertVoteCounts({ votesFor: 5, votesAgainst: 2, votesAbstain: 1 }, 7),
      "VOTES_EXCEED_VOTERS",
    );
    expect(problem.message).toContain("8 votes");
    expect(problem.message).toContain("only 7 official");
    expect(problem.field).toEqual(["votesFor"]);
  });

  it("refuses a negative count", () => {
    expectRefusal(
      () => assertVoteCounts({ votesFor: 3, votesAgainst: -1, votesAbstain: 0 }, 7),
      "INVALID_VOTE_COUNT",
    );
  });

  it("refuses a count that is not a whole number", () => {
    expectRefusal(
      () => assertVoteCounts({ votesFor: 2.5, votesAgainst: 0, votesAbstain: 0 }, 7),
      "INVALID_VOTE_COUNT",
    );
    expectRefusal(
      () => assertVoteCounts({ votesFor: 0, votesAgainst: 0, votesAbstain: Number.NaN }, 7),
      "INVALID_VOTE_COUNT",
    );
  });
});

describe("qualityCriteria", () => {
  /** A regular meeting of 2025 that meets every criterion: 20 members, all present. */
  const passing: QualityFacts = {
    kind: "REGULAR",
    meetingDate: "2025-03-10",
    scheduledStart: "2025-03-10T07:00:00.000Z",
    actualStart: "2025-03-10T07:03:00.000Z",
    actualEnd: "2025-03-10T08:43:00.000Z",
    combinedWithThematic: false,
    attendance: summarizeAttendance(many(20, "OFFICIAL", "PRESENT")),
    membersAbsentThreeInARow: 0,
    contentPrepared: true,
    draftResolutionPrepared: true,
    agendaItems: 4,
    agendaItemsCovered: 4,
    agendaItemsUnrecorded: 0,
    membersWhoSpoke: 12,
    minutesRecorded: true,
    materialsSentAt: "2025-03-08T07:00:00.000Z",
  };

  function result(facts: Partial<QualityFacts>, criterion: QualityCriterion) {
    const found = qualityCriteria({ ...passing, ...facts }).find((r) => r.criterion === criterion);
    if (!found) throw new Error(`No result for ${criterion}`);
    return found;
  }
  const met = (facts: Partial<QualityFacts>, criterion: QualityCriterion) => result(facts, criterion).met;

  it("judges every criterion met for a good meeting, in the order of the guidance", () => {
    const results = qualityCriteria(passing);
    expect(results.map((r) => r.criterion)).toEqual(Object.keys(QUALITY_CRITERIA));
    for (const r of results) expect(r.met, r.criterion).toBe(true);
  });

  describe("ATTENDANCE_ABOVE_85", () => {
    it("is not met at exactly 85%", () => {
      const attendance = summarizeAttendance([
        ...many(17, "OFFICIAL", "PRESENT"),
        ...many(3, "OFFICIAL", "ABSENT_EXCUSED"),
      ]);
      expect(attendance.attendanceRate).toBe(0.85);
      expect(met({ attendance }, "ATTENDANCE_ABOVE_85")).toBe(false);
    });

    it("is met above 85%", () => {
      const attendance = summarizeAttendance([
        ...many(18, "OFFICIAL", "PRESENT"),
        ...many(2, "OFFICIAL", "ABSENT_EXCUSED"),
      ]);
      const r = result({ attendance }, "ATTENDANCE_ABOVE_85");
      expect(r.met).toBe(true);
      expect(r.detail.en).toBe("90% present (18).");
      expect(r.detail.vi).toBe("90% có mặt (18).");
    });

    it("leaves exempted members out", () => {
      // 17 of 19 (89%) once the exempted member is left out; 17 of 20 would be 85%.
      const attendance = summarizeAttendance([
        ...many(17, "OFFICIAL", "PRESENT"),
        ...many(2, "OFFICIAL", "ABSENT_EXCUSED"),
        attendee("OFFICIAL", "EXEMPTED"),
      ]);
      expect(met({ attendance }, "ATTENDANCE_ABOVE_85")).toBe(true);
    });

    it("counts probationary members", () => {
      const attendance = summarizeAttendance([
        ...many(9, "OFFICIAL", "PRESENT"),
        ...many(2, "PROBATIONARY", "ABSENT_EXCUSED"),
      ]);
      expect(met({ attendance }, "ATTENDANCE_ABOVE_85")).toBe(false);
    });

    it("is not judged while any attendance is not recorded", () => {
      const attendance = summarizeAttendance([
        ...many(19, "OFFICIAL", "PRESENT"),
        attendee("OFFICIAL", null),
      ]);
      expect(met({ attendance }, "ATTENDANCE_ABOVE_85")).toBeNull();
    });

    it("is not judged, and says so, before attendance is recorded", () => {
      const r = result({ attendance: summarizeAttendance(many(3, "OFFICIAL", null)) }, "ATTENDANCE_ABOVE_85");
      expect(r.met).toBeNull();
      expect(r.detail).toEqual({ vi: "Chưa ghi điểm danh.", en: "Attendance not recorded." });
    });

    it("is not judged when nobody is expected", () => {
      const r = result({ attendance: summarizeAttendance([]) }, "ATTENDANCE_ABOVE_85");
      expect(r.met).toBeNull();
      expect(r.detail.en).toBe("No member is expected.");
    });
  });

  describe("NO_UNEXCUSED_ABSENCE", () => {
    it("is not met with one absence without reason", () => {
      const attendance = summarizeAttendance([
        ...many(19, "OFFICIAL", "PRESENT"),
        attendee("PROBATIONARY", "ABSENT_UNEXCUSED"),
      ]);
      expect(met({ attendance }, "NO_UNEXCUSED_ABSENCE")).toBe(false);
    });

    it("is met when absences are excused", () => {
      const attendance = summarizeAttendance([
        ...many(19, "OFFICIAL", "PRESENT"),
        attendee("OFFICIAL", "ABSENT_EXCUSED"),
      ]);
      expect(met({ attendance }, "NO_UNEXCUSED_ABSENCE")).toBe(true);
    });

    it("is not judged while any attendance is not recorded", () => {
      const attendance = summarizeAttendance([
        ...many(19, "OFFICIAL", "PRESENT"),
        attendee("OFFICIAL", null),
      ]);
      expect(met({ attendance }, "NO_UNEXCUSED_ABSENCE")).toBeNull();
    });
  });

  describe("NO_REPEATED_ABSENCE", () => {
    it("is met when nobody reached three absences in a row", () => {
      expect(met({ membersAbsentThreeInARow: 0 }, "NO_REPEATED_ABSENCE")).toBe(true);
    });

    it("is not met when a member did", () => {
      expect(met({ membersAbsentThreeInARow: 1 }, "NO_REPEATED_ABSENCE")).toBe(false);
    });
  });

  describe("CONTENT_PREPARED and DRAFT_RESOLUTION_PREPARED", () => {
    it("take what the secretary recorded", () => {
      expect(met({ contentPrepared: false }, "CONTENT_PREPARED")).toBe(false);
      expect(met({ contentPrepared: null }, "CONTENT_PREPARED")).toBeNull();
      expect(met({ draftResolutionPrepared: false }, "DRAFT_RESOLUTION_PREPARED")).toBe(false);
      expect(met({ draftResolutionPrepared: null }, "DRAFT_RESOLUTION_PREPARED")).toBeNull();
    });
  });

  describe("STARTED_ON_TIME", () => {
    // The passing meeting's scheduled start is 07:00 UTC; ends are kept long enough.
    it("tolerates 5 minutes of lateness", () => {
      const r = result({ actualStart: "2025-03-10T07:05:00.000Z" }, "STARTED_ON_TIME");
      expect(r.met).toBe(true);
      expect(r.detail.en).toBe("Started 5 minute(s) after the time set.");
    });

    it("is not met 6 minutes late", () => {
      expect(met({ actualStart: "2025-03-10T07:06:00.000Z" }, "STARTED_ON_TIME")).toBe(false);
    });

    it("is met when the meeting started early", () => {
      const r = result({ actualStart: "2025-03-10T06:50:00.000Z" }, "STARTED_ON_TIME");
      expect(r.met).toBe(true);
      expect(r.detail.en).toBe("Started 0 minute(s) after the time set.");
    });

    it("compares instants given with an offset", () => {
      expect(met({ actualStart: "2025-03-10T14:04:00+07:00" }, "STARTED_ON_TIME")).toBe(true);
      expect(met({ actualStart: "2025-03-10T14:20:00+07:00" }, "STARTED_ON_TIME")).toBe(false);
    });

    it("is not judged without an actual start", () => {
      expect(met({ actualStart: null }, "STARTED_ON_TIME")).toBeNull();
    });
  });

  describe("FULL_AGENDA_COVERED", () => {
    it("is met when every item was covered", () => {
      expect(met({ agendaItems: 3, agendaItemsCovered: 3 }, "FULL_AGENDA_COVERED")).toBe(true);
    });

    it("is not met when an item was not covered", () => {
      const r = result({ agendaItems: 3, agendaItemsCovered: 2 }, "FULL_AGENDA_COVERED");
      expect(r.met).toBe(false);
      expect(r.detail.en).toBe("2 of 3 agenda item(s) covered.");
    });

    it("is not judged while any item is not recorded", () => {
      expect(
        met({ agendaItems: 3, agendaItemsCovered: 2, agendaItemsUnrecorded: 1 }, "FULL_AGENDA_COVERED"),
      ).toBeNull();
    });

    it("is not judged without an agenda", () => {
      expect(met({ agendaItems: 0, agendaItemsCovered: 0 }, "FULL_AGENDA_COVERED")).toBeNull();
    });
  });

  describe("LONG_ENOUGH", () => {
    const start = "2025-03-10T07:00:00.000Z";

    it("needs 90 minutes", () => {
      expect(met({ actualStart: start, actualEnd: "2025-03-10T08:29:00.000Z" }, "LONG_ENOUGH")).toBe(false);
      const r = result({ actualStart: start, actualEnd: "2025-03-10T08:30:00.000Z" }, "LONG_ENOUGH");
      expect(r.met).toBe(true);
      expect(r.detail.en).toBe("90 minutes; at least 90 required.");
    });

    it("needs 120 minutes when combined with a thematic meeting", () => {
      const combined = { actualStart: start, combinedWithThematic: true };
      expect(met({ ...combined, actualEnd: "2025-03-10T08:30:00.000Z" }, "LONG_ENOUGH")).toBe(false);
      expect(met({ ...combined, actualEnd: "2025-03-10T08:59:00.000Z" }, "LONG_ENOUGH")).toBe(false);
      expect(met({ ...combined, actualEnd: "2025-03-10T09:00:00.000Z" }, "LONG_ENOUGH")).toBe(true);
    });

    it("needs only 90 minutes for a combined meeting before the 2025 rules", () => {
      const before2025 = {
        meetingDate: "2024-03-11",
        actualStart: "2024-03-11T07:00:00.000Z",
        combinedWithThematic: true,
      };
      expect(met({ ...before2025, actualEnd: "2024-03-11T08:30:00.000Z" }, "LONG_ENOUGH")).toBe(true);
      expect(met({ ...before2025, actualEnd: "2024-03-11T08:29:00.000Z" }, "LONG_ENOUGH")).toBe(false);
    });

    it("is not judged without the actual start or end", () => {
      expect(met({ actualEnd: null }, "LONG_ENOUGH")).toBeNull();
      expect(met({ actualStart: null }, "LONG_ENOUGH")).toBeNull();
    });
  });

  describe("MANY_MEMBERS_SPOKE", () => {
    // 20 members present in the passing meeting.
    it("is met when half of those present spoke", () => {
      expect(met({ membersWhoSpoke: 10 }, "MANY_MEMBERS_SPOKE")).toBe(true);
    });

    it("is not met below half", () => {
      expect(met({ membersWhoSpoke: 9 }, "MANY_MEMBERS_SPOKE")).toBe(false);
    });

    it("is not judged when not recorded", () => {
      expect(met({ membersWhoSpoke: null }, "MANY_MEMBERS_SPOKE")).toBeNull();
    });
  });

  describe("MINUTES_RECORDED", () => {
    it("is met with minutes linked, not met without", () => {
      expect(met({ minutesRecorded: true }, "MINUTES_RECORDED")).toBe(true);
      const r = result({ minutesRecorded: false }, "MINUTES_RECORDED");
      expect(r.met).toBe(false);
      expect(r.detail.en).toBe("No minutes linked.");
    });
  });

  describe("MATERIALS_SENT_IN_TIME", () => {
    it("is met when materials went out 24 hours before the start", () => {
      const r = result({ materialsSentAt: "2025-03-09T07:00:00.000Z" }, "MATERIALS_SENT_IN_TIME");
      expect(r.met).toBe(true);
      expect(r.detail.en).toBe("Sent 24 hour(s) before.");
    });

    it("is not met 23 hours before", () => {
      const r = result({ materialsSentAt: "2025-03-09T08:00:00.000Z" }, "MATERIALS_SENT_IN_TIME");
      expect(r.met).toBe(false);
      expect(r.detail.en).toBe("Sent 23 hour(s) before.");
    });

    it("is not judged when not recorded", () => {
      expect(met({ materialsSentAt: null }, "MATERIALS_SENT_IN_TIME")).toBeNull();
    });

    it("applies from 1 January 2025", () => {
      const firstDay = qualityCriteria({
        ...passing,
        meetingDate: "2025-01-01",
        scheduledStart: "2025-01-01T07:00:00.000Z",
        materialsSentAt: null,
      });
      expect(firstDay.map((r) => r.criterion)).toContain("MATERIALS_SENT_IN_TIME");
    });

    it("is not a criterion before 2025", () => {
      const before = qualityCriteria({
        ...passing,
        meetingDate: "2024-12-31",
        scheduledStart: "2024-12-31T07:00:00.000Z",
        actualStart: "2024-12-31T07:00:00.000Z",
        actualEnd: "2024-12-31T08:30:00.000Z",
        materialsSentAt: null,
      });
      expect(before.map((r) => r.criterion)).not.toContain("MATERIALS_SENT_IN_TIME");
      expect(before).toHaveLength(Object.keys(QUALITY_CRITERIA).length - 1);
      for (const r of before) expect(r.met, r.criterion).toBe(true);
    });
  });
});

describe("longestAbsenceRun", () => {
  it("is 0 without absences", () => {
    expect(longestAbsenceRun([])).toBe(0);
    expect(longestAbsenceRun(["PRESENT", "PRESENT"])).toBe(0);
  });

  it("counts excused and unexcused absences together", () => {
    expect(longestAbsenceRun(["ABSENT_EXCUSED", "ABSENT_UNEXCUSED", "ABSENT_EXCUSED"])).toBe(3);
  });

  it("is the longest of several runs", () => {
    expect(
      longestAbsenceRun([
        "ABSENT_EXCUSED",
        "ABSENT_EXCUSED",
        "PRESENT",
        "ABSENT_UNEXCUSED",
        "ABSENT_UNEXCUSED",
        "ABSENT_EXCUSED",
        "PRESENT",
        "ABSENT_EXCUSED",
      ]),
    ).toBe(3);
  });

  it("breaks a run at a present or unrecorded meeting", () => {
    expect(longestAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", "PRESENT", "ABSENT_EXCUSED"])).toBe(2);
    expect(longestAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", null, "ABSENT_EXCUSED"])).toBe(2);
  });

  it("neither breaks nor extends a run at a meeting the member was exempted from", () => {
    expect(longestAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", "EXEMPTED", "ABSENT_EXCUSED"])).toBe(3);
    expect(longestAbsenceRun(["EXEMPTED", "EXEMPTED", "EXEMPTED"])).toBe(0);
  });

  it("reaches the repeated-absence threshold at three", () => {
    expect(REPEATED_ABSENCE_RUN).toBe(3);
  });
});

describe("trailingAbsenceRun", () => {
  it("is the run ending with the last meeting", () => {
    expect(trailingAbsenceRun(["ABSENT_EXCUSED", "PRESENT", "ABSENT_UNEXCUSED", "ABSENT_EXCUSED"])).toBe(2);
    expect(trailingAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED"])).toBe(3);
  });

  it("is 0 when the member was at the last meeting, however long an earlier run", () => {
    expect(
      trailingAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", "ABSENT_EXCUSED", "ABSENT_EXCUSED", "PRESENT"]),
    ).toBe(0);
    expect(trailingAbsenceRun([])).toBe(0);
  });

  it("is broken by an unrecorded meeting, not by an exempted one", () => {
    expect(trailingAbsenceRun(["ABSENT_EXCUSED", null, "ABSENT_EXCUSED"])).toBe(1);
    expect(trailingAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", "EXEMPTED"])).toBe(2);
    expect(trailingAbsenceRun(["ABSENT_EXCUSED", "ABSENT_EXCUSED", null])).toBe(0);
  });
});

describe("missingMonths", () => {
  it("lists the months without a meeting, up to the month given", () => {
    expect(missingMonths([1, 2, 4, 6], 6)).toEqual([3, 5]);
    expect(missingMonths([1, 2, 4, 6], 12)).toEqual([3, 5, 7, 8, 9, 10, 11, 12]);
  });

  it("ignores meetings after the month given, and repeated months", () => {
    expect(missingMonths([1, 1, 3, 9], 3)).toEqual([2]);
  });

  it("is empty for a full year, or when no month is judged", () => {
    expect(missingMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 12)).toEqual([]);
    expect(missingMonths([], 0)).toEqual([]);
  });
});

describe("missingQuarters", () => {
  it("lists the quarters without a thematic meeting, up to the quarter given", () => {
    expect(missingQuarters([2], 4)).toEqual([1, 3, 4]);
    expect(missingQuarters([1, 3], 2)).toEqual([2]);
    expect(missingQuarters([], 1)).toEqual([1]);
  });

  it("is empty when every quarter had one, or when no quarter is judged", () => {
    expect(missingQuarters([1, 2, 3, 4], 4)).toEqual([]);
    expect(missingQuarters([], 0)).toEqual([]);
  });
});

describe("partyStatusOn (on a day the person was a member)", () => {
  const recognized = {
    partyStatus: "OFFICIAL" as PartyStatus,
    admittedOn: "2016-06-15",
    officialOn: "2017-06-15",
  };

  it("is official from the day of recognition and probationary before it", () => {
    expect(partyStatusOn(recognized, "2017-06-15")).toBe("OFFICIAL");
    expect(partyStatusOn(recognized, "2020-01-01")).toBe("OFFICIAL");
    expect(partyStatusOn(recognized, "2017-06-14")).toBe("PROBATIONARY");
  });

  it("is probationary for someone admitted and not yet recognized", () => {
    const probationary = {
      partyStatus: "PROBATIONARY" as PartyStatus,
      admittedOn: "2024-03-01",
      officialOn: null,
    };
    expect(partyStatusOn(probationary, "2025-01-01")).toBe("PROBATIONARY");
  });

  it("keeps the current standing of old records without dates", () => {
    expect(partyStatusOn({ partyStatus: "OFFICIAL", admittedOn: null, officialOn: null }, "1990-01-01")).toBe(
      "OFFICIAL",
    );
    expect(
      partyStatusOn({ partyStatus: "OFFICIAL", admittedOn: "1990-01-01", officialOn: null }, "1990-06-01"),
    ).toBe("OFFICIAL");
    expect(
      partyStatusOn({ partyStatus: "PROBATIONARY", admittedOn: null, officialOn: null }, "1990-01-01"),
    ).toBe("PROBATIONARY");
    expect(partyStatusOn({ partyStatus: "DECEASED", admittedOn: null, officialOn: null }, "1990-01-01")).toBe(
      "OFFICIAL",
    );
  });

  it("gives the standing held on the day to someone who has since left", () => {
    const removed = {
      partyStatus: "REMOVED" as PartyStatus,
      admittedOn: "2010-05-19",
      officialOn: "2011-05-19",
    };
    expect(partyStatusOn(removed, "2015-09-02")).toBe("OFFICIAL");
    expect(partyStatusOn(removed, "2011-01-01")).toBe("PROBATIONARY");
  });

  it("gives probationary standing to someone who left during probation", () => {
    const resigned = { partyStatus: "RESIGNED" as PartyStatus, admittedOn: "2020-02-03", officialOn: null };
    expect(partyStatusOn(resigned, "2020-06-01")).toBe("PROBATIONARY");
  });
});

describe("withOthersPresent", () => {
  it("records everyone not named and not yet recorded as present, keeping records already made", () => {
    const attendees = [
      attendee("OFFICIAL", null, "named"),
      attendee("OFFICIAL", null, "unrecorded"),
      attendee("OFFICIAL", "EXEMPTED", "recorded"),
    ];
    const entries = withOthersPresent(
      [{ personId: "named", status: "ABSENT_EXCUSED", note: "Ốm" }],
      attendees,
    );
    expect(entries).toEqual([
      { personId: "named", status: "ABSENT_EXCUSED", note: "Ốm" },
      { personId: "unrecorded", status: "PRESENT", note: null },
    ]);
  });
});

describe("a member exempted from activities", () => {
  it("is recorded as exempted when absent, counts when present, and is not summoned by 'everyone present'", () => {
    expect(statusUnderExemption("ABSENT_UNEXCUSED", true)).toBe("EXEMPTED");
    expect(statusUnderExemption("ABSENT_EXCUSED", true)).toBe("EXEMPTED");
    expect(statusUnderExemption("PRESENT", true)).toBe("PRESENT");
    expect(statusUnderExemption("ABSENT_UNEXCUSED", false)).toBe("ABSENT_UNEXCUSED");
    const entries = withOthersPresent(
      [],
      [
        { personId: "a", partyStatus: "OFFICIAL", status: null, exempted: true },
        { personId: "b", partyStatus: "OFFICIAL", status: null },
      ],
    );
    expect(entries.map((entry) => entry.status)).toEqual(["EXEMPTED", "PRESENT"]);
  });
});
