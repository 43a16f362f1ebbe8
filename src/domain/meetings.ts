import { todayInVietnam } from "./dates";
import { refuse, type Text } from "./refusal";
import { byCodeOrLabel, requiredText } from "./text";

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
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `Thời điểm kết thúc ${end} phải sau thời điểm bắt đầu ${start}.`,
        en: `The end ${end} must be after the start ${start}.`,
      },
      field,
    );
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
    refuse(
      "MEETING_NOT_RUNNING",
      {
        vi: `Cuộc họp đang ở trạng thái ${MEETING_STATUS_LABELS[meeting.status]}.`,
        en: `The meeting is ${meeting.status.toLowerCase()}.`,
      },
      ["meetingId"],
    );
  }
  const opens = Date.parse(meeting.scheduledStart) - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000;
  const closes = Date.parse(meeting.actualEnd ?? meeting.scheduledEnd);
  if (now.getTime() < opens || now.getTime() > closes) {
    refuse(
      "CHECK_IN_CLOSED",
      {
        vi: `Điểm danh mở từ ${new Date(opens).toISOString()} đến ${new Date(closes).toISOString()}.`,
        en: `Check-in is open from ${new Date(opens).toISOString()} to ${new Date(closes).toISOString()}.`,
      },
      ["meetingId"],
    );
  }
}

export interface HeldFacts {
  actualStart: string | null;
  actualEnd: string | null;
}

/** Phones and offices keep time a few minutes apart: "now" is read with this much slack. */
export const CLOCK_SLACK_MINUTES = 5;

/** A held meeting has its actual times, and they are past: nothing is recorded as having happened in the future. */
export function assertHeldFacts(status: MeetingStatus, facts: HeldFacts, now: Date): void {
  if (status !== "HELD") return;
  if (facts.actualStart === null || facts.actualEnd === null) {
    refuse(
      "ACTUAL_TIMES_REQUIRED",
      {
        vi: "Cuộc họp đã tổ chức phải có thời gian bắt đầu và kết thúc thực tế.",
        en: "A held meeting needs its actual start and end.",
      },
      ["actualStart"],
    );
  }
  const latest = now.getTime() + CLOCK_SLACK_MINUTES * 60_000;
  if (Date.parse(facts.actualEnd) > latest) {
    refuse(
      "NOT_YET_HAPPENED",
      {
        vi: `Cuộc họp kết thúc lúc ${facts.actualEnd}, sau thời điểm hiện tại (${now.toISOString()}): hãy ghi nhận đã tổ chức sau khi họp xong.`,
        en: `The meeting ends at ${facts.actualEnd}, after now (${now.toISOString()}): record it as held once it is over.`,
      },
      [Date.parse(facts.actualStart) > latest ? "actualStart" : "actualEnd"],
    );
  }
}

/** The secretary records attendance from the time members may check in: half an hour before the start. */
export function assertAttendanceOpen(scheduledStart: string, now: Date): void {
  const opens = Date.parse(scheduledStart) - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000;
  if (now.getTime() < opens) {
    refuse(
      "NOT_YET_HAPPENED",
      {
        vi: `Điểm danh được ghi từ ${new Date(opens).toISOString()}, nửa giờ trước khi cuộc họp bắt đầu.`,
        en: `Attendance is recorded from ${new Date(opens).toISOString()}, half an hour before the meeting starts.`,
      },
      ["meetingId"],
    );
  }
}

export const MAX_AGENDA_ITEMS = 30;
export const MAX_GUESTS = 50;
export const MAX_ATTENDANCE_ENTRIES = 200;

export function meetingTitle(title: string): string {
  return requiredText(
    title,
    { code: "INVALID_TITLE", message: { vi: "Cuộc họp phải có tên.", en: "A meeting needs a title." } },
    ["title"],
  );
}

