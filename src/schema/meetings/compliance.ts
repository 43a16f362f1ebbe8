import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { type ComplianceRows, complianceRows, qualityScalesOf } from "../../db/meetings";
import { type CellYearRecord, judgeYear, rollUp } from "../../domain/compliance";
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

function numbers(list: string | null): number[] {
  return list ? list.split(",").map(Number) : [];
}

/** Each cell's year, as the compliance rules read it, from the three aggregates of `complianceRows`. */
export function complianceRecords(rows: ComplianceRows): CellYearRecord[] {
  const attendance = new Map(rows.attendance.map((row) => [row.cell_id, row]));
  // The absentees' records arrive ordered by cell, person and date: each member's statuses stay in date order.
  const absentees = new Map<string, Map<string, CellYearRecord["absenteeRecords"][number]>>();
  for (const row of rows.absentees) {
    const ofCell = absentees.get(row.cell_id) ?? new Map();
    absentees.set(row.cell_id, ofCell);
    const member = ofCell.get(row.person_id) ?? { personId: row.person_id, statuses: [] };
    ofCell.set(row.person_id, member);
    member.statuses.push(row.status);
  }
  return rows.calendar.map((row) => ({
    cellId: row.cell_id,
    foundedOn: row.founded_on,
    dissolvedOn: row.dissolved_on,
    regularMonths: numbers(row.regular_months),
    thematicQuarters: numbers(row.thematic_quarters),
    present: attendance.get(row.cell_id)?.present ?? 0,
    counted: attendance.get(row.cell_id)?.counted ?? 0,
    absenteeRecords: [...(absentees.get(row.cell_id)?.values() ?? [])],
  }));
}

/** A cell's year, or a committee's subtree's, from three aggregate statements whatever the subtree's size. */
export async function complianceOf(context: Context, root: CellRow, year: number) {
  context.db.reserve(aggregatePrice("meetingCompliance", root.subtree_cells));
  const records = complianceRecords(await complianceRows(context.db, root.path, year));
  const cells = records.map((record) => judgeYear(record, year, context.today));
  return { year, cells, ...rollUp(cells, records) };
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
