import { CANDIDACY_STEP_LABELS, type CandidacyStep } from "./candidacy";
import { MINIMUM_OFFICIAL_MEMBERS } from "./cells";
import { addDays } from "./dates";
import { GRANT_ROLE_LABELS, type GrantRole } from "./grants";
import type { PartyStatus } from "./membership";
import { probationEndsOn } from "./membership";
import type { Text } from "./refusal";
import { CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS } from "./roles";

/** What a cell's secretary has to act on: the reminders a committee's guidance would otherwise leave to memory. */

export const ACTION_KIND_LABELS = {
  PROBATION_OVERDUE: "Quá hạn xét công nhận đảng viên chính thức",
  MONTH_WITHOUT_REGULAR_MEETING: "Tháng chưa sinh hoạt định kỳ",
  MEMBER_NOT_RATED: "Đảng viên chưa được đánh giá, xếp loại",
  BELOW_MINIMUM_OFFICIAL_MEMBERS: "Chi bộ dưới 3 đảng viên chính thức",
  CELL_COMMITTEE_DUE: "Chi bộ từ 9 đảng viên chính thức chưa có chi ủy",
  MATERIALS_NOT_SENT: "Chưa gửi tài liệu sinh hoạt cho đảng viên",
  IMPLEMENTATION_REPORT_OVERDUE: "Quá hạn báo cáo kết quả thực hiện văn bản",
  CANDIDATE_STEPS_MISSING: "Quần chúng ưu tú còn thiếu bước chuẩn bị kết nạp",
  RATING_PROPOSALS_OVERDUE: "Quá hạn đề xuất đánh giá, xếp loại đảng viên",
  GRANT_EXPIRING: "Quyền sử dụng Chibo sắp hết hạn",
} as const;
export type ActionKind = keyof typeof ACTION_KIND_LABELS;

const CANDIDACY_STEPS_IN_ENGLISH: Record<CandidacyStep, string> = {
  AWARENESS_COURSE: "the awareness course",
  APPLICATION: "the application",
  BACKGROUND_CHECK: "the background check",
  INTRODUCERS: "two official members introducing them",
  ADMISSION_DECISION: "the admission decision",
};

/**
 * For each year, the proposal deadline of the nearest committee above that set one (`committeesTopDown`: the cell's
 * path, the top first), once it has passed.
 */
export function passedDeadlines<
  Deadline extends { committee_id: string; year: number; proposals_due: string },
>(
  deadlines: readonly Deadline[],
  committeesTopDown: readonly string[],
  years: readonly number[],
  today: string,
): Deadline[] {
  return years.flatMap((year) => {
    const nearest = deadlines
      .filter((deadline) => deadline.year === year)
      .sort(
        (a, b) => committeesTopDown.indexOf(b.committee_id) - committeesTopDown.indexOf(a.committee_id),
      )[0];
    return nearest && nearest.proposals_due < today ? [nearest] : [];
  });
}

export interface ActionNeeded {
  kind: ActionKind;
  personId: string | null;
  month: number | null;
  /** Since when the action is due (a day, YYYY-MM-DD). */
  dueSince: string;
  detail: Text;
}

export interface CellReminderFacts {
  today: string;
  members: readonly {
    personId: string;
    fullName: string;
    partyStatus: PartyStatus;
    admittedOn: string | null;
  }[];
  /** Months of this year, over and lived by the cell, without a held regular meeting. */
  monthsWithoutRegularMeeting: readonly number[];
  /** Last year's members on 31 December without a rating of that year. */
  unratedLastYear: readonly { personId: string; fullName: string }[];
  /** Whether the cell has a committee member in office today (a cell committee, chi ủy). */
  hasCellCommittee: boolean;
  /** Meetings still scheduled today or tomorrow, with when their materials went to members (null: not yet). */
  upcomingMeetings: readonly { title: string; meetingDate: string; materialsSentAt: string | null }[];
  /** Documents assigned to the cell whose deadline passed without its report. */
  overdueReports: readonly { number: string | null; title: string; deadline: string }[];
  /** The cell's outstanding candidates with the steps towards admission not yet recorded. */
  candidates: readonly { personId: string; fullName: string; missing: readonly CandidacyStep[] }[];
  /** Proposal deadlines set by the committee above that have passed, with the members still without a proposal. */
  overdueProposals: readonly {
    year: number;
    due: string;
    committeeName: string;
    unproposed: readonly string[];
  }[];
  /** Grants on the cell ending within GRANT_EXPIRY_NOTICE_DAYS, with the person they name, if any. */
  expiringGrants: readonly {
    role: GrantRole;
    fullName: string | null;
    personId: string | null;
    expiresOn: string;
  }[];
}

