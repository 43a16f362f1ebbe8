import { refuse, type Text } from "./refusal";
import { foldVietnamese } from "./text";

/**
 * Official document numbers (guidance 36-HD/VPTW, 2018): serial, hyphen, type code, slash, issuer code —
 * "45-QĐ/ĐU", "18-KL/TW". People type them with spaces, without diacritics, in lower case, after "Số:";
 * every such form reads, and the canonical form is what Chibo stores and shows.
 */

/** Type codes as written, keyed by their folded form (so "qd" reads as "QĐ"). */
export const DOCUMENT_TYPE_CODES = [
  "NQ",
  "CT",
  "KL",
  "QĐ",
  "QĐi",
  "QC",
  "HD",
  "BC",
  "KH",
  "TB",
  "TTr",
  "CTr",
  "TT",
  "CV",
  "BB",
  "ĐA",
] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPE_CODES)[number];

/** Issuer codes whose written form has a Đ that people often type as D. Others are kept as typed, upper case. */
const ISSUER_CODES_WITH_D_STROKE = ["ĐU", "ĐUK", "ĐUCS", "ĐUBP", "ĐTN"];

const TYPE_BY_FOLDED = new Map(DOCUMENT_TYPE_CODES.map((code) => [foldVietnamese(code), code]));
const ISSUER_BY_FOLDED = new Map(ISSUER_CODES_WITH_D_STROKE.map((code) => [foldVietnamese(code), code]));

export interface DocumentNumber {
  serial: number;
  typeCode: DocumentTypeCode;
  issuerCode: string;
  canonical: string;
}

export type NumberPart = "SERIAL" | "TYPE_CODE" | "ISSUER_CODE" | "FORM";

export interface NumberProblem {
  part: NumberPart;
  message: Text;
}

export type ParseResult = { ok: true; number: DocumentNumber } | { ok: false; problem: NumberProblem };

const MAX_SERIAL = 99_999;

function canonicalIssuerCode(written: string): string | null {
  const folded = foldVietnamese(written).replace(/-/g, "");
  if (!/^[a-z]{1,12}$/.test(folded)) return null;
  return ISSUER_BY_FOLDED.get(folded) ?? written.toUpperCase().replace(/-/g, "");
}

/** An organization's issuer code as typed ("du" → "ĐU"); empty means none. */
export function validIssuerCode(written: string | null | undefined, field: string[]): string | null {
  if (written == null || written.trim() === "") return null;
  const code = canonicalIssuerCode(written.trim());
  if (code === null)
    refuse(
      "INVALID_ISSUER_CODE",
      {
        vi: `"${written}" không phải ký hiệu cơ quan ban hành: chỉ gồm chữ cái, ví dụ ĐU.`,
        en: `"${written}" is not an issuer code: letters only, as in ĐU.`,
      },
      field,
    );
  return code;
}

/** The number as typed, or a refusal naming the part that cannot be read. */
export function documentNumberOrRefuse(written: string, field: string[]): DocumentNumber {
  const result = parseDocumentNumber(written);
  if (!result.ok) refuse("INVALID_DOCUMENT_NUMBER", result.problem.message, field);
  return result.number;
}

export function formatDocumentNumber(serial: number, typeCode: DocumentTypeCode, issuerCode: string): string {
  return `${String(serial).padStart(2, "0")}-${typeCode}/${issuerCode}`;
}

function failure(part: NumberPart, message: Text): ParseResult {
  return { ok: false, problem: { part, message } };
}

export function parseDocumentNumber(input: string): ParseResult {
  const text = input.normalize("NFC").trim();
  if (text.length === 0) return failure("FORM", { vi: "Số văn bản đang trống.", en: "The number is empty." });
  if (text.length > 60) {
    return failure("FORM", {
      vi: "Số văn bản dài tối đa 60 ký tự.",
      en: "A document number is at most 60 characters.",
    });
  }
  const withoutPrefix = text.replace(/^s[oóòỏõọôốồổỗộơớờởỡợ]\s*:?\s*/iu, "");
  const match = /^(\S+?)\s*[-–]\s*([^/\s]+)\s*\/\s*(\S+)$/u.exec(withoutPrefix);
  if (!match) {
    return failure("FORM", {
      vi: `"${text}" không đúng dạng số-KÝ HIỆU LOẠI/KÝ HIỆU CƠ QUAN, ví dụ "45-QĐ/ĐU" (gạch nối sau số, gạch chéo trước ký hiệu cơ quan).`,
      en: `"${text}" is not of the form serial-TYPE/ISSUER, as in "45-QĐ/ĐU" (a hyphen after the serial, a slash before the issuer).`,
    });
  }
  const [, serialText = "", typeText = "", issuerText = ""] = match;
  if (!/^\d{1,5}$/.test(serialText) || Number(serialText) < 1 || Number(serialText) > MAX_SERIAL) {
    return failure("SERIAL", {
      vi: `Số thứ tự "${serialText}" phải là số từ 1 đến ${MAX_SERIAL}.`,
      en: `The serial "${serialText}" must be a number from 1 to ${MAX_SERIAL}.`,
    });
  }
  const typeCode = TYPE_BY_FOLDED.get(foldVietnamese(typeText));
  if (!typeCode) {
    return failure("TYPE_CODE", {
      vi: `Không có ký hiệu loại văn bản "${typeText}"; các ký hiệu là ${DOCUMENT_TYPE_CODES.join(", ")}.`,
      en: `The type code "${typeText}" is not known; known codes are ${DOCUMENT_TYPE_CODES.join(", ")}.`,
    });
  }
  const issuerCode = canonicalIssuerCode(issuerText);
  if (issuerCode === null) {
    return failure("ISSUER_CODE", {
      vi: `Ký hiệu cơ quan ban hành "${issuerText}" chỉ gồm chữ cái, ví dụ TW, TU hoặc ĐU.`,
      en: `The issuer code "${issuerText}" must be letters only, as in TW, TU or ĐU.`,
    });
  }
  const serial = Number(serialText);
  return {
    ok: true,
    number: { serial, typeCode, issuerCode, canonical: formatDocumentNumber(serial, typeCode, issuerCode) },
  };
}

