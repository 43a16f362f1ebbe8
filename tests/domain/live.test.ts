import { describe, expect, it } from "vitest";
import { LIVE_RETENTION_DAYS, resumePoint, retentionStart } from "../../src/domain/live";
import { expectRefusal } from "./refusal-helpers";

describe("live event rules", () => {
  it("resumes after the event an ID decodes to, from the start with none, and refuses one the server did not make", () => {
    expect(resumePoint("kEy3", 42)).toBe(42);
    expect(resumePoint(null, null)).toBeNull();
    expect(resumePoint("", null)).toBeNull();
    expectRefusal(() => resumePoint("abc", null), "INVALID_EVENT_ID");
  });

  it("keeps events for the retention window", () => {
    const now = new Date("2026-12-08T00:00:00.000Z");
    expect(retentionStart(now)).toBe(
      new Date(now.getTime() - LIVE_RETENTION_DAYS * 86_400_000).toISOString(),
    );
  });
});
