import { describe, expect, it } from "vitest";
import {
  admittingCellId,
  assertAdmissible,
  assertEndsAfterRecordedMeetings,
  assertMemberOn,
  assertNoOverlap,
  assertRecognizable,
  assertTransferMoves,
  currentPeriodOn,
  isPartyMember,
  MEMBERSHIP_END_LABELS,
  type MembershipEndByUser,
  PARTY_STATUS_LABELS,
  type Period,
  periodCovers,
  periodsOverlap,
  probationEndsOn,
  statusAfterLeaving,
  validFullName,
} from "../../src/domain/membership";
import { expectRefusal } from "./refusal-helpers";

describe("probationEndsOn", () => {
  it("is 12 months after the admission ceremony", () => {
    expect(probationEndsOn("2017-06-15")).toBe("2018-06-15");
    expect(probationEndsOn("2017-12-31")).toBe("2018-12-31");
  });

  it("ends on 28 February for an admission on 29 February", () => {
    expect(probationEndsOn("2016-02-29")).toBe("2017-02-28");
  });
});

describe("isPartyMember", () => {
  it("is true for probationary and official members", () => {
    expect(isPartyMember("PROBATIONARY")).toBe(true);
    expect(isPartyMember("OFFICIAL")).toBe(true);
  });

  it("is false for candidates and for people who left", () => {
    expect(isPartyMember("CANDIDATE")).toBe(false);
    expect(isPartyMember("TRANSFERRED_OUT")).toBe(false);
    expect(isPartyMember("EXPELLED")).toBe(false);
    expect(isPartyMember("DECEASED")).toBe(false);
  });
});

describe("statusAfterLeaving", () => {
  it("gives the status named after the reason", () => {
    expect(statusAfterLeaving("EXPELLED")).toBe("EXPELLED");
    expect(statusAfterLeaving("DECEASED")).toBe("DECEASED");
    expect(statusAfterLeaving("TRANSFERRED_OUT")).toBe("TRANSFERRED_OUT");
  });

  it("gives a known, non-member status for every reason a user may give", () => {
    const reasons = Object.keys(MEMBERSHIP_END_LABELS).filter(
      (reason): reason is MembershipEndByUser => reason !== "TRANSFERRED",
    );
    expect(reasons).toHaveLength(5);
    for (const reason of reasons) {
      const status = statusAfterLeaving(reason);
      expect(Object.keys(PARTY_STATUS_LABELS)).toContain(status);
      expect(isPartyMember(status)).toBe(false);
    }
  });
});

