import { describe, expect, it } from "vitest";
import {
  assertCardIssue,
  assertEthnicGroup,
  duplicateCards,
  ETHNIC_GROUPS,
  normalizeGeneralEducation,
  normalizePartyCardNumber,
} from "../../src/domain/member-file";
import { expectRefusal } from "./refusal-helpers";

describe("the member's file", () => {
  it("knows the 54 ethnic groups by their codes, and refuses another code", () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS.map(([code]) => code)).size).toBe(54);
    expect(ETHNIC_GROUPS[0]).toEqual(["01", "Kinh"]);
    expect(() => assertEthnicGroup("17")).not.toThrow();
    expectRefusal(() => assertEthnicGroup("55"), "UNKNOWN_ETHNIC_GROUP");
    expectRefusal(() => assertEthnicGroup("Kinh"), "UNKNOWN_ETHNIC_GROUP");
  });

  it("reads general education as grade/system and refuses a grade above its system", () => {
    expect(normalizeGeneralEducation(" 12 / 12 ")).toBe("12/12");
    expect(normalizeGeneralEducation("7/10")).toBe("7/10");
    expectRefusal(() => normalizeGeneralEducation("11/10"), "INVALID_GENERAL_EDUCATION");
    expectRefusal(() => normalizeGeneralEducation("lớp 12"), "INVALID_GENERAL_EDUCATION");
  });

  it("keeps a card number's digits, and refuses what is not one", () => {
    expect(normalizePartyCardNumber("52 001.234")).toBe("52001234");
    expectRefusal(() => normalizePartyCardNumber("12345"), "INVALID_PARTY_CARD_NUMBER");
    expectRefusal(() => normalizePartyCardNumber("AB123456"), "INVALID_PARTY_CARD_NUMBER");
  });

  it("issues a card to an official member, from recognition, not on a day to come", () => {
    expect(() => assertCardIssue("2020-02-03", "2020-01-01", "2026-12-04")).not.toThrow();
    expectRefusal(() => assertCardIssue("2019-12-31", "2020-01-01", "2026-12-04"), "CARD_BEFORE_RECOGNITION");
    expectRefusal(() => assertCardIssue("2020-02-03", null, "2026-12-04"), "CARD_BEFORE_RECOGNITION");
    expectRefusal(() => assertCardIssue("2026-12-05", "2020-01-01", "2026-12-04"), "DATE_IN_FUTURE");
  });
});

describe("a card number given twice", () => {
  it("refuses a number held within reach, and a number given earlier in the same list", () => {
    expect(duplicateCards(["111111", null, "222222", "111111", "333333"], new Set(["333333"]))).toEqual([
      3, 4,
    ]);
    expect(duplicateCards(["111111", "222222"], new Set())).toEqual([]);
  });
});
