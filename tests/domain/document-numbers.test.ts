import { describe, expect, it } from "vitest";
import {
  assertIssuerCodeFits,
  assertNumberFree,
  type DocumentNumber,
  documentNumberOrRefuse,
  formatDocumentNumber,
  issuerCodeOf,
  issuerTermOf,
  type NumberPart,
  parseDocumentNumber,
  parseTerm,
  toRoman,
  validIssuerCode,
} from "../../src/domain/document-numbers";
import { expectRefusal } from "./refusal-helpers";

function parsed(input: string): DocumentNumber {
  const result = parseDocumentNumber(input);
  if (!result.ok) throw new Error(`"${input}" was refused: ${result.problem.message.en}`);
  return result.number;
}

/** The part a number is refused for, with the English message the tests quote (the Vietnamese must differ). */
function refusedPart(input: string): { part: NumberPart; message: string } {
  const result = parseDocumentNumber(input);
  if (result.ok) throw new Error(`"${input}" was read as ${result.number.canonical}, but should be refused.`);
  expect(result.problem.message.vi).not.toBe(result.problem.message.en);
  return { part: result.problem.part, message: result.problem.message.en };
}

describe("parseDocumentNumber", () => {
  it("reads a canonical number into its parts", () => {
    expect(parsed("45-QĐ/ĐU")).toEqual({
      serial: 45,
      typeCode: "QĐ",
      issuerCode: "ĐU",
      canonical: "45-QĐ/ĐU",
    });
  });

  it.each([
    ["45-QĐ/ĐU", "45-QĐ/ĐU"],
    ["Số: 18-KL/TW", "18-KL/TW"],
    ["số 18-KL/TW", "18-KL/TW"],
    ["SỐ:18-KL/TW", "18-KL/TW"],
    ["02-nq/đuk", "02-NQ/ĐUK"],
    ["45 - QD / DU", "45-QĐ/ĐU"],
    ["45–QĐ/ĐU", "45-QĐ/ĐU"],
    ["  45-QĐ/ĐU  ", "45-QĐ/ĐU"],
    ["132-QĐ/TW", "132-QĐ/TW"],
    ["01-QĐi/TW", "01-QĐi/TW"],
    ["1-qdi/tw", "01-QĐi/TW"],
    ["16-HD/BTCTW", "16-HD/BTCTW"],
    ["5-TTr/ĐU", "05-TTr/ĐU"],
    ["3-đa/du", "03-ĐA/ĐU"],
    ["7-ctr/tu", "07-CTr/TU"],
    ["8-tt/hu", "08-TT/HU"],
  ])("reads %j as %s", (input, canonical) => {
    expect(parsed(input).canonical).toBe(canonical);
  });

  it("reads the parts of a number typed without diacritics, in lower case, after Số", () => {
    expect(parsed("Số: 2-nq/duk")).toEqual({
      serial: 2,
      typeCode: "NQ",
      issuerCode: "ĐUK",
      canonical: "02-NQ/ĐUK",
    });
    expect(parsed("1-qdi/tw")).toEqual({
      serial: 1,
      typeCode: "QĐi",
      issuerCode: "TW",
      canonical: "01-QĐi/TW",
    });
    expect(parsed("16-HD/BTCTW")).toEqual({
      serial: 16,
      typeCode: "HD",
      issuerCode: "BTCTW",
      canonical: "16-HD/BTCTW",
    });
  });

  it("tells QĐ (decision) from QĐi (regulation), TT from TTr and CT from CTr", () => {
    expect(parsed("4-qd/tw").typeCode).toBe("QĐ");
    expect(parsed("4-qdi/tw").typeCode).toBe("QĐi");
    expect(parsed("4-tt/tw").typeCode).toBe("TT");
    expect(parsed("4-ttr/tw").typeCode).toBe("TTr");
    expect(parsed("4-ct/tw").typeCode).toBe("CT");
    expect(parsed("4-ctr/tw").typeCode).toBe("CTr");
  });

  it("reads composed and decomposed input alike", () => {
    expect(parsed("45-QĐ/ĐUK".normalize("NFD")).canonical).toBe("45-QĐ/ĐUK");
    expect(parsed("Số: 18-KL/TW".normalize("NFD")).canonical).toBe("18-KL/TW");
  });

  it.each(["", "   ", "hello", "45 QĐ ĐU", "45-QĐ", "45/QĐ-ĐU", "QĐ/ĐU", "45-QĐ/Đ U"])(
    "refuses %j as not of the form",
    (input) => {
      expect(refusedPart(input).part).toBe("FORM");
    },
  );

  it.each(["abc-NQ/TW", "0-NQ/TW", "00-NQ/TW", "123456-NQ/TW", "-5-NQ/TW", "4.5-NQ/TW"])(
    "refuses %j for its serial",
    (input) => {
      const problem = refusedPart(input);
      expect(problem.part).toBe("SERIAL");
      expect(problem.message).toContain("99999");
    },
  );

  it("accepts the serials 1 and 99999 at the bounds", () => {
    expect(parsed("1-NQ/TW").serial).toBe(1);
    expect(parsed("99999-NQ/TW").canonical).toBe("99999-NQ/TW");
  });

  it("refuses an unknown type code with a message listing the known codes", () => {
    const problem = refusedPart("45-XY/ĐU");
    expect(problem.part).toBe("TYPE_CODE");
    expect(problem.message).toContain('"XY"');
    expect(problem.message).toContain("NQ");
    expect(problem.message).toContain("QĐi");
    expect(problem.message).toContain("TTr");
  });

  it.each(["45-QĐ/Đ1", "45-QĐ/ĐU!", "45-QĐ/ABCDEFGHIJKLM", "45-QĐ/BTC_TW"])(
    "refuses %j for its issuer code",
    (input) => {
      const problem = refusedPart(input);
      expect(problem.part).toBe("ISSUER_CODE");
      expect(problem.message).toContain("ĐU");
    },
  );

  it("refuses more than 60 characters as a matter of form, and reads 60", () => {
    const sixty = `45${" ".repeat(52)}-QĐ/ĐU`;
    expect(sixty).toHaveLength(60);
    expect(parsed(sixty).canonical).toBe("45-QĐ/ĐU");

    const sixtyOne = `45${" ".repeat(53)}-QĐ/ĐU`;
    expect(sixtyOne).toHaveLength(61);
    expect(refusedPart(sixtyOne).part).toBe("FORM");

    // Would be a SERIAL problem if the length were not checked first.
    const longSerial = `${"1".repeat(55)}-NQ/TW`;
    expect(longSerial.length).toBeGreaterThan(60);
    expect(refusedPart(longSerial).part).toBe("FORM");
  });
});

