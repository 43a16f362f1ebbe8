import { addDays, addMonths, fullYearsBetween } from "./dates";
import type { PartyStatus } from "./membership";
import { refuse } from "./refusal";

/**
 * Party age and the Party badge (Huy hiệu Đảng), as docs/badges.md cites them:
 * - party age counts from the day the competent committee signed the admission decision (the party card's date where
 *   the decision is lost), once the member is recognized official, minus the time out of Party activity — expulsion,
 *   removal, lost contact, a gap between two cells' memberships (Quy định 24-QĐ/TW, 2021, 4.5.1; Hướng dẫn
 *   01-HD/TW, 2021); a member readmitted counts from the first admission, minus the time out;
 * - badges for 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90 years (01-HD/TW, 2021, section 18); a seriously ill
 *   member may get the 30–65 year badges up to 12 months early and the 70–90 year badges up to 24 months early; a
 *   deceased member may be awarded posthumously up to 12 months early;
 * - awarded on the anniversaries of 3 February, 19 May, 2 September and 7 November.
 */

export const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

export const BADGE_OCCASION_LABELS = {
  PARTY_FOUNDING: "Kỷ niệm ngày thành lập Đảng (3/2)",
  HO_CHI_MINH_BIRTHDAY: "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5)",
  NATIONAL_DAY: "Quốc khánh (2/9)",
  OCTOBER_REVOLUTION: "Kỷ niệm Cách mạng Tháng Mười Nga (7/11)",
} as const;
export type BadgeOccasion = keyof typeof BADGE_OCCASION_LABELS;

const OCCASION_DAYS: Record<BadgeOccasion, string> = {
  PARTY_FOUNDING: "02-03",
  HO_CHI_MINH_BIRTHDAY: "05-19",
  NATIONAL_DAY: "09-02",
  OCTOBER_REVOLUTION: "11-07",
};

export const EARLY_AWARD_LABELS = {
  SERIOUS_ILLNESS: "Đảng viên bị bệnh nặng",
  POSTHUMOUS: "Truy tặng đảng viên đã từ trần",
} as const;
export type EarlyAwardReason = keyof typeof EARLY_AWARD_LABELS;

export function occasionDay(occasion: BadgeOccasion, year: number): string {
  return `${year}-${OCCASION_DAYS[occasion]}`;
}

/** How many months before the badge's day it may be awarded for this reason. */
export function earlyAllowanceMonths(years: number, reason: EarlyAwardReason): number {
  if (reason === "POSTHUMOUS") return 12;
  return years <= 65 ? 12 : 24;
}

/** A member's party history: the admission decision, recognition, and each membership in a cell, oldest first. */
export interface PartyHistory {
  admittedOn: string | null;
  officialOn: string | null;
  memberships: readonly { startedOn: string; endedOn: string | null }[];
}

export interface Interruption {
  from: string;
  until: string;
  days: number;
}

/** Time out of Party activity: each gap between the end of one membership and the start of the next. */
export function interruptionsOf(history: PartyHistory): Interruption[] {
  const sorted = [...history.memberships].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  return sorted.slice(1).flatMap((next, index) => {
    const endedOn = sorted[index]?.endedOn;
    if (!endedOn || endedOn >= next.startedOn) return [];
    return [{ from: endedOn, until: next.startedOn, days: daysBetween(endedOn, next.startedOn) }];
  });
}

