import { describe, expect, it } from "vitest";
import { countRatings } from "../../src/domain/rating-counts";
import {
  assertMemberConditions,
  assertOrganizationConditions,
  assertQuota,
  assertScore,
  assertSettingOpen,
  assertStageAllowed,
  assertTaskShares,
  type Condition,
  decisionReason,
  levelCounts,
  levelForScore,
  levelOf,
  levelsAfter,
  type OrganizationFacts,
  type QuotaFacts,
  type RatingSubject,
  ratedYear,
  type Scheme,
  type SchemeLevel,
  schemeForYear,
  validYear,
  worstLevel,
} from "../../src/domain/ratings";
import { expectRefusal } from "./refusal-helpers";

/* The four schemes of migrations/0004_ratings.sql, rebuilt by hand. */

const SCHEME_2014_MEMBER_LEVELS: SchemeLevel[] = [
  { code: "EXCELLENT", label: "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", rank: 1, minScore: null },
  { code: "GOOD", label: "Đủ tư cách, hoàn thành tốt nhiệm vụ", rank: 2, minScore: null },
  { code: "COMPLETED", label: "Đủ tư cách, hoàn thành nhiệm vụ", rank: 3, minScore: null },
  { code: "NOT_COMPLETED", label: "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", rank: 4, minScore: null },
];

const SCHEME_2014_ORGANIZATION_LEVELS: SchemeLevel[] = [
  { code: "CLEAN_STRONG", label: "Trong sạch, vững mạnh", rank: 1, minScore: null },
  { code: "GOOD", label: "Hoàn thành tốt nhiệm vụ", rank: 2, minScore: null },
  { code: "COMPLETED", label: "Hoàn thành nhiệm vụ", rank: 3, minScore: null },
  { code: "WEAK", label: "Yếu kém", rank: 4, minScore: null },
];

/** The four levels shared from 2018 on; with the score bands only where the scheme uses scores. */
function commonLevels(usesScores: boolean): SchemeLevel[] {
  return [
    { code: "EXCELLENT", label: "Hoàn thành xuất sắc nhiệm vụ", rank: 1, minScore: usesScores ? 90 : null },
    { code: "GOOD", label: "Hoàn thành tốt nhiệm vụ", rank: 2, minScore: usesScores ? 70 : null },
    { code: "COMPLETED", label: "Hoàn thành nhiệm vụ", rank: 3, minScore: usesScores ? 50 : null },
    { code: "NOT_COMPLETED", label: "Không hoàn thành nhiệm vụ", rank: 4, minScore: usesScores ? 0 : null },
  ];
}

const SCHEME_2014: Scheme = {
  id: "scheme-2014",
  name: "Hướng dẫn 27-HD/BTCTW",
  fromYear: 2014,
  toYear: 2017,
  memberQuotaPercent: 20,
  memberQuotaApplies: null,
  organizationQuotaPercent: 20,
  organizationQuotaApplies: false,
  conditions: ["DISCIPLINED_MEMBER", "MAJORITY_NOT_COMPLETED"],
  usesScores: false,
  levels: { MEMBER: SCHEME_2014_MEMBER_LEVELS, ORGANIZATION: SCHEME_2014_ORGANIZATION_LEVELS },
};

const SCHEME_2018: Scheme = {
  id: "scheme-2018",
  name: "Quy định 132-QĐ/TW",
  fromYear: 2018,
  toYear: 2022,
  memberQuotaPercent: 20,
  memberQuotaApplies: true,
  organizationQuotaPercent: 20,
  organizationQuotaApplies: false,
  conditions: ["DISCIPLINED_MEMBER"],
  usesScores: false,
  levels: { MEMBER: commonLevels(false), ORGANIZATION: commonLevels(false) },
};

const SCHEME_2023: Scheme = {
  id: "scheme-2023",
  name: "Quy định 124-QĐ/TW",
  fromYear: 2023,
  toYear: 2024,
  memberQuotaPercent: 20,
  memberQuotaApplies: null,
  organizationQuotaPercent: 20,
  organizationQuotaApplies: true,
  conditions: ["DISCIPLINED_MEMBER", "ORGANIZATION_DISCIPLINE"],
  usesScores: false,
  levels: { MEMBER: commonLevels(false), ORGANIZATION: commonLevels(false) },
};

