import { refuse, type Text } from "./refusal";
import { byCodeOrLabel } from "./text";

/**
 * Yearly ratings (đánh giá, xếp loại chất lượng): the member or organization rates itself, the cell (or the
 * reviewing body) proposes, the committee above decides. Each period's scheme is data (migrations/0004_ratings.sql);
 * these are the rules that read it.
 */
export type RatingSubject = "MEMBER" | "ORGANIZATION";
export type RatingStage = "SELF" | "PROPOSAL" | "DECISION";

export const STAGE_LABELS = {
  SELF: "Tự đánh giá",
  PROPOSAL: "Đề xuất",
  DECISION: "Quyết định công nhận",
} as const;

export interface SchemeLevel {
  code: string;
  label: string;
  rank: number;
  minScore: number | null;
}

export type Condition =
  | "DISCIPLINED_MEMBER"
  | "MAJORITY_NOT_COMPLETED"
  | "ORGANIZATION_DISCIPLINE"
  | "TASK_FIGURES";

export interface Scheme {
  id: string;
  name: string;
  fromYear: number;
  toYear: number | null;
  memberQuotaPercent: number;
  /** null: open — a committee decides for its subtree. */
  memberQuotaApplies: boolean | null;
  organizationQuotaPercent: number;
  organizationQuotaApplies: boolean | null;
  conditions: readonly Condition[];
  usesScores: boolean;
  levels: Record<RatingSubject, readonly SchemeLevel[]>;
}

/** Where a scheme leaves a quota open and no committee has chosen, the quota applies (the stricter reading). */
export const OPEN_QUOTA_DEFAULT = true;

export function schemeForYear(schemes: readonly Scheme[], year: number): Scheme {
  const scheme = schemes.find(
    (scheme) => scheme.fromYear <= year && (scheme.toYear === null || year <= scheme.toYear),
  );
  if (!scheme)
    refuse(
      "NO_SCHEME_FOR_YEAR",
      {
        vi: `Không có quy định đánh giá nào áp dụng cho năm ${year}.`,
        en: `No rating scheme covers ${year}.`,
      },
      ["year"],
    );
  return scheme;
}

export function levelOf(scheme: Scheme, subject: RatingSubject, code: string, field: string[]): SchemeLevel {
  const level = byCodeOrLabel(scheme.levels[subject], code);
  if (!level) {
    const levels = scheme.levels[subject].map((level) => `${level.code} “${level.label}”`).join(", ");
    const years = `${scheme.fromYear}–${scheme.toYear ?? ""}`;
    refuse(
      "LEVEL_NOT_IN_SCHEME",
      {
        vi: `${code} không phải một mức xếp loại của ${scheme.name} (${years}); các mức là ${levels}.`,
        en: `${code} is not a level of ${scheme.name} (${years}); its levels are ${levels}.`,
      },
      field,
    );
  }
  return level;
}

export function worstLevel(scheme: Scheme, subject: RatingSubject): SchemeLevel {
  return [...scheme.levels[subject]].sort((a, b) => b.rank - a.rank)[0] as SchemeLevel;
}

/** The first year Chibo rates; ratings before it were kept on paper. */
export const FIRST_RATED_YEAR = 2014;

export function validYear(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_RATED_YEAR || year > 2100) {
    refuse(
      "INVALID_YEAR",
      {
        vi: `Việc đánh giá được ghi từ năm ${FIRST_RATED_YEAR}; Chibo không đánh giá năm ${year}.`,
        en: `Ratings are recorded from ${FIRST_RATED_YEAR}; ${year} is not a year Chibo rates.`,
      },
      ["year"],
    );
  }
  return year;
}

/** A rating records work done: a year is rated once it has begun (targets for a coming year are not ratings). */
export function ratedYear(year: number, today: string): number {
  validYear(year);
  if (`${year}-01-01` > today) {
    refuse(
      "YEAR_NOT_BEGUN",
      {
        vi: `Năm ${year} chưa bắt đầu (hôm nay là ${today}): đánh giá ghi nhận việc đã làm.`,
        en: `${year} has not begun (today is ${today}): a rating records work done.`,
      },
      ["year"],
    );
  }
  return year;
}

/**
 * How many of the given levels are excellent, good, and the scheme's lowest — "did not complete their tasks", or
 * "weak" for organizations under the 2014 scheme: what the quotas and the conditions count.
 */
