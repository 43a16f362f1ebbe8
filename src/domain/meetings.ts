import { todayInVietnam } from "./dates";
import { refuse } from "./refusal";

export const MEETING_KIND_LABELS = {
  REGULAR: "Sinh hoạt định kỳ",
  THEMATIC: "Sinh hoạt chuyên đề",
  ANNUAL_REVIEW: "Hội nghị tổng kết",
  CONGRESS: "Đại hội",
  EXTRAORDINARY: "Sinh hoạt bất thường",
} as const;
export type MeetingKind = keyof typeof MEETING_KIND_LABELS;

export const MEETING_STATUS_LABELS = {
  SCHEDULED: "Đã lên lịch",
  HELD: "Đã tổ chức",
  POSTPONED: "Hoãn",
  CANCELLED: "Hủy",
} as const;
export type MeetingStatus = keyof typeof MEETING_STATUS_LABELS;

export const AGENDA_KIND_LABELS = {
  REPORT_DISCUSSION: "Thảo luận báo cáo",
  SELF_CRITICISM_REVIEW: "Kiểm điểm, tự phê bình và phê bình",
  MEMBER_RATING: "Đánh giá, xếp loại đảng viên",
  MEETING_QUALITY_RATING: "Xếp loại chất lượng sinh hoạt chi bộ",
  ELECTION: "Bầu cử",
  OTHER: "Nội dung khác",
} as const;
export type AgendaKind = keyof typeof AGENDA_KIND_LABELS;

export const ATTENDANCE_STATUS_LABELS = {
  PRESENT: "Có mặt",
  ABSENT_EXCUSED: "Vắng có lý do",
  ABSENT_UNEXCUSED: "Vắng không lý do",
  EXEMPTED: "Miễn sinh hoạt",
} as const;
export type AttendanceStatus = keyof typeof ATTENDANCE_STATUS_LABELS;

export const VOTE_CHOICE_LABELS = {
  FOR: "Tán thành",
  AGAINST: "Không tán thành",
  ABSTAIN: "Không biểu quyết",
} as const;
export type VoteChoice = keyof typeof VOTE_CHOICE_LABELS;

/** Members may check in from this long before the scheduled start until the meeting ends. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30;

/** The local day (Asia/Ho_Chi_Minh) of an instant. */
export function localDateOf(instant: string): string {
  return todayInVietnam(new Date(Date.parse(instant)));
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

/** Instants are stored in UTC, whatever offset they were given in. */
export function toUtc(instant: string): string {
  return new Date(Date.parse(instant)).toISOString();
}

export function assertInstantOrder(start: string, end: string | null | undefined, field: string[]): void {
  if (end != null && Date.parse(end) <= Date.parse(start)) {
    refuse("INVALID_DATE_RANGE", `The end ${end} must be after the start ${start}.`, field);
  }
}

export interface CheckInWindow {
  status: MeetingStatus;
  scheduledStart: string;
  scheduledEnd: string;
  actualEnd: string | null;
}

/** Check-in runs while the meeting does: from half an hour before its start until it ends. */
export function assertCheckInOpen(meeting: CheckInWindow, now: Date): void {
  if (meeting.status === "CANCELLED" || meeting.status === "POSTPONED") {
    refuse("MEETING_NOT_RUNNING", `The meeting is ${meeting.status.toLowerCase()}.`, ["meetingId"]);
  }
  const opens = Date.parse(meeting.scheduledStart) - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000;
  const closes = Date.parse(meeting.actualEnd ?? meeting.scheduledEnd);
  if (now.getTime() < opens || now.getTime() > closes) {
    refuse(
      "CHECK_IN_CLOSED",
      `Check-in is open from ${new Date(opens).toISOString()} to ${new Date(closes).toISOString()}.`,
      ["meetingId"],
    );
  }
}

export interface HeldFacts {
  actualStart: string | null;
  actualEnd: string | null;
}

export function assertHeldFacts(status: MeetingStatus, facts: HeldFacts): void {
  if (status === "HELD" && (facts.actualStart === null || facts.actualEnd === null)) {
    refuse("ACTUAL_TIMES_REQUIRED", "A held meeting needs its actual start and end.", ["actualStart"]);
  }
}
