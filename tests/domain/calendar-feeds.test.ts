import { describe, expect, it } from "vitest";
import {
  assertRotatable,
  DEFAULT_FEED_LIFETIME_DAYS,
  feedExpiry,
  feedLifetimeDays,
  feedServes,
} from "../../src/domain/calendar-feeds";
import { expectRefusal } from "./refusal-helpers";

const NOW = new Date("2026-12-04T00:00:00Z");
const LIVE = { revokedAt: null, expiresAt: "2027-12-04T00:00:00.000Z" };

describe("calendar feeds", () => {
  it("serve while the owner's grant reaches the cell's line", () => {
    expect(feedServes(LIVE, "/p/g/c/", [{ role: "MEMBER", path: "/p/g/c/" }], NOW)).toBe(true);
    expect(feedServes(LIVE, "/p/g/c/", [{ role: "COMMITTEE", path: "/p/" }], NOW)).toBe(true);
    expect(feedServes(LIVE, "/p/g/c/", [{ role: "ADMIN", path: null }], NOW)).toBe(true);
  });

  it.each([
    [
      "revoked",
      { ...LIVE, revokedAt: "2026-12-01T00:00:00Z" },
      [{ role: "MEMBER", path: "/p/g/c/" }],
      "/p/g/c/",
    ],
    [
      "expired",
      { ...LIVE, expiresAt: "2026-12-03T23:59:59.000Z" },
      [{ role: "MEMBER", path: "/p/g/c/" }],
      "/p/g/c/",
    ],
    [
      "made before expiries were kept",
      { ...LIVE, expiresAt: null },
      [{ role: "MEMBER", path: "/p/g/c/" }],
      "/p/g/c/",
    ],
    ["of an owner without grants", LIVE, [], "/p/g/c/"],
    ["of an owner now in another branch", LIVE, [{ role: "MEMBER", path: "/p/o/x/" }], "/p/g/c/"],
    ["of a cell that is gone", LIVE, [{ role: "MEMBER", path: "/p/g/c/" }], null],
    ["of a non-admin grant without an organization", LIVE, [{ role: "MEMBER", path: null }], "/p/g/c/"],
  ])("stop when %s", (_name, feed, grants, cellPath) => {
    expect(feedServes(feed, cellPath, grants, NOW)).toBe(false);
  });

  it("expire after the configured days, a year by default", () => {
    expect(feedLifetimeDays(undefined)).toBe(DEFAULT_FEED_LIFETIME_DAYS);
    expect(feedLifetimeDays("0")).toBe(DEFAULT_FEED_LIFETIME_DAYS);
    expect(feedLifetimeDays("30")).toBe(30);
    expect(feedExpiry(NOW, 30)).toBe("2027-01-03T00:00:00.000Z");
  });
});

describe("assertRotatable", () => {
  it("rotates a live feed and refuses a revoked one", () => {
    expect(() => assertRotatable(LIVE)).not.toThrow();
    expectRefusal(() => assertRotatable({ revokedAt: "2026-01-01T00:00:00Z" }), "FEED_REVOKED");
  });
});
