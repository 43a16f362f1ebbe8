import { assertHasCome } from "./dates";
import type { PartyStatus } from "./membership";
import { refuse } from "./refusal";

/**
 * The steps of an outstanding candidate towards admission (Điều lệ Đảng, Điều 4; guidance 01-HD/TW, 2021): the
 * awareness course, the application, the background check, two official members who introduce them, and — after the
 * cell's vote — the competent committee's admission decision, before the ceremony (admitMember).
 */
export const CANDIDACY_STEP_LABELS = {
  AWARENESS_COURSE: "Học lớp bồi dưỡng nhận thức về Đảng",
  APPLICATION: "Đơn xin vào Đảng",
  BACKGROUND_CHECK: "Thẩm tra lý lịch",
  INTRODUCERS: "Hai đảng viên chính thức giới thiệu",
  ADMISSION_DECISION: "Quyết định kết nạp của cấp ủy có thẩm quyền",
} as const;
export type CandidacyStep = keyof typeof CANDIDACY_STEP_LABELS;

export interface CandidacyFacts {
  awarenessCourseOn: string | null;
  applicationOn: string | null;
  backgroundCheckedOn: string | null;
  introducers: number;
  admissionDecision: boolean;
}

export function missingSteps(candidacy: CandidacyFacts | null): CandidacyStep[] {
  const steps: [CandidacyStep, boolean][] = [
    ["AWARENESS_COURSE", candidacy?.awarenessCourseOn != null],
    ["APPLICATION", candidacy?.applicationOn != null],
    ["BACKGROUND_CHECK", candidacy?.backgroundCheckedOn != null],
    ["INTRODUCERS", (candidacy?.introducers ?? 0) >= 2],
    ["ADMISSION_DECISION", candidacy?.admissionDecision === true],
  ];
  return steps.flatMap(([step, done]) => (done ? [] : [step]));
}

/** Steps towards admission are an outstanding candidate's; an admitted member's stay as they were recorded. */
export function assertCandidate(status: PartyStatus): void {
  if (status !== "CANDIDATE")
    refuse(
      "NOT_A_CANDIDATE",
      {
        vi: "Chỉ ghi các bước chuẩn bị kết nạp cho quần chúng ưu tú.",
        en: "Steps towards admission are recorded for outstanding candidates only.",
      },
      ["personId"],
    );
}

/** A step is recorded once it happened: not on a day still to come. */
export function assertStepDone(day: string | null, today: string, field: string): void {
  if (day === null) return;
  assertHasCome(
    day,
    today,
    {
      vi: `Ngày ${day} chưa đến; chỉ ghi bước đã hoàn thành.`,
      en: `${day} has not come yet; record a step once it is done.`,
    },
    field,
  );
}

/** Two different official members introduce a candidate (Điều lệ Đảng, Điều 4), never the candidate. */
export function assertIntroducers(
  candidateId: string,
  introducers: readonly { id: string; fullName: string; partyStatus: PartyStatus }[],
): void {
  if (
    introducers.length > 2 ||
    new Set(introducers.map((introducer) => introducer.id)).size < introducers.length
  )
    refuse(
      "INVALID_INTRODUCERS",
      {
        vi: "Người giới thiệu là hai đảng viên chính thức khác nhau.",
        en: "A candidate is introduced by two different official members.",
      },
      ["introducerIds"],
    );
  const ineligible = introducers.find(
    (introducer) => introducer.id === candidateId || introducer.partyStatus !== "OFFICIAL",
  );
  if (ineligible)
    refuse(
      "INVALID_INTRODUCERS",
      {
        vi: `${ineligible.fullName} không phải đảng viên chính thức nên không thể giới thiệu người vào Đảng.`,
        en: `${ineligible.fullName} is not an official member and cannot introduce a candidate.`,
      },
      ["introducerIds"],
    );
}