/** How long before a grant ends the cell is reminded of it: time for the committee to renew it. */
export const GRANT_EXPIRY_NOTICE_DAYS = 30;

/**
 * The cell's actions due, oldest first: probationary members whose 12 months are over without a recognition vote
 * (Điều lệ, Điều 5), months without the regular meeting, and last year's members left unrated.
 */
export function actionsNeeded(facts: CellReminderFacts): ActionNeeded[] {
  const year = Number(facts.today.slice(0, 4));
  const probations = facts.members.flatMap((member): ActionNeeded[] => {
    if (member.partyStatus !== "PROBATIONARY" || member.admittedOn === null) return [];
    const ends = probationEndsOn(member.admittedOn);
    if (ends > facts.today) return [];
    return [
      {
        kind: "PROBATION_OVERDUE",
        personId: member.personId,
        month: null,
        dueSince: ends,
        detail: {
          vi: `${member.fullName}: hết 12 tháng dự bị ngày ${ends}, chi bộ chưa xét công nhận chính thức.`,
          en: `${member.fullName}: the 12 months of probation ended on ${ends}; the cell has not voted on recognition.`,
        },
      },
    ];
  });
  const months = facts.monthsWithoutRegularMeeting.map(
    (month): ActionNeeded => ({
      kind: "MONTH_WITHOUT_REGULAR_MEETING",
      personId: null,
      month,
      dueSince: `${year}-${String(month).padStart(2, "0")}-01`,
      detail: {
        vi: `Tháng ${month}/${year} chưa có buổi sinh hoạt định kỳ nào được ghi là đã tổ chức.`,
        en: `No regular meeting of ${year}-${String(month).padStart(2, "0")} is recorded as held.`,
      },
    }),
  );
  const unrated = facts.unratedLastYear.map(
    (member): ActionNeeded => ({
      kind: "MEMBER_NOT_RATED",
      personId: member.personId,
      month: null,
      dueSince: `${year}-01-01`,
      detail: {
        vi: `${member.fullName}: chưa được đánh giá, xếp loại năm ${year - 1}.`,
        en: `${member.fullName}: not rated for ${year - 1}.`,
      },
    }),
  );
  const materials = facts.upcomingMeetings
    .filter((meeting) => meeting.materialsSentAt === null)
    .map(
      (meeting): ActionNeeded => ({
        kind: "MATERIALS_NOT_SENT",
        personId: null,
        month: null,
        dueSince: addDays(meeting.meetingDate, -1),
        detail: {
          vi: `“${meeting.title}” ngày ${meeting.meetingDate}: tài liệu phải gửi đảng viên trước ít nhất 1 ngày (Chỉ thị 50-CT/TW).`,
          en: `“${meeting.title}” on ${meeting.meetingDate}: materials go to members at least a day before (Directive 50-CT/TW).`,
        },
      }),
    );
  const reports = facts.overdueReports.map(
    (report): ActionNeeded => ({
      kind: "IMPLEMENTATION_REPORT_OVERDUE",
      personId: null,
      month: null,
      dueSince: report.deadline,
      detail: {
        vi: `${report.number ?? report.title}: hạn báo cáo kết quả thực hiện ${report.deadline} đã qua.`,
        en: `${report.number ?? report.title}: the implementation report was due on ${report.deadline}.`,
      },
    }),
  );
  const candidates = facts.candidates
    .filter((candidate) => candidate.missing.length > 0)
    .map(
      (candidate): ActionNeeded => ({
        kind: "CANDIDATE_STEPS_MISSING",
        personId: candidate.personId,
        month: null,
        dueSince: facts.today,
        detail: {
          vi: `${candidate.fullName}: còn thiếu ${candidate.missing.map((step) => CANDIDACY_STEP_LABELS[step].toLowerCase()).join(", ")}.`,
          en: `${candidate.fullName}: still missing ${candidate.missing.map((step) => CANDIDACY_STEPS_IN_ENGLISH[step]).join(", ")}.`,
        },
      }),
    );
  const proposals = facts.overdueProposals
    .filter((deadline) => deadline.unproposed.length > 0)
    .map(
      (deadline): ActionNeeded => ({
        kind: "RATING_PROPOSALS_OVERDUE",
        personId: null,
        month: null,
        dueSince: deadline.due,
        detail: {
          vi: `Hạn đề xuất xếp loại năm ${deadline.year} của ${deadline.committeeName} là ${deadline.due}; còn ${deadline.unproposed.length} đảng viên chưa được đề xuất: ${deadline.unproposed.join(", ")}.`,
          en: `${deadline.committeeName}'s deadline for the ${deadline.year} proposals was ${deadline.due}; ${deadline.unproposed.length} members have none yet: ${deadline.unproposed.join(", ")}.`,
        },
      }),
    );
  const grants = facts.expiringGrants.map(
    (grant): ActionNeeded => ({
      kind: "GRANT_EXPIRING",
      personId: grant.personId,
      month: null,
      dueSince: addDays(grant.expiresOn, -GRANT_EXPIRY_NOTICE_DAYS),
      detail: {
        vi: `Quyền “${GRANT_ROLE_LABELS[grant.role]}”${grant.fullName ? ` của ${grant.fullName}` : ""} tại chi bộ hết hạn ngày ${grant.expiresOn}; đề nghị quản trị gia hạn (setGrantExpiry) nếu còn cần.`,
        en: `The ${grant.role.toLowerCase()} grant${grant.fullName ? ` of ${grant.fullName}` : ""} on this cell ends on ${grant.expiresOn}; ask an admin to extend it (setGrantExpiry) if still needed.`,
      },
    }),
  );
  const all = [
    ...probations,
    ...months,
    ...unrated,
    ...structureActions(facts),
    ...materials,
    ...reports,
    ...proposals,
    ...grants,
  ];
  return [...all, ...candidates].sort((a, b) => a.dueSince.localeCompare(b.dueSince));
}

