import { comparePartialDates } from "./dates";
import type { DocumentTypeCode } from "./document-numbers";
import { refuse } from "./refusal";

export const DOCUMENT_TYPE_LABELS = {
  RESOLUTION: "Nghị quyết",
  DIRECTIVE: "Chỉ thị",
  CONCLUSION: "Kết luận",
  DECISION: "Quyết định",
  REGULATION: "Quy định",
  RULES: "Quy chế",
  GUIDANCE: "Hướng dẫn",
  REPORT: "Báo cáo",
  PLAN: "Kế hoạch",
  NOTICE: "Thông báo",
  SUBMISSION: "Tờ trình",
  PROGRAMME: "Chương trình",
  CIRCULAR: "Thông tri",
  OFFICIAL_LETTER: "Công văn",
  MINUTES: "Biên bản",
  SCHEME: "Đề án",
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPE_LABELS;

/** The codes each type is numbered with; the first is the one Chibo proposes. Regulations also use QĐ. */
export const TYPE_CODES: Record<DocumentType, readonly DocumentTypeCode[]> = {
  RESOLUTION: ["NQ"],
  DIRECTIVE: ["CT"],
  CONCLUSION: ["KL"],
  DECISION: ["QĐ"],
  REGULATION: ["QĐi", "QĐ"],
  RULES: ["QC"],
  GUIDANCE: ["HD"],
  REPORT: ["BC"],
  PLAN: ["KH"],
  NOTICE: ["TB"],
  SUBMISSION: ["TTr"],
  PROGRAMME: ["CTr"],
  CIRCULAR: ["TT"],
  OFFICIAL_LETTER: ["CV"],
  MINUTES: ["BB"],
  SCHEME: ["ĐA"],
};

export const DOCUMENT_STATUS_LABELS = {
  DRAFT: "Dự thảo",
  ISSUED: "Đã ban hành",
  SUPERSEDED: "Đã được thay thế",
  REVOKED: "Đã bãi bỏ",
} as const;
export type DocumentStatus = keyof typeof DOCUMENT_STATUS_LABELS;

export const RELATION_KIND_LABELS = {
  IMPLEMENTS: "Thực hiện",
  CONTINUES: "Tiếp tục thực hiện",
  AMENDS: "Sửa đổi, bổ sung",
  SUPERSEDES: "Thay thế",
  REVOKES: "Bãi bỏ",
  REFERENCES: "Căn cứ, tham chiếu",
} as const;
export type RelationKind = keyof typeof RELATION_KIND_LABELS;

/** Which relations of a document: from it to others, from others to it, or both. */
export type RelationDirection = "OUTGOING" | "INCOMING" | "BOTH";

export const IMPLEMENTATION_STATUS_LABELS = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang triển khai",
  REPORTED: "Đã báo cáo kết quả",
} as const;
export type ImplementationStatus = keyof typeof IMPLEMENTATION_STATUS_LABELS;

export function assertTypeCodeFits(type: DocumentType, typeCode: DocumentTypeCode): void {
  if (!TYPE_CODES[type].includes(typeCode)) {
    refuse(
      "DOCUMENT_TYPE_MISMATCH",
      {
        vi: `${DOCUMENT_TYPE_LABELS[type]} được đánh số với ký hiệu ${TYPE_CODES[type].join(" hoặc ")}, không phải ${typeCode}.`,
        en: `A ${DOCUMENT_TYPE_LABELS[type]} is numbered with ${TYPE_CODES[type].join(" or ")}, not ${typeCode}.`,
      },
      ["number"],
    );
  }
}

/** What a relation does to its target's status: a superseded or revoked document stops applying. */
export function statusAfterRelation(kind: RelationKind): DocumentStatus | null {
  if (kind === "SUPERSEDES") return "SUPERSEDED";
  if (kind === "REVOKES") return "REVOKED";
  return null;
}

export interface RelationFacts {
  fromId: string;
  toId: string;
  kind: RelationKind;
  /** Whether `toId` already supersedes `fromId`, directly or through a chain. */
  targetSupersedesSource: boolean;
  alreadyRecorded: boolean;
}

export function assertRelationAllowed(facts: RelationFacts): void {
  if (facts.fromId === facts.toId) {
    refuse(
      "INVALID_RELATION",
      { vi: "Một văn bản không thể liên quan đến chính nó.", en: "A document cannot relate to itself." },
      ["toId"],
    );
  }
  if (facts.alreadyRecorded) {
    refuse(
      "DUPLICATE_RELATION",
      { vi: "Quan hệ này đã được ghi nhận.", en: "This relation is already recorded." },
      ["toId"],
    );
  }
  if (facts.kind === "SUPERSEDES" && facts.targetSupersedesSource) {
    refuse(
      "SUPERSESSION_CYCLE",
      {
        vi: "Văn bản đích đã thay thế văn bản này qua một chuỗi văn bản: văn bản sẽ tự thay thế chính nó.",
        en: "The target already supersedes this document through a chain: the document would supersede itself.",
      },
      ["toId"],
    );
  }
}

/**
 * The numbering sequence a document belongs to: one per issuer, type code and term of the issuer.
 * An issuer whose terms are not recorded numbers by calendar year.
 */
export function sequenceTerm(
  issuedOn: string,
  terms: readonly { id: string; from: string; until: string }[],
): string {
  const term = terms.find(
    (candidate) =>
      comparePartialDates(candidate.from, issuedOn) <= 0 &&
      comparePartialDates(issuedOn, candidate.until) < 0,
  );
  return term ? `term:${term.id}` : `year:${issuedOn.slice(0, 4)}`;
}