const SCHEME_2025: Scheme = {
  id: "scheme-2025",
  name: "Quy định 366-QĐ/TW",
  fromYear: 2025,
  toYear: null,
  memberQuotaPercent: 20,
  memberQuotaApplies: null,
  organizationQuotaPercent: 20,
  organizationQuotaApplies: true,
  conditions: ["DISCIPLINED_MEMBER", "ORGANIZATION_DISCIPLINE", "TASK_FIGURES"],
  usesScores: true,
  levels: { MEMBER: commonLevels(true), ORGANIZATION: commonLevels(true) },
};

const SCHEMES: readonly Scheme[] = [SCHEME_2014, SCHEME_2018, SCHEME_2023, SCHEME_2025];

function level(scheme: Scheme, subject: RatingSubject, code: string): SchemeLevel {
  return levelOf(scheme, subject, code, ["level"]);
}

/** A scheme like `base` but checking exactly `conditions`. */
function withConditions(base: Scheme, conditions: Condition[]): Scheme {
  return { ...base, conditions };
}

describe("schemeForYear", () => {
  it.each([
    [2014, "scheme-2014"],
    [2017, "scheme-2014"],
    [2018, "scheme-2018"],
    [2019, "scheme-2018"],
    [2022, "scheme-2018"],
    [2023, "scheme-2023"],
    [2024, "scheme-2023"],
    [2025, "scheme-2025"],
    [2026, "scheme-2025"],
    [2030, "scheme-2025"],
  ])("picks the scheme covering %i", (year, id) => {
    expect(schemeForYear(SCHEMES, year).id).toBe(id);
  });

  it("refuses a year before the first scheme", () => {
    const problem = expectRefusal(() => schemeForYear(SCHEMES, 2013), "NO_SCHEME_FOR_YEAR");
    expect(problem.message).toContain("2013");
    expect(problem.field).toEqual(["year"]);
  });

  it("refuses any year when there are no schemes", () => {
    expectRefusal(() => schemeForYear([], 2025), "NO_SCHEME_FOR_YEAR");
  });
});

describe("levelOf", () => {
  it("finds a level of the scheme and subject", () => {
    expect(levelOf(SCHEME_2014, "ORGANIZATION", "CLEAN_STRONG", ["level"])).toEqual({
      code: "CLEAN_STRONG",
      label: "Trong sạch, vững mạnh",
      rank: 1,
      minScore: null,
    });
    expect(levelOf(SCHEME_2025, "MEMBER", "GOOD", ["level"]).minScore).toBe(70);
  });

  it("finds a level by its Vietnamese label, as secretaries write it, 2017's “Đủ tư cách, …” by its second part", () => {
    expect(levelOf(SCHEME_2014, "ORGANIZATION", "trong sach vung manh", ["level"]).code).toBe("CLEAN_STRONG");
    const scheme2019 = schemeForYear(SCHEMES, 2019);
    expect(levelOf(scheme2019, "MEMBER", "Hoàn thành tốt nhiệm vụ", ["level"]).code).toBe("GOOD");
    expect(levelOf(SCHEME_2014, "MEMBER", "Hoàn thành tốt nhiệm vụ", ["level"]).code).toBe("GOOD");
    expect(levelOf(SCHEME_2014, "MEMBER", "hoàn thành nhiệm vụ", ["level"]).code).toBe("COMPLETED");
    expectRefusal(() => levelOf(scheme2019, "MEMBER", "Hoàn thành tốt", ["level"]), "LEVEL_NOT_IN_SCHEME");
  });

  it("refuses an organization level given as a member level, listing the member levels", () => {
    const problem = expectRefusal(
      () => levelOf(SCHEME_2014, "MEMBER", "CLEAN_STRONG", ["input", "level"]),
      "LEVEL_NOT_IN_SCHEME",
    );
    expect(problem.message).toContain("CLEAN_STRONG is not a level of Hướng dẫn 27-HD/BTCTW (2014–2017)");
    expect(problem.message).toContain("its levels are EXCELLENT “");
    expect(problem.message).toContain("NOT_COMPLETED “");
    expect(problem.field).toEqual(["input", "level"]);
  });

  it("refuses WEAK in 2019, when organizations are no longer rated so", () => {
    const scheme = schemeForYear(SCHEMES, 2019);
    const problem = expectRefusal(
      () => levelOf(scheme, "ORGANIZATION", "WEAK", ["level"]),
      "LEVEL_NOT_IN_SCHEME",
    );
    expect(problem.message).toContain("Quy định 132-QĐ/TW (2018–2022)");
    expect(problem.message).toContain("NOT_COMPLETED “Không hoàn thành nhiệm vụ”");
  });

  it("shows an open-ended scheme's period without an end year", () => {
    const problem = expectRefusal(
      () => levelOf(SCHEME_2025, "MEMBER", "WEAK", ["level"]),
      "LEVEL_NOT_IN_SCHEME",
    );
    expect(problem.message).toContain("(2025–)");
  });
});