/**
 * The cell's structure against the Party Charter: at least three official members (Điều 21, 24 — a transfer or a
 * death can leave a cell below, for its committee to merge or strengthen it), and a cell committee once it has nine.
 * These are states to report, not writes to refuse: they are due from today.
 */
function structureActions(facts: CellReminderFacts): ActionNeeded[] {
  const officials = facts.members.filter((member) => member.partyStatus === "OFFICIAL").length;
  const standing = (kind: ActionKind, detail: Text): ActionNeeded => ({
    kind,
    personId: null,
    month: null,
    dueSince: facts.today,
    detail,
  });
  if (officials < MINIMUM_OFFICIAL_MEMBERS) {
    return [
      standing("BELOW_MINIMUM_OFFICIAL_MEMBERS", {
        vi: `Chi bộ có ${officials} đảng viên chính thức; Điều lệ Đảng đòi hỏi ít nhất ${MINIMUM_OFFICIAL_MEMBERS} — cấp ủy cấp trên cần bổ sung hoặc sáp nhập chi bộ.`,
        en: `The cell has ${officials} official members; the Party Charter requires at least ${MINIMUM_OFFICIAL_MEMBERS} — the committee above has to strengthen or merge it.`,
      }),
    ];
  }
  if (officials >= CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS && !facts.hasCellCommittee) {
    return [
      standing("CELL_COMMITTEE_DUE", {
        vi: `Chi bộ có ${officials} đảng viên chính thức nhưng chưa có chi ủy; chi bộ từ ${CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS} đảng viên chính thức bầu chi ủy (Điều lệ Đảng, Điều 24).`,
        en: `The cell has ${officials} official members but no cell committee; from ${CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS} official members a cell elects one (Party Charter, art. 24).`,
      }),
    ];
  }
  return [];
}
