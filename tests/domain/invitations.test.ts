import { describe, expect, it } from "vitest";
import { answerReason, assertAnswerable, notAnswered } from "../../src/domain/invitations";
import { expectRefusal } from "./refusal-helpers";

describe("invitation rules", () => {
  it("takes answers while the meeting is scheduled and has not started", () => {
    const meeting = { status: "SCHEDULED", scheduledStart: "2026-12-10T07:00:00Z" };
    expect(() => assertAnswerable(meeting, "2026-12-10T06:59:59.000Z")).not.toThrow();
    expectRefusal(() => assertAnswerable(meeting, "2026-12-10T07:00:00.000Z"), "INVITATION_CLOSED");
    expectRefusal(
      () => assertAnswerable({ ...meeting, status: "CANCELLED" }, "2026-12-01T00:00:00Z"),
      "INVITATION_CLOSED",
    );
  });

  it("needs a reason to be excused, none to attend", () => {
    expect(answerReason("ATTENDING", "ignored")).toBeNull();
    expect(answerReason("EXCUSED", "  Đi công tác  ")).toBe("Đi công tác");
    expectRefusal(() => answerReason("EXCUSED", " "), "REASON_REQUIRED");
    expectRefusal(() => answerReason("EXCUSED", null), "REASON_REQUIRED");
  });

  it("lists who has not answered, in the order invited", () => {
    expect(notAnswered(["a", "b", "c"], new Set(["b"]))).toEqual(["a", "c"]);
  });
});
