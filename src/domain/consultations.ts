import { isWithinSubtree } from "./cells";
import type { DocumentStatus } from "./documents";
import { refuse } from "./refusal";
import { requiredText } from "./text";

/**
 * Comments on drafts (góp ý dự thảo): a committee opens one version of its draft to its subtree until a day; the
 * members there comment on a section or on the whole; the comments stay with that version.
 */

export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_SECTION_LENGTH = 200;

/**
 * Only an organization's own draft is opened for comments, once per version (its comments stay with it), until a
 * day to come (today included).
 */
export function assertOpenable(
  document: { status: DocumentStatus; deletedAt: string | null; issuerCellId: string | null },
  alreadyOpened: boolean,
  closesOn: string,
  today: string,
): void {
  if (document.status !== "DRAFT" || document.deletedAt !== null || document.issuerCellId === null) {
    refuse(
      "NOT_A_DRAFT",
      {
        vi: "Chỉ lấy ý kiến góp ý đối với văn bản đang là dự thảo.",
        en: "Only a document still in draft is opened for comments.",
      },
      ["documentId"],
    );
  }
  if (alreadyOpened) {
    refuse(
      "ALREADY_OPEN",
      {
        vi: "Phiên bản này của dự thảo đã được lấy ý kiến; lưu phiên bản mới để lấy ý kiến lần nữa.",
        en: "This version of the draft was already opened for comments; save a new version to consult again.",
      },
      ["documentId"],
    );
  }
  if (closesOn < today) {
    refuse(
      "DEADLINE_PASSED",
      {
        vi: `Hạn góp ý ${closesOn} đã qua (hôm nay ${today}).`,
        en: `The closing day ${closesOn} has passed (today is ${today}).`,
      },
      ["closesOn"],
    );
  }
}

/** Comments are taken until the end of the closing day in Vietnam; after it the draft is closed to them. */
export function assertOpenForComments(closesOn: string, today: string): void {
  if (today > closesOn) {
    refuse("CONSULTATION_CLOSED", {
      vi: `Đã hết hạn góp ý (ngày ${closesOn}).`,
      en: `Comments closed on ${closesOn}.`,
    });
  }
}

/**
 * Who comments: a member of a cell of the consulting organization's subtree, counted in the first such cell they
 * hold a grant on. A committee above reads the draft but is not consulted on it.
 */
export function commenterCell(
  consultingPath: string,
  viewerCells: readonly { cellId: string; path: string }[],
): string {
  const within = viewerCells.find((cell) => isWithinSubtree(cell.path, consultingPath));
  if (!within) {
    refuse("NOT_CONSULTED", {
      vi: "Dự thảo này lấy ý kiến đảng viên trong đảng bộ khác; đồng chí không thuộc phạm vi góp ý.",
      en: "This draft is open to the members of another organization's subtree, not to you.",
    });
  }
  return within.cellId;
}

/** A comment: its text required and bounded; the section it is on, when it is not on the whole. */
export function validComment(section: string | null, body: string): { section: string | null; body: string } {
  const text = requiredText(
    body,
    {
      code: "BODY_REQUIRED",
      message: { vi: "Cần có nội dung góp ý.", en: "The comment's text is required." },
    },
    ["body"],
  );
  const place = section?.trim() || null;
  for (const [field, value, limit] of [
    ["body", text, MAX_COMMENT_LENGTH],
    ["section", place ?? "", MAX_SECTION_LENGTH],
  ] as const) {
    if (value.length > limit) {
      refuse(
        "TEXT_TOO_LONG",
        {
          vi: `Tối đa ${limit} ký tự; đã gửi ${value.length}.`,
          en: `At most ${limit} characters; ${value.length} were sent.`,
        },
        [field],
      );
    }
  }
  return { section: place, body: text };
}
