import { describe, expect, it } from "vitest";
import { assertExpectedVersion } from "../../src/domain/versions";
import { expectRefusal } from "./refusal-helpers";

describe("expected versions", () => {
  it("lets a write made from the current version through", () => {
    expect(() => assertExpectedVersion({ version: 3 }, 3)).not.toThrow();
  });

  it("lets a write that names no version through (it is guarded from its own read to its write)", () => {
    expect(() => assertExpectedVersion({ version: 3 }, null)).not.toThrow();
    expect(() => assertExpectedVersion({ version: 3 }, undefined)).not.toThrow();
  });

  it("refuses a write made from another version, on expectedVersion", () => {
    const older = expectRefusal(() => assertExpectedVersion({ version: 4 }, 3), "CONFLICT");
    expect(older.field).toEqual(["expectedVersion"]);
    // It says how to go on: the version to send after reviewing the change.
    expect(older.message).toContain("send again with expectedVersion: 4");
    expectRefusal(() => assertExpectedVersion({ version: 3 }, 4), "CONFLICT");
  });
});