function daysBetween(from: string, until: string): number {
  return Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day a member reaches `years` of party age: the admission day plus the years, pushed back by every
 * interruption that began before it. Null without an admission day.
 */
export function partyAgeReachedOn(history: PartyHistory, years: number): string | null {
  if (!history.admittedOn) return null;
  let day = addMonths(history.admittedOn, 12 * years);
  for (const interruption of interruptionsOf(history)) {
    if (interruption.from < day) day = addDays(day, interruption.days);
  }
  return day;
}

/** The last day in the Party of someone no longer in it (death, leaving): their last membership's end; else null. */
export function lastDayInParty(history: PartyHistory): string | null {
  const sorted = [...history.memberships].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  return sorted.at(-1)?.endedOn ?? null;
}

/** The day party age is judged on for an award on `day`: that day, or the last day in the Party if earlier. */
function judgedOn(history: PartyHistory, day: string): string {
  const last = lastDayInParty(history);
  return last !== null && last < day ? last : day;
}

/**
 * Full years of party age on a day, for an official member (null before recognition, as the Charter counts it);
 * for someone no longer in the Party, the age they had on their last day in it.
 */
export function partyAgeOn(history: PartyHistory, onDay: string): number | null {
  const day = judgedOn(history, onDay);
  if (!history.admittedOn || !history.officialOn || day < history.admittedOn) return null;
  const out = interruptionsOf(history)
    .filter((interruption) => interruption.from < day)
    .reduce((total, interruption) => total + interruption.days, 0);
  // The time out moves the day back (as partyAgeReachedOn moves the badge's day forward): both agree across leap years.
  return Math.max(0, fullYearsBetween(history.admittedOn, addDays(day, -out)));
}

export interface BadgeDue {
  years: number;
  reachedOn: string;
}

/**
 * The badges a member has reached by an award day and not yet received, lowest first; `earlyFor` widens the day by
 * the early allowance of that reason.
 */
export function badgesDue(
  history: PartyHistory,
  received: readonly number[],
  awardOn: string,
  earlyFor: EarlyAwardReason | null = null,
): BadgeDue[] {
  if (!history.officialOn) return [];
  return BADGE_YEARS.flatMap((years) => {
    const reachedOn = partyAgeReachedOn(history, years);
    if (!reachedOn || received.includes(years)) return [];
    const day = judgedOn(history, awardOn);
    const latestDay = earlyFor ? addMonths(day, earlyAllowanceMonths(years, earlyFor)) : day;
    return reachedOn <= latestDay ? [{ years, reachedOn }] : [];
  });
}

export interface BadgeAward {
  years: number;
  awardOn: string;
  earlyReason: EarlyAwardReason | null;
  status: PartyStatus;
  history: PartyHistory;
  received: readonly number[];
}

/** A badge goes once to an official member who has reached it by the occasion, or within the early allowance. */
export function assertBadgeAwardable(award: BadgeAward): void {
  if (!(BADGE_YEARS as readonly number[]).includes(award.years)) {
    refuse(
      "NOT_A_BADGE",
      {
        vi: `Không có Huy hiệu ${award.years} năm tuổi đảng; các mức: ${BADGE_YEARS.join(", ")}.`,
        en: `There is no ${award.years}-year badge; the badges are ${BADGE_YEARS.join(", ")} years.`,
      },
      ["years"],
    );
  }
  if (!award.history.officialOn) {
    refuse(
      "NO_PARTY_AGE",
      {
        vi: "Chỉ đảng viên chính thức mới có tuổi đảng để xét tặng Huy hiệu Đảng.",
        en: "Only official members have a party age for a badge.",
      },
      ["personId"],
    );
  }
  if (award.earlyReason === "POSTHUMOUS" && award.status !== "DECEASED") {
    refuse(
      "NOT_DECEASED",
      {
        vi: "Chỉ truy tặng Huy hiệu Đảng cho đảng viên đã từ trần.",
        en: "A posthumous award is for a deceased member only.",
      },
      ["earlyReason"],
    );
  }
  if (award.status !== "OFFICIAL" && award.status !== "DECEASED") {
    refuse(
      "NOT_A_MEMBER",
      {
        vi: "Người này không còn là đảng viên, không xét tặng Huy hiệu Đảng.",
        en: "This person is no longer a member and cannot receive a badge.",
      },
      ["personId"],
    );
  }
  if (award.received.includes(award.years)) {
    refuse(
      "BADGE_ALREADY_AWARDED",
      {
        vi: `Đảng viên đã được tặng (hoặc đề nghị tặng) Huy hiệu ${award.years} năm tuổi đảng.`,
        en: `The member already has (or is proposed for) the ${award.years}-year badge.`,
      },
      ["years"],
    );
  }
  // A deceased member's age is judged on the day of death: a posthumous award counts its 12 months from then.
  const judgedDay = judgedOn(award.history, award.awardOn);
  const reachedOn = partyAgeReachedOn(award.history, award.years) ?? "";
  if (reachedOn <= judgedDay) return;
  if (!award.earlyReason) {
    refuse(
      "BADGE_NOT_DUE",
      {
        vi: `Đảng viên đủ ${award.years} năm tuổi đảng ngày ${reachedOn}, sau ngày ${judgedDay}; xét tặng sớm chỉ khi bệnh nặng hoặc truy tặng (earlyReason).`,
        en: `The member reaches ${award.years} years of party age on ${reachedOn}, after ${judgedDay}; an early award needs a reason (earlyReason).`,
      },
      ["years"],
    );
  }
  const allowance = earlyAllowanceMonths(award.years, award.earlyReason);
  if (addMonths(judgedDay, allowance) < reachedOn) {
    refuse(
      "TOO_EARLY_FOR_BADGE",
      {
        vi: `Đủ ${award.years} năm tuổi đảng ngày ${reachedOn}: chỉ được xét tặng sớm tối đa ${allowance} tháng (Hướng dẫn 01-HD/TW, mục 18).`,
        en: `${award.years} years of party age are reached on ${reachedOn}: an early award comes at most ${allowance} months before (01-HD/TW, section 18).`,
      },
      ["occasion"],
    );
  }
}
