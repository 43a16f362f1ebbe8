import { describe, expect, it } from "vitest";
import { assertCandidate, assertIntroducers, assertStepDone, missingSteps } from "../../src/domain/candidacy";
import { expectRefusal } from "./refusal-helpers";

describe("missingSteps", () => {
  it("lists every step for a candidate with nothing recorded, and none once all are", () => {
    expect(missingSteps(null)).toEqual([
      "AWARENESS_COURSE",
      "APPLICATION",
      "BACKGROUND_CHECK",
      "INTRODUCERS",
      "ADMISSION_DECISION",
    ]);
    expect(
      missingSteps({
        awarenessCourseOn: "2026-03-01",
        applicationOn: "2026-04-01",
        backgroundCheckedOn: "2026-06-01",
        introducers: 1,
        admissionDecision: false,
      }),
    ).toEqual(["INTRODUCERS", "ADMISSION_DECISION"]);
    expect(
      missingSteps({
        awarenessCourseOn: "2026-03-01",
        applicationOn: "2026-04-01",
        backgroundCheckedOn: "2026-06-01",
        introducers: 2,
        admissionDecision: true,
      }),
    ).toEqual([]);
  });
});

describe("candidacy rules", () => {
  const official = (id: string) => ({ id, fullName: `Đảng viên ${id}`, partyStatus: "OFFICIAL" as const });

  it("takes two different official members as introducers, never the candidate or a probationary member", () => {
    expect(() => assertIntroducers("c", [official("a"), official("b")])).not.toThrow();
    expectRefusal(() => assertIntroducers("c", [official("a"), official("a")]), "INVALID_INTRODUCERS");
    expectRefusal(
      () => assertIntroducers("c", [official("a"), official("b"), official("d")]),
      "INVALID_INTRODUCERS",
    );
    expectRefusal(() => assertIntroducers("c", [official("c")]), "INVALID_INTRODUCERS");
    const probationary = expectRefusal(
      () => assertIntroducers("c", [{ id: "p", fullName: "Dự Bị", partyStatus: "PROBATIONARY" }]),
      "INVALID_INTRODUCERS",
    );
    expect(probationary.message).toBe("Dự Bị is not an official member and cannot introduce a candidate.");
  });

  it("records a step once done, for a candidate only", () => {
    expect(() => assertStepDone("2026-12-04", "2026-12-04", "applicationOn")).not.toThrow();
    expect(
      expectRefusal(() => assertStepDone("2026-12-05", "2026-12-04", "applicationOn"), "DATE_IN_FUTURE")
        .field,
    ).toEqual(["applicationOn"]);
    expect(() => assertCandidate("CANDIDATE")).not.toThrow();
    expectRefusal(() => assertCandidate("OFFICIAL"), "NOT_A_CANDIDATE");
  });
});
