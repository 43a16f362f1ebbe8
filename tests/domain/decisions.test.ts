import { describe, expect, it } from "vitest";
import { assertCorrectionChanges, assertNotVoided, correctionReason } from "../../src/domain/decisions";
import { expectRefusal } from "./refusal-helpers";

const recorded = {
  motion: "Nghị quyết tháng 6",
  votesFor: 2,
  votesAgainst: 1,
  votesAbstain: 0,
  votes: [
    { personId: "a", choice: "FOR" },
    { personId: "b", choice: "FOR" },
  ],
};

describe("corrections of decisions", () => {
  it("needs a reason, trimmed", () => {
    expect(correctionReason("  ghi nhầm  ")).toBe("ghi nhầm");
    expect(expectRefusal(() => correctionReason(" "), "REASON_REQUIRED").field).toEqual(["reason"]);
  });

  it("refuses to correct a voided decision, saying when it was voided", () => {
    expect(() => assertNotVoided({ position: 2, voidedAt: null })).not.toThrow();
    const problem = expectRefusal(
      () => assertNotVoided({ position: 2, voidedAt: "2024-06-10T03:00:00.000Z" }),
      "DECISION_VOIDED",
    );
    expect(problem.message).toContain("Decision 2 was voided on 2024-06-10");
  });

  it("refuses a correction that changes nothing, named votes in any order", () => {
    expectRefusal(
      () => assertCorrectionChanges(recorded, { ...recorded, votes: [...recorded.votes].reverse() }),
      "NOTHING_CHANGED",
    );
    expect(() => assertCorrectionChanges(recorded, { ...recorded, votesFor: 3 })).not.toThrow();
    expect(() =>
      assertCorrectionChanges(recorded, { ...recorded, motion: "Nghị quyết tháng 7" }),
    ).not.toThrow();
  });
});
