import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { type ComplianceRows, complianceRows, qualityScalesOf } from "../../db/meetings";
import { type CellYearRecord, judgeYear, periodsOfMask, rollUp } from "../../domain/compliance";
import { aggregatePrice } from "../../domain/work";

export interface QualityGrade {
  code: string;
  label: string;
  rank: number;
}

/** The scale used where no committee set its own (domain.md: the scale is set locally). */
export const DEFAULT_QUALITY_SCALE: QualityGrade[] = [
  { code: "GOOD", label: "Tốt", rank: 1 },
  { code: "FAIR", label: "Khá", rank: 2 },
  { code: "AVERAGE", label: "Trung bình", rank: 3 },
  { code: "POOR", label: "Kém", rank: 4 },
];

/** Each cell's year, as the compliance rules read it, from the counters of `complianceRows`. */
export function complianceRecords(rows: ComplianceRows): CellYearRecord[] {
  const runs = new Map<string, CellYearRecord["absenceRuns"]>();
  for (const row of rows.absenceRuns) {
    const ofCell = runs.get(row.cell_id) ?? [];
    runs.set(row.cell_id, ofCell);
    ofCell.push({ personId: row.person_id, longestRun: row.longest_run });
  }
  return rows.years.map((row) => ({
    cellId: row.cell_id,
    foundedOn: row.founded_on,
    dissolvedOn: row.dissolved_on,
    regularMonths: periodsOfMask(row.regular_months ?? 0),
    thematicQuarters: periodsOfMask(row.thematic_quarters ?? 0),
    present: row.present ?? 0,
    counted: row.counted ?? 0,
    absenceRuns: runs.get(row.cell_id) ?? [],
  }));
}

/** A cell's year, or a committee's subtree's, from two statements reading a row per cell (and repeated absentee). */
export async function complianceOf(context: Context, root: CellRow, year: number) {
  context.db.reserve(aggregatePrice("meetingCompliance", root.subtree_cells));
  const records = complianceRecords(await complianceRows(context.db, { subtreePath: root.path }, year));
  const cells = records.map((record) => judgeYear(record, year, context.today));
  // Members of the subtree's cells, which whoever reads these figures reads (src/domain/figures.ts).
  context.access.vouchForPeople(cells.flatMap((cell) => cell.membersAbsentThreeInARow));
  return { year, cells, ...rollUp(cells, records) };
}

/** One cell's year through a loader, so that the cells of one nesting level are judged from one round trip. */
export async function complianceOfCell(context: Context, cellId: string, year: number) {
  const [record] = await context.loaders
    .grouped(
      `complianceOfCells:${year}`,
      async (ids) => complianceRecords(await complianceRows(context.db, { cellIds: ids }, year)),
      (record) => record.cellId,
    )
    .load(cellId);
  return record ? judgeYear(record, year, context.today) : null;
}

/** The meeting-quality scale that applies in a cell: the nearest committee's above it, else the default. */
export async function qualityScaleOf(context: Context, cell: CellRow): Promise<QualityGrade[]> {
  const ancestorIds = cell.path.split("/").filter(Boolean);
  const scales = await qualityScalesOf(context.db, ancestorIds);
  const nearest = ancestorIds
    .reverse()
    .map((id) => scales.find((scale) => scale.cell_id === id))
    .find(Boolean);
  return nearest ? (JSON.parse(nearest.grades) as QualityGrade[]) : DEFAULT_QUALITY_SCALE;
}
