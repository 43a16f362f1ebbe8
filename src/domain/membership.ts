import { addMonths, comparePartialDates, fullYearsBetween } from "./dates";
import { assertDocumentType, type DocumentType } from "./documents";
import { refuse } from "./refusal";
import { normalizeName } from "./text";

export const PARTY_STATUS_LABELS = {
  CANDIDATE: "Quần chúng ưu tú",
  PROBATIONARY: "Đảng viên dự bị",
  OFFICIAL: "Đảng viên chính thức",
  TRANSFERRED_OUT: "Đã chuyển sinh hoạt ra ngoài",
  REMOVED: "Đã xóa tên",
  EXPELLED: "Đã khai trừ",
  RESIGNED: "Đã ra khỏi Đảng",
  DECEASED: "Đã từ trần",
} as const;
export type PartyStatus = keyof typeof PARTY_STATUS_LABELS;

export const MEMBERSHIP_START_LABELS = {
  ADMITTED: "Kết nạp",
  TRANSFERRED_IN: "Chuyển sinh hoạt đến",
  REINSTATED: "Phục hồi",
} as const;
export type MembershipStart = keyof typeof MEMBERSHIP_START_LABELS;

export const MEMBERSHIP_END_LABELS = {
  TRANSFERRED: "Chuyển sinh hoạt sang chi bộ khác",
  TRANSFERRED_OUT: "Chuyển sinh hoạt ra ngoài",
  REMOVED: "Xóa tên",
  EXPELLED: "Khai trừ",
  RESIGNED: "Ra khỏi Đảng",
  DECEASED: "Từ trần",
} as const;
export type MembershipEnd = keyof typeof MEMBERSHIP_END_LABELS;

/** The reasons a user may give to end a membership; a transfer between cells has its own mutation. */
export type MembershipEndByUser = Exclude<MembershipEnd, "TRANSFERRED">;

/** Probation lasts 12 months from the admission ceremony (Điều lệ Đảng, Điều 5). */
export const PROBATION_MONTHS = 12;
/** Admission age (Điều lệ Đảng, Điều 4). */
export const MINIMUM_ADMISSION_AGE = 18;
/**
 * Guidance 01-HD/TW (28/9/2021, 3.1): a candidate is admitted up to the day they turn 60, counted in months; older,
 * only when the committee directly under the Central Committee decides so for the case.
 */
export const MAXIMUM_ADMISSION_AGE = 60;
export const ADMISSION_AGE_BAND_SINCE = "2021-09-28";

export function probationEndsOn(admittedOn: string): string {
  return addMonths(admittedOn, PROBATION_MONTHS);
}

export function isPartyMember(status: PartyStatus): boolean {
  return status === "PROBATIONARY" || status === "OFFICIAL";
}

/** The status a person has once a membership ends for this reason. */
export function statusAfterLeaving(reason: MembershipEndByUser): PartyStatus {
  return reason;
}

export interface Period {
  from: string;
  until: string | null;
}

/** Half-open periods [from, until) overlap when each starts before the other ends. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.until === null || comparePartialDates(a.from, b.until) < 0;
  const bStartsBeforeAEnds = a.until === null || comparePartialDates(b.from, a.until) < 0;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

export function periodCovers(period: Period, day: string): boolean {
  return (
    comparePartialDates(period.from, day) <= 0 &&
    (period.until === null || comparePartialDates(day, period.until) < 0)
  );
}

export interface AdmissionFacts {
  status: PartyStatus;
  birthDate: string | null;
  admittedOn: string;
  /** The admission decision, where one is recorded: its type, and whether a top organization issued it. */
  decision?: { type: DocumentType; byTopCommittee: boolean } | null;
}

/**
 * Who may be admitted (Điều lệ Đảng, Điều 4; guidance 01-HD/TW): an outstanding candidate aged 18 to 60, or
 * older by a decision of the committee directly under the Central Committee (in Chibo, a top organization).
 */
