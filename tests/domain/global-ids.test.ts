import { describe, expect, it } from "vitest";
import { decodeGlobalId, encodeGlobalId } from "../../src/domain/global-ids";

describe("global IDs", () => {
  it("round-trip with and without a tenant, and keep the default tenant's IDs plain base64", () => {
    expect(encodeGlobalId("Cell", "demo-pac-cell", null)).toBe(btoa("Cell:demo-pac-cell"));
    expect(decodeGlobalId(encodeGlobalId("Cell", "a:b", null))).toEqual({
      tenant: null,
      typename: "Cell",
      id: "a:b",
    });
    expect(decodeGlobalId(encodeGlobalId("Person", "x", "hcm"))).toEqual({
      tenant: "hcm",
      typename: "Person",
      id: "x",
    });
  });

  it("read the URL-safe alphabet too", () => {
    const id = encodeGlobalId("Document", "??>>", null);
    expect(decodeGlobalId(id.replace(/\+/g, "-").replace(/\//g, "_"))).toMatchObject({ id: "??>>" });
  });

  it.each([
    ["empty", ""],
    ["not base64", "%%%"],
    ["no type", btoa(":x")],
    ["a lower-case type", btoa("cell:x")],
    ["no id", btoa("Cell:")],
    ["a malformed tenant", btoa("HCM/Cell:x")],
    ["invalid UTF-8", btoa("\xff\xfe")],
  ])("refuse %s", (_label, value) => {
    expect(decodeGlobalId(value)).toBeNull();
  });
});
