import { refuse } from "./refusal";

/**
 * Live events (subscriptions, docs/live.md): what a subscriber is told, which channels it listens to, and from where a
 * reconnecting one resumes.
 */

export const LIVE_EVENT_KIND_LABELS = {
  ANNOUNCEMENT: "Thông báo mới",
  MEETING: "Cuộc họp thay đổi",
  CHECK_IN: "Điểm danh trong cuộc họp",
  RATING: "Xếp loại chuyển bước",
  DRAFT_COMMENT: "Góp ý dự thảo mới",
} as const;
export type LiveEventKind = keyof typeof LIVE_EVENT_KIND_LABELS;

/** How long events are kept for reconnecting subscribers to resume from. */
export const LIVE_RETENTION_DAYS = 7;
/**
 * Events resent on resumption at most: past that, the next event sent says some were missed (the lists are read
 * afresh). Counted among the events the subscriber may see, never among the others.
 */
export const MAX_RESUMED_EVENTS = 200;

/**
 * The event a client resumes after (`after`, or the SSE `Last-Event-ID` header): none when it names none; the
 * sequence number its ID decodes to (null when it is not an ID the server made: refused).
 */
export function resumePoint(written: string | null | undefined, decoded: number | null): number | null {
  if (written === null || written === undefined || written === "") return null;
  if (decoded === null) {
    refuse(
      "INVALID_EVENT_ID",
      {
        vi: `Mã sự kiện "${written.slice(0, 40)}" không hợp lệ: dùng đúng trường eventId của sự kiện cuối cùng đã nhận.`,
        en: `The event ID "${written.slice(0, 40)}" is not valid: send the eventId of the last event received.`,
      },
      ["after"],
    );
  }
  return decoded;
}

/** The instant before which events are deleted. */
export function retentionStart(now: Date): string {
  return new Date(now.getTime() - LIVE_RETENTION_DAYS * 86_400_000).toISOString();
}
