import { attendanceRate, missingMonths, missingQuarters, REPEATED_ABSENCE_RUN } from "./quorum";

/** A cell's meeting record over a year, as the aggregate queries return it. */
export interface CellYearRecord {
  cellId: string;
  /** Partial dates ('2017', '2017-06', '2017-06-15'); null when not recorded (founded before the records). */
  foundedOn: string | null;
  dissolvedOn: string | null;
  regularMonths: number[];
  thematicQuarters: number[];
  present: number;
  /** Records that count towards the attendance rate (countsForAttendanceRate in quorum.ts). */
  counted: number;
  /**
   * Members' longest runs of absence at the cell's held regular meetings of the year while a member (kept on write
   * by the rule of `longestAbsenceRun`) — at least for every member whose run reaches REPEATED_ABSENCE_RUN.
   */
  absenceRuns: { personId: string; longestRun: number }[];
}

/** The 1-based positions of the bits set in a mask: the months (quarters) of a year with a held meeting. */
export function periodsOfMask(mask: number): number[] {
  return Array.from({ length: 12 }, (_, bit) => bit + 1).filter((period) => (mask >> (period - 1)) & 1);
}

export interface CellCompliance {
  cellId: string;
  monthsWithoutRegularMeeting: number[];
  quartersWithoutThematicMeeting: number[];
  attendanceRate: number | null;
  membersAbsentThreeInARow: string[];
  fallsShort: boolean;
}

/** A partial date read as the first day of its period: '2017' is 1 January 2017, '2017-06' is 1 June. */
function firstDayOf(partialDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = partialDate.split("-").map(Number);
  return { year, month, day };
}

/** The first month of `year` the cell existed for in full (13 when none). */
function firstWholeMonth(foundedOn: string | null, year: number): number {
  if (foundedOn === null) return 1;
  const founded = firstDayOf(foundedOn);
  if (founded.year !== year) return founded.year < year ? 1 : 13;
  return founded.day === 1 ? founded.month : founded.month + 1;
}

/** The last month of `year` the cell existed for in full (0 when none): the one before the dissolution's month. */
function lastWholeMonth(dissolvedOn: string | null, year: number): number {
  if (dissolvedOn === null) return 12;
  const dissolved = firstDayOf(dissolvedOn);
  if (dissolved.year !== year) return dissolved.year > year ? 12 : 0;
  return dissolved.month - 1;
}

/** The last completed month of `year` on `today`: a year still running is judged on its completed months. */
function lastCompletedMonth(year: number, today: string): number {
  const currentYear = Number(today.slice(0, 4));
  return year < currentYear ? 12 : year > currentYear ? 0 : Number(today.slice(5, 7)) - 1;
}

/**
 * Judges a cell's year: a regular meeting every month (Điều lệ, Điều 24.2), a thematic one every quarter, and no
 * member absent three times in a row. A month (a quarter) is judged when it is over and the cell existed for all of
 * it: a cell founded on 10 May is judged from June, one dissolved on 15 August through July. A founding or
 * dissolution date known only to the year or month stands for the first day of that period, as the source gives no
 * more: founded '2017' counts all of 2017, founded '2017-06' from June; dissolved '2023-06' counts through May,
 * dissolved '2023' none of 2023.
 */
export function judgeYear(record: CellYearRecord, year: number, today: string): CellCompliance {
  const firstMonth = firstWholeMonth(record.foundedOn, year);
  const lastMonth = Math.min(lastWholeMonth(record.dissolvedOn, year), lastCompletedMonth(year, today));
  const months = missingMonths(record.regularMonths, lastMonth).filter((month) => month >= firstMonth);
  // Quarter q spans months 3q − 2 to 3q.
  const quarters = missingQuarters(record.thematicQuarters, Math.floor(lastMonth / 3)).filter(
    (quarter) => 3 * quarter - 2 >= firstMonth,
  );
  const absentees = record.absenceRuns
    .filter((member) => member.longestRun >= REPEATED_ABSENCE_RUN)
    .map((member) => member.personId);
  return {
    cellId: record.cellId,
    monthsWithoutRegularMeeting: months,
    quartersWithoutThematicMeeting: quarters,
    attendanceRate: attendanceRate(record.present, record.counted),
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
    attendanceRate: attendanceRate(present, counted),
    cellsFallingShort: cells.filter((cell) => cell.fallsShort),
  };
}