export function levelCounts(
  scheme: Scheme,
  subject: RatingSubject,
  levels: readonly string[],
): { excellent: number; good: number; lowest: number } {
  const rank = (code: string) => scheme.levels[subject].find((level) => level.code === code)?.rank ?? 0;
  const lowest = worstLevel(scheme, subject).rank;
  return {
    excellent: levels.filter((code) => rank(code) === 1).length,
    good: levels.filter((code) => rank(code) === 2).length,
    lowest: levels.filter((code) => rank(code) === lowest).length,
  };
}

/** The current levels of a scope after some changes: a rating's new level replaces its current one. */
export function levelsAfter<Row extends { level_code: string }>(
  rows: readonly Row[],
  changes: ReadonlyMap<string, string>,
  keyOf: (row: Row) => string,
): string[] {
  const levels = new Map(rows.map((row) => [keyOf(row), row.level_code]));
  for (const [key, level] of changes) levels.set(key, level);
  return [...levels.values()];
}

/** 2025–: the level follows from a 100-point score (≥ 90 excellent; 70–< 90 good; 50–< 70 completed; < 50 not). */
export function levelForScore(scheme: Scheme, subject: RatingSubject, score: number): SchemeLevel | null {
  return (
    [...scheme.levels[subject]]
      .filter((level) => level.minScore !== null && score >= level.minScore)
      .sort((a, b) => a.rank - b.rank)[0] ?? null
  );
}

export function assertScore(
  scheme: Scheme,
  subject: RatingSubject,
  level: SchemeLevel,
  score: number | null,
  field: string[],
): void {
  if (!scheme.usesScores) {
    if (score !== null)
      refuse(
        "SCORES_NOT_USED",
        { vi: `${scheme.name} đánh giá không chấm điểm.`, en: `${scheme.name} rates without scores.` },
        field,
      );
    return;
  }
  if (score === null)
    refuse(
      "SCORE_REQUIRED",
      {
        vi: `${scheme.name} đánh giá theo thang điểm 100.`,
        en: `${scheme.name} rates by a 100-point score.`,
      },
      field,
    );
  if (!Number.isFinite(score) || score < 0 || score > 100)
    refuse("INVALID_SCORE", { vi: "Điểm từ 0 đến 100.", en: "A score is from 0 to 100." }, field);
  const expected = levelForScore(scheme, subject, score) as SchemeLevel;
  if (expected.code !== level.code) {
    refuse(
      "SCORE_OUTSIDE_BAND",
      {
        vi: `Theo ${scheme.name}, ${score} điểm là mức ${expected.label} (${expected.code}), không phải ${level.code}.`,
        en: `A score of ${score} is ${expected.code} (${expected.label}) under ${scheme.name}, not ${level.code}.`,
      },
      field,
    );
  }
}

export interface MemberFacts {
  disciplined: boolean;
  remedied: boolean;
}

/** A member disciplined in the year is rated "not completed", unless they found it themselves and remedied it. */
export function assertMemberConditions(
  scheme: Scheme,
  level: SchemeLevel,
  facts: MemberFacts,
  field: string[],
): void {
  const worst = worstLevel(scheme, "MEMBER");
  if (
    scheme.conditions.includes("DISCIPLINED_MEMBER") &&
    facts.disciplined &&
    !facts.remedied &&
    level.rank < worst.rank
  ) {
    refuse(
      "DISCIPLINED_MEMBER",
      {
        vi: `Đảng viên bị kỷ luật trong năm được xếp loại ${worst.label} (${worst.code}), trừ khi tự phát hiện và khắc phục vi phạm.`,
        en: `A member disciplined in the year is rated ${worst.code} (${worst.label}) unless the fault was found and remedied by the member.`,
      },
      field,
    );
  }
}

export interface QuotaFacts {
  subject: RatingSubject;
  percent: number;
  applies: boolean;
  excellent: number;
  good: number;
  /** Where it is counted: "the cell", "the grassroots organization", "collectives of similar role". */
  scope: string;
}

