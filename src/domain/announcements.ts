import { todayInVietnam } from "./dates";
import type { DocumentStatus } from "./documents";
import { refuse } from "./refusal";
import { requiredText } from "./text";

/** Announcements (thông báo) from a cell or committee to its members or officers, and their receipts. */

export const ANNOUNCEMENT_AUDIENCE_LABELS = {
  MEMBERS: "Toàn thể đảng viên",
  OFFICERS: "Cấp ủy viên",
} as const;
export type AnnouncementAudience = keyof typeof ANNOUNCEMENT_AUDIENCE_LABELS;

export const ANNOUNCEMENT_KIND_LABELS = {
  NOTICE: "Thông báo",
  STUDY: "Học tập, quán triệt nghị quyết",
} as const;
export type AnnouncementKind = keyof typeof ANNOUNCEMENT_KIND_LABELS;

export const MAX_TITLE_LENGTH = 300;
export const MAX_REFLECTION_LENGTH = 5_000;
export const MAX_BODY_LENGTH = 20_000;
export const MAX_ATTACHED_DOCUMENTS = 10;

/** The title and body a person wrote: required, within their lengths. */
export function validAnnouncementText(title: string, body: string): { title: string; body: string } {
  const kept = {
    title: requiredText(
      title,
      { code: "TITLE_REQUIRED", message: { vi: "Cần có tiêu đề.", en: "A title is required." } },
      ["title"],
    ),
    body: requiredText(
      body,
      { code: "BODY_REQUIRED", message: { vi: "Cần có nội dung.", en: "The text is required." } },
      ["body"],
    ),
  };
  for (const [field, limit] of [
    ["title", MAX_TITLE_LENGTH],
    ["body", MAX_BODY_LENGTH],
  ] as const) {
    if (kept[field].length > limit) {
      refuse(
        "TEXT_TOO_LONG",
        {
          vi: `Tối đa ${limit} ký tự; đã gửi ${kept[field].length}.`,
          en: `At most ${limit} characters; ${kept[field].length} were sent.`,
        },
        [field],
      );
    }
  }
  return kept;
}

/** An acknowledgement is asked by a day to come (today included): a day gone would make every recipient late. */
export function assertAcknowledgeBy(acknowledgeBy: string | null, today: string): void {
  if (acknowledgeBy !== null && acknowledgeBy < today) {
    refuse(
      "DEADLINE_PASSED",
      {
        vi: `Hạn xác nhận ${acknowledgeBy} đã qua (hôm nay ${today}).`,
        en: `The acknowledgement deadline ${acknowledgeBy} has passed (today is ${today}).`,
      },
      ["acknowledgeBy"],
    );
  }
}

/**
 * Documents sent along must be ones every recipient may read: issued (not a draft, not deleted) by the sender or an
 * organization above it, or by an outside body. A document of a cell below would be out of its siblings' reach.
 */
export function assertAttachable(
  documents: readonly { status: DocumentStatus; issuerPath: string | null }[],
  senderPath: string,
): void {
  if (documents.length > MAX_ATTACHED_DOCUMENTS) {
    refuse(
      "TOO_MANY_DOCUMENTS",
      {
        vi: `Gửi kèm tối đa ${MAX_ATTACHED_DOCUMENTS} văn bản.`,
        en: `At most ${MAX_ATTACHED_DOCUMENTS} documents may be attached.`,
      },
      ["documentIds"],
    );
  }
  documents.forEach((document, index) => {
    const reachable = document.issuerPath === null || senderPath.startsWith(document.issuerPath);
    if (document.status === "DRAFT" || !reachable) {
      refuse(
        "DOCUMENT_NOT_FOR_AUDIENCE",
        {
          vi: "Chỉ gửi kèm văn bản đã ban hành của cấp gửi, cấp trên hoặc cơ quan ngoài Đảng: người nhận mới xem được.",
          en: "Attach only issued documents of the sender, an organization above it, or an outside body: the recipients could not read others.",
        },
        ["documentIds", String(index)],
      );
    }
  });
}