describe("worstLevel", () => {
  it("is the level of the highest rank", () => {
    expect(worstLevel(SCHEME_2014, "ORGANIZATION").code).toBe("WEAK");
    expect(worstLevel(SCHEME_2014, "MEMBER").code).toBe("NOT_COMPLETED");
    expect(worstLevel(SCHEME_2025, "ORGANIZATION").code).toBe("NOT_COMPLETED");
  });
});

describe("levelForScore", () => {
  it.each([
    [100, "EXCELLENT"],
    [90, "EXCELLENT"],
    [89.9, "GOOD"],
    [70, "GOOD"],
    [69.99, "COMPLETED"],
    [50, "COMPLETED"],
    [49, "NOT_COMPLETED"],
    [0, "NOT_COMPLETED"],
  ])("gives %d the level %s", (score, code) => {
    expect(levelForScore(SCHEME_2025, "MEMBER", score)?.code).toBe(code);
    expect(levelForScore(SCHEME_2025, "ORGANIZATION", score)?.code).toBe(code);
  });

  it("gives no level under a scheme without scores", () => {
    expect(levelForScore(SCHEME_2023, "MEMBER", 95)).toBeNull();
  });
});

describe("assertScore", () => {
  it("accepts no score before 2025", () => {
    expect(() =>
      assertScore(SCHEME_2018, "MEMBER", level(SCHEME_2018, "MEMBER", "GOOD"), null, ["score"]),
    ).not.toThrow();
  });

  it.each([SCHEME_2014, SCHEME_2018, SCHEME_2023])("refuses a score under $name", (scheme) => {
    const problem = expectRefusal(
      () => assertScore(scheme, "MEMBER", level(scheme, "MEMBER", "EXCELLENT"), 95, ["score"]),
      "SCORES_NOT_USED",
    );
    expect(problem.message).toContain(scheme.name);
    expect(problem.field).toEqual(["score"]);
  });

  it("requires a score from 2025", () => {
    expectRefusal(
      () => assertScore(SCHEME_2025, "MEMBER", level(SCHEME_2025, "MEMBER", "GOOD"), null, ["score"]),
      "SCORE_REQUIRED",
    );
  });

  it.each([-1, 101, Number.NaN, Number.POSITIVE_INFINITY])("refuses the score %d", (score) => {
    expectRefusal(
      () => assertScore(SCHEME_2025, "MEMBER", level(SCHEME_2025, "MEMBER", "GOOD"), score, ["score"]),
      "INVALID_SCORE",
    );
  });

  it("refuses a score outside the band of the level, naming the level it gives", () => {
    const problem = expectRefusal(
      () => assertScore(SCHEME_2025, "MEMBER", level(SCHEME_2025, "MEMBER", "EXCELLENT"), 89.5, ["score"]),
      "SCORE_OUTSIDE_BAND",
    );
    expect(problem.message).toContain("89.5");
    expect(problem.message).toContain("GOOD (Hoàn thành tốt nhiệm vụ)");
    expect(problem.message).toContain("not EXCELLENT");
  });

  it("refuses a score above the band too", () => {
    const problem = expectRefusal(
      () =>
        assertScore(SCHEME_2025, "ORGANIZATION", level(SCHEME_2025, "ORGANIZATION", "COMPLETED"), 70, [
          "score",
        ]),
      "SCORE_OUTSIDE_BAND",
    );
    expect(problem.message).toContain("GOOD");
  });

  it.each([
    ["EXCELLENT", 90],
    ["EXCELLENT", 100],
    ["GOOD", 70],
    ["GOOD", 89.99],
    ["COMPLETED", 50],
    ["NOT_COMPLETED", 0],
    ["NOT_COMPLETED", 49.9],
  ])("accepts %s with %d", (code, score) => {
    expect(() =>
      assertScore(SCHEME_2025, "MEMBER", level(SCHEME_2025, "MEMBER", code), score, ["score"]),
    ).not.toThrow();
  });
});

