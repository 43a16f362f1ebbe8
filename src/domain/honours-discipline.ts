import { assertHasCome } from "./dates";
import { type Period, periodCovers } from "./membership";
import { refuse } from "./refusal";
import { normalizeName } from "./text";

/**
 * A member's honours (khen thưởng) and Party discipline (kỷ luật), as the member's file records them: dated decisions
 * of a form, by an authority. The forms of discipline are the Party Statute's (Điều lệ Đảng, Điều 35): an official
 * member may be reprimanded, warned, dismissed from a Party office or expelled; a probationary member only
 * reprimanded or warned. A discipline decided in a year is what that year's rating reads as "disciplined".
 */

export const HONOUR_FORM_LABELS = {
  ORDER: "Huân chương",
  MEDAL: "Huy chương",
  TITLE: "Danh hiệu",
  CERTIFICATE_OF_MERIT: "Bằng khen",
  COMMENDATION: "Giấy khen",
  OTHER: "Hình thức khác",
} as const;
export type HonourForm = keyof typeof HONOUR_FORM_LABELS;

export const DISCIPLINE_FORM_LABELS = {
  REPRIMAND: "Khiển trách",
  WARNING: "Cảnh cáo",
  DISMISSAL: "Cách chức",
  EXPULSION: "Khai trừ",
} as const;
export type DisciplineForm = keyof typeof DISCIPLINE_FORM_LABELS;

const PROBATIONARY_FORMS: readonly DisciplineForm[] = ["REPRIMAND", "WARNING"];

/** A decision is recorded once it is taken: not for a day still to come. */
export function assertDecided(decidedOn: string, today: string): void {
  assertHasCome(
    decidedOn,
    today,
    { vi: "Ngày quyết định chưa đến.", en: "The day of the decision has not come yet." },
    "decidedOn",
  );
}

/** Who decided, as written: required, spaces tidied. */
export function validAuthority(written: string): string {
  const authority = normalizeName(written);
  if (!authority) {
    refuse(
      "AUTHORITY_REQUIRED",
      { vi: "Cần ghi cấp hoặc cơ quan quyết định.", en: "Name the authority that decided it." },
      ["authority"],
    );
  }
  return authority;
}

/**
 * Party discipline is given to a party member: one whose membership covered the day it was decided, with a form
 * the member's standing on that day allows.
 */
export function assertDisciplinable(
  form: DisciplineForm,
  decidedOn: string,
  memberships: readonly Period[],
  standingThen: "OFFICIAL" | "PROBATIONARY",
): void {
  if (!memberships.some((membership) => periodCovers(membership, decidedOn))) {
    refuse(
      "NOT_A_MEMBER",
      {
        vi: "Người này không là đảng viên vào ngày quyết định kỷ luật.",
        en: "The person was not a party member on the day of the disciplinary decision.",
      },
      ["decidedOn"],
    );
  }
  if (standingThen === "PROBATIONARY" && !PROBATIONARY_FORMS.includes(form)) {
    refuse(
      "DISCIPLINE_FORM_NOT_ALLOWED",
      {
        vi: "Đảng viên dự bị chỉ bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo (Điều lệ Đảng, Điều 35).",
        en: "A probationary member is only reprimanded or warned (Party Statute, article 35).",
      },
      ["form"],
    );
  }
}

/**
 * Whether a member's rating of a year counts them as disciplined: what the rating states, else what it stated
 * before, else whether a discipline was decided in the year. A stated "not disciplined" against a recorded decision
 * of the year is refused rather than kept.
 */
export function disciplinedForRating(
  stated: boolean | null | undefined,
  before: boolean,
  disciplineDays: readonly string[],
  year: number,
  field: string[],
): boolean {
  const decided = disciplineDays.find((day) => day.startsWith(`${year}-`));
  if (decided && stated === false) {
    refuse(
      "DISCIPLINE_RECORDED",
      {
        vi: `Đảng viên có quyết định kỷ luật ngày ${decided} trong năm được đánh giá.`,
        en: `The member was disciplined on ${decided}, in the year rated.`,
      },
      field,
    );
  }
  return stated ?? (before || decided !== undefined);
}
