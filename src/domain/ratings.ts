import { refuse } from "./refusal";

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
  if (!scheme) refuse("NO_SCHEME_FOR_YEAR", `No rating scheme covers ${year}.`, ["year"]);
  return scheme;
}

export function levelOf(scheme: Scheme, subject: RatingSubject, code: string, field: string[]): SchemeLevel {
  const level = scheme.levels[subject].find((level) => level.code === code);
  if (!level) {
    refuse(
      "LEVEL_NOT_IN_SCHEME",
      `${code} is not a level of ${scheme.name} (${scheme.fromYear}–${scheme.toYear ?? ""}); its levels are ${scheme.levels[
        subject
      ]
        .map((level) => level.code)
        .join(", ")}.`,
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
      `Ratings are recorded from ${FIRST_RATED_YEAR}; ${year} is not a year Chibo rates.`,
      ["year"],
    );
  }
  return year;
}

/** A rating records work done: a year is rated once it has begun (targets for a coming year are not ratings). */
export function ratedYear(year: number, today: string): number {
  validYear(year);
  if (`${year}-01-01` > today) {
    refuse("YEAR_NOT_BEGUN", `${year} has not begun (today is ${today}): a rating records work done.`, [
      "year",
    ]);
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
    if (score !== null) refuse("SCORES_NOT_USED", `${scheme.name} rates without scores.`, field);
    return;
  }
  if (score === null) refuse("SCORE_REQUIRED", `${scheme.name} rates by a 100-point score.`, field);
  if (!Number.isFinite(score) || score < 0 || score > 100)
    refuse("INVALID_SCORE", "A score is from 0 to 100.", field);
  const expected = levelForScore(scheme, subject, score) as SchemeLevel;
  if (expected.code !== level.code) {
    refuse(
      "SCORE_OUTSIDE_BAND",
      `A score of ${score} is ${expected.code} (${expected.label}) under ${scheme.name}, not ${level.code}.`,
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
      `A member disciplined in the year is rated ${worst.code} (${worst.label}) unless the fault was found and remedied by the member.`,
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
      `${facts.excellent} rated excellent in ${facts.scope} exceeds ${facts.percent}% of the ${facts.good} rated good (at most ${allowed}).`,
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
      "An organization whose leadership member or subordinate unit was disciplined in the year is not rated good or excellent, unless it found and remedied it itself.",
      field,
    );
  }
  if (has("MAJORITY_NOT_COMPLETED") && level.rank < worst.rank) {
    if (facts.isCell && facts.membersNotCompleted * 2 > facts.membersRated) {
      refuse(
        "MAJORITY_NOT_COMPLETED",
        `${facts.membersNotCompleted} of ${facts.membersRated} members are rated not completed (more than half): the cell is ${worst.label}.`,
        field,
      );
    }
    if (!facts.isCell && facts.subordinatesWeak * 3 > facts.subordinatesRated) {
      refuse(
        "MAJORITY_NOT_COMPLETED",
        `${facts.subordinatesWeak} of ${facts.subordinatesRated} subordinate organizations are ${worst.label} (more than a third): the committee is too.`,
        field,
      );
    }
  }
  if (has("TASK_FIGURES") && level.rank < worst.rank) {
    const { tasksOnTimePercent: onTime, tasksExceedingPercent: exceeding, tasksLatePercent: late } = facts;
    if (onTime === null || exceeding === null || late === null) {
      refuse(
        "TASK_FIGURES_REQUIRED",
        `${scheme.name} rates organizations on their tasks: give the three shares.`,
        field,
      );
    }
    const unmet =
      level.rank === 1
        ? onTime < 100 || exceeding < 30
          ? "excellent needs 100% of tasks on time and at least 30% exceeding requirements"
          : null
        : level.rank === 2
          ? onTime < 100
            ? "good needs 100% of tasks on time"
            : null
          : late > 20 || onTime + late < 100
            ? "completed needs every task done with at most 20% late"
            : null;
    if (unmet) {
      refuse(
        "TASK_CONDITIONS_NOT_MET",
        `${unmet} (on time ${onTime}%, exceeding ${exceeding}%, late ${late}%).`,
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
      "The committee has decided this rating; it changes only by a new decision.",
      field,
    );
  }
  if (decided && !reason)
    refuse("REASON_REQUIRED", "A new decision on a decided rating needs its reason.", ["reason"]);
}

/** Ratings of a year grouped by subject, current stage and level, and latest proposal and decision (one row each). */
export interface RatingTallyRow {
  subject: "MEMBER" | "ORGANIZATION";
  stage: string;
  level_code: string;
  proposed_level: string | null;
  decided_level: string | null;
  ratings: number;
}

export interface LevelCount {
  code: string;
  count: number;
}

export interface RatingCounts {
  rated: number;
  byLevel: LevelCount[];
  byStage: LevelCount[];
  goodOrBetter: number;
  shareGoodOrBetter: number | null;
  proposedExcellent: number;
  decidedExcellent: number;
}

/**
 * Counts of one subject's ratings, from tally rows of any number of subtrees (or databases): rows of the same
 * level add up, so a national summary is the same sum as a cell's.
 */
export function countRatings(
  rows: readonly RatingTallyRow[],
  scheme: Scheme,
  subject: "MEMBER" | "ORGANIZATION",
): RatingCounts {
  const mine = rows.filter((row) => row.subject === subject);
  const rank = (code: string | null) =>
    scheme.levels[subject].find((level) => level.code === code)?.rank ?? 99;
  const sum = (selected: readonly RatingTallyRow[]) =>
    selected.reduce((total, row) => total + row.ratings, 0);
  const tally = (key: (row: RatingTallyRow) => string) => {
    const counts = new Map<string, number>();
    for (const row of mine) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.ratings);
    return [...counts].map(([code, count]) => ({ code, count }));
  };
  const rated = sum(mine);
  const goodOrBetter = sum(mine.filter((row) => rank(row.level_code) <= 2));
  return {
    rated,
    byLevel: tally((row) => row.level_code).sort((a, b) => rank(a.code) - rank(b.code)),
    byStage: tally((row) => row.stage),
    goodOrBetter,
    shareGoodOrBetter: rated > 0 ? goodOrBetter / rated : null,
    proposedExcellent: sum(mine.filter((row) => rank(row.proposed_level) === 1)),
    decidedExcellent: sum(mine.filter((row) => rank(row.decided_level) === 1)),
  };
}

export type SchemeSetting = "MEMBER_QUOTA_APPLIES" | "ORGANIZATION_QUOTA_APPLIES";

/** A committee chooses only what the scheme leaves open. */
export function assertSettingOpen(scheme: Scheme, setting: SchemeSetting): void {
  const fixed =
    setting === "MEMBER_QUOTA_APPLIES" ? scheme.memberQuotaApplies : scheme.organizationQuotaApplies;
  if (fixed !== null)
    refuse("SETTING_NOT_OPEN", `${scheme.name} fixes this (${fixed ? "applies" : "does not apply"}).`, [
      "setting",
    ]);
}

/** The shares of tasks done on time, beyond target and late are percentages. */
export function assertTaskShares(shares: readonly (number | null)[]): void {
  if (shares.some((share) => share !== null && (share < 0 || share > 100)))
    refuse("INVALID_PERCENT", "Shares are from 0 to 100.", ["tasksOnTimePercent"]);
}