/** Serials skipped in a sequence: every number from 1 to the highest used that no document carries. */
export function numberingGaps(serials: readonly number[]): number[] {
  const used = new Set(serials);
  const highest = Math.max(0, ...serials);
  return Array.from({ length: highest }, (_, index) => index + 1).filter((serial) => !used.has(serial));
}

export function nextSerial(serials: readonly number[]): number {
  return Math.max(0, ...serials) + 1;
}

export const DEFAULT_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Files a party office keeps with a document: PDFs, Word documents and scans of signed pages. */
export const ATTACHMENT_CONTENT_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
  "image/jpeg",
  "image/png",
  "image/tiff",
] as const;

export function assertAttachmentAcceptable(
  file: { name: string; type: string; size: number },
  maxBytes: number,
): void {
  const contentType = file.type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(contentType)) {
    refuse(
      "UNSUPPORTED_FILE_TYPE",
      {
        vi: `Không nhận tệp loại "${contentType || "không rõ"}"; chỉ nhận: PDF, DOC, DOCX, JPEG, PNG, TIFF.`,
        en: `Files of type "${contentType || "unknown"}" are not accepted; accepted: PDF, DOC, DOCX, JPEG, PNG, TIFF.`,
      },
      ["file"],
    );
  }
  if (file.size === 0) refuse("EMPTY_FILE", { vi: "Tệp rỗng.", en: "The file is empty." }, ["file"]);
  assertFileWithin(file.size, maxBytes);
  if (file.name.length > 200)
    refuse(
      "INVALID_FILE_NAME",
      { vi: "Tên tệp dài tối đa 200 ký tự.", en: "A file name is at most 200 characters." },
      ["file"],
    );
}

/**
 * Who reads which document (the rule the SQL filter of lists mirrors): an external body's issued documents,
 * everyone signed in; a cell's issued documents, anyone whose grant lies on its line — in its subtree
 * (its members) or above it (the committees); drafts, only writers of the issuing cell (its secretary and the
 * committees above it).
 */
export interface DocumentReader {
  everything: boolean;
  readPaths: readonly string[];
  draftPaths: readonly string[];
}

export function canReadDocument(
  document: { status: DocumentStatus; deletedAt: string | null },
  issuerPath: string | null,
  reader: DocumentReader,
): boolean {
  if (document.deletedAt !== null) return false;
  if (reader.everything) return true;
  if (issuerPath === null) return document.status !== "DRAFT";
  if (document.status === "DRAFT") return reader.draftPaths.some((path) => issuerPath.startsWith(path));
  return reader.readPaths.some((path) => issuerPath.startsWith(path) || path.startsWith(issuerPath));
}

/** A file's bytes within the deployment's limit: as declared before reading, and as counted after (a client may lie). */
export function assertFileWithin(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    refuse(
      "FILE_TOO_LARGE",
      {
        vi: `Tệp có ${size} byte; giới hạn là ${maxBytes} byte (${Math.round(maxBytes / 1048576)} MiB).`,
        en: `The file has ${size} bytes; the limit is ${maxBytes} bytes (${Math.round(maxBytes / 1048576)} MiB).`,
      },
      ["file"],
    );
  }
}

/** A document's title: trimmed, 1 to 500 characters. */
export function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > 500) {
    refuse(
      "INVALID_TITLE",
      { vi: "Trích yếu dài từ 1 đến 500 ký tự.", en: "A title has 1 to 500 characters." },
      ["title"],
    );
  }
  return trimmed;
}

/** Files are purged only from a document nobody reads any more: deleted, or revoked. */
export function assertPurgeable(document: { deletedAt: string | null; status: DocumentStatus }): void {
  if (document.deletedAt === null && document.status !== "REVOKED") {
    refuse(
      "NOT_PURGEABLE",
      {
        vi: "Chỉ xóa hẳn được tệp của văn bản đã xóa hoặc đã bị bãi bỏ.",
        en: "Only the files of a deleted or revoked document can be purged.",
      },
      ["documentId"],
    );
  }
}

/** A meeting links its minutes and its resolution: each must be a document of that type. */
export function assertDocumentType(type: DocumentType, expected: DocumentType, field: string): void {
  if (type !== expected)
    refuse(
      "WRONG_DOCUMENT_TYPE",
      {
        vi: `${field.replace(/Id$/, "")} phải là văn bản loại ${DOCUMENT_TYPE_LABELS[expected]}.`,
        en: `The ${field.replace(/Id$/, "")} must be a document of type ${expected}.`,
      },
      [field],
    );
}

/** An issued document has its date of issue; only a draft goes without. */
export function assertIssueDate(status: DocumentStatus, issuedOn: string | null | undefined): void {
  if (status !== "DRAFT" && !issuedOn)
    refuse(
      "ISSUED_ON_REQUIRED",
      { vi: "Văn bản đã ban hành phải có ngày ban hành.", en: "An issued document needs its date of issue." },
      ["issuedOn"],
    );
}

export function assertDraft(status: DocumentStatus): void {
  if (status !== "DRAFT")
    refuse(
      "NOT_A_DRAFT",
      {
        vi: `Văn bản đang ở trạng thái ${DOCUMENT_STATUS_LABELS[status]}, không phải dự thảo.`,
        en: `The document is ${status}, not a draft.`,
      },
      ["documentId"],
    );
}
