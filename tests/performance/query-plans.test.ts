/// <reference types="vite/types/importMeta.d.ts" />
/**
 * No full scan of a table that grows with the data, and rows read in proportion to what a request returns.
 *
 * How: a data volume (query-plans-volume.ts: a committee with a hundred cells, three thousand members, a year of
 * meetings with attendance, documents, ratings, audit entries) is loaded next to the demo data, then a workload
 * (query-plans-workload.ts) plays what the API's clients do — every query, mutation and HTTP route, as readers of
 * each kind — through the Worker's own fetch, while `observeStatements` records every statement prepared through
 * `Database`, with its binds. The test and the Worker share one module graph, so the observer sees the Worker's
 * statements: the binds are the ones the application computes (a reader's line, a cursor, a search), not guesses.
 *
 * 1. Coverage. A static inventory of the source of src/db/*.ts (query-plans-inventory.ts) lists every piece of SQL
 *    it writes: whole statements, filter conditions, list queries, `rowsWhereIn` call sites. Each must be found in
 *    an observed statement. A statement or a filter added to src/db without a workload step that sends it fails
 *    here, named by file and line, instead of escaping the plan check. (Runtime attribution was the alternative:
 *    a list query is only a description that `loadPages` turns into SQL later, so a stack trace cannot name it.)
 * 2. Plans. Each distinct observed statement is explained with the binds it was sent with (EXPLAIN QUERY PLAN on
 *    the test D1, no ANALYZE statistics: the plans SQLite picks from the schema alone) and fails on a SCAN of a
 *    table that grows with the data, with or without an index — a scan of a whole index reads an entry per row.
 *    Decided (query-plans-analysis.ts): the fixed-size tables of FIXED_SIZE_TABLES may be scanned; a keyset
 *    page's ordered index scan that LIMIT stops is bounded and passes; an INSERT's foreign-key bookkeeping rows
 *    are left out (they run only while deferred violations are pending), an UPDATE's or DELETE's are not.
 * 3. Rows read. Each GraphQL request's `extensions.d1RowsRead` must stay within ROWS_READ_PER_REQUEST plus
 *    ROWS_READ_PER_ROW_RETURNED per row it returns; the volume makes a forgotten scan cost thousands of rows. A
 *    list's totalCount counts as rows returned (counting N rows reads N index entries); the lists that hold a
 *    whole table read their totals from `list_totals` instead. An aggregate declares the records it summarizes.
 *
 * Subtrees are a materialized path (cells.path, '/<root id>/…/<id>/') queried as a range of its unique index,
 * `path >= p AND path < p || '~'`: one index range per subtree, in the order of the path. `path LIKE 'p%'` would
 * scan — SQLite uses an index for LIKE only with a NOCASE index or case_sensitive_like, and the path index is
 * BINARY. The ancestors of a cell are read off its own path (src/db/conditions.ts lists them), so "on the line of"
 * is two index searches too. A closure table would write a row per ancestor for every cell and every move, and
 * a recursive CTE costs a search per node and level and cannot page a subtree in order without materializing it.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { type Bind, observeStatements } from "../../src/db/database";
import { fullScans, type PlanRow, renderPlan } from "./query-plans-analysis";
import { foldWhiteSpace, inventory, uncoveredUnits } from "./query-plans-inventory";
import { loadVolume } from "./query-plans-volume";
import { type RequestCost, runWorkload } from "./query-plans-workload";

const sources = import.meta.glob<string>("../../src/db/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});
const sourcesByFile = Object.fromEntries(
  Object.entries(sources).map(([path, source]) => [path.split("/").pop() ?? path, source]),
);

/**
 * Rows read per row returned, and what any request may read whatever it returns: the viewer's grants, the rows an
 * authorization check loads, a write's guards and audit context.
 */
const ROWS_READ_PER_ROW_RETURNED = 10;
const ROWS_READ_PER_REQUEST = 200;

describe("query plans and rows read", () => {
  const statements = new Map<string, Map<string, readonly Bind[]>>();
  let costs: RequestCost[] = [];
  let tables: Set<string>;

  beforeAll(async () => {
    await loadVolume(env.DB);
    const rows = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{
      name: string;
    }>();
    tables = new Set(rows.results.map((row) => row.name));
    observeStatements((sql, binds) => {
      const byBinds = statements.get(sql) ?? new Map<string, readonly Bind[]>();
      byBinds.set(JSON.stringify(binds), [...binds]);
      statements.set(sql, byBinds);
    });
    try {
      costs = await runWorkload();
    } finally {
      observeStatements(null);
    }
  }, 300_000);

  it("sends every piece of SQL of src/db at least once", () => {
    const units = inventory(sourcesByFile);
    expect(units.length).toBeGreaterThan(100);
    const missing = uncoveredUnits(units, statements.keys()).map((unit) => `${unit.site}  ${unit.label}`);
    expect(missing.join("\n"), "SQL of src/db that the workload never sent").toBe("");
  });

  it("scans no table that grows with the data", async () => {
    const problems: string[] = [];
    for (const [sql, byBinds] of statements) {
      const folded = foldWhiteSpace(sql);
      for (const binds of byBinds.values()) {
        const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .bind(...binds)
          .all<PlanRow>();
        if (fullScans(sql, plan.results, tables).length === 0) continue;
        problems.push(`${folded}\n${renderPlan(plan.results)}`);
        break;
      }
    }
    expect(problems.join("\n\n"), "statements that scan a growing table").toBe("");
  });

  it("reads a small multiple of the rows it returns", () => {
    expect(costs.length).toBeGreaterThan(50);
    const excessive = costs
      .filter(
        (cost) =>
          cost.rowsRead >
          ROWS_READ_PER_REQUEST + ROWS_READ_PER_ROW_RETURNED * (cost.rowsReturned + cost.rowsSummarized),
      )
      .map(
        (cost) =>
          `${cost.label}: read ${cost.rowsRead} rows, returned ${cost.rowsReturned}, summarized ${cost.rowsSummarized}`,
      );
    expect(excessive.join("\n"), "requests that read too many rows").toBe("");
  });
});