/** Acknowledged after the day asked. */
export function acknowledgedLate(acknowledgeBy: string | null, acknowledgedAt: string | null): boolean {
  return (
    acknowledgeBy !== null &&
    acknowledgedAt !== null &&
    todayInVietnam(new Date(acknowledgedAt)) > acknowledgeBy
  );
}

/** A study sends one document, the one to study, and has a deadline. */
export function assertStudyOpenable(
  kind: AnnouncementKind,
  documentCount: number,
  acknowledgeBy: string | null,
): void {
  if (kind !== "STUDY") return;
  if (documentCount !== 1) {
    refuse(
      "STUDY_NEEDS_DOCUMENT",
      {
        vi: "Học tập, quán triệt cần đúng một văn bản (nghị quyết, chỉ thị …) gửi kèm.",
        en: "A study sends exactly one document (the resolution, directive … to study).",
      },
      ["documentIds"],
    );
  }
  if (acknowledgeBy === null) {
    refuse(
      "STUDY_NEEDS_DEADLINE",
      { vi: "Cần đặt hạn hoàn thành học tập.", en: "A study needs a deadline." },
      ["acknowledgeBy"],
    );
  }
}

function assertNotRecorded(acknowledgedAt: string | null): void {
  if (acknowledgedAt !== null) {
    refuse(
      "ALREADY_ACKNOWLEDGED",
      {
        vi: `Đồng chí đã xác nhận lúc ${acknowledgedAt}.`,
        en: `You acknowledged it at ${acknowledgedAt}.`,
      },
      ["announcementId"],
    );
  }
}

/**
 * What a member records of a study: once, a day from its opening to today, a reflection of their own if they wrote
 * one (trimmed, within its length).
 */
export function validStudyRecord(
  announcement: { kind: AnnouncementKind; publishedOn: string },
  receipt: { acknowledgedAt: string | null },
  studiedOn: string,
  reflection: string | null,
  today: string,
): { studiedOn: string; reflection: string | null } {
  if (announcement.kind !== "STUDY") {
    refuse(
      "NOT_A_STUDY",
      { vi: "Thông báo này không phải đợt học tập nghị quyết.", en: "This announcement is not a study." },
      ["announcementId"],
    );
  }
  assertNotRecorded(receipt.acknowledgedAt);
  if (studiedOn < announcement.publishedOn || studiedOn > today) {
    refuse(
      "STUDY_DATE_OUT_OF_RANGE",
      {
        vi: `Ngày học tập phải từ ${announcement.publishedOn} đến hôm nay (${today}).`,
        en: `The day studied must be from ${announcement.publishedOn} to today (${today}).`,
      },
      ["studiedOn"],
    );
  }
  const kept = reflection?.trim() || null;
  if (kept !== null && kept.length > MAX_REFLECTION_LENGTH) {
    refuse(
      "TEXT_TOO_LONG",
      {
        vi: `Tối đa ${MAX_REFLECTION_LENGTH} ký tự; đã gửi ${kept.length}.`,
        en: `At most ${MAX_REFLECTION_LENGTH} characters; ${kept.length} were sent.`,
      },
      ["reflection"],
    );
  }
  return { studiedOn, reflection: kept };
}

/** A recipient acknowledges a notice once, and only one that asks for it; a study is recorded (validStudyRecord). */
export function assertAcknowledgeable(
  announcement: { kind: AnnouncementKind; acknowledgeBy: string | null },
  receipt: { acknowledgedAt: string | null },
): void {
  if (announcement.kind === "STUDY") {
    refuse(
      "STUDY_NEEDS_RECORD",
      {
        vi: "Đợt học tập được xác nhận bằng ngày học và bài thu hoạch (recordStudy).",
        en: "A study is confirmed with the day studied and a reflection (recordStudy).",
      },
      ["announcementId"],
    );
  }
  if (announcement.acknowledgeBy === null) {
    refuse(
      "ACKNOWLEDGEMENT_NOT_ASKED",
      {
        vi: "Thông báo này không yêu cầu xác nhận.",
        en: "This announcement does not ask for an acknowledgement.",
      },
      ["announcementId"],
    );
  }
  assertNotRecorded(receipt.acknowledgedAt);
}