describe("assertAdmissible", () => {
  it("accepts an adult candidate", () => {
    expect(() =>
      assertAdmissible({ status: "CANDIDATE", birthDate: "1990-05-01", admittedOn: "2017-06-15" }),
    ).not.toThrow();
  });

  it("accepts a candidate whose birth date is unknown", () => {
    expect(() =>
      assertAdmissible({ status: "CANDIDATE", birthDate: null, admittedOn: "2017-06-15" }),
    ).not.toThrow();
  });

  it.each(["PROBATIONARY", "OFFICIAL", "EXPELLED"] as const)("refuses a person who is %s", (status) => {
    const problem = expectRefusal(
      () => assertAdmissible({ status, birthDate: "1990-05-01", admittedOn: "2017-06-15" }),
      "NOT_A_CANDIDATE",
    );
    expect(problem.field).toEqual(["personId"]);
    expect(problem.message).toContain(status);
  });

  it("refuses a 17-year-old candidate, saying the age", () => {
    const problem = expectRefusal(
      () => assertAdmissible({ status: "CANDIDATE", birthDate: "2000-06-15", admittedOn: "2017-12-23" }),
      "BELOW_ADMISSION_AGE",
    );
    expect(problem.field).toEqual(["admittedOn"]);
    expect(problem.message).toContain("is 17");
    expect(problem.message).toContain("18");
  });

  it("refuses the day before the 18th birthday and accepts the 18th birthday", () => {
    expectRefusal(
      () => assertAdmissible({ status: "CANDIDATE", birthDate: "2000-06-15", admittedOn: "2018-06-14" }),
      "BELOW_ADMISSION_AGE",
    );
    expect(() =>
      assertAdmissible({ status: "CANDIDATE", birthDate: "2000-06-15", admittedOn: "2018-06-15" }),
    ).not.toThrow();
  });

  describe("past 60 (guidance 01-HD/TW, from 28/9/2021)", () => {
    const candidate = { status: "CANDIDATE", birthDate: "1963-03-10" } as const;

    it("admits up to the 60th birthday and refuses the day after, saying the day", () => {
      expect(() => assertAdmissible({ ...candidate, admittedOn: "2023-03-10" })).not.toThrow();
      const problem = expectRefusal(
        () => assertAdmissible({ ...candidate, admittedOn: "2023-03-11" }),
        "ABOVE_ADMISSION_AGE",
      );
      expect(problem.field).toEqual(["admittedOn"]);
      expect(problem.message).toContain("turned 60 on 2023-03-10");
    });

    it("admits past 60 by a decision of a top organization, not of the grassroots committee", () => {
      const late = { ...candidate, admittedOn: "2024-05-01" };
      expect(() =>
        assertAdmissible({ ...late, decision: { type: "DECISION", byTopCommittee: true } }),
      ).not.toThrow();
      expectRefusal(
        () => assertAdmissible({ ...late, decision: { type: "DECISION", byTopCommittee: false } }),
        "ABOVE_ADMISSION_AGE",
      );
    });

    it("does not apply to admissions before the guidance", () => {
      expect(() =>
        assertAdmissible({ status: "CANDIDATE", birthDate: "1950-01-01", admittedOn: "2019-01-01" }),
      ).not.toThrow();
    });
  });

  it("takes a decision document only of the type decision", () => {
    const problem = expectRefusal(
      () =>
        assertAdmissible({
          status: "CANDIDATE",
          birthDate: "1990-05-01",
          admittedOn: "2017-06-15",
          decision: { type: "RESOLUTION", byTopCommittee: false },
        }),
      "WRONG_DOCUMENT_TYPE",
    );
    expect(problem.field).toEqual(["decisionDocumentId"]);
  });

  it("refuses an admission on or before the birth date", () => {
    expectRefusal(
      () => assertAdmissible({ status: "CANDIDATE", birthDate: "2000-06-15", admittedOn: "2000-06-15" }),
      "INVALID_DATE_RANGE",
    );
    const problem = expectRefusal(
      () => assertAdmissible({ status: "CANDIDATE", birthDate: "2000-06-15", admittedOn: "1999-01-01" }),
      "INVALID_DATE_RANGE",
    );
    expect(problem.field).toEqual(["admittedOn"]);
  });
});

describe("assertRecognizable", () => {
  it("accepts recognition on the day probation ends, or later", () => {
    expect(() =>
      assertRecognizable({ status: "PROBATIONARY", admittedOn: "2017-06-15", officialOn: "2018-06-15" }),
    ).not.toThrow();
    expect(() =>
      assertRecognizable({ status: "PROBATIONARY", admittedOn: "2017-06-15", officialOn: "2018-09-01" }),
    ).not.toThrow();
  });

  it("refuses recognition the day before probation ends, naming the end", () => {
    const problem = expectRefusal(
      () =>
        assertRecognizable({ status: "PROBATIONARY", admittedOn: "2017-06-15", officialOn: "2018-06-14" }),
      "PROBATION_NOT_COMPLETE",
    );
    expect(problem.field).toEqual(["officialOn"]);
    expect(problem.message).toContain("2018-06-15");
    expect(problem.message).toContain("2018-06-14");
  });

  it.each(["OFFICIAL", "CANDIDATE"] as const)("refuses a person who is %s", (status) => {
    const problem = expectRefusal(
      () => assertRecognizable({ status, admittedOn: "2017-06-15", officialOn: "2018-06-15" }),
      "NOT_PROBATIONARY",
    );
    expect(problem.field).toEqual(["personId"]);
  });

  it("refuses a probationary member with no admission date", () => {
    expectRefusal(
      () => assertRecognizable({ status: "PROBATIONARY", admittedOn: null, officialOn: "2018-06-15" }),
      "NOT_PROBATIONARY",
    );
  });
});