/** Excellent at most `percent`% of those rated good (21-HD/BTCTW §2.3 for members; 124-QĐ/TW for organizations). */
export function assertQuota(facts: QuotaFacts, field: string[]): void {
  if (!facts.applies) return;
  const allowed = Math.floor((facts.percent * facts.good) / 100);
  if (facts.excellent > allowed) {
    refuse(
      "QUOTA_EXCEEDED",
      {
        vi: `${facts.excellent} xếp loại xuất sắc trong ${facts.scope} vượt quá ${facts.percent}% của ${facts.good} xếp loại tốt (tối đa ${allowed}).`,
        en: `${facts.excellent} rated excellent in ${facts.scope} exceeds ${facts.percent}% of the ${facts.good} rated good (at most ${allowed}).`,
      },
      field,
    );
  }
}

export interface OrganizationFacts {
  isCell: boolean;
  disciplined: boolean;
  remedied: boolean;
  /** Members rated (current level) and how many of them not completed — for a cell. */
  membersRated: number;
  membersNotCompleted: number;
  /** Subordinate organizations rated and how many of them weak — for a committee. */
  subordinatesRated: number;
  subordinatesWeak: number;
  tasksOnTimePercent: number | null;
  tasksExceedingPercent: number | null;
  tasksLatePercent: number | null;
}

export function assertOrganizationConditions(
  scheme: Scheme,
  level: SchemeLevel,
  facts: OrganizationFacts,
  field: string[],
): void {
  const worst = worstLevel(scheme, "ORGANIZATION");
  const has = (condition: Condition) => scheme.conditions.includes(condition);
  if (has("ORGANIZATION_DISCIPLINE") && facts.disciplined && !facts.remedied && level.rank <= 2) {
    refuse(
      "ORGANIZATION_DISCIPLINE",
      {
        vi: "Tổ chức có cấp ủy viên hoặc tổ chức trực thuộc bị kỷ luật trong năm không được xếp loại tốt hoặc xuất sắc, trừ khi tự phát hiện và khắc phục.",
        en: "An organization whose leadership member or subordinate unit was disciplined in the year is not rated good or excellent, unless it found and remedied it itself.",
      },
      field,
    );
  }
  if (has("MAJORITY_NOT_COMPLETED") && level.rank < worst.rank) {
    if (facts.isCell && facts.membersNotCompleted * 2 > facts.membersRated) {
      refuse(
        "MAJORITY_NOT_COMPLETED",
        {
          vi: `${facts.membersNotCompleted}/${facts.membersRated} đảng viên xếp loại không hoàn thành nhiệm vụ (quá một nửa): chi bộ xếp loại ${worst.label}.`,
          en: `${facts.membersNotCompleted} of ${facts.membersRated} members are rated not completed (more than half): the cell is ${worst.label}.`,
        },
        field,
      );
    }
    if (!facts.isCell && facts.subordinatesWeak * 3 > facts.subordinatesRated) {
      refuse(
        "MAJORITY_NOT_COMPLETED",
        {
          vi: `${facts.subordinatesWeak}/${facts.subordinatesRated} tổ chức trực thuộc xếp loại ${worst.label} (quá một phần ba): đảng bộ cũng vậy.`,
          en: `${facts.subordinatesWeak} of ${facts.subordinatesRated} subordinate organizations are ${worst.label} (more than a third): the committee is too.`,
        },
        field,
      );
    }
  }
  if (has("TASK_FIGURES") && level.rank < worst.rank) {
    const { tasksOnTimePercent: onTime, tasksExceedingPercent: exceeding, tasksLatePercent: late } = facts;
    if (onTime === null || exceeding === null || late === null) {
      refuse(
        "TASK_FIGURES_REQUIRED",
        {
          vi: `${scheme.name} đánh giá tổ chức theo kết quả nhiệm vụ: hãy nhập đủ ba tỷ lệ.`,
          en: `${scheme.name} rates organizations on their tasks: give the three shares.`,
        },
        field,
      );
    }
    const unmet: Text | null =
      level.rank === 1
        ? onTime < 100 || exceeding < 30
          ? {
              vi: "xuất sắc cần 100% nhiệm vụ đúng hạn và ít nhất 30% vượt yêu cầu",
              en: "excellent needs 100% of tasks on time and at least 30% exceeding requirements",
            }
          : null
        : level.rank === 2
          ? onTime < 100
            ? { vi: "tốt cần 100% nhiệm vụ đúng hạn", en: "good needs 100% of tasks on time" }
            : null
          : late > 20 || onTime + late < 100
            ? {
                vi: "hoàn thành cần mọi nhiệm vụ đã xong, chậm hạn tối đa 20%",
                en: "completed needs every task done with at most 20% late",
              }
            : null;
    if (unmet) {
      refuse(
        "TASK_CONDITIONS_NOT_MET",
        {
          vi: `Mức ${unmet.vi} (đúng hạn ${onTime}%, vượt yêu cầu ${exceeding}%, chậm hạn ${late}%).`,
          en: `${unmet.en} (on time ${onTime}%, exceeding ${exceeding}%, late ${late}%).`,
        },
        field,
      );
    }
  }
}

