import { describe, expect, it } from "vitest";
import {
  assertExpiryAhead,
  assertGrantPlacement,
  assertNotRevoked,
  assertSamePerson,
  normalizePrincipal,
  principalPerson,
  refuseDuplicateGrant,
  validPrincipal,
} from "../../src/domain/grants";
import { expectRefusal } from "./refusal-helpers";

describe("principals", () => {
  it("compares e-mails without case, and other subjects exactly", () => {
    expect(normalizePrincipal("  Bi.Thu@ChiBo.VN ")).toBe("bi.thu@chibo.vn");
    expect(normalizePrincipal("auth0|AbC")).toBe("auth0|AbC");
    expect(validPrincipal("Bi.Thu@ChiBo.VN")).toBe("bi.thu@chibo.vn");
  });

  it.each(["", "   ", "two words", "tab\there", "zero\u200bwidth", `${"a".repeat(321)}`])(
    "refuses %j",
    (value) => {
      expectRefusal(() => validPrincipal(value), "INVALID_PRINCIPAL");
    },
  );
});

describe("assertGrantPlacement", () => {
  it("takes ADMIN without an organization and every other role with one", () => {
    expect(() => assertGrantPlacement("ADMIN", null)).not.toThrow();
    expect(() => assertGrantPlacement("SECRETARY", "cell")).not.toThrow();
  });

  it("refuses ADMIN on an organization and a role without one", () => {
    expectRefusal(() => assertGrantPlacement("ADMIN", "cell"), "INVALID_GRANT");
    expectRefusal(() => assertGrantPlacement("MEMBER", null), "INVALID_GRANT");
  });
});

describe("assertSamePerson", () => {
  it("takes a first grant, and one naming the same person (or none, like the others)", () => {
    expect(() => assertSamePerson(undefined, "p1")).not.toThrow();
    expect(() => assertSamePerson("p1", "p1")).not.toThrow();
    expect(() => assertSamePerson(null, null)).not.toThrow();
  });

  it("refuses a grant naming another person than the principal's other grants", () => {
    expectRefusal(() => assertSamePerson("p1", "p2"), "PRINCIPAL_PERSON_MISMATCH");
    expectRefusal(() => assertSamePerson(null, "p2"), "PRINCIPAL_PERSON_MISMATCH");
    expectRefusal(() => assertSamePerson("p1", null), "PRINCIPAL_PERSON_MISMATCH");
  });
});

describe("a principal's own acts and grants", () => {
  const NO_PERSON = { vi: "Token không gắn với người nào.", en: "No person." };

  it("needs a token that names a person for what a member does for themselves", () => {
    expect(principalPerson("person", NO_PERSON, ["meetingId"])).toBe("person");
    expect(expectRefusal(() => principalPerson(null, NO_PERSON, ["meetingId"]), "NO_PERSON").field).toEqual([
      "meetingId",
    ]);
  });

  it("revokes a grant once", () => {
    expect(() => assertNotRevoked(null)).not.toThrow();
    expectRefusal(() => assertNotRevoked("2026-01-01T00:00:00Z"), "ALREADY_REVOKED");
  });

  it("answers a second grant of the same role as a duplicate", () => {
    expectRefusal(() => refuseDuplicateGrant(), "DUPLICATE_GRANT");
  });
});

describe("a grant's end", () => {
  it("is a day still to come, or none", () => {
    expect(() => assertExpiryAhead("2026-12-05", "2026-12-04")).not.toThrow();
    expect(() => assertExpiryAhead(null, "2026-12-04")).not.toThrow();
    expect(
      expectRefusal(() => assertExpiryAhead("2026-12-04", "2026-12-04"), "EXPIRY_NOT_AHEAD").field,
    ).toEqual(["expiresOn"]);
  });
});