describe("formatDocumentNumber", () => {
  it("pads the serial to two digits", () => {
    expect(formatDocumentNumber(5, "NQ", "TW")).toBe("05-NQ/TW");
    expect(formatDocumentNumber(1, "QĐi", "TW")).toBe("01-QĐi/TW");
  });

  it("keeps serials of two digits or more as they are", () => {
    expect(formatDocumentNumber(45, "QĐ", "ĐU")).toBe("45-QĐ/ĐU");
    expect(formatDocumentNumber(132, "QĐ", "TW")).toBe("132-QĐ/TW");
  });
});

describe("documentNumberOrRefuse", () => {
  it("returns the number it reads", () => {
    expect(documentNumberOrRefuse("45 - qd / du", ["input", "number"])).toEqual({
      serial: 45,
      typeCode: "QĐ",
      issuerCode: "ĐU",
      canonical: "45-QĐ/ĐU",
    });
  });

  it("refuses what it cannot read with INVALID_DOCUMENT_NUMBER, the parser's message and the field", () => {
    const problem = expectRefusal(
      () => documentNumberOrRefuse("45-XY/ĐU", ["input", "number"]),
      "INVALID_DOCUMENT_NUMBER",
    );
    expect(problem.message).toContain("XY");
    expect(problem.message).toContain("QĐi");
    expect(problem.field).toEqual(["input", "number"]);

    expectRefusal(() => documentNumberOrRefuse("", ["number"]), "INVALID_DOCUMENT_NUMBER");
    expectRefusal(() => documentNumberOrRefuse("0-NQ/TW", ["number"]), "INVALID_DOCUMENT_NUMBER");
    expectRefusal(() => documentNumberOrRefuse("45-QĐ/Đ1", ["number"]), "INVALID_DOCUMENT_NUMBER");
  });
});