export function assertAdmissible({ status, birthDate, admittedOn, decision }: AdmissionFacts): void {
  if (decision) assertDocumentType(decision.type, "DECISION", "decisionDocumentId");
  if (status !== "CANDIDATE") {
    refuse(
      "NOT_A_CANDIDATE",
      {
        vi: `Chỉ kết nạp quần chúng ưu tú; người này là ${PARTY_STATUS_LABELS[status]}.`,
        en: `Only an outstanding candidate can be admitted; this person is ${status}.`,
      },
      ["personId"],
    );
  }
  if (birthDate !== null) {
    if (comparePartialDates(admittedOn, birthDate) <= 0) {
      refuse(
        "INVALID_DATE_RANGE",
        {
          vi: `Ngày kết nạp ${admittedOn} trước ngày sinh ${birthDate}.`,
          en: `Admission on ${admittedOn} is before the birth date ${birthDate}.`,
        },
        ["admittedOn"],
      );
    }
    const age = fullYearsBetween(birthDate, admittedOn);
    if (age < MINIMUM_ADMISSION_AGE) {
      refuse(
        "BELOW_ADMISSION_AGE",
        {
          vi: `Ngày ${admittedOn} người này ${age} tuổi; kết nạp phải đủ ${MINIMUM_ADMISSION_AGE} tuổi.`,
          en: `On ${admittedOn} the candidate is ${age}; admission needs at least ${MINIMUM_ADMISSION_AGE} years.`,
        },
        ["admittedOn"],
      );
    }
    const turnsMaximumAge = addMonths(birthDate, MAXIMUM_ADMISSION_AGE * 12);
    if (
      !decision?.byTopCommittee &&
      comparePartialDates(admittedOn, ADMISSION_AGE_BAND_SINCE) >= 0 &&
      comparePartialDates(admittedOn, turnsMaximumAge) > 0
    ) {
      refuse(
        "ABOVE_ADMISSION_AGE",
        {
          vi: `Ngày ${admittedOn} người này đã quá ${MAXIMUM_ADMISSION_AGE} tuổi (đủ ${MAXIMUM_ADMISSION_AGE} tuổi ngày ${turnsMaximumAge}); theo Hướng dẫn 01-HD/TW, kết nạp trên ${MAXIMUM_ADMISSION_AGE} tuổi cần quyết định kết nạp của cấp ủy trực thuộc Trung ương (decisionDocumentId).`,
          en: `On ${admittedOn} the candidate is past ${MAXIMUM_ADMISSION_AGE} (turned ${MAXIMUM_ADMISSION_AGE} on ${turnsMaximumAge}); under guidance 01-HD/TW an admission past ${MAXIMUM_ADMISSION_AGE} needs the admission decision of the committee directly under the Central Committee (decisionDocumentId).`,
        },
        ["admittedOn"],
      );
    }
  }
}

export interface RecognitionFacts {
  status: PartyStatus;
  admittedOn: string | null;
  officialOn: string;
}

export function assertRecognizable({ status, admittedOn, officialOn }: RecognitionFacts): void {
  if (status !== "PROBATIONARY" || admittedOn === null) {
    refuse(
      "NOT_PROBATIONARY",
      {
        vi: `Chỉ công nhận chính thức cho đảng viên dự bị; người này là ${PARTY_STATUS_LABELS[status]}.`,
        en: `Only a probationary member can be recognized as official; this person is ${status}.`,
      },
      ["personId"],
    );
  }
  const earliest = probationEndsOn(admittedOn);
  if (officialOn < earliest) {
    refuse(
      "PROBATION_NOT_COMPLETE",
      {
        vi: `Kết nạp ngày ${admittedOn}, 12 tháng dự bị kết thúc ngày ${earliest}; công nhận ngày ${officialOn} là quá sớm.`,
        en: `Admitted on ${admittedOn}, the 12-month probation ends on ${earliest}; recognition on ${officialOn} is too early.`,
      },
      ["officialOn"],
    );
  }
}

/** A person belongs to one cell at a time (Chibo keeps the whole history, so periods must not overlap). */
export function assertNoOverlap(candidate: Period, existing: readonly Period[], field: string[]): void {
  const clash = existing.find((period) => periodsOverlap(candidate, period));
  if (clash) {
    refuse(
      "OVERLAPPING_MEMBERSHIP",
      {
        vi: `Thời gian sinh hoạt từ ${candidate.from} trùng với thời gian từ ${clash.from}${clash.until ? ` đến ${clash.until}` : " (chưa kết thúc)"}.`,
        en: `The membership from ${candidate.from} overlaps one from ${clash.from}${clash.until ? ` until ${clash.until}` : " (still open)"}.`,
      },
      field,
    );
  }
}