export function assertAgendaSize(items: number): void {
  if (items > MAX_AGENDA_ITEMS)
    refuse(
      "TOO_MANY_ITEMS",
      {
        vi: `Tối đa ${MAX_AGENDA_ITEMS} nội dung chương trình.`,
        en: `At most ${MAX_AGENDA_ITEMS} agenda items.`,
      },
      ["agenda"],
    );
}

export function agendaItemTitle(title: string, index: number): string {
  return requiredText(
    title,
    {
      code: "INVALID_TITLE",
      message: { vi: "Nội dung chương trình phải có tên.", en: "An agenda item needs a title." },
    },
    ["agenda", String(index), "title"],
  );
}

export function assertGuestCount(guests: number): void {
  if (guests > MAX_GUESTS)
    refuse(
      "TOO_MANY_GUESTS",
      { vi: `Tối đa ${MAX_GUESTS} khách mời.`, en: `At most ${MAX_GUESTS} guests.` },
      ["guests"],
    );
}

/** A guest is named in the minutes: by the name given, else by the person's recorded name. */
export function guestName(
  given: string | null | undefined,
  personName: string | null | undefined,
  index: number,
) {
  const name = given?.trim() || personName;
  if (!name)
    refuse(
      "INVALID_NAME",
      { vi: "Khách mời phải có tên hoặc gắn với một người.", en: "A guest needs a name or a person." },
      ["guests", String(index), "name"],
    );
  return name;
}

export interface MeetingOfficers {
  chairId: string | null;
  secretaryId: string | null;
}

/** The chair may be a member or a guest (a superior committee's member directing); the note-taker is a member. */
export function assertOfficersAttend(
  officers: MeetingOfficers,
  membersOnTheDay: ReadonlySet<string>,
  guestPersonIds: readonly string[],
): void {
  const { chairId, secretaryId } = officers;
  if (chairId && !membersOnTheDay.has(chairId) && !guestPersonIds.includes(chairId)) {
    refuse(
      "NOT_AN_ATTENDEE",
      {
        vi: "Người chủ trì không phải đảng viên của chi bộ vào ngày đó, cũng không phải khách mời.",
        en: "The chair is neither a member of the cell on that day nor a guest.",
      },
      ["chairId"],
    );
  }
  if (secretaryId && !membersOnTheDay.has(secretaryId)) {
    refuse(
      "NOT_AN_ATTENDEE",
      {
        vi: "Thư ký cuộc họp phải là đảng viên của chi bộ vào ngày đó.",
        en: "The note-taker must be a member of the cell on that day.",
      },
      ["secretaryId"],
    );
  }
}

export function assertMembersWhoSpoke(count: number | null): void {
  if (count !== null && (count < 0 || count > 1000)) {
    refuse(
      "INVALID_COUNT",
      {
        vi: "Số đảng viên phát biểu (membersWhoSpoke) từ 0 đến số người có mặt.",
        en: "membersWhoSpoke is between 0 and the number present.",
      },
      ["membersWhoSpoke"],
    );
  }
}

export function assertHeld(status: MeetingStatus, message: Text): void {
  if (status !== "HELD") refuse("MEETING_NOT_HELD", message, ["meetingId"]);
}

export function motionText(motion: string): string {
  return requiredText(
    motion,
    {
      code: "INVALID_MOTION",
      message: {
        vi: "Nghị quyết, quyết định phải có nội dung biểu quyết.",
        en: "A decision needs its motion.",
      },
    },
    ["motion"],
  );
}

/** A term's leadership is elected by a held congress of the term's own organization. */
export function assertCongressElects(
  congress: { kind: MeetingKind; status: MeetingStatus; cellId: string },
  term: { cellId: string },
): void {
  if (congress.kind !== "CONGRESS")
    refuse(
      "NOT_A_CONGRESS",
      {
        vi: "Chỉ đại hội mới bầu ra cấp ủy của nhiệm kỳ.",
        en: "Only a congress elects a term's leadership.",
      },
      ["meetingId"],
    );
  if (term.cellId !== congress.cellId)
    refuse(
      "TERM_MISMATCH",
      { vi: "Nhiệm kỳ này thuộc tổ chức khác.", en: "The term belongs to another organization." },
      ["termId"],
    );
  assertHeld(congress.status, {
    vi: "Đại hội chưa được ghi nhận là đã tổ chức.",
    en: "The congress has not been recorded as held.",
  });
}

