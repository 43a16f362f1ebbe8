/**
 * Reading EXPLAIN QUERY PLAN output: which rows scan a whole table that grows with the data.
 */

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/**
 * Tables whose size does not grow with the data: single-row guards and the lookups a migration fills (external
 * bodies, the rating schemes and their levels), and the notes a write folds in its own batch. Scanning them costs a
 * few rows whatever the data.
 */
export const FIXED_SIZE_TABLES: ReadonlySet<string> = new Set([
  "write_guard",
  "audit_context",
  "external_bodies",
  "rating_schemes",
  "rating_levels",
  "rating_tally_changes",
  "rating_tally_deferral",
]);

const NOT_AN_ALIAS = new Set([
  "WHERE",
  "ON",
  "JOIN",
  "LEFT",
  "INNER",
  "CROSS",
  "GROUP",
  "ORDER",
  "LIMIT",
  "USING",
  "SET",
  "UNION",
  "WHEN",
  "AS",
  "NATURAL",
  "VALUES",
  "SELECT",
]);

/** The tables the statement names, by their names and their aliases (`FROM cells c`). */
export function tablesByName(sql: string, tables: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  const reference = /\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi;
  for (const [, table = "", alias] of sql.matchAll(reference)) {
    if (!tables.has(table)) continue;
    names.set(table, table);
    if (alias && !NOT_AN_ALIAS.has(alias.toUpperCase())) names.set(alias, table);
  }
  return names;
}

/**
 * A keyset page's ordered index scan stops after LIMIT rows: the scan is the outer loop of a statement that ends
 * with LIMIT, reads an index in the ORDER BY's order (no temporary B-tree sorts or groups its rows), and nothing
 * (a window, an aggregate) consumes every row before the limit applies.
 */
function isBoundedByLimit(sql: string, plan: readonly PlanRow[], row: PlanRow): boolean {
  if (!/\bLIMIT\s+(\?\d*|\d+)\s*$/i.test(sql) || /\bOVER\s*\(|\bGROUP BY\b|\bCOUNT\(/i.test(sql))
    return false;
  if (plan.some((other) => /^USE TEMP B-TREE/.test(other.detail))) return false;
  const outerLoop = plan.find((other) => other.parent === 0 && /^(SCAN|SEARCH) /.test(other.detail));
  return outerLoop === row && / USING (COVERING )?INDEX /.test(row.detail);
}

/**
 * The plan rows that read a whole growing table: `SCAN <table>`, with or without an index (`USING INDEX` and
 * `USING COVERING INDEX` walk the whole index, which has an entry per row) — unless a LIMIT bounds the scan
 * (isBoundedByLimit). A full-text table's `VIRTUAL TABLE INDEX n:M…` is a lookup in its index, not a scan; scans
 * of a CTE, a subquery or a constant row read what an inner step produced, and that step has its own row.
 *
 * An INSERT's plan also lists, for every table whose foreign key references the inserted table, a search of its
 * rows that reference the new key: that step runs only while deferred foreign-key violations are pending in the
 * transaction (it settles them), never for a consistent write, so rows about tables an INSERT does not name are
 * left out. An UPDATE or a DELETE keeps them: there they run for every changed key.
 */
export function fullScans(sql: string, plan: readonly PlanRow[], tables: ReadonlySet<string>): PlanRow[] {
  const names = tablesByName(sql, tables);
  const isInsert = /^\s*INSERT\b/i.test(sql);
  return plan.filter((row) => {
    const scanned = /^SCAN (\w+)/.exec(row.detail)?.[1];
    if (!scanned) return false;
    if (/VIRTUAL TABLE INDEX \d+:\S/.test(row.detail)) return false;
    const table = names.get(scanned) ?? (isInsert || !tables.has(scanned) ? undefined : scanned);
    if (table === undefined || FIXED_SIZE_TABLES.has(table)) return false;
    return !isBoundedByLimit(sql, plan, row);
  });
}

/** The plan as an indented tree, for failure messages. */
export function renderPlan(plan: readonly PlanRow[]): string {
  const depth = new Map<number, number>();
  return plan
    .map((row) => {
      const level = (depth.get(row.parent) ?? -1) + 1;
      depth.set(row.id, level);
      return `${"  ".repeat(level)}${row.detail}`;
    })
    .join("\n");
}
