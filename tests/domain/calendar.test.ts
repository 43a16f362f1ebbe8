import { describe, expect, it } from "vitest";
import { calendarEventOf, calendarFeedPath, hashFeedToken, newFeedToken } from "../../src/domain/calendar";
import { calendarMeeting } from "./calendar-fixtures";

describe("calendarEventOf", () => {
  it("puts a scheduled meeting at its scheduled times, with its kind and cell in the description", () => {
    expect(calendarEventOf(calendarMeeting({ kind: "THEMATIC" }), "Chi bộ 1")).toEqual({
      start: "2026-12-05T14:00:00+07:00",
      end: "2026-12-05T16:30:00+07:00",
      summary: "Sinh hoạt chi bộ tháng 12",
      description: "Sinh hoạt chuyên đề — Chi bộ 1",
      location: "Hội trường UBND phường",
      status: "CONFIRMED",
      sequence: 3,
      lastModified: "2026-11-20T08:15:00.000Z",
    });
  });

  it("puts a held meeting at its actual times", () => {
    const held = calendarMeeting({
      status: "HELD",
      actual_start: "2026-12-05T14:10:00+07:00",
      actual_end: "2026-12-05T17:05:00+07:00",
    });
    expect(calendarEventOf(held, "Chi bộ 1")).toMatchObject({
      start: "2026-12-05T14:10:00+07:00",
      end: "2026-12-05T17:05:00+07:00",
      status: "CONFIRMED",
    });
  });

  it.each([
    ["POSTPONED", "TENTATIVE"],
    ["CANCELLED", "CANCELLED"],
  ] as const)("shows a %s meeting as %s", (status, expected) => {
    expect(calendarEventOf(calendarMeeting({ status }), "Chi bộ 1").status).toBe(expected);
  });
});

describe("hashFeedToken", () => {
  it("is the SHA-256 of the token in lowercase hex", async () => {
    expect(await hashFeedToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("is 64 hex characters and stable", async () => {
    const token = newFeedToken();
    const first = await hashFeedToken(token);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashFeedToken(token)).toBe(first);
  });

  it("differs between tokens", async () => {
    expect(await hashFeedToken("token-a")).not.toBe(await hashFeedToken("token-b"));
  });
});

describe("newFeedToken", () => {
  it("is 43 base64url characters", () => {
    for (let i = 0; i < 20; i += 1) expect(newFeedToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("differs between calls", () => {
    const tokens = new Set(Array.from({ length: 20 }, () => newFeedToken()));
    expect(tokens.size).toBe(20);
  });
});

describe("calendarFeedPath", () => {
  it("puts the cell and the token in the path", () => {
    expect(calendarFeedPath("cell-1", "abc_DEF-123")).toBe("/cells/cell-1/meetings.ics?token=abc_DEF-123");
  });

  it("encodes the cell id", () => {
    expect(calendarFeedPath("chi bộ/1?x", "t")).toBe("/cells/chi%20b%E1%BB%99%2F1%3Fx/meetings.ics?token=t");
  });
});
