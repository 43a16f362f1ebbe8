import type { DocumentReader } from "../domain/documents";
import { refuse } from "../domain/refusal";
import { reachQuery, SEARCH_COUNT_LIMIT } from "../domain/search";
import { foldVietnamese } from "../domain/text";
import { Conditions } from "./conditions";
import type { Database } from "./database";
import { addFilterConditions, type DocumentFilter, readableRow } from "./document-filters";
import type { DocumentContent, DocumentRow } from "./document-rows";
import { encodeCursor, type Page, type PageArgs, planPage } from "./pages";

/**
 * The search index's rowid of a `documents` row: its sort day in the high bits above the row's own rowid, so that
 * the index itself lists its matches newest first (FTS5 returns them in rowid order, descending on request) and a
 * page stops after its rows instead of sorting every match.
 */
export const SEARCH_ROWID =
  "((MAX(0, COALESCE(CAST(julianday(sort_key) - julianday('1900-01-01') AS INTEGER), 0)) << 32) | rowid)";
/**
 * Who may find a document, as words of the search index's `reach` column (from its `document_reads` row `r`), so that
 * the index skips what a reader may not read instead of the reader's rule reading every match: an issued document
 * of an external body is `ropen`; an issued document of a cell is `ri<id>` for the cell and each organization above
 * it (readers whose line runs through one of them from above) and `ra<cell id>` (readers below it); a draft is
 * `rd<id>` for the cell and each one above (its writers). Ids lose their dashes and underscores, which the tokenizer
 * would split on. The reader's side: `reachQuery` (src/domain/search.ts). The rule itself is still checked on each
 * match (`readableRow`): the words only narrow.
 */
export const SEARCH_REACH = `CASE
  WHEN r.status = 'DRAFT' THEN CASE WHEN r.issuer_path IS NULL THEN ''
    ELSE 'rd' || replace(trim(lower(replace(replace(r.issuer_path, '-', ''), '_', '')), '/'), '/', ' rd') END
  WHEN r.issuer_path IS NULL THEN 'ropen'
  ELSE 'ri' || replace(trim(lower(replace(replace(r.issuer_path, '-', ''), '_', '')), '/'), '/', ' ri')
    || ' ra' || lower(replace(replace(r.issuer_cell_id, '-', ''), '_', ''))
END`;

/** `reach` of the documents row in scope as `documents`, for a statement that indexes it. */
export const SEARCH_REACH_OF_DOCUMENT = `(SELECT ${SEARCH_REACH} FROM document_reads r WHERE r.document_rowid = documents.rowid)`;

/** The `documents` rowid inside a search rowid. */
const DOCUMENT_ROWID_MASK = 0xffffffff;

export interface SearchTiers {
  all: string;
  titled: string;
  untitled: string;
}

export interface SearchPage extends Page<DocumentRow> {
  /** False when the count stopped at SEARCH_COUNT_LIMIT: there are at least `totalCount` matches. */
  totalIsExact: boolean;
}

/**
 * A search's page. Documents whose number or title holds a searched word come first, then the others, newest first
 * within each: an order that reads nothing but the document itself. (FTS5's bm25 would weigh matches by statistics of
 * the whole index, hidden drafts included, and its scores, in the order and in the cursors, would tell a reader about
 * documents they may not read.) Each tier is a walk of the index in rowid order (its rowid leads with the document's
 * day) that stops once the page is full: the reader's rule and the filters read the match's narrow
 * `document_reads` row, `documents` is read for the page's rows only. The count, when asked for, stops at
 * SEARCH_COUNT_LIMIT. At most three statements, one round trip; the cursor is the tier and the search rowid.
 */
