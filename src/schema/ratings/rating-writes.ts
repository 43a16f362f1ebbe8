/** What the rating mutations share: the years rated, who may record a stage, the quota's counts, the optional links. */
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import {
  type CurrentLevelRow,
  currentLevelsUnder,
  type QuotaScope,
  quotaVersionOf,
  type RatingRow,
} from "../../db/ratings";
import type { RatingStage, RatingSubject, Scheme } from "../../domain/ratings";
import { refuse } from "../../domain/refusal";

const MIN_YEAR = 2014;

export function validYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > 2100) {
    refuse("INVALID_YEAR", `Ratings are recorded from ${MIN_YEAR}; ${year} is not a year Chibo rates.`, [
      "year",
    ]);
  }
  return year;
}

/** Proposals are the cell's; decisions belong to the committee above it (ADMIN at the top). */
export async function authorizeStage(cellId: string, stage: RatingStage, context: Context) {
  if (stage !== "DECISION") return { writeCell: cellId };
  const cell = await context.loaders.cell.load(cellId);
  if (!cell) return { writeCell: cellId };
  return cell.parent_id ? { governUnder: cell.parent_id } : { admin: true };
}

/** The grassroots organization a cell belongs to: itself if grassroots, else the nearest grassroots committee above. */
export async function grassrootsOf(cell: CellRow, context: Context): Promise<CellRow> {
  if (cell.kind === "GRASSROOTS_CELL" || cell.kind === "GRASSROOTS_COMMITTEE") return cell;
  const ancestors = (await context.loaders.cell.loadMany(cell.path.split("/").filter(Boolean))).filter(
    (row): row is CellRow => row !== null && !(row instanceof Error),
  );
  return [...ancestors].reverse().find((row) => row.kind === "GRASSROOTS_COMMITTEE") ?? cell;
}

/** A quota scope's version (the write's guard) and the current levels it counts, read together. */
export async function quotaCounts(context: Context, scope: QuotaScope, path: string) {
  const [version, current] = await Promise.all([
    quotaVersionOf(context.db, scope),
    currentLevelsUnder(context.db, path, scope.year),
  ]);
  return { version, current };
}

export function countLevels(
  scheme: Scheme,
  subject: RatingSubject,
  levels: readonly string[],
): { excellent: number; good: number; notCompleted: number; weak: number } {
  const rank = (code: string) => scheme.levels[subject].find((level) => level.code === code)?.rank ?? 0;
  return {
    excellent: levels.filter((code) => rank(code) === 1).length,
    good: levels.filter((code) => rank(code) === 2).length,
    notCompleted: levels.filter((code) => rank(code) === 4).length,
    weak: levels.filter((code) => rank(code) === 4).length,
  };
}

/** Current levels in a scope after the given changes (a rating's new level replaces its current one). */
export function levelsAfter(
  rows: readonly CurrentLevelRow[],
  changes: Map<string, string>,
  keyOf: (row: CurrentLevelRow) => string,
) {
  const levels = new Map(rows.map((row) => [keyOf(row), row.level_code]));
  for (const [key, level] of changes) levels.set(key, level);
  return [...levels.values()];
}

/** Whether the committee has decided the rating: its state keeps the latest decision's level. */
export function isDecided(rating: RatingRow | null | undefined): boolean {
  return (rating?.decided_level ?? null) !== null;
}

export async function optionalMeeting(
  context: Context,
  cell: CellRow,
  id: { id: string } | null | undefined,
) {
  if (!id) return null;
  const meeting = await context.loaders.meeting.load(id.id);
  if (!meeting || meeting.cell_id !== cell.id)
    refuse("MEETING_MISMATCH", "The meeting is not one of this cell's.", ["meetingId"]);
  return meeting.id;
}

export async function optionalDocument(context: Context, id: { id: string } | null | undefined) {
  if (!id) return null;
  const document = await context.loaders.document.load(id.id);
  if (!document || !(await context.access.canReadDocument(document))) {
    refuse("NOT_FOUND", "No document you can see has this ID.", ["decisionDocumentId"]);
  }
  return document.id;
}
