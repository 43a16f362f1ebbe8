import { describe, expect, it } from "vitest";
import { assertIssuerTermCovers, numberingIssuer } from "../../src/domain/issuer-terms";
import { expectRefusal } from "./refusal-helpers";

describe("numberingIssuer", () => {
  it("gives the Central Committee, the Politburo and the Secretariat one sequence, and a cell its own", () => {
    expect(numberingIssuer({ issuerCode: "TW" })).toBe("code:TW");
    expect(numberingIssuer({ cellId: "cell-1" })).toBe("cell-1");
    expect(numberingIssuer({ issuerCode: "BTCTW" })).not.toBe(numberingIssuer({ issuerCode: "TW" }));
  });
});

describe("assertIssuerTermCovers", () => {
  it("accepts a document issued during the term it names, the seed's 10-CT/TW of khóa X among them", () => {
    expect(() => assertIssuerTermCovers("TW", 10, "2007-03-30")).not.toThrow();
    expect(() => assertIssuerTermCovers("TW", 12, "2017-09-22")).not.toThrow();
    expect(() => assertIssuerTermCovers("TW", 12, "2021-02-01")).not.toThrow();
    expect(() => assertIssuerTermCovers("TW", 13, "2025-08-30")).not.toThrow();
  });

  it("refuses a document dated outside the term it names", () => {
    const problem = expectRefusal(
      () => assertIssuerTermCovers("TW", 10, "2017-03-30"),
      "ISSUER_TERM_MISMATCH",
    );
    expect(problem.message).toBe(
      "Term X of TW runs 2006-04-26 – 2011-01-19; a document of 2017-03-30 does not belong to it.",
    );
    expect(problem.field).toEqual(["issuerTerm"]);
    expectRefusal(() => assertIssuerTermCovers("TW", 13, "2021-02-01"), "ISSUER_TERM_MISMATCH");
  });

  it("refuses a later term dated before the last term it knows began", () => {
    const problem = expectRefusal(
      () => assertIssuerTermCovers("TW", 14, "2020-06-01"),
      "ISSUER_TERM_MISMATCH",
    );
    expect(problem.message).toContain("after 2021-02-02");
  });

  it("leaves alone what it cannot judge: no term, no date, or an issuer whose terms it does not know", () => {
    expect(() => assertIssuerTermCovers("TW", null, "2017-03-30")).not.toThrow();
    expect(() => assertIssuerTermCovers("TW", 10, null)).not.toThrow();
    expect(() => assertIssuerTermCovers("ĐUK", 6, "1990-01-01")).not.toThrow();
    expect(() => assertIssuerTermCovers(null, 6, "1990-01-01")).not.toThrow();
  });
});
