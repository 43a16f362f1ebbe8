import { refuse } from "../domain/refusal";
import { type Bind, chunks, type Database, questionMarks } from "./database";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<Row> {
  rows: Row[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The page of a list that has nothing for the viewer (an inbox of a token that names no member). */
export const EMPTY_PAGE: Page<never> = {
  rows: [],
  cursors: [],
  totalCount: 0,
  hasNextPage: false,
  hasPreviousPage: false,
};

/**
 * A list read a page at a time for many parents at once. Rows are ordered by (sortKey, id), a total order,
 * so cursors stay valid when rows are added or removed (keyset pagination, not offsets).
 */
export interface ListQuery {
  select: string;
  from: string;
  /** Binds of `from` (a subquery), placed before all others. */
  fromBinds?: Bind[];
  /** Conditions that do not depend on the parent; `?` binds, in `binds`. */
  where?: string;
  binds?: Bind[];
  /** Column holding the parent key; null for a root list (one parent). */
  parentColumn: string | null;
  sortKey: string;
  id: string;
  /** Newest first (for dated lists): the list's natural order is descending. */
  descending?: boolean;
  /**
   * Set when the list is a whole table (no filter narrows it): its total is read from `list_totals`, which
   * triggers keep (0010_query_plan_indexes.sql), instead of counting every row of the table.
   */
  total?: ListTotal;
  /**
   * Set when each parent's total is kept on write: a statement answering `parent_key_` and `total_` for the
   * parents of `parents` (an `IN` list bound after `binds`), read instead of counting the rows.
   */
  keptTotals?: { select: (parents: string) => string; binds: Bind[] };
}

/** The rows of `list_totals`: each the size of a list that holds a whole table. */
export type ListTotal =
  | "cells"
  | "active_cells"
  | "people"
  | "live_documents"
  | "meetings"
  | "audit_log"
  | "active_grants";

interface Cursor {
  sortKey: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify([cursor.sortKey, cursor.id]));
  return btoa(String.fromCharCode(...bytes));
}

function decodeCursor(value: string, argument: string): Cursor {
  try {
    const bytes = Uint8Array.from(atob(value), (character) => character.charCodeAt(0));
    const decoded: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((part) => typeof part === "string")) {
      return { sortKey: decoded[0] as string, id: decoded[1] as string };
    }
  } catch {
    // reported below, whatever the reason
  }
  return refuse(
    "INVALID_CURSOR",
    {
      vi: `Con trỏ ${argument} không do danh sách này cấp.`,
      en: `The ${argument} cursor was not issued by this list.`,
    },
    [argument],
  );
}

interface PagePlan {
  limit: number;
  backwards: boolean;
  after: Cursor | null;
  before: Cursor | null;
}

export function planPage(args: PageArgs): PagePlan {
  for (const name of ["first", "last"] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      refuse(
        "PAGE_SIZE_OUT_OF_RANGE",
        {
          vi: `${name} phải từ 0 đến ${MAX_PAGE_SIZE}; đã gửi ${size}.`,
          en: `${name} must be between 0 and ${MAX_PAGE_SIZE}; it was ${size}.`,
        },
        [name],
      );
    }
  }
  if (args.first != null && args.last != null) {
    refuse(
      "INVALID_PAGE_ARGUMENTS",
      {
        vi: "Dùng first (với after) hoặc last (với before), không dùng cả hai.",
        en: "Give first (with after) or last (with before), not both.",
      },
      ["last"],
    );
  }
  const backwards = args.last != null;
  return {
    limit: (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    backwards,
    after: args.after ? decodeCursor(args.after, "after") : null,
    before: args.before ? decodeCursor(args.before, "before") : null,
  };
}

interface RankedRow {
  parent_key_: string;
  sort_key_: string;
  id_: string;
}

/**
 * Reads one page for each parent key: per chunk of keys one windowed SELECT (rows) and one GROUP BY
 * (total counts), all in a single D1 batch — one round trip whatever the number of parents. A root list (no
 * parent) is one ordered SELECT with a LIMIT, and a COUNT or, for a whole table, its kept total.
 */