export async function searchDocuments(
  db: Database,
  tiers: SearchTiers,
  filter: DocumentFilter,
  reader: DocumentReader,
  args: PageArgs & { counted: boolean },
): Promise<SearchPage> {
  const plan = planPage(args);
  // The reader's reach narrows the index's matches to what the rule below can accept.
  const within = (query: string) => (reader.everything ? query : `(${query}) AND ${reachQuery(reader)}`);
  const where = new Conditions();
  const readable = readableRow("found", reader);
  if (readable) where.add(readable.sql, ...readable.binds);
  addFilterConditions(where, "found", filter);
  const from = `FROM document_search
    JOIN document_reads found ON found.document_rowid = (document_search.rowid & ${DOCUMENT_ROWID_MASK})`;
  const conditions = `document_search MATCH ?${where.sql ? ` AND ${where.sql}` : ""}`;
  // In list order the titled tier ("1") comes first, each tier by descending rowid; backwards, all of it reversed.
  const cursor = plan.backwards ? plan.before : plan.after;
  const tierOrder = plan.backwards ? ["0", "1"] : ["1", "0"];
  if (cursor && (!tierOrder.includes(cursor.sortKey) || !/^\d{1,19}$/.test(cursor.id))) {
    refuse(
      "INVALID_CURSOR",
      {
        vi: "Con trỏ (cursor) này không do tìm kiếm này cấp.",
        en: "The cursor was not issued by this search.",
      },
      [plan.backwards ? "before" : "after"],
    );
  }
  const tiersToRead = tierOrder.filter(
    (tier) => !cursor || tierOrder.indexOf(tier) >= tierOrder.indexOf(cursor.sortKey),
  );
  // One statement: the tiers' walks joined by UNION ALL under the page's LIMIT, which SQLite runs in order and
  // stops as soon as the page is full — a tier after a full page is never started.
  const arms = tiersToRead.map((tier) => {
    const bound = cursor?.sortKey === tier ? [Number(cursor.id)] : [];
    return {
      sql: `SELECT * FROM (
         SELECT d.*, '${tier}' AS tier_, document_search.rowid AS search_rowid_
         ${from}
         JOIN documents d ON d.rowid = found.document_rowid
         WHERE ${conditions}${bound.length > 0 ? ` AND document_search.rowid ${plan.backwards ? ">" : "<"} ?` : ""}
         ORDER BY document_search.rowid ${plan.backwards ? "ASC" : "DESC"} LIMIT ?)`,
      binds: [within(tier === "1" ? tiers.titled : tiers.untitled), ...where.binds, ...bound, plan.limit + 1],
    };
  });
  const counting = args.counted
    ? [
        db.prepare(`SELECT COUNT(*) AS total FROM (SELECT 1 ${from} WHERE ${conditions} LIMIT ?)`, [
          within(tiers.all),
          ...where.binds,
          SEARCH_COUNT_LIMIT + 1,
        ]),
      ]
    : [];
  const [rows = [], ...count] = await db.readBatch<
    DocumentRow & { tier_: string; search_rowid_: number; total?: number }
  >([
    db.prepare(`${arms.map((arm) => arm.sql).join(" UNION ALL ")} LIMIT ?`, [
      ...arms.flatMap((arm) => arm.binds),
      plan.limit + 1,
    ]),
    ...counting,
  ]);
  const counted = count[0]?.[0]?.total ?? 0;
  const ranked = rows.map((row) => ({
    row,
    cursor: encodeCursor({ sortKey: row.tier_, id: String(row.search_rowid_) }),
  }));
  const hasMore = ranked.length > plan.limit;
  const page = ranked.slice(0, plan.limit);
  if (plan.backwards) page.reverse();
  return {
    rows: page.map((entry) => entry.row),
    cursors: page.map((entry) => entry.cursor),
    totalCount: Math.min(counted, SEARCH_COUNT_LIMIT),
    totalIsExact: counted <= SEARCH_COUNT_LIMIT,
    hasNextPage: plan.backwards ? plan.before !== null : hasMore,
    hasPreviousPage: plan.backwards ? hasMore : plan.after !== null,
  };
}

/** The search index row: the same text, folded, so that "dang" finds "Đảng". */
export function indexDocument(db: Database, id: string, content: DocumentContent) {
  return db.prepare(
    `INSERT INTO document_search (rowid, number, title, summary, body, reach)
     SELECT ${SEARCH_ROWID}, ?2, ?3, ?4, ?5, ${SEARCH_REACH_OF_DOCUMENT} FROM documents WHERE id = ?1 AND deleted_at IS NULL`,
    [
      id,
      foldVietnamese(content.number ?? ""),
      foldVietnamese(content.title),
      foldVietnamese(content.summary ?? ""),
      foldVietnamese(content.body ?? ""),
    ],
  );
}

export function unindexDocument(db: Database, id: string) {
  return db.prepare(
    `DELETE FROM document_search WHERE rowid = (SELECT ${SEARCH_ROWID} FROM documents WHERE id = ?1)`,
    [id],
  );
}