describe("validIssuerCode", () => {
  it.each([
    ["du", "ĐU"],
    ["DU", "ĐU"],
    ["đuk", "ĐUK"],
    ["ducs", "ĐUCS"],
    ["tw", "TW"],
    ["  tu ", "TU"],
    ["btctw", "BTCTW"],
    ["vptw", "VPTW"],
  ])("reads %j as %s", (input, code) => {
    expect(validIssuerCode(input, ["issuerCode"])).toBe(code);
  });

  it.each([[""], ["   "], [null], [undefined]])("treats %j as no issuer code", (input) => {
    expect(validIssuerCode(input, ["issuerCode"])).toBeNull();
  });

  it.each(["Đ1", "Đ U", "ĐU/TW", "ABCDEFGHIJKLM"])("refuses %j with INVALID_ISSUER_CODE", (input) => {
    const problem = expectRefusal(
      () => validIssuerCode(input, ["input", "issuerCode"]),
      "INVALID_ISSUER_CODE",
    );
    expect(problem.message).toContain(input);
    expect(problem.field).toEqual(["input", "issuerCode"]);
  });
});

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [6, "VI"],
    [9, "IX"],
    [10, "X"],
    [12, "XII"],
    [14, "XIV"],
    [40, "XL"],
    [99, "XCIX"],
  ])("writes %i as %s", (value, roman) => {
    expect(toRoman(value)).toBe(roman);
  });
});

describe("parseTerm", () => {
  it.each([
    ["X", 10],
    ["khóa XII", 12],
    ["Khoá VI", 6],
    ["KHÓA XIII", 13],
    ["khoa xiv", 14],
    ["xii", 12],
    ["12", 12],
    ["Khoá 12", 12],
    ["  XI  ", 11],
    ["I", 1],
    ["100", 100],
    ["C", 100],
  ])("reads %j as %i", (input, term) => {
    expect(parseTerm(input)).toBe(term);
  });

  it.each(["IIII", "VV", "IIX", "ABC", "0", "101", "CI", "", "khóa", "-3", "1.5", "XII khóa"])(
    "refuses %j",
    (input) => {
      expect(parseTerm(input)).toBeNull();
    },
  );

  it("reads back what toRoman writes", () => {
    for (let term = 1; term <= 100; term += 1) {
      expect(parseTerm(toRoman(term))).toBe(term);
      expect(parseTerm(`khóa ${toRoman(term).toLowerCase()}`)).toBe(term);
    }
  });
});

describe("numbering a document", () => {
  it("reads the issuer's term in Roman numerals, none when nothing is written, and refuses anything else", () => {
    expect(issuerTermOf("XII")).toBe(12);
    expect(issuerTermOf(null)).toBeNull();
    expect(issuerTermOf("  ")).toBeNull();
    expect(expectRefusal(() => issuerTermOf("mười hai"), "INVALID_TERM").field).toEqual(["issuerTerm"]);
  });

  it("refuses a number whose issuer code is another issuer's", () => {
    expect(() => assertIssuerCodeFits("ĐU", "ĐU")).not.toThrow();
    expect(() => assertIssuerCodeFits(null, "ĐU")).not.toThrow();
    expectRefusal(() => assertIssuerCodeFits("ĐU", "TU"), "ISSUER_CODE_MISMATCH");
  });

  it("refuses a serial already used in its sequence", () => {
    expect(() => assertNumberFree(undefined, "XII")).not.toThrow();
    expectRefusal(
      () => assertNumberFree({ number: "05-NQ/ĐU", title: "Nghị quyết" }, "XII"),
      "DUPLICATE_DOCUMENT_NUMBER",
    );
  });
});

describe("issuerCodeOf", () => {
  it("is the organization's code, and refuses numbering for one without a code", () => {
    expect(issuerCodeOf({ name: "Đảng ủy", documentCode: "ĐU" })).toBe("ĐU");
    expect(
      expectRefusal(() => issuerCodeOf({ name: "Chi bộ 1", documentCode: null }), "ISSUER_CODE_REQUIRED")
        .message,
    ).toContain("Chi bộ 1");
  });
});