export async function loadPages<Row>(
  db: Database,
  query: ListQuery,
  parentKeys: readonly string[],
  args: PageArgs,
): Promise<Map<string, Page<Row>>> {
  const plan = planPage(args);
  const reversed = plan.backwards !== (query.descending ?? false);
  const direction = reversed ? "DESC" : "ASC";
  const [afterOperator, beforeOperator] = query.descending ? ["<", ">"] : [">", "<"];
  const keyChunks = query.parentColumn === null ? [[""]] : chunks(parentKeys);
  // `first: 0` asks only for the total (a member count beside each organization): no row is read for it.
  const countOnly = plan.limit === 0 && plan.after === null && plan.before === null;

  const statements: D1PreparedStatement[] = [];
  const countStatements = new Set<number>();
  const add = (isCount: boolean, statement: () => D1PreparedStatement) => {
    if (!isCount && countOnly) return;
    if (isCount) countStatements.add(statements.length);
    statements.push(statement());
  };
  for (const keys of keyChunks) {
    const conditions: string[] = [];
    const binds: Bind[] = [...(query.fromBinds ?? [])];
    if (query.parentColumn !== null) {
      conditions.push(`${query.parentColumn} IN (${questionMarks(keys.length)})`);
      binds.push(...keys);
    }
    if (query.where) {
      conditions.push(`(${query.where})`);
      binds.push(...(query.binds ?? []));
    }
    const countWhere = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    const countBinds = [...binds];
    if (plan.after) {
      conditions.push(`(${query.sortKey}, ${query.id}) ${afterOperator} (?, ?)`);
      binds.push(plan.after.sortKey, plan.after.id);
    }
    if (plan.before) {
      conditions.push(`(${query.sortKey}, ${query.id}) ${beforeOperator} (?, ?)`);
      binds.push(plan.before.sortKey, plan.before.id);
    }
    const pageWhere = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    const order = `${query.sortKey} ${direction}, ${query.id} ${direction}`;
    if (query.parentColumn === null) {
      // One list: its page is the first rows in order, which an index on the sort key reads and then stops —
      // a window function would rank every row of the list first.
      add(false, () =>
        db.prepare(
          `SELECT ${query.select}, '' AS parent_key_, ${query.sortKey} AS sort_key_, ${query.id} AS id_
           FROM ${query.from} ${pageWhere} ORDER BY ${order} LIMIT ?`,
          [...binds, plan.limit + 1],
        ),
      );
      add(true, () =>
        query.total
          ? db.prepare("SELECT '' AS parent_key_, total AS total_ FROM list_totals WHERE list = ?", [
              query.total,
            ])
          : db.prepare(
              `SELECT '' AS parent_key_, COUNT(*) AS total_ FROM ${query.from} ${countWhere}`,
              countBinds,
            ),
      );
      continue;
    }
    if (keys.length === 1) {
      // One parent (a cell page, a document's relations): its first rows in order, without ranking the rest.
      add(false, () =>
        db.prepare(
          `SELECT ${query.select}, ${query.parentColumn} AS parent_key_, ${query.sortKey} AS sort_key_, ${query.id} AS id_
           FROM ${query.from} ${pageWhere} ORDER BY ${order} LIMIT ?`,
          [...binds, plan.limit + 1],
        ),
      );
    } else {
      add(false, () =>
        db.prepare(
          `SELECT * FROM (
           SELECT ${query.select}, ${query.parentColumn} AS parent_key_, ${query.sortKey} AS sort_key_, ${query.id} AS id_,
             ROW_NUMBER() OVER (PARTITION BY ${query.parentColumn} ORDER BY ${order}) AS row_number_
           FROM ${query.from} ${pageWhere}
         ) WHERE row_number_ <= ? ORDER BY parent_key_, row_number_`,
          [...binds, plan.limit + 1],
        ),
      );
    }
    const kept = query.keptTotals;
    add(true, () =>
      kept
        ? db.prepare(kept.select(questionMarks(keys.length)), [...kept.binds, ...keys])
        : db.prepare(
            `SELECT ${query.parentColumn} AS parent_key_, COUNT(*) AS total_ FROM ${query.from} ${countWhere} GROUP BY 1`,
            countBinds,
          ),
    );
  }

  const results = await db.readBatch<RankedRow & { total_: number }>(statements);
  const rowsByParent = new Map<string, (Row & RankedRow)[]>();
  const totals = new Map<string, number>();
  results.forEach((rows, index) => {
    for (const row of rows) {
      if (countStatements.has(index)) {
        totals.set(row.parent_key_, row.total_);
      } else {
        const list = rowsByParent.get(row.parent_key_) ?? [];
        list.push(row as unknown as Row & RankedRow);
        rowsByParent.set(row.parent_key_, list);
      }
    }
  });

  const pages = new Map<string, Page<Row>>();
  for (const key of query.parentColumn === null ? [""] : parentKeys) {
    const ranked = rowsByParent.get(key) ?? [];
    const hasMore = countOnly ? (totals.get(key) ?? 0) > 0 : ranked.length > plan.limit;
    const rows = ranked.slice(0, plan.limit);
    if (plan.backwards) rows.reverse();
    pages.set(key, {
      rows,
      cursors: rows.map((row) => encodeCursor({ sortKey: row.sort_key_, id: row.id_ })),
      totalCount: totals.get(key) ?? 0,
      hasNextPage: plan.backwards ? plan.before !== null : hasMore,
      hasPreviousPage: plan.backwards ? hasMore : plan.after !== null,
    });
  }
  return pages;
}