/** A decided rating is locked: only a new decision, with its reason, changes it. */
export function assertStageAllowed(
  decided: boolean,
  stage: RatingStage,
  reason: string | null,
  field: string[],
) {
  if (decided && stage !== "DECISION") {
    refuse(
      "RATING_LOCKED",
      {
        vi: "Cấp ủy đã quyết định xếp loại này; chỉ thay đổi bằng một quyết định mới.",
        en: "The committee has decided this rating; it changes only by a new decision.",
      },
      field,
    );
  }
  if (decided && !reason)
    refuse(
      "REASON_REQUIRED",
      {
        vi: "Quyết định mới cho xếp loại đã quyết định phải nêu lý do.",
        en: "A new decision on a decided rating needs its reason.",
      },
      ["reason"],
    );
}

export type SchemeSetting = "MEMBER_QUOTA_APPLIES" | "ORGANIZATION_QUOTA_APPLIES";

/** A committee chooses only what the scheme leaves open. */
export function assertSettingOpen(scheme: Scheme, setting: SchemeSetting): void {
  const fixed =
    setting === "MEMBER_QUOTA_APPLIES" ? scheme.memberQuotaApplies : scheme.organizationQuotaApplies;
  if (fixed !== null)
    refuse(
      "SETTING_NOT_OPEN",
      {
        vi: `${scheme.name} đã quy định điều này (${fixed ? "áp dụng" : "không áp dụng"}).`,
        en: `${scheme.name} fixes this (${fixed ? "applies" : "does not apply"}).`,
      },
      ["setting"],
    );
}

/** The shares of tasks done on time, beyond target and late are percentages. */
export function assertTaskShares(shares: readonly (number | null)[]): void {
  if (shares.some((share) => share !== null && (share < 0 || share > 100)))
    refuse("INVALID_PERCENT", { vi: "Các tỷ lệ từ 0 đến 100.", en: "Shares are from 0 to 100." }, [
      "tasksOnTimePercent",
    ]);
}

/**
 * A committee decides by a decision (quyết định): the stage names its document, or says why there is none yet —
 * the reason is kept with the stage, beside any reason for changing a decided rating.
 */
export function decisionReason(
  stage: RatingStage,
  documentId: string | null,
  withoutDocument: string | null | undefined,
  reason: string | null,
): string | null {
  if (stage !== "DECISION" || documentId !== null) return reason;
  const why = withoutDocument?.trim();
  if (!why) {
    refuse(
      "DECISION_DOCUMENT_REQUIRED",
      {
        vi: "Quyết định công nhận cần văn bản quyết định (decisionDocumentId), hoặc nêu lý do chưa có (withoutDocumentBecause).",
        en: "A decision needs its decision document (decisionDocumentId), or why there is none yet (withoutDocumentBecause).",
      },
      ["decisionDocumentId"],
    );
  }
  return [reason, `Chưa có văn bản quyết định: ${why}`].filter(Boolean).join("; ");
}

/** A proposal deadline of a year falls within the rating season: from the year's start to the end of the next. */
export function assertDeadlineAfterYearBegins(year: number, proposalsDue: string): void {
  const dueYear = Number(proposalsDue.slice(0, 4));
  if (dueYear < year || dueYear > year + 1)
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `Hạn đề xuất xếp loại năm ${year} phải trong năm ${year} hoặc năm ${year + 1}, không phải ${proposalsDue}.`,
        en: `The proposal deadline of ${year} falls in ${year} or ${year + 1}, not on ${proposalsDue}.`,
      },
      ["proposalsDue"],
    );
}
