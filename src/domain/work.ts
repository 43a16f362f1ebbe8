/**
 * What one request may make D1 do, whatever its text: rows read (reservations of priced aggregates included), round
 * trips, and time. Past any of them the request stops with BUDGET_EXCEEDED.
 */
export interface WorkBudget {
  rowsRead: number;
  roundTrips: number;
  wallMs: number;
}

/**
 * Defaults: the heaviest screens of the province benchmark read a few thousand rows in 3 or 4 round trips (a
 * document search, a cell page); aggregates read their kept counters. A request may do many such screens, and a
 * province's compliance dozens of times over (its counters, a few rows per organization), but not a walk of a
 * province's history.
 */
export const DEFAULT_WORK_BUDGET: WorkBudget = { rowsRead: 500_000, roundTrips: 50, wallMs: 10_000 };

function positiveInteger(setting: string | undefined, fallback: number): number {
  const value = Number(setting);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The budget from the settings (`BUDGET_ROWS_READ`, `BUDGET_ROUND_TRIPS`, `BUDGET_WALL_MS`), defaults elsewhere. */
export function workBudgetOf(settings: {
  BUDGET_ROWS_READ?: string;
  BUDGET_ROUND_TRIPS?: string;
  BUDGET_WALL_MS?: string;
}): WorkBudget {
  return {
    rowsRead: positiveInteger(settings.BUDGET_ROWS_READ, DEFAULT_WORK_BUDGET.rowsRead),
    roundTrips: positiveInteger(settings.BUDGET_ROUND_TRIPS, DEFAULT_WORK_BUDGET.roundTrips),
    wallMs: positiveInteger(settings.BUDGET_WALL_MS, DEFAULT_WORK_BUDGET.wallMs),
  };
}

/**
 * Rows an aggregate over a subtree reads, per organization of the subtree and year, as the province benchmark
 * measured them (rows read ÷ organizations of the subtree): compliance reads each organization's path entry twice,
 * a cell's kept year and its repeated absentees — 6.3 a district's organization. Rounded up: an estimate below the
 * work lets a request read more than its budget in one round trip. (The rating summary reads its root's tallies,
 * a few dozen rows whatever the subtree, and member statistics the kept counts of their root and its direct
 * children, 1,400 rows for a province: they are not priced by size.)
 */
export const ROWS_PER_ORGANIZATION_YEAR = {
  meetingCompliance: 8,
} as const;

export type PricedAggregate = keyof typeof ROWS_PER_ORGANIZATION_YEAR;

/** The rows an aggregate is expected to read, from the kept size of its subtree and the years it covers. */
export function aggregatePrice(aggregate: PricedAggregate, subtreeCells: number, years = 1): number {
  return ROWS_PER_ORGANIZATION_YEAR[aggregate] * Math.max(subtreeCells, 1) * Math.max(years, 1);
}

/** Why a request must stop, or null: what it spent (and reserved) against its budget. */
export function budgetProblem(
  spent: { rowsRead: number; reservedRows: number; roundTrips: number; elapsedMs: number },
  budget: WorkBudget,
): string | null {
  if (spent.rowsRead + spent.reservedRows > budget.rowsRead) {
    return `The request would read more than the ${budget.rowsRead} rows one request may read: ask for less at once (fewer aliases, smaller subtrees, smaller pages).`;
  }
  if (spent.roundTrips >= budget.roundTrips) {
    return `The request needs more than the ${budget.roundTrips} database round trips one request may make: ask for less at once.`;
  }
  if (spent.elapsedMs > budget.wallMs) {
    return `The request ran longer than the ${budget.wallMs / 1000} s one request may take: ask for less at once.`;
  }
  return null;
}
