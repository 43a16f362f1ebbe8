import { describe, expect, it } from "vitest";
import {
  assertBadgeAwardable,
  type BadgeAward,
  badgesDue,
  earlyAllowanceMonths,
  interruptionsOf,
  occasionDay,
  type PartyHistory,
  partyAgeOn,
  partyAgeReachedOn,
} from "../../src/domain/badges";
import { expectRefusal } from "./refusal-helpers";

const steady: PartyHistory = {
  admittedOn: "1995-05-19",
  officialOn: "1996-05-19",
  memberships: [{ startedOn: "1995-05-19", endedOn: null }],
};

/** Removed in 2000, readmitted two years later: party age counts from the first admission, minus the two years. */
const readmitted: PartyHistory = {
  admittedOn: "1990-03-01",
  officialOn: "1991-03-01",
  memberships: [
    { startedOn: "1990-03-01", endedOn: "2000-01-01" },
    { startedOn: "2002-01-01", endedOn: null },
  ],
};

const award = (changes: Partial<BadgeAward>): BadgeAward => ({
  years: 30,
  awardOn: occasionDay("HO_CHI_MINH_BIRTHDAY", 2025),
  earlyReason: null,
  status: "OFFICIAL",
  history: steady,
  received: [],
  ...changes,
});

describe("party age", () => {
  it("counts from the admission decision once official, minus the time out between memberships", () => {
    expect(partyAgeOn(steady, "2025-05-18")).toBe(29);
    expect(partyAgeOn(steady, "2025-05-19")).toBe(30);
    expect(partyAgeOn({ ...steady, officialOn: null }, "2025-05-19")).toBeNull();
    expect(interruptionsOf(readmitted)).toEqual([{ from: "2000-01-01", until: "2002-01-01", days: 731 }]);
    expect(partyAgeOn(readmitted, "2020-03-01")).toBe(28);
    expect(partyAgeReachedOn(readmitted, 30)).toBe("2022-03-02");
    expect(partyAgeOn(readmitted, "2022-03-01")).toBe(29);
    expect(partyAgeOn(readmitted, "2022-03-02")).toBe(30);
  });

  it("lists the badges reached by an occasion and not yet received; an illness widens the day", () => {
    expect(badgesDue(steady, [], "2025-05-19")).toEqual([{ years: 30, reachedOn: "2025-05-19" }]);
    expect(badgesDue(steady, [30], "2025-05-19")).toEqual([]);
    expect(badgesDue(steady, [], "2024-09-02")).toEqual([]);
    expect(badgesDue(steady, [], "2024-09-02", "SERIOUS_ILLNESS")).toEqual([
      { years: 30, reachedOn: "2025-05-19" },
    ]);
  });
});

describe("awarding a badge", () => {
  it("awards a badge reached by its occasion", () => {
    expect(() => assertBadgeAwardable(award({}))).not.toThrow();
  });

  it("refuses a badge that does not exist, a second award, a non-member and a member not yet official", () => {
    expectRefusal(() => assertBadgeAwardable(award({ years: 35 })), "NOT_A_BADGE");
    expectRefusal(() => assertBadgeAwardable(award({ received: [30] })), "BADGE_ALREADY_AWARDED");
    expectRefusal(() => assertBadgeAwardable(award({ status: "EXPELLED" })), "NOT_A_MEMBER");
    expectRefusal(
      () => assertBadgeAwardable(award({ history: { ...steady, officialOn: null } })),
      "NO_PARTY_AGE",
    );
  });

  it("refuses a badge before it is due, and early only within 12 or 24 months for a reason", () => {
    const beforeDue = award({ awardOn: occasionDay("PARTY_FOUNDING", 2025) });
    expect(expectRefusal(() => assertBadgeAwardable(beforeDue), "BADGE_NOT_DUE").message).toContain(
      "2025-05-19",
    );
    expect(() => assertBadgeAwardable({ ...beforeDue, earlyReason: "SERIOUS_ILLNESS" })).not.toThrow();
    const tooEarly = award({ awardOn: occasionDay("PARTY_FOUNDING", 2024), earlyReason: "SERIOUS_ILLNESS" });
    expectRefusal(() => assertBadgeAwardable(tooEarly), "TOO_EARLY_FOR_BADGE");
    // The 70-year badge may come two years early for illness; a posthumous award one year early, for the deceased.
    expect(earlyAllowanceMonths(65, "SERIOUS_ILLNESS")).toBe(12);
    expect(earlyAllowanceMonths(70, "SERIOUS_ILLNESS")).toBe(24);
    expect(earlyAllowanceMonths(70, "POSTHUMOUS")).toBe(12);
    expectRefusal(() => assertBadgeAwardable({ ...beforeDue, earlyReason: "POSTHUMOUS" }), "NOT_DECEASED");
    // Died in 2023, two years short of 30: the age stops at death, and 12 months early from then is not enough.
    const died: PartyHistory = {
      ...steady,
      memberships: [{ startedOn: "1995-05-19", endedOn: "2023-05-19" }],
    };
    expect(partyAgeOn(died, "2026-12-04")).toBe(28);
    const posthumous = award({ history: died, status: "DECEASED", earlyReason: "POSTHUMOUS" });
    expect(expectRefusal(() => assertBadgeAwardable(posthumous), "TOO_EARLY_FOR_BADGE").message).toContain(
      "2025-05-19",
    );
    const diedLate: PartyHistory = {
      ...steady,
      memberships: [{ startedOn: "1995-05-19", endedOn: "2024-09-01" }],
    };
    expect(() => assertBadgeAwardable({ ...posthumous, history: diedLate })).not.toThrow();
    expectRefusal(
      () => assertBadgeAwardable({ ...posthumous, history: diedLate, earlyReason: null }),
      "BADGE_NOT_DUE",
    );
    expect(() =>
      assertBadgeAwardable({ ...beforeDue, earlyReason: "POSTHUMOUS", status: "DECEASED" }),
    ).not.toThrow();
  });
});