describe("assertMemberConditions", () => {
  const disciplined = { disciplined: true, remedied: false };

  it.each(["EXCELLENT", "GOOD", "COMPLETED"])(
    "refuses %s for a member disciplined and not remedied",
    (code) => {
      const problem = expectRefusal(
        () => assertMemberConditions(SCHEME_2023, level(SCHEME_2023, "MEMBER", code), disciplined, ["level"]),
        "DISCIPLINED_MEMBER",
      );
      expect(problem.message).toContain("NOT_COMPLETED (Không hoàn thành nhiệm vụ)");
      expect(problem.field).toEqual(["level"]);
    },
  );

  it("names the 2014 worst level under the 2014 scheme", () => {
    const problem = expectRefusal(
      () => assertMemberConditions(SCHEME_2014, level(SCHEME_2014, "MEMBER", "GOOD"), disciplined, ["level"]),
      "DISCIPLINED_MEMBER",
    );
    expect(problem.message).toContain("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ");
  });

  it("accepts a disciplined member who found and remedied the fault", () => {
    expect(() =>
      assertMemberConditions(
        SCHEME_2023,
        level(SCHEME_2023, "MEMBER", "GOOD"),
        { disciplined: true, remedied: true },
        ["level"],
      ),
    ).not.toThrow();
  });

  it("accepts the worst level for a disciplined member", () => {
    expect(() =>
      assertMemberConditions(SCHEME_2023, level(SCHEME_2023, "MEMBER", "NOT_COMPLETED"), disciplined, [
        "level",
      ]),
    ).not.toThrow();
  });

  it("accepts any level for a member not disciplined", () => {
    expect(() =>
      assertMemberConditions(
        SCHEME_2023,
        level(SCHEME_2023, "MEMBER", "EXCELLENT"),
        { disciplined: false, remedied: false },
        ["level"],
      ),
    ).not.toThrow();
  });

  it("does not check discipline in a scheme without the condition", () => {
    const scheme = withConditions(SCHEME_2023, []);
    expect(() =>
      assertMemberConditions(scheme, level(scheme, "MEMBER", "EXCELLENT"), disciplined, ["level"]),
    ).not.toThrow();
  });
});

