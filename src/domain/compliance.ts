import { missingMonths, missingQuarters, REPEATED_ABSENCE_RUN } from "./quorum";

/** A cell's meeting record over a year, as the aggregate queries return it. */
export interface CellYearRecord {
  cellId: string;
  regularMonths: number[];
  thematicQuarters: number[];
  present: number;
  counted: number;
  longestAbsenceRuns: { personId: string; longestRun: number }[];
}

export interface CellCompliance {
  cellId: string;
  monthsWithoutRegularMeeting: number[];
  quartersWithoutThematicMeeting: number[];
  attendanceRate: number | null;
  membersAbsentThreeInARow: string[];
  fallsShort: boolean;
}

/**
 * Judges a cell's year: a regular meeting every month (Điều lệ, Điều 24.2), a thematic one every quarter, and no
 * member absent three times in a row. A year still running is judged on its completed months and quarters.
 */
export function judgeYear(record: CellYearRecord, year: number, today: string): CellCompliance {
  const currentYear = Number(today.slice(0, 4));
  const throughMonth = year < currentYear ? 12 : year > currentYear ? 0 : Number(today.slice(5, 7)) - 1;
  const months = missingMonths(record.regularMonths, throughMonth);
  const quarters = missingQuarters(record.thematicQuarters, Math.floor(throughMonth / 3));
  const absentees = record.longestAbsenceRuns
    .filter((run) => run.longestRun >= REPEATED_ABSENCE_RUN)
    .map((run) => run.personId);
  return {
    cellId: record.cellId,
    monthsWithoutRegularMeeting: months,
    quartersWithoutThematicMeeting: quarters,
    attendanceRate: record.counted > 0 ? record.present / record.counted : null,
    membersAbsentThreeInARow: absentees,
    fallsShort: months.length > 0 || quarters.length > 0 || absentees.length > 0,
  };
}

/** Over a subtree: the attendance of all its cells together, and the cells that fall short. */
export function rollUp(cells: readonly CellCompliance[], records: readonly CellYearRecord[]) {
  const present = records.reduce((sum, record) => sum + record.present, 0);
  const counted = records.reduce((sum, record) => sum + record.counted, 0);
  return {
    cellCount: cells.length,
    attendanceRate: counted > 0 ? present / counted : null,
    cellsFallingShort: cells.filter((cell) => cell.fallsShort),
  };
}