describe("periodsOverlap", () => {
  const until2018: Period = { from: "2015-03-01", until: "2018-01-01" };
  const from2018: Period = { from: "2018-01-01", until: null };

  it("does not overlap a period that starts on the day the other ends (half-open)", () => {
    expect(periodsOverlap(until2018, from2018)).toBe(false);
    expect(periodsOverlap(from2018, until2018)).toBe(false);
  });

  it("overlaps when one starts the day before the other ends", () => {
    const untilJan2: Period = { from: "2015-03-01", until: "2018-01-02" };
    expect(periodsOverlap(untilJan2, from2018)).toBe(true);
    expect(periodsOverlap(from2018, untilJan2)).toBe(true);
  });

  it("overlaps two open-ended periods", () => {
    expect(periodsOverlap({ from: "2015-03-01", until: null }, { from: "2020-01-01", until: null })).toBe(
      true,
    );
  });

  it("overlaps an open period starting inside a closed one", () => {
    expect(periodsOverlap({ from: "2017-06-01", until: null }, until2018)).toBe(true);
  });

  it("overlaps a period contained in another", () => {
    const inner: Period = { from: "2016-01-01", until: "2016-06-01" };
    expect(periodsOverlap(inner, until2018)).toBe(true);
    expect(periodsOverlap(until2018, inner)).toBe(true);
  });

  it("does not overlap separate periods, nor an open period starting after a closed one", () => {
    const earlier: Period = { from: "2010-01-01", until: "2012-01-01" };
    expect(periodsOverlap(earlier, until2018)).toBe(false);
    expect(periodsOverlap({ from: "2019-01-01", until: null }, until2018)).toBe(false);
  });
});

describe("periodCovers", () => {
  const period: Period = { from: "2017-01-01", until: "2018-01-01" };

  it("covers its first day and days before its end", () => {
    expect(periodCovers(period, "2017-01-01")).toBe(true);
    expect(periodCovers(period, "2017-12-31")).toBe(true);
  });

  it("does not cover its end day or days before its start", () => {
    expect(periodCovers(period, "2018-01-01")).toBe(false);
    expect(periodCovers(period, "2016-12-31")).toBe(false);
  });

  it("covers every later day when open-ended", () => {
    expect(periodCovers({ from: "2017-01-01", until: null }, "2030-01-01")).toBe(true);
  });
});

describe("assertNoOverlap", () => {
  it("accepts a membership starting the day the previous one ended", () => {
    expect(() =>
      assertNoOverlap(
        { from: "2018-01-01", until: null },
        [{ from: "2015-03-01", until: "2018-01-01" }],
        ["on"],
      ),
    ).not.toThrow();
  });

  it("accepts a first membership", () => {
    expect(() => assertNoOverlap({ from: "2018-01-01", until: null }, [], ["on"])).not.toThrow();
  });

  it("refuses a membership overlapping an ended one, naming it", () => {
    const problem = expectRefusal(
      () =>
        assertNoOverlap(
          { from: "2018-01-01", until: null },
          [
            { from: "2010-01-01", until: "2012-01-01" },
            { from: "2015-03-01", until: "2018-02-01" },
          ],
          ["admittedOn"],
        ),
      "OVERLAPPING_MEMBERSHIP",
    );
    expect(problem.field).toEqual(["admittedOn"]);
    expect(problem.message).toContain("from 2015-03-01 until 2018-02-01");
  });

  it("refuses a membership overlapping an open one", () => {
    const problem = expectRefusal(
      () =>
        assertNoOverlap({ from: "2018-01-01", until: null }, [{ from: "2015-03-01", until: null }], ["on"]),
      "OVERLAPPING_MEMBERSHIP",
    );
    expect(problem.message).toContain("still open");
  });
});

