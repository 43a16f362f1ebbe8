/** What the rating mutations share: the years rated, who may record a stage, the quota's counts, the optional links. */
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { currentLevelsUnder, type QuotaScope, quotaVersionOf, type RatingRow } from "../../db/ratings";
import { assertMeetingOfCell } from "../../domain/rating-entries";
import type { RatingStage } from "../../domain/ratings";

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
  assertMeetingOfCell(meeting?.cell_id, cell.id);
  return id.id;
}
