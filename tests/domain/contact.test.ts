import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizeIdentityNumber, normalizePhone } from "../../src/domain/contact";
import { expectRefusal } from "./refusal-helpers";

describe("normalizePhone", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    ["+84 912.345.678", "+84912345678"],
    ["0084912345678", "+84912345678"],
    ["(024) 3825 1234", "+842438251234"],
  ])("stores %s as %s", (typed, stored) => {
    expect(normalizePhone(typed)).toBe(stored);
  });

  it.each(["", "12345", "0912 345 67", "+1 202 555 0100", "00912345678", "0912-345-678x", "09123456789012"])(
    "refuses %j",
    (typed) => {
      expectRefusal(() => normalizePhone(typed), "INVALID_PHONE");
    },
  );
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Bi.Thu@ChiBo.VN ")).toBe("bi.thu@chibo.vn");
  });

  it.each(["", "no-at.vn", "two@@chibo.vn", "space in@chibo.vn", "x@localhost", `${"a".repeat(250)}@b.vn`])(
    "refuses %j",
    (typed) => {
      expectRefusal(() => normalizeEmail(typed), "INVALID_EMAIL");
    },
  );
});

describe("normalizeIdentityNumber", () => {
  it.each([
    ["001 079 012345", "001079012345"],
    ["096 185 000001", "096185000001"],
    ["123456789", "123456789"],
  ])("stores %s as %s", (typed, stored) => {
    expect(normalizeIdentityNumber(typed)).toBe(stored);
  });

  it.each(["", "000079012345", "097079012345", "00107901234", "0010790123456", "00107901234a", "12345678"])(
    "refuses %j",
    (typed) => {
      expectRefusal(() => normalizeIdentityNumber(typed), "INVALID_IDENTITY_NUMBER");
    },
  );
});