describe("currentPeriodOn", () => {
  const first = { id: "m1", from: "2010-01-01", until: "2015-01-01" };
  const second = { id: "m2", from: "2015-01-01", until: null };
  const periods = [first, second];

  it("returns the open membership covering the day", () => {
    expect(currentPeriodOn(periods, "2017-12-23")).toBe(second);
    expect(currentPeriodOn(periods, "2015-01-02").id).toBe("m2");
  });

  it("refuses a day with no membership", () => {
    const problem = expectRefusal(() => currentPeriodOn(periods, "2009-12-31"), "NOT_A_MEMBER");
    expect(problem.field).toEqual(["personId"]);
    expect(problem.message).toContain("2009-12-31");
    expectRefusal(() => currentPeriodOn([], "2017-12-23"), "NOT_A_MEMBER");
    expectRefusal(() => currentPeriodOn([first], "2016-01-01"), "NOT_A_MEMBER");
  });

  it("refuses a day inside a membership that already ended", () => {
    const problem = expectRefusal(() => currentPeriodOn(periods, "2012-01-01"), "MEMBERSHIP_ALREADY_ENDED");
    expect(problem.field).toEqual(["on"]);
    expect(problem.message).toContain("2015-01-01");
  });

  it("refuses the day the membership starts", () => {
    const problem = expectRefusal(() => currentPeriodOn(periods, "2015-01-01"), "INVALID_DATE_RANGE");
    expect(problem.field).toEqual(["on"]);
  });
});

describe("a person's record", () => {
  it("keeps a full name of 1 to 120 characters, spaces folded", () => {
    expect(validFullName("  Nguyễn   Văn  An ")).toBe("Nguyễn Văn An");
    expectRefusal(() => validFullName("   "), "INVALID_NAME");
    expectRefusal(() => validFullName("a".repeat(121)), "INVALID_NAME");
  });

  it("admits a candidate into the cell named, else the preparing cell, and refuses when neither is known", () => {
    expect(admittingCellId("named", "preparing")).toBe("named");
    expect(admittingCellId(null, "preparing")).toBe("preparing");
    expectRefusal(() => admittingCellId(undefined, null), "CELL_REQUIRED");
  });

  it("recognizes a member on a day they are in a cell", () => {
    const memberships = [{ from: "2023-01-10", until: null }];
    expect(() => assertMemberOn(memberships, "2024-01-10", ["officialOn"])).not.toThrow();
    expectRefusal(() => assertMemberOn(memberships, "2022-12-31", ["officialOn"]), "NOT_A_MEMBER");
  });

  it("transfers a member to another cell, never to their own", () => {
    expect(() => assertTransferMoves("a", { id: "b", name: "Chi bộ B" })).not.toThrow();
    expectRefusal(() => assertTransferMoves("a", { id: "a", name: "Chi bộ A" }), "SAME_CELL");
  });
});

describe("assertEndsAfterRecordedMeetings", () => {
  const recorded = { title: "Sinh hoạt tháng 6", meeting_date: "2024-06-03" };

  it("refuses an end on or before the day of a held meeting that recorded the member", () => {
    const problem = expectRefusal(
      () => assertEndsAfterRecordedMeetings("2024-06-03", recorded),
      "ATTENDANCE_RECORDED_AFTER",
    );
    expect(problem.message).toContain("“Sinh hoạt tháng 6” on 2024-06-03");
    expect(problem.field).toEqual(["on"]);
  });

  it("accepts an end after it, or without such a meeting", () => {
    expect(() => assertEndsAfterRecordedMeetings("2024-06-04", recorded)).not.toThrow();
    expect(() => assertEndsAfterRecordedMeetings("2024-06-03", null)).not.toThrow();
  });
});