describe("assertQuota", () => {
  function quota(excellent: number, good: number, applies = true): QuotaFacts {
    return { subject: "MEMBER", percent: 20, applies, excellent, good, scope: "the cell" };
  }

  it("accepts 2 excellent of 10 good", () => {
    expect(() => assertQuota(quota(2, 10), ["level"])).not.toThrow();
  });

  it("refuses 3 excellent of 10 good", () => {
    const problem = expectRefusal(() => assertQuota(quota(3, 10), ["level"]), "QUOTA_EXCEEDED");
    expect(problem.message).toContain("at most 2");
    expect(problem.message).toContain("3 rated excellent in the cell");
    expect(problem.message).toContain("20% of the 10 rated good");
    expect(problem.field).toEqual(["level"]);
  });

  it("refuses 1 excellent of 4 good (20% of 4 rounds down to 0)", () => {
    const problem = expectRefusal(() => assertQuota(quota(1, 4), ["level"]), "QUOTA_EXCEEDED");
    expect(problem.message).toContain("at most 0");
  });

  it("accepts 1 excellent of 5 good", () => {
    expect(() => assertQuota(quota(1, 5), ["level"])).not.toThrow();
  });

  it("never refuses when the quota does not apply", () => {
    expect(() => assertQuota(quota(3, 10, false), ["level"])).not.toThrow();
    expect(() => assertQuota(quota(50, 0, false), ["level"])).not.toThrow();
  });

  it("accepts 0 excellent of 0 good", () => {
    expect(() => assertQuota(quota(0, 0), ["level"])).not.toThrow();
  });
});

