import type { AttendanceStatus, MeetingKind, VoteChoice } from "./meetings";
import { minutesBetween } from "./meetings";
import type { PartyStatus } from "./membership";
import { refuse, type Text } from "./refusal";

/** An expected attendee (a member of the cell on the meeting's day) and their record, if any. */
export interface Attendee {
  personId: string;
  partyStatus: PartyStatus;
  status: AttendanceStatus | null;
}

export interface StatusCounts {
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  exempted: number;
  notRecorded: number;
}

export interface AttendanceSummary {
  expected: number;
  all: StatusCounts;
  official: StatusCounts;
  probationary: StatusCounts;
  /** Present over the records that count (see countsForAttendanceRate); null while none is recorded. */
  attendanceRate: number | null;
  /** The denominator of a vote: official members who count (Quy định 24-QĐ/TW, 9.3.2). */
  membersWhoCount: number;
  /** Official members present: who may vote. */
  voters: number;
}

function count(attendees: readonly Attendee[]): StatusCounts {
  const of = (status: AttendanceStatus | null) =>
    attendees.filter((attendee) => attendee.status === status).length;
  return {
    present: of("PRESENT"),
    absentExcused: of("ABSENT_EXCUSED"),
    absentUnexcused: of("ABSENT_UNEXCUSED"),
    exempted: of("EXEMPTED"),
    notRecorded: of(null),
  };
}

/**
 * Who counts in the denominator of a vote (Quy định 24-QĐ/TW, 9.3.2): every official member summoned, except
 * exempted members who are absent and members absent with an approved reason. An absence without reason still
 * counts. (Members attached elsewhere, suspended or detained are not members of the cell in Chibo's records.)
 */
export function countsForVote(attendee: Attendee): boolean {
  return (
    attendee.partyStatus === "OFFICIAL" &&
    attendee.status !== "EXEMPTED" &&
    attendee.status !== "ABSENT_EXCUSED"
  );
}

/**
 * Who counts towards an attendance rate, the one definition of a meeting's, a cell's year's and a subtree's
 * (the rollups of migrations/0020_rollups_on_write.sql count the same records): an attendance record other than
 * an exemption from activity (12-HD/BTCTW). A member not yet recorded counts nowhere, so a meeting without records
 * has no rate rather than a rate of 0.
 */
export function countsForAttendanceRate(status: AttendanceStatus | null): boolean {
  return status !== null && status !== "EXEMPTED";
}

export function attendanceRate(present: number, counted: number): number | null {
  return counted > 0 ? present / counted : null;
}

export function summarizeAttendance(attendees: readonly Attendee[]): AttendanceSummary {
  const all = count(attendees);
  const counted = attendees.filter((attendee) => countsForAttendanceRate(attendee.status)).length;
  return {
    expected: attendees.length,
    all,
    official: count(attendees.filter((attendee) => attendee.partyStatus === "OFFICIAL")),
    probationary: count(attendees.filter((attendee) => attendee.partyStatus === "PROBATIONARY")),
    attendanceRate: attendanceRate(all.present, counted),
    membersWhoCount: attendees.filter(countsForVote).length,
    voters: attendees.filter(
      (attendee) => attendee.partyStatus === "OFFICIAL" && attendee.status === "PRESENT",
    ).length,
  };
}

/** A resolution is valid when more than half of the members who count approve (Điều lệ, Điều 9.5). */
export function motionPassed(votesFor: number, membersWhoCount: number): boolean {
  return membersWhoCount > 0 && votesFor * 2 > membersWhoCount;
}