const ROMAN_VALUES: [string, number][] = [
  ["M", 1000],
  ["CM", 900],
  ["D", 500],
  ["CD", 400],
  ["C", 100],
  ["XC", 90],
  ["L", 50],
  ["XL", 40],
  ["X", 10],
  ["IX", 9],
  ["V", 5],
  ["IV", 4],
  ["I", 1],
];

export function toRoman(value: number): string {
  let rest = value;
  let roman = "";
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      roman += symbol;
      rest -= amount;
    }
  }
  return roman;
}

/** Terms of issuing bodies are written in Roman numerals ("khóa XII"); reads "XII", "khóa xii", "Khoá 12". */
export function parseTerm(input: string): number | null {
  const text = foldVietnamese(input)
    .replace(/^khoa\s*/, "")
    .toUpperCase();
  if (/^\d{1,3}$/.test(text)) {
    const value = Number(text);
    return value >= 1 && value <= 100 ? value : null;
  }
  if (!/^[IVXLC]+$/.test(text)) return null;
  let value = 0;
  let rest = text;
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest.startsWith(symbol)) {
      value += amount;
      rest = rest.slice(symbol.length);
    }
  }
  return value >= 1 && value <= 100 && toRoman(value) === text ? value : null;
}

/** The issuer's term as written ("XII", "khóa XII"), or null when none is written. */
export function issuerTermOf(written: string | null | undefined): number | null {
  if (written == null || written.trim() === "") return null;
  const term = parseTerm(written);
  if (term === null) {
    refuse(
      "INVALID_TERM",
      {
        vi: `"${written}" không phải khóa viết bằng số La Mã, ví dụ “khóa XII”.`,
        en: `"${written}" is not a term in Roman numerals, as in “khóa XII”.`,
      },
      ["issuerTerm"],
    );
  }
  return term;
}

/** A number ends in its issuer's code (/ĐU, /TU …) when the issuer has one. */
export function assertIssuerCodeFits(expectedCode: string | null, writtenCode: string): void {
  if (expectedCode && expectedCode !== writtenCode) {
    refuse(
      "ISSUER_CODE_MISMATCH",
      {
        vi: `Số văn bản của cơ quan này kết thúc bằng /${expectedCode}, không phải /${writtenCode}.`,
        en: `This issuer's numbers end in /${expectedCode}, not /${writtenCode}.`,
      },
      ["number"],
    );
  }
}

/** A serial is used once in its sequence: `holder` is the document already numbered so, if any. */
export function assertNumberFree(
  holder: { number: string | null; title: string } | undefined,
  sequenceTerm: string,
): void {
  if (holder) {
    refuse(
      "DUPLICATE_DOCUMENT_NUMBER",
      {
        vi: `Số ${holder.number} đã dùng cho “${holder.title}” trong cùng sổ đăng ký (${sequenceTerm}).`,
        en: `${holder.number} is already the number of “${holder.title}” in the same sequence (${sequenceTerm}).`,
      },
      ["number"],
    );
  }
}

/** An organization numbers its documents under its issuer code (the part after the slash: “…/ĐU”). */
export function issuerCodeOf(issuer: { name: string; documentCode: string | null }): string {
  if (!issuer.documentCode) {
    refuse(
      "ISSUER_CODE_REQUIRED",
      {
        vi: `${issuer.name} chưa có ký hiệu văn bản; hãy đặt documentCode trước.`,
        en: `${issuer.name} has no issuer code for its documents; set documentCode first.`,
      },
      ["issuerId"],
    );
  }
  return issuer.documentCode;
}