describe("assertOrganizationConditions", () => {
  /** A cell with nothing against it and task figures that meet every level. */
  function facts(overrides: Partial<OrganizationFacts> = {}): OrganizationFacts {
    return {
      isCell: true,
      disciplined: false,
      remedied: false,
      membersRated: 10,
      membersNotCompleted: 0,
      subordinatesRated: 0,
      subordinatesWeak: 0,
      tasksOnTimePercent: 100,
      tasksExceedingPercent: 30,
      tasksLatePercent: 0,
      ...overrides,
    };
  }

  function check(scheme: Scheme, code: string, organization: OrganizationFacts) {
    return () =>
      assertOrganizationConditions(scheme, level(scheme, "ORGANIZATION", code), organization, ["level"]);
  }

  describe("ORGANIZATION_DISCIPLINE", () => {
    const disciplined = facts({ disciplined: true });

    it.each(["EXCELLENT", "GOOD"])("refuses %s in 2023 when disciplined and not remedied", (code) => {
      const problem = expectRefusal(check(SCHEME_2023, code, disciplined), "ORGANIZATION_DISCIPLINE");
      expect(problem.field).toEqual(["level"]);
    });

    it("refuses good in 2025 when disciplined and not remedied", () => {
      expectRefusal(check(SCHEME_2025, "GOOD", disciplined), "ORGANIZATION_DISCIPLINE");
    });

    it("accepts completed when disciplined (rank 3)", () => {
      expect(check(SCHEME_2023, "COMPLETED", disciplined)).not.toThrow();
    });

    it("accepts excellent when the organization remedied it itself", () => {
      expect(check(SCHEME_2023, "EXCELLENT", facts({ disciplined: true, remedied: true }))).not.toThrow();
    });

    it("is not checked in schemes without the condition", () => {
      expect(check(SCHEME_2018, "EXCELLENT", disciplined)).not.toThrow();
      expect(check(SCHEME_2014, "CLEAN_STRONG", disciplined)).not.toThrow();
    });
  });

  describe("MAJORITY_NOT_COMPLETED", () => {
    it("refuses a cell with more than half of its rated members not completed", () => {
      const problem = expectRefusal(
        check(SCHEME_2014, "COMPLETED", facts({ membersRated: 9, membersNotCompleted: 5 })),
        "MAJORITY_NOT_COMPLETED",
      );
      expect(problem.message).toContain("5 of 9 members");
      expect(problem.message).toContain("Yếu kém");
    });

    it("accepts a cell with exactly half of its rated members not completed", () => {
      expect(
        check(SCHEME_2014, "CLEAN_STRONG", facts({ membersRated: 10, membersNotCompleted: 5 })),
      ).not.toThrow();
    });

    it("refuses a committee with more than a third of its rated subordinates weak", () => {
      const problem = expectRefusal(
        check(SCHEME_2014, "GOOD", facts({ isCell: false, subordinatesRated: 10, subordinatesWeak: 4 })),
        "MAJORITY_NOT_COMPLETED",
      );
      expect(problem.message).toContain("4 of 10 subordinate organizations");
    });

    it("accepts a committee with exactly a third of its rated subordinates weak", () => {
      expect(
        check(SCHEME_2014, "GOOD", facts({ isCell: false, subordinatesRated: 9, subordinatesWeak: 3 })),
      ).not.toThrow();
    });

    it("does not count a committee's members, nor a cell's subordinates", () => {
      expect(
        check(SCHEME_2014, "GOOD", facts({ isCell: false, membersRated: 4, membersNotCompleted: 4 })),
      ).not.toThrow();
      expect(check(SCHEME_2014, "GOOD", facts({ subordinatesRated: 3, subordinatesWeak: 3 }))).not.toThrow();
    });

    it("never refuses the worst level", () => {
      expect(check(SCHEME_2014, "WEAK", facts({ membersRated: 4, membersNotCompleted: 4 }))).not.toThrow();
      expect(
        check(SCHEME_2014, "WEAK", facts({ isCell: false, subordinatesRated: 3, subordinatesWeak: 3 })),
      ).not.toThrow();
    });

    it("is not checked in schemes without the condition", () => {
      expect(check(SCHEME_2018, "GOOD", facts({ membersRated: 4, membersNotCompleted: 4 }))).not.toThrow();
    });
  });

  describe("TASK_FIGURES", () => {
    it.each([
      ["tasksOnTimePercent", "EXCELLENT"],
      ["tasksExceedingPercent", "GOOD"],
      ["tasksLatePercent", "COMPLETED"],
    ] as const)("requires the three shares (%s missing, %s)", (share, code) => {
      const problem = expectRefusal(
        check(SCHEME_2025, code, facts({ [share]: null })),
        "TASK_FIGURES_REQUIRED",
      );
      expect(problem.message).toContain("Quy định 366-QĐ/TW");
    });

    it("does not require the shares for the worst level", () => {
      expect(
        check(
          SCHEME_2025,
          "NOT_COMPLETED",
          facts({ tasksOnTimePercent: null, tasksExceedingPercent: null, tasksLatePercent: null }),
        ),
      ).not.toThrow();
    });

    it("refuses excellent with 29% exceeding requirements", () => {
      const problem = expectRefusal(
        check(SCHEME_2025, "EXCELLENT", facts({ tasksExceedingPercent: 29 })),
        "TASK_CONDITIONS_NOT_MET",
      );
      expect(problem.message).toContain("at least 30% exceeding");
      expect(problem.message).toContain("exceeding 29%");
    });

    it("refuses excellent with 99% on time", () => {
      expectRefusal(
        check(SCHEME_2025, "EXCELLENT", facts({ tasksOnTimePercent: 99 })),
        "TASK_CONDITIONS_NOT_MET",
      );
    });

    it("refuses good with 99% on time", () => {
      const problem = expectRefusal(
        check(SCHEME_2025, "GOOD", facts({ tasksOnTimePercent: 99, tasksExceedingPercent: 0 })),
        "TASK_CONDITIONS_NOT_MET",
      );
      expect(problem.message).toContain("good needs 100% of tasks on time");
      expect(problem.message).toContain("on time 99%");
    });

    it("refuses completed with 21% late", () => {
      const problem = expectRefusal(
        check(
          SCHEME_2025,
          "COMPLETED",
          facts({ tasksOnTimePercent: 79, tasksExceedingPercent: 0, tasksLatePercent: 21 }),
        ),
        "TASK_CONDITIONS_NOT_MET",
      );
      expect(problem.message).toContain("at most 20% late");
      expect(problem.message).toContain("late 21%");
    });

    it("accepts excellent at exactly 100% on time and 30% exceeding", () => {
      expect(
        check(
          SCHEME_2025,
          "EXCELLENT",
          facts({ tasksOnTimePercent: 100, tasksExceedingPercent: 30, tasksLatePercent: 0 }),
        ),
      ).not.toThrow();
    });

    it("accepts good at exactly 100% on time, with nothing exceeding", () => {
      expect(
        check(
          SCHEME_2025,
          "GOOD",
          facts({ tasksOnTimePercent: 100, tasksExceedingPercent: 0, tasksLatePercent: 0 }),
        ),
      ).not.toThrow();
    });

    it("refuses completed when tasks are left undone, even with few late", () => {
      expectRefusal(
        check(
          SCHEME_2025,
          "COMPLETED",
          facts({ tasksOnTimePercent: 50, tasksExceedingPercent: 0, tasksLatePercent: 10 }),
        ),
        "TASK_CONDITIONS_NOT_MET",
      );
    });

    it("accepts completed with exactly 20% late", () => {
      expect(
        check(
          SCHEME_2025,
          "COMPLETED",
          facts({ tasksOnTimePercent: 80, tasksExceedingPercent: 0, tasksLatePercent: 20 }),
        ),
      ).not.toThrow();
    });

    it("is not checked before 2025", () => {
      expect(
        check(
          SCHEME_2023,
          "EXCELLENT",
          facts({ tasksOnTimePercent: null, tasksExceedingPercent: null, tasksLatePercent: null }),
        ),
      ).not.toThrow();
    });
  });
});

