import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  maxTokenLifetime,
  tokenTimeProblem,
} from "../../src/domain/tokens";

const NOW = 1_800_000_000;
const DAY = 86_400;

describe("token times", () => {
  it("accepts a token issued now for a day, or a little ahead of the Worker's clock", () => {
    expect(tokenTimeProblem({ iat: NOW, exp: NOW + DAY }, NOW, DAY)).toBeNull();
    expect(tokenTimeProblem({ iat: NOW + 30, exp: NOW + 30 + 3600 }, NOW, DAY)).toBeNull();
    expect(tokenTimeProblem({ exp: NOW + 3600 }, NOW, DAY)).toBeNull();
  });

  it.each([
    ["issued a year ahead", { iat: NOW + 365 * DAY, exp: NOW + 365 * DAY + 3600 }, DAY],
    ["issued two minutes ahead", { iat: NOW + 120, exp: NOW + 3600 }, DAY],
    ["valid for ten years", { iat: NOW, exp: NOW + 3650 * DAY }, DAY],
    ["valid for two days", { iat: NOW, exp: NOW + 2 * DAY }, DAY],
    ["without iat, expiring in two days", { exp: NOW + 2 * DAY }, DAY],
    ["backdated iat does not lengthen the allowance", { iat: NOW - DAY, exp: NOW + DAY + 3600 }, DAY],
  ])("refuses a token %s", (_name, times, max) => {
    expect(tokenTimeProblem(times, NOW, max)?.vi).toEqual(expect.any(String));
  });

  it("leaves the lifetime to the issuer when none is set, but never a future iat", () => {
    expect(tokenTimeProblem({ iat: NOW, exp: NOW + 30 * DAY }, NOW, null)).toBeNull();
    expect(tokenTimeProblem({ iat: NOW + DAY, exp: NOW + 2 * DAY }, NOW, null)?.en).toBe(
      "The token says it was issued in the future.",
    );
  });

  it.each([undefined, "", "0", "-5", "1.5", "abc"])("falls back to 24 h for the setting %j", (setting) => {
    expect(maxTokenLifetime(setting)).toBe(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  });

  it("reads a configured lifetime", () => {
    expect(maxTokenLifetime("3600")).toBe(3600);
  });
});
