import { refuse } from "./refusal";

/** The first bytes of each accepted type (src/domain/documents.ts ATTACHMENT_CONTENT_TYPES). */
const SIGNATURES: readonly { type: string; bytes: readonly number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  // DOCX is a ZIP container (Office Open XML).
  {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  // DOC is an OLE compound file.
  { type: "application/msword", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/tiff", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: "image/tiff", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The accepted type whose signature the content starts with, or null (HTML, SVG, scripts … have none). */
export function sniffedContentType(head: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  return match?.type ?? null;
}

/**
 * A file is what it declares: its first bytes carry that type's signature. A page or a script sent as a "PDF"
 * would otherwise be stored and handed to other members' browsers under a trusted name.
 */
export function assertContentMatchesType(declaredType: string, head: Uint8Array): void {
  const sniffed = sniffedContentType(head);
  if (sniffed !== declaredType) {
    refuse(
      "FILE_TYPE_MISMATCH",
      sniffed
        ? {
            vi: `Tệp khai báo là "${declaredType}" nhưng nội dung là "${sniffed}": hãy gửi đúng loại của tệp.`,
            en: `The file is declared "${declaredType}" but its content is "${sniffed}": send it with its own type.`,
          }
        : {
            vi: `Tệp khai báo là "${declaredType}" nhưng nội dung không phải loại tệp đó.`,
            en: `The file is declared "${declaredType}" but its content is not a file of that type.`,
          },
      ["file"],
    );
  }
}

/**
 * Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C) and control
 * characters: in a file name they disguise its extension ("hóa đơn\u202Efdp.exe" shows as "hóa đơnexe.pdf").
 */
const DISGUISING_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;

/** The name a file is kept and served under: NFC, without disguising characters or path separators. */
export function cleanFileName(name: string): string {
  const cleaned = name.normalize("NFC").replace(DISGUISING_CHARACTERS, "").replace(/[/\\]/g, "_").trim();
  return cleaned.length > 0 ? cleaned : "file";
}

/** An upload as the multipart request carries it: anything else in the file's place is refused. */
export function uploadedFile(value: unknown): File {
  if (!(value instanceof File))
    refuse(
      "INVALID_FILE",
      { vi: "Hãy gửi tệp dưới dạng multipart upload.", en: "Send the file as a multipart upload." },
      ["file"],
    );
  return value;
}