describe("assertStageAllowed", () => {
  const decided = true;

  it.each(["SELF", "PROPOSAL", "DECISION"] as const)("allows %s before a decision", (stage) => {
    expect(() => assertStageAllowed(false, stage, null, ["stage"])).not.toThrow();
  });

  it.each(["SELF", "PROPOSAL"] as const)("locks a decided rating against %s", (stage) => {
    const problem = expectRefusal(
      () => assertStageAllowed(decided, stage, "a reason", ["stage"]),
      "RATING_LOCKED",
    );
    expect(problem.field).toEqual(["stage"]);
  });

  it.each([null, ""])("requires a reason for a new decision (reason %j)", (reason) => {
    const problem = expectRefusal(
      () => assertStageAllowed(decided, "DECISION", reason, ["stage"]),
      "REASON_REQUIRED",
    );
    expect(problem.field).toEqual(["reason"]);
  });

  it("allows a new decision with its reason", () => {
    expect(() =>
      assertStageAllowed(decided, "DECISION", "Phát hiện vi phạm sau khi công nhận", ["stage"]),
    ).not.toThrow();
  });
});

describe("countRatings", () => {
  const excellent = SCHEME_2023.levels.MEMBER[0]?.code as string;
  const good = SCHEME_2023.levels.MEMBER[1]?.code as string;
  const lowest = SCHEME_2023.levels.MEMBER.at(-1)?.code as string;
  const row = (level: string, ratings: number, proposed: string | null = null) => ({
    subject: "MEMBER" as const,
    stage: "DECISION",
    level_code: level,
    proposed_level: proposed,
    decided_level: level,
    ratings,
  });

  it("adds rows of the same level, from any number of subtrees or databases", () => {
    const province = [row(excellent, 2, excellent), row(good, 5)];
    const bloc = [row(good, 3), row(lowest, 1)];
    const counts = countRatings([...province, ...bloc], SCHEME_2023, "MEMBER");
    expect(counts.rated).toBe(11);
    const labelOf = (code: string) => SCHEME_2023.levels.MEMBER.find((level) => level.code === code)?.label;
    expect(counts.byLevel).toEqual([
      { code: excellent, label: labelOf(excellent), count: 2 },
      { code: good, label: labelOf(good), count: 8 },
      { code: lowest, label: labelOf(lowest), count: 1 },
    ]);
    expect(counts.byStage).toEqual([{ code: "DECISION", label: "Quyết định công nhận", count: 11 }]);
    expect(counts.goodOrBetter).toBe(10);
    expect(counts.shareGoodOrBetter).toBeCloseTo(10 / 11);
    expect(counts.proposedExcellent).toBe(2);
    expect(counts.decidedExcellent).toBe(2);
  });

  it("counts nothing of the other subject, and has no share without ratings", () => {
    const counts = countRatings([row(good, 4)], SCHEME_2023, "ORGANIZATION");
    expect(counts).toMatchObject({ rated: 0, goodOrBetter: 0, shareGoodOrBetter: null, byLevel: [] });
  });
});

