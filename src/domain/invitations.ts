import { refuse } from "./refusal";
import { normalizeName } from "./text";

/** Invitations to a meeting: who is invited answers before it starts. */

export const INVITATION_RESPONSE_LABELS = {
  ATTENDING: "Sẽ dự họp",
  EXCUSED: "Xin vắng",
} as const;
export type InvitationResponse = keyof typeof INVITATION_RESPONSE_LABELS;

/** Answers are taken while the meeting is scheduled and has not started. */
export function assertAnswerable(meeting: { status: string; scheduledStart: string }, now: string): void {
  if (meeting.status !== "SCHEDULED" || Date.parse(now) >= Date.parse(meeting.scheduledStart)) {
    refuse(
      "INVITATION_CLOSED",
      {
        vi: "Chỉ trả lời giấy mời trước khi buổi họp bắt đầu, khi buổi họp còn theo lịch.",
        en: "An invitation is answered before the meeting starts, while it is scheduled.",
      },
      ["meetingId"],
    );
  }
}

/** Excused needs its reason (the minutes list who was excused and why); attending needs none. */
export function answerReason(response: InvitationResponse, written: string | null): string | null {
  if (response === "ATTENDING") return null;
  const reason = normalizeName(written ?? "");
  if (!reason)
    refuse("REASON_REQUIRED", { vi: "Cần ghi lý do xin vắng.", en: "State the reason." }, ["reason"]);
  return reason;
}

/** Of the invited, those who have not answered yet (the reminder list), in the order invited. */
export function notAnswered(invited: readonly string[], answered: ReadonlySet<string>): string[] {
  return invited.filter((personId) => !answered.has(personId));
}