export interface VoteRecord {
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

export interface NamedVote {
  personId: string;
  choice: VoteChoice;
}

/** Tallies named votes, refusing anyone who may not vote: only official members present vote (Điều lệ, Điều 3). */
export function tallyNamedVotes(votes: readonly NamedVote[], attendees: readonly Attendee[]): VoteRecord {
  const byId = new Map(attendees.map((attendee) => [attendee.personId, attendee]));
  const seen = new Set<string>();
  votes.forEach((vote, index) => {
    const attendee = byId.get(vote.personId);
    const field = ["votes", String(index), "personId"];
    if (seen.has(vote.personId))
      refuse(
        "DUPLICATE_VOTE",
        { vi: "Mỗi đảng viên chỉ biểu quyết một lần.", en: "A member votes once." },
        field,
      );
    seen.add(vote.personId);
    if (!attendee)
      refuse(
        "NOT_AN_ATTENDEE",
        {
          vi: "Người biểu quyết không phải đảng viên của chi bộ vào ngày họp.",
          en: "The voter is not a member of the cell on the meeting's day.",
        },
        field,
      );
    if (attendee.partyStatus === "PROBATIONARY") {
      refuse(
        "PROBATIONARY_CANNOT_VOTE",
        {
          vi: "Đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3).",
          en: "Probationary members do not vote (Điều lệ Đảng, Điều 3).",
        },
        field,
      );
    }
    if (attendee.partyStatus !== "OFFICIAL")
      refuse(
        "NOT_A_VOTER",
        { vi: "Chỉ đảng viên chính thức biểu quyết.", en: "Only official members vote." },
        field,
      );
    if (attendee.status !== "PRESENT")
      refuse(
        "VOTER_NOT_PRESENT",
        { vi: "Người biểu quyết không được ghi là có mặt.", en: "The voter is not recorded present." },
        field,
      );
  });
  const of = (choice: VoteChoice) => votes.filter((vote) => vote.choice === choice).length;
  return { votesFor: of("FOR"), votesAgainst: of("AGAINST"), votesAbstain: of("ABSTAIN") };
}

export function assertVoteCounts(record: VoteRecord, voters: number): void {
  const total = record.votesFor + record.votesAgainst + record.votesAbstain;
  if (
    [record.votesFor, record.votesAgainst, record.votesAbstain].some(
      (count) => !Number.isInteger(count) || count < 0,
    )
  ) {
    refuse(
      "INVALID_VOTE_COUNT",
      { vi: "Số phiếu là số nguyên, từ 0 trở lên.", en: "Vote counts are whole numbers, zero or more." },
      ["votesFor"],
    );
  }
  if (total > voters) {
    refuse(
      "VOTES_EXCEED_VOTERS",
      {
        vi: `Ghi ${total} phiếu nhưng chỉ có ${voters} đảng viên chính thức có mặt để biểu quyết.`,
        en: `${total} votes were recorded but only ${voters} official member(s) are present to vote.`,
      },
      ["votesFor"],
    );
  }
}

export const QUALITY_CRITERIA = {
  ATTENDANCE_ABOVE_85: "Tỷ lệ đảng viên dự sinh hoạt trên 85%",
  NO_UNEXCUSED_ABSENCE: "Không có đảng viên vắng mặt không lý do",
  NO_REPEATED_ABSENCE: "Không có đảng viên vắng mặt 3 lần liên tiếp trong năm",
  CONTENT_PREPARED: "Nội dung được bí thư, phó bí thư chuẩn bị, chi ủy họp trước",
  DRAFT_RESOLUTION_PREPARED: "Có dự thảo nghị quyết",
  STARTED_ON_TIME: "Bắt đầu đúng giờ",
  FULL_AGENDA_COVERED: "Thực hiện đủ nội dung",
  LONG_ENOUGH: "Thời lượng đủ (90 phút; 120 phút khi kết hợp sinh hoạt chuyên đề)",
  MANY_MEMBERS_SPOKE: "Nhiều đảng viên phát biểu",
  MINUTES_RECORDED: "Biên bản, sổ ghi biên bản đầy đủ",
  MATERIALS_SENT_IN_TIME: "Tài liệu gửi đảng viên trước ít nhất 1 ngày",
} as const;
export type QualityCriterion = keyof typeof QUALITY_CRITERIA;

export interface CriterionResult {
  criterion: QualityCriterion;
  /** null: not recorded, so not judged. */
  met: boolean | null;
  detail: Text;
}

export interface QualityFacts {
  kind: MeetingKind;
  meetingDate: string;
  scheduledStart: string;
  actualStart: string | null;
  actualEnd: string | null;
  combinedWithThematic: boolean;
  attendance: AttendanceSummary;
  /** Members who reached three absences in a row with this meeting. */
  membersAbsentThreeInARow: number;
  contentPrepared: boolean | null;
  draftResolutionPrepared: boolean | null;
  agendaItems: number;
  agendaItemsCovered: number;
  agendaItemsUnrecorded: number;
  membersWhoSpoke: number | null;
  minutesRecorded: boolean;
  materialsSentAt: string | null;
}

/** Lateness tolerated before a start counts as late. */
export const START_TOLERANCE_MINUTES = 5;
/**
 * Directive 50-CT/TW and guidance 42-HD/BTCTW (2025): materials to members at least a day before, and 120 minutes
 * when a thematic and a regular meeting are held together. They apply to meetings from this day.
 */
export const MATERIALS_RULE_FROM = "2025-01-01";

/**
 * The quality criteria of a regular meeting (12-HD/BTCTW, 2018; 50-CT/TW and 42-HD/BTCTW, 2025), each met,
 * not met, or not judged because the fact is not recorded — so a secretary sees what to fix.
 */
export function qualityCriteria(facts: QualityFacts): CriterionResult[] {
  const { attendance } = facts;
  const results: CriterionResult[] = [];
  const add = (criterion: QualityCriterion, met: boolean | null, detail: Text) =>
    results.push({ criterion, met, detail });
  const rate = attendance.attendanceRate;
  add(
    "ATTENDANCE_ABOVE_85",
    attendance.all.notRecorded > 0 || rate === null ? null : rate > 0.85,
    rate !== null
      ? {
          vi: `${Math.round(rate * 1000) / 10}% có mặt (${attendance.all.present}).`,
          en: `${Math.round(rate * 1000) / 10}% present (${attendance.all.present}).`,
        }
      : attendance.expected === 0
        ? { vi: "Không có đảng viên nào phải dự.", en: "No member is expected." }
        : { vi: "Chưa ghi điểm danh.", en: "Attendance not recorded." },
  );
  add("NO_UNEXCUSED_ABSENCE", attendance.all.notRecorded > 0 ? null : attendance.all.absentUnexcused === 0, {
    vi: `${attendance.all.absentUnexcused} vắng mặt không lý do.`,
    en: `${attendance.all.absentUnexcused} absent without reason.`,
  });
  add("NO_REPEATED_ABSENCE", facts.membersAbsentThreeInARow === 0, {
    vi: `${facts.membersAbsentThreeInARow} đảng viên vắng mặt 3 lần liên tiếp.`,
    en: `${facts.membersAbsentThreeInARow} member(s) absent three times in a row.`,
  });
  const bySecretary = { vi: "Do bí thư ghi nhận.", en: "Recorded by the secretary." };
  const notRecorded = { vi: "Chưa ghi nhận.", en: "Not recorded." };
  add("CONTENT_PREPARED", facts.contentPrepared, bySecretary);
  add("DRAFT_RESOLUTION_PREPARED", facts.draftResolutionPrepared, bySecretary);
  const lateness = facts.actualStart ? minutesBetween(facts.scheduledStart, facts.actualStart) : null;
  add(
    "STARTED_ON_TIME",
    lateness === null ? null : lateness <= START_TOLERANCE_MINUTES,
    lateness === null
      ? { vi: "Chưa ghi giờ bắt đầu thực tế.", en: "Actual start not recorded." }
      : {
          vi: `Bắt đầu sau giờ đã định ${Math.max(lateness, 0)} phút.`,
          en: `Started ${Math.max(lateness, 0)} minute(s) after the time set.`,
        },
  );
  add(
    "FULL_AGENDA_COVERED",
    facts.agendaItems === 0 || facts.agendaItemsUnrecorded > 0
      ? null
      : facts.agendaItemsCovered === facts.agendaItems,
    {
      vi: `Đã thực hiện ${facts.agendaItemsCovered}/${facts.agendaItems} nội dung chương trình.`,
      en: `${facts.agendaItemsCovered} of ${facts.agendaItems} agenda item(s) covered.`,
    },
  );
  const required = facts.combinedWithThematic && facts.meetingDate >= MATERIALS_RULE_FROM ? 120 : 90;
  const duration =
    facts.actualStart && facts.actualEnd ? minutesBetween(facts.actualStart, facts.actualEnd) : null;
  add(
    "LONG_ENOUGH",
    duration === null ? null : duration >= required,
    duration === null
      ? { vi: "Chưa ghi thời gian thực tế.", en: "Actual times not recorded." }
      : {
          vi: `${duration} phút; cần ít nhất ${required} phút.`,
          en: `${duration} minutes; at least ${required} required.`,
        },
  );
  add(
    "MANY_MEMBERS_SPOKE",
    facts.membersWhoSpoke === null ? null : facts.membersWhoSpoke * 2 >= attendance.all.present,
    facts.membersWhoSpoke === null
      ? notRecorded
      : {
          vi: `${facts.membersWhoSpoke}/${attendance.all.present} người có mặt phát biểu (từ một nửa trở lên được hiểu là “nhiều”).`,
          en: `${facts.membersWhoSpoke} of ${attendance.all.present} present spoke (half or more is the local reading of “many”).`,
        },
  );
  add(
    "MINUTES_RECORDED",
    facts.minutesRecorded,
    facts.minutesRecorded
      ? { vi: "Đã gắn biên bản.", en: "Minutes linked." }
      : { vi: "Chưa gắn biên bản.", en: "No minutes linked." },
  );
  if (facts.meetingDate >= MATERIALS_RULE_FROM) {
    const sentDaysBefore =
      facts.materialsSentAt === null
        ? null
        : (Date.parse(facts.scheduledStart) - Date.parse(facts.materialsSentAt)) / 86_400_000;
    add(
      "MATERIALS_SENT_IN_TIME",
      sentDaysBefore === null ? null : sentDaysBefore >= 1,
      sentDaysBefore === null
        ? notRecorded
        : {
            vi: `Gửi trước ${Math.floor(sentDaysBefore * 24)} giờ.`,
            en: `Sent ${Math.floor(sentDaysBefore * 24)} hour(s) before.`,
          },
    );
  }
  return results;
}

/**
 * Runs of absence across a member's meetings, in date order. A meeting the member was exempted from is not
 * counted (12-HD/BTCTW): it neither extends nor breaks a run. Being there, or no record, ends it.
 */
function absenceRuns(statuses: readonly (AttendanceStatus | null)[]): number[] {
  const runs = [0];
  for (const status of statuses) {
    if (status === "EXEMPTED") continue;
    if (status === "ABSENT_EXCUSED" || status === "ABSENT_UNEXCUSED")
      runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1;
    else runs.push(0);
  }
  return runs;
}

/** The length of the longest run of consecutive absences in a member's meetings, in date order. */
export function longestAbsenceRun(statuses: readonly (AttendanceStatus | null)[]): number {
  return Math.max(...absenceRuns(statuses));
}

export const REPEATED_ABSENCE_RUN = 3;

/** Months (1–12) of a year, up to `throughMonth`, without any of the given months. */
export function missingMonths(held: readonly number[], throughMonth: number): number[] {
  const set = new Set(held);
  return Array.from({ length: throughMonth }, (_, i) => i + 1).filter((month) => !set.has(month));
}

/** Quarters (1–4), up to `throughQuarter`, without a thematic meeting (at least one a quarter). */
export function missingQuarters(held: readonly number[], throughQuarter: number): number[] {
  const set = new Set(held);
  return Array.from({ length: throughQuarter }, (_, i) => i + 1).filter((quarter) => !set.has(quarter));
}

/** The run of absences that ends with the last meeting of the list (0 when the member was there). */
export function trailingAbsenceRun(statuses: readonly (AttendanceStatus | null)[]): number {
  return absenceRuns(statuses).at(-1) ?? 0;
}

export interface AttendanceEntry {
  personId: string;
  status: AttendanceStatus;
  note: string | null;
}

/**
 * "Everyone present except …": the entries given, and every other expected attendee who has no record yet as
 * present. A record already made is kept (a correction names its member).
 */
export function withOthersPresent(
  entries: readonly AttendanceEntry[],
  attendees: readonly (Attendee & { exempted?: boolean })[],
): AttendanceEntry[] {
  const named = new Set(entries.map((entry) => entry.personId));
  const others = attendees
    .filter((attendee) => attendee.status === null && !named.has(attendee.personId))
    .map(
      (attendee): AttendanceEntry => ({
        personId: attendee.personId,
        // "Everyone present" does not summon a member exempted from activities.
        status: attendee.exempted ? "EXEMPTED" : "PRESENT",
        note: null,
      }),
    );
  return [...entries, ...others];
}

/**
 * The one rule for a member exempted from Party work and activities (miễn công tác và sinh hoạt đảng): absent, they
 * are recorded as exempted — out of the attendance rate (12-HD/BTCTW) and out of a vote's count (Quy định 24-QĐ/TW,
 * 9.3.2, which counts them only "if they attend and vote"); present, they count like any member. Every figure reads
 * the recorded status (countsForAttendanceRate, countsForVote and the rollups of migration 0020), so recording it
 * once is what makes the rule one.
 */
export function statusUnderExemption(status: AttendanceStatus, exempted: boolean): AttendanceStatus {
  return exempted && status !== "PRESENT" ? "EXEMPTED" : status;
}