describe("counting levels", () => {
  it("counts excellent, good and the scheme's lowest level, whatever it is called", () => {
    expect(
      levelCounts(SCHEME_2014, "ORGANIZATION", ["CLEAN_STRONG", "GOOD", "WEAK", "WEAK", "COMPLETED"]),
    ).toEqual({
      excellent: 1,
      good: 1,
      lowest: 2,
    });
    expect(levelCounts(SCHEME_2025, "MEMBER", ["NOT_COMPLETED", "EXCELLENT", "UNKNOWN"])).toEqual({
      excellent: 1,
      good: 0,
      lowest: 1,
    });
  });

  it("replaces a rating's current level by its new one, and adds a new rating's", () => {
    const rows = [
      { person: "a", level_code: "GOOD" },
      { person: "b", level_code: "EXCELLENT" },
    ];
    const changes = new Map([
      ["b", "GOOD"],
      ["c", "EXCELLENT"],
    ]);
    expect(levelsAfter(rows, changes, (row) => row.person).sort()).toEqual(["EXCELLENT", "GOOD", "GOOD"]);
  });
});

describe("rated years", () => {
  it("takes the years from 2014", () => {
    expect(validYear(2014)).toBe(2014);
    expect(validYear(2026)).toBe(2026);
  });

  it("refuses a year before 2014, past 2100 or not whole", () => {
    for (const year of [2013, 2101, 2024.5]) {
      expect(expectRefusal(() => validYear(year), "INVALID_YEAR").field).toEqual(["year"]);
    }
  });
});

describe("assertSettingOpen", () => {
  it("lets a committee choose what the scheme leaves open", () => {
    expect(() => assertSettingOpen(SCHEME_2014, "MEMBER_QUOTA_APPLIES")).not.toThrow();
  });

  it("refuses a choice the scheme fixes, saying how", () => {
    const fixed = expectRefusal(
      () => assertSettingOpen(SCHEME_2014, "ORGANIZATION_QUOTA_APPLIES"),
      "SETTING_NOT_OPEN",
    );
    expect(fixed.message).toContain("does not apply");
    expectRefusal(() => assertSettingOpen(SCHEME_2018, "MEMBER_QUOTA_APPLIES"), "SETTING_NOT_OPEN");
  });
});

describe("assertTaskShares", () => {
  it("takes percentages, and refuses a share below 0 or above 100", () => {
    expect(() => assertTaskShares([0, 100, null])).not.toThrow();
    expectRefusal(() => assertTaskShares([101, null, null]), "INVALID_PERCENT");
    expectRefusal(() => assertTaskShares([null, null, -1]), "INVALID_PERCENT");
  });
});

describe("ratedYear", () => {
  it("rates a year that has begun, the current one included", () => {
    expect(ratedYear(2026, "2026-01-01")).toBe(2026);
    expect(ratedYear(2017, "2026-12-04")).toBe(2017);
  });

  it("refuses a year that has not begun, and a year Chibo does not rate", () => {
    expect(expectRefusal(() => ratedYear(2027, "2026-12-31"), "YEAR_NOT_BEGUN").field).toEqual(["year"]);
    expectRefusal(() => ratedYear(2013, "2026-12-04"), "INVALID_YEAR");
  });
});

describe("decisionReason", () => {
  it("takes a decision with its document, and other stages as they are", () => {
    expect(decisionReason("DECISION", "doc", null, null)).toBeNull();
    expect(decisionReason("PROPOSAL", null, null, "lý do")).toBe("lý do");
  });

  it("keeps why a decision has no document yet, beside the reason for a change", () => {
    expect(decisionReason("DECISION", null, " Chờ ký ", "Phát hiện vi phạm")).toBe(
      "Phát hiện vi phạm; Chưa có văn bản quyết định: Chờ ký",
    );
  });

  it("refuses a decision with neither its document nor why", () => {
    expect(
      expectRefusal(() => decisionReason("DECISION", null, "  ", null), "DECISION_DOCUMENT_REQUIRED").field,
    ).toEqual(["decisionDocumentId"]);
  });
});