export interface QualityGrade {
  code: string;
  label: string;
  rank: number;
}

/** A committee's meeting-quality scale: 2 to 10 distinct grades, best first, each with a code and a label. */
export function qualityScale(grades: readonly { code: string; label: string }[]): QualityGrade[] {
  if (grades.length < 2 || grades.length > 10)
    refuse("INVALID_SCALE", { vi: "Thang xếp loại có từ 2 đến 10 mức.", en: "A scale has 2 to 10 grades." }, [
      "grades",
    ]);
  const scale = grades.map((grade, index) => ({
    code: grade.code.trim().toUpperCase(),
    label: grade.label.trim(),
    rank: index + 1,
  }));
  if (scale.some((grade) => !/^[A-Z][A-Z0-9_]{0,30}$/.test(grade.code) || !grade.label)) {
    refuse(
      "INVALID_SCALE",
      {
        vi: "Mỗi mức có mã (chữ, số, _) và tên gọi.",
        en: "Each grade has a code (letters, digits, _) and a label.",
      },
      ["grades"],
    );
  }
  if (new Set(scale.map((grade) => grade.code)).size !== scale.length) {
    refuse("INVALID_SCALE", { vi: "Mã các mức phải khác nhau.", en: "Grade codes must differ." }, ["grades"]);
  }
  return scale;
}

/** Attendance is recorded for meetings that take place, by the members expected there. */
export function assertAttendanceRecordable(
  status: MeetingStatus,
  personIds: readonly string[],
  expected: ReadonlySet<string>,
): void {
  if (status === "CANCELLED")
    refuse("MEETING_CANCELLED", { vi: "Cuộc họp đã bị hủy.", en: "The meeting was cancelled." }, [
      "meetingId",
    ]);
  if (personIds.length > MAX_ATTENDANCE_ENTRIES)
    refuse(
      "TOO_MANY_ENTRIES",
      {
        vi: `Mỗi lần tối đa ${MAX_ATTENDANCE_ENTRIES} dòng.`,
        en: `At most ${MAX_ATTENDANCE_ENTRIES} entries at once.`,
      },
      ["entries"],
    );
  personIds.forEach((personId, index) => {
    if (!expected.has(personId)) {
      refuse(
        "NOT_AN_ATTENDEE",
        {
          vi: "Người này không phải đảng viên của chi bộ vào ngày họp.",
          en: "This person is not a member of the cell on the meeting's day.",
        },
        ["entries", String(index), "personId"],
      );
    }
  });
}

/** Members check in only to their own cell's meetings; any other meeting is answered as if it did not exist. */
export function assertOwnCellMeeting<Meeting>(
  meeting: Meeting | null | undefined,
  isExpectedAttendee: boolean,
): asserts meeting is Meeting {
  if (!meeting || !isExpectedAttendee)
    refuse(
      "NOT_AN_ATTENDEE",
      {
        vi: "Đồng chí chỉ điểm danh được các cuộc họp của chi bộ mình.",
        en: "You can check in only to meetings of your own cell.",
      },
      ["meetingId"],
    );
}

/** A meeting's quality is graded on its committee's scale, by code (case and spaces aside). */
export function gradeOfScale(scale: readonly QualityGrade[], written: string): QualityGrade {
  const grade = byCodeOrLabel(scale, written);
  if (!grade) {
    const grades = scale.map((candidate) => `${candidate.code} “${candidate.label}”`).join(", ");
    refuse(
      "GRADE_NOT_IN_SCALE",
      {
        vi: `${written} không phải một mức của thang xếp loại ở đây (${grades}).`,
        en: `${written} is not a grade of the scale here (${grades}).`,
      },
      ["grade"],
    );
  }
  return grade;
}
