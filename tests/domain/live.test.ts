import { describe, expect, it } from "vitest";
import {
  channelsOf,
  LIVE_RETENTION_DAYS,
  MAX_RESUMED_EVENTS,
  missedEvents,
  resumePoint,
  retentionStart,
} from "../../src/domain/live";
import { expectRefusal } from "./refusal-helpers";

describe("live event rules", () => {
  it("listens to every organization on the viewer's line, once each", () => {
    expect(channelsOf(["/p/k/c/", "/p/k/d/", "/p/"])).toEqual(["p", "k", "c", "d"]);
    expect(channelsOf([])).toEqual([]);
  });

  it("resumes after the event an ID decodes to, from the start with none, and refuses one the server did not make", () => {
    expect(resumePoint("kEy3", 42)).toBe(42);
    expect(resumePoint(null, null)).toBeNull();
    expect(resumePoint("", null)).toBeNull();
    expectRefusal(() => resumePoint("abc", null), "INVALID_EVENT_ID");
  });

  it("tells a resuming subscriber it may have missed events when they were deleted or too many wait", () => {
    expect(missedEvents(10, 11, 3)).toBe(false);
    expect(missedEvents(10, 5, 3)).toBe(false);
    expect(missedEvents(10, null, 0)).toBe(false);
    expect(missedEvents(10, 12, 3)).toBe(true);
    expect(missedEvents(10, 11, MAX_RESUMED_EVENTS + 1)).toBe(true);
  });

  it("keeps events for the retention window", () => {
    const now = new Date("2026-12-08T00:00:00.000Z");
    expect(retentionStart(now)).toBe(
      new Date(now.getTime() - LIVE_RETENTION_DAYS * 86_400_000).toISOString(),
    );
  });
});