/** The membership a transfer or an ending acts on: the one open on that day, started strictly before it. */
export function currentPeriodOn<P extends Period>(periods: readonly P[], day: string): P {
  const current = periods.find((period) => periodCovers(period, day));
  if (!current)
    refuse(
      "NOT_A_MEMBER",
      {
        vi: `Ngày ${day} người này không sinh hoạt ở chi bộ nào.`,
        en: `The person has no membership on ${day}.`,
      },
      ["personId"],
    );
  if (current.until !== null) {
    refuse(
      "MEMBERSHIP_ALREADY_ENDED",
      {
        vi: `Thời gian sinh hoạt ngày ${day} đã kết thúc ngày ${current.until}; hãy kết thúc hoặc thay đổi từ đó.`,
        en: `The membership on ${day} already ends on ${current.until}; end or change it from there.`,
      },
      ["on"],
    );
  }
  if (comparePartialDates(current.from, day) >= 0) {
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `Thời gian sinh hoạt bắt đầu ngày ${current.from}; chỉ kết thúc được sau ngày đó.`,
        en: `The membership starts on ${current.from}; it can only end after that day.`,
      },
      ["on"],
    );
  }
  return current;
}

/**
 * A member's standing on a day they were a member: official from recognition, probationary before it. Without a
 * recognition date, someone admitted through Chibo who is not official now was probationary (they left during
 * probation); an official member imported without dates stays official.
 */
export function partyStatusOn(
  person: { partyStatus: PartyStatus; admittedOn: string | null; officialOn: string | null },
  day: string,
): "OFFICIAL" | "PROBATIONARY" {
  if (person.officialOn !== null) return person.officialOn <= day ? "OFFICIAL" : "PROBATIONARY";
  if (person.partyStatus === "OFFICIAL") return "OFFICIAL";
  if (
    person.admittedOn !== null ||
    person.partyStatus === "PROBATIONARY" ||
    person.partyStatus === "CANDIDATE"
  ) {
    return "PROBATIONARY";
  }
  return "OFFICIAL";
}

export function validFullName(fullName: string): string {
  const name = normalizeName(fullName);
  if (name.length === 0 || name.length > 120) {
    refuse(
      "INVALID_NAME",
      { vi: "Họ và tên dài từ 1 đến 120 ký tự.", en: "A full name has 1 to 120 characters." },
      ["fullName"],
    );
  }
  return name;
}

/** A candidate is admitted by the cell named, else by the cell that prepared them. */
export function admittingCellId(named: string | null | undefined, preparingCellId: string | null): string {
  const cellId = named ?? preparingCellId;
  if (!cellId)
    refuse(
      "CELL_REQUIRED",
      { vi: "Hãy cho biết chi bộ nào kết nạp quần chúng này.", en: "Say which cell admits the candidate." },
      ["cellId"],
    );
  return cellId;
}

/** Recognition is recorded by a cell: the person must be a member of one on the day. */
export function assertMemberOn(memberships: readonly Period[], day: string, field: string[]): void {
  if (!memberships.some((membership) => periodCovers(membership, day))) {
    refuse(
      "NOT_A_MEMBER",
      {
        vi: `Ngày ${day} người này không sinh hoạt ở chi bộ nào.`,
        en: `The person is in no cell on ${day}.`,
      },
      field,
    );
  }
}

export function assertTransferMoves(currentCellId: string, target: { id: string; name: string }): void {
  if (target.id === currentCellId) {
    refuse(
      "SAME_CELL",
      {
        vi: `Người này đã là đảng viên của ${target.name}.`,
        en: `The person is already a member of ${target.name}.`,
      },
      ["toCellId"],
    );
  }
}

/**
 * A membership ends after the last held meeting that recorded the member: ending it on or before that day (a
 * backdated transfer or end) would silently take a recorded attendee out of the meeting's record.
 */
export function assertEndsAfterRecordedMeetings(
  endsOn: string,
  recorded: { title: string; meeting_date: string } | null,
): void {
  if (recorded === null || recorded.meeting_date < endsOn) return;
  refuse(
    "ATTENDANCE_RECORDED_AFTER",
    {
      vi: `Đảng viên đã được điểm danh tại “${recorded.title}” ngày ${recorded.meeting_date}; ngày kết thúc sinh hoạt ở chi bộ phải sau ngày đó (hoặc đính chính điểm danh trước).`,
      en: `The member's attendance is recorded at “${recorded.title}” on ${recorded.meeting_date}; the membership must end after that day (or correct the attendance first).`,
    },
    ["on"],
  );
}
