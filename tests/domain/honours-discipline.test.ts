import { describe, expect, it } from "vitest";
import {
  assertDecided,
  assertDisciplinable,
  disciplinedForRating,
  validAuthority,
} from "../../src/domain/honours-discipline";
import { expectRefusal } from "./refusal-helpers";

const MEMBER_SINCE_2015 = [{ from: "2015-03-01", until: null }];

describe("honours and Party discipline", () => {
  it("records a decision already taken, not one of a day to come", () => {
    expect(() => assertDecided("2024-05-06", "2024-05-06")).not.toThrow();
    expectRefusal(() => assertDecided("2024-05-07", "2024-05-06"), "DATE_IN_FUTURE");
  });

  it("needs the authority that decided it", () => {
    expect(validAuthority("  Ban Thường vụ   Huyện ủy ")).toBe("Ban Thường vụ Huyện ủy");
    expectRefusal(() => validAuthority("   "), "AUTHORITY_REQUIRED");
  });

  it("disciplines a party member of the day, in a form their standing allows (Statute, article 35)", () => {
    expect(() => assertDisciplinable("EXPULSION", "2020-01-10", MEMBER_SINCE_2015, "OFFICIAL")).not.toThrow();
    expect(() =>
      assertDisciplinable("WARNING", "2015-06-01", MEMBER_SINCE_2015, "PROBATIONARY"),
    ).not.toThrow();
    expectRefusal(
      () => assertDisciplinable("DISMISSAL", "2015-06-01", MEMBER_SINCE_2015, "PROBATIONARY"),
      "DISCIPLINE_FORM_NOT_ALLOWED",
    );
    expectRefusal(
      () => assertDisciplinable("REPRIMAND", "2014-12-31", MEMBER_SINCE_2015, "PROBATIONARY"),
      "NOT_A_MEMBER",
    );
    // Out of the Party between two memberships.
    const interrupted = [
      { from: "2000-01-01", until: "2005-01-01" },
      { from: "2010-01-01", until: null },
    ];
    expectRefusal(
      () => assertDisciplinable("WARNING", "2007-01-01", interrupted, "OFFICIAL"),
      "NOT_A_MEMBER",
    );
  });

  it("counts a discipline decided in the year in that year's rating, and refuses a rating that denies it", () => {
    expect(disciplinedForRating(undefined, false, ["2023-04-01"], 2024, ["disciplined"])).toBe(false);
    expect(disciplinedForRating(undefined, false, ["2023-04-01", "2024-04-01"], 2024, ["disciplined"])).toBe(
      true,
    );
    expect(disciplinedForRating(undefined, true, [], 2024, ["disciplined"])).toBe(true);
    expect(disciplinedForRating(true, false, [], 2024, ["disciplined"])).toBe(true);
    const refused = expectRefusal(
      () => disciplinedForRating(false, false, ["2024-04-01"], 2024, ["entries", "0", "disciplined"]),
      "DISCIPLINE_RECORDED",
    );
    expect(refused.field).toEqual(["entries", "0", "disciplined"]);
    expect(refused.message).toContain("2024-04-01");
  });
});
