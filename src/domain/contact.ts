import { refuse } from "./refusal";

/**
 * Contact and identity details of a person: personal data under Decree 13/2023, stored normalized so that the same
 * number typed two ways is one value. A refusal names the rule, never the value (error messages reach logs).
 */

/** Vietnamese mobile and landline numbers: 0 or +84, then 9 digits (10 for a few landlines); stored as +84…. */
export function normalizePhone(value: string): string {
  const compact = value.replace(/[\s.()-]/g, "");
  const national = /^(?:\+84|0084|0)(\d{9,10})$/.exec(compact)?.[1];
  if (!national || national.startsWith("0")) {
    refuse(
      "INVALID_PHONE",
      {
        vi: "Số điện thoại Việt Nam: 0 hoặc +84, tiếp theo 9 hoặc 10 chữ số.",
        en: "A phone number is a Vietnamese number: 0 or +84 followed by 9 or 10 digits.",
      },
      ["phone"],
    );
  }
  return `+84${national}`;
}

/** One @, a domain with a dot, no spaces, at most 254 characters (RFC 5321); stored lower-cased. */
export function normalizeEmail(value: string): string {
  const trimmed = value.trim().toLowerCase();
  if (trimmed.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    refuse(
      "INVALID_EMAIL",
      {
        vi: "Địa chỉ thư điện tử có một dấu @ và tên miền, không có dấu cách.",
        en: "An e-mail address has one @ and a domain, without spaces.",
      },
      ["email"],
    );
  }
  return trimmed;
}

/**
 * The citizen identity number (căn cước công dân): 12 digits — a province code (001–096), a century-and-sex digit,
 * two digits of the birth year, six digits. The older 9-digit identity cards (CMND) are accepted as they are.
 */
export function normalizeIdentityNumber(value: string): string {
  const digits = value.replace(/\s/g, "");
  const province = Number(digits.slice(0, 3));
  const isCitizenId = /^\d{12}$/.test(digits) && province >= 1 && province <= 96;
  if (!isCitizenId && !/^\d{9}$/.test(digits)) {
    refuse(
      "INVALID_IDENTITY_NUMBER",
      {
        vi: "Số định danh là số căn cước công dân 12 chữ số (mã tỉnh 001–096) hoặc số chứng minh nhân dân 9 chữ số.",
        en: "An identity number is a 12-digit citizen identity number (province code 001–096) or a 9-digit identity card.",
      },
      ["identityNumber"],
    );
  }
  return digits;
}
