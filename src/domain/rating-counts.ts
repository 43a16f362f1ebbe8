import { type RatingStage, type Scheme, STAGE_LABELS } from "./ratings";

/** How many ratings a year has, by level and stage: what a cell's, a committee's and the nation's summaries show. */

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
  /** The level or stage as the regulation words it (Vietnamese); null for a code the scheme does not know. */
  label: string | null;
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
  const tally = (key: (row: RatingTallyRow) => string, labelOf: (code: string) => string | null) => {
    const counts = new Map<string, number>();
    for (const row of mine) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.ratings);
    return [...counts].map(([code, count]) => ({ code, label: labelOf(code), count }));
  };
  const levelLabel = (code: string) =>
    scheme.levels[subject].find((level) => level.code === code)?.label ?? null;
  const stageLabel = (code: string) => STAGE_LABELS[code as RatingStage] ?? null;
  const rated = sum(mine);
  const goodOrBetter = sum(mine.filter((row) => rank(row.level_code) <= 2));
  return {
    rated,
    byLevel: tally((row) => row.level_code, levelLabel).sort((a, b) => rank(a.code) - rank(b.code)),
    byStage: tally((row) => row.stage, stageLabel),
    goodOrBetter,
    shareGoodOrBetter: rated > 0 ? goodOrBetter / rated : null,
    proposedExcellent: sum(mine.filter((row) => rank(row.proposed_level) === 1)),
    decidedExcellent: sum(mine.filter((row) => rank(row.decided_level) === 1)),
  };
}
