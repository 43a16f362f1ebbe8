import { describe, expect, it } from "vitest";
import { aggregatePrice, budgetProblem, DEFAULT_WORK_BUDGET, workBudgetOf } from "../../src/domain/work";

const BUDGET = { rowsRead: 1000, roundTrips: 5, wallMs: 2000 };
const IDLE = { rowsRead: 0, reservedRows: 0, roundTrips: 0, elapsedMs: 0 };

describe("a request's work budget", () => {
  it("lets work within every limit through", () => {
    expect(
      budgetProblem({ rowsRead: 600, reservedRows: 400, roundTrips: 4, elapsedMs: 1999 }, BUDGET),
    ).toBeNull();
  });

  it.each([
    ["rows read and reserved past the limit", { ...IDLE, rowsRead: 600, reservedRows: 401 }],
    ["as many round trips as allowed already made", { ...IDLE, roundTrips: 5 }],
    ["more time than allowed", { ...IDLE, elapsedMs: 2001 }],
  ])("stops %s", (_name, spent) => {
    expect(budgetProblem(spent, BUDGET)).toEqual(expect.any(String));
  });

  it("prices an aggregate by its subtree's kept size", () => {
    expect(aggregatePrice("meetingCompliance", 1967)).toBe(8 * 1967);
    expect(aggregatePrice("meetingCompliance", 0)).toBe(8);
    expect(aggregatePrice("meetingCompliance", 10, 3)).toBe(240);
  });

  it("reads its limits from the settings, falling back to the defaults", () => {
    expect(workBudgetOf({})).toEqual(DEFAULT_WORK_BUDGET);
    expect(workBudgetOf({ BUDGET_ROWS_READ: "10", BUDGET_ROUND_TRIPS: "x", BUDGET_WALL_MS: "-1" })).toEqual({
      ...DEFAULT_WORK_BUDGET,
      rowsRead: 10,
    });
  });
});
