import type { AliasKind, CellFacts, CellKind, LineageKind } from "../domain/cells";
import { foldVietnamese } from "../domain/text";
import { carryAnnouncementTallies } from "./announcements";
import { Conditions, searchIndexMatch } from "./conditions";
import { carryCommentTallies, recountCommenters } from "./consultations";
import { chunks, type Database, insertRow, nowIso, questionMarks, rowsWhereIn } from "./database";
import { carryMemberCounts } from "./member-statistics";
import type { ListQuery } from "./pages";

export interface CellRow {
  id: string;
  kind: CellKind;
  name: string;
  sort_key: string;
  parent_id: string | null;
  path: string;
  /** Organizations in its subtree, itself included (kept by insertCell and moveSubtree). */
  subtree_cells: number;
  founded_on: string | null;
  founding_document_id: string | null;
  document_code: string | null;
  dissolved_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CellAliasRow {
  id: string;
  cell_id: string;
  name: string;
  kind: AliasKind;
  used_from: string | null;
  used_until: string | null;
}

export interface LineageRow {
  id: string;
  predecessor_id: string;
  successor_id: string;
  kind: LineageKind;
  occurred_on: string;
  decision_document_id: string | null;
  note: string | null;
}

export interface TermRow {
  id: string;
  cell_id: string;
  starts_on: string;
  ends_on: string;
  elected_at_meeting_id?: string | null;
}

export function cellFacts(row: CellRow): CellFacts {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    path: row.path,
    foundedOn: row.founded_on,
    dissolvedOn: row.dissolved_on,
  };
}

export function cellsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<CellRow>(db, "cells", "id", ids, "id");
}

/**
 * The cells that rows of `table` refer to in `column` — a document's issuer, a meeting's cell, the cells of a
 * person's memberships and offices —, read with those rows (found by `key`, their id by default): nearly every rule
 * and screen about one asks where its cell stands.
 */
export async function cellsReferencedBy(
  db: Database,
  table: "documents" | "meetings" | "memberships" | "roles",
  column: "issuer_cell_id" | "cell_id",
  ids: readonly string[],
  key: "id" | "person_id" = "id",
) {
  const cells = await Promise.all(
    chunks(ids).map((chunk) =>
      db.all<CellRow>(
        `SELECT * FROM cells WHERE id IN (SELECT ${column} FROM ${table} WHERE ${key} IN (${questionMarks(chunk.length)}))`,
        chunk,
      ),
    ),
  );
  return cells.flat();
}

/**
 * Cells by id with their parents, in one round trip: almost every screen that shows an organization shows where it
 * stands (its parent's name, a breadcrumb), and reading the parent with it saves a round trip for a row.
 */
export async function cellsWithParentsByIds(db: Database, ids: readonly string[]) {
  const [cells, parents] = await Promise.all([
    cellsByIds(db, ids),
    Promise.all(
      chunks(ids).map((chunk) =>
        db.all<CellRow>(
          `SELECT p.* FROM cells c JOIN cells p ON p.id = c.parent_id WHERE c.id IN (${questionMarks(chunk.length)})`,
          chunk,
        ),
      ),
    ),
  ]);
  return { cells, parents: parents.flat() };
}

export function aliasesByCellIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<CellAliasRow>(db, "cell_aliases", "cell_id", cellIds, "used_from, name");
}

export function lineageBySuccessorIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<LineageRow>(db, "cell_lineage", "successor_id", cellIds, "occurred_on, id");
}

export function lineageByPredecessorIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<LineageRow>(db, "cell_lineage", "predecessor_id", cellIds, "occurred_on, id");
}

export function termsByCellIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<TermRow>(db, "terms", "cell_id", cellIds, "starts_on");
}

export function termsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<TermRow>(db, "terms", "id", ids, "id");
}

const CELL_COLUMNS = "c.*";

export interface CellFilter {
  search?: string | null;
  parentId?: string | null;
  kind?: CellKind | null;
  includeDissolved?: boolean | null;
}

export function cellListQuery(filter: CellFilter): ListQuery {
  const where = new Conditions().matchWords("c.search_text", filter.search, {
    trigrams: "cell_search",
    words: "cell_words",
    rowid: "c.rowid",
  });
  if (filter.parentId) where.add("c.parent_id = ?", filter.parentId);
  // A kind matches many cells: its index (cells_by_kind) drives the list only when neither a parent nor a search
  // narrows it; the unary + keeps SQLite from choosing it over the parent's children or the search's matches.
  const narrowed = Boolean(filter.parentId) || searchIndexMatch(filter.search) !== null;
  if (filter.kind) where.add(narrowed ? "+c.kind = ?" : "c.kind = ?", filter.kind);
  if (!filter.includeDissolved) where.add("c.dissolved_on IS NULL");
  const whole = !filter.search && !filter.parentId && !filter.kind;
  return {
    select: CELL_COLUMNS,
    from: "cells c",
    where: where.sql,
    binds: where.binds,
    parentColumn: null,
    sortKey: "c.sort_key",
    id: "c.id",
    total: whole ? (filter.includeDissolved ? "cells" : "active_cells") : undefined,
  };
}

export function childrenListQuery(includeDissolved: boolean): ListQuery {
  return {
    select: CELL_COLUMNS,
    from: "cells c",
    where: includeDissolved ? undefined : "c.dissolved_on IS NULL",
    parentColumn: "c.parent_id",
    sortKey: "c.sort_key",
    id: "c.id",
  };
}

/**
 * The whole subtree below a cell: the parent key is the ancestor's path and the join is an index range
 * on the materialized path (path > p AND path < p || '~'; ids and '/' sort below '~').
 */
export function descendantsListQuery(includeDissolved: boolean): ListQuery {
  return {
    select: "d.*",
    from: "cells a JOIN cells d ON d.path > a.path AND d.path < a.path || '~'",
    where: includeDissolved ? undefined : "d.dissolved_on IS NULL",
    parentColumn: "a.id",
    sortKey: "d.sort_key",
    id: "d.id",
  };
}

/** The organizations directly under one that still existed when a period began: the lines of a drill-down. */
export function childOrganizations(db: Database, orgId: string, periodStart: string) {
  return db.all<CellRow>(
    `SELECT * FROM cells WHERE parent_id = ?1 AND (dissolved_on IS NULL OR dissolved_on >= ?2)
     ORDER BY sort_key, id`,
    [orgId, periodStart],
  );
}

export async function dissolutionCounts(db: Database, cell: CellRow) {
  const row = await db.first<{ active_members: number; active_children: number }>(
    `SELECT
       (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND ended_on IS NULL) AS active_members,
       (SELECT COUNT(*) FROM cells WHERE parent_id = ?1 AND dissolved_on IS NULL) AS active_children`,
    [cell.id],
  );
  return { activeMembers: row?.active_members ?? 0, activeChildren: row?.active_children ?? 0 };
}

export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(foldVietnamese).join(" | ");
}

export interface NewCell {
  id: string;
  kind: CellKind;
  name: string;
  parentId: string | null;
  path: string;
  foundedOn: string | null;
  foundingDocumentId: string | null;
  documentCode: string | null;
  aliases: readonly string[];
}

export function insertCell(db: Database, cell: NewCell, aliasIds: readonly string[]): D1PreparedStatement[] {
  return [
    db.prepare(
      `INSERT INTO cells (id, kind, name, sort_key, search_text, parent_id, path, founded_on, founding_document_id,
         document_code)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
      [
        cell.id,
        cell.kind,
        cell.name,
        foldVietnamese(cell.name),
        searchTextOf(cell.name, cell.aliases),
        cell.parentId,
        cell.path,
        cell.foundedOn,
        cell.foundingDocumentId,
        cell.documentCode,
      ],
    ),
    ...resizeSubtrees(db, ancestorIdsOf(cell.path, cell.id), 1),
    ...cell.aliases.map((alias, index) =>
      db.prepare("INSERT INTO cell_aliases (id, cell_id, name, kind) VALUES (?1, ?2, ?3, 'ALIAS')", [
        aliasIds[index] ?? null,
        cell.id,
        alias,
      ]),
    ),
  ];
}

export interface CellChanges {
  kind: CellKind;
  name: string;
  foundedOn: string | null;
  foundingDocumentId: string | null;
  documentCode: string | null;
}

/** Rewrites the cell's own columns and recomputes its search text from its name and every alias it has. */
export function updateCell(db: Database, id: string, changes: CellChanges): D1PreparedStatement {
  return db.prepare(
    `UPDATE cells SET kind = ?2, name = ?3, sort_key = ?4, founded_on = ?5, founding_document_id = ?6, document_code = ?9,
       search_text = ?7 || coalesce((SELECT ' | ' || group_concat(name, ' | ') FROM cell_aliases WHERE cell_id = ?1), ''),
       version = version + 1, updated_at = ?8
     WHERE id = ?1`,
    [
      id,
      changes.kind,
      changes.name,
      foldVietnamese(changes.name),
      changes.foundedOn,
      changes.foundingDocumentId,
      foldVietnamese(changes.name),
      nowIso(),
      changes.documentCode,
    ],
  );
}

export function insertAlias(
  db: Database,
  alias: Omit<CellAliasRow, "id"> & { id: string },
): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO cell_aliases (id, cell_id, name, kind, used_from, used_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
     ON CONFLICT (cell_id, name) DO UPDATE SET kind = excluded.kind, used_from = excluded.used_from,
       used_until = excluded.used_until`,
    [alias.id, alias.cell_id, alias.name, alias.kind, alias.used_from, alias.used_until],
  );
}

/** The organizations above a cell, from its materialized path ('/root/…/parent/cell/'). */
function ancestorIdsOf(path: string, cellId: string): string[] {
  return path.split("/").filter((id) => id !== "" && id !== cellId);
}

/** Adds `by` organizations to the subtree sizes of `ancestorIds`. */
function resizeSubtrees(db: Database, ancestorIds: readonly string[], by: number) {
  if (ancestorIds.length === 0 || by === 0) return [];
  return [
    db.prepare(
      `UPDATE cells SET subtree_cells = subtree_cells + ? WHERE id IN (${questionMarks(ancestorIds.length)})`,
      [by, ...ancestorIds],
    ),
  ];
}

/**
 * Adds the rating tallies of a subtree (its root's own, which count the whole subtree: migration 0020) times `sign`
 * to those of `ancestorIds`.
 */
function carryRatingTallies(db: Database, rootId: string, ancestorIds: readonly string[], sign: 1 | -1) {
  if (ancestorIds.length === 0) return [];
  return [
    db.prepare(
      `INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
       SELECT up.value, t.year, t.subject, t.stage, t.level_code, t.proposed_level, t.decided_level, t.ratings * ?3
       FROM rating_tallies t JOIN json_each(?2) up
       WHERE t.org_id = ?1
       ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings`,
      [rootId, JSON.stringify(ancestorIds), sign],
    ),
  ];
}

/**
 * Adds the dues tallies of a subtree (its root's, which count the whole subtree) times `sign` to those of
 * `ancestorIds` (migration 0057).
 */
function carryDuesTallies(db: Database, rootId: string, ancestorIds: readonly string[], sign: 1 | -1) {
  if (ancestorIds.length === 0) return [];
  return [
    db.prepare(
      `INSERT INTO dues_tallies (org_id, month, collected, retained, remitted)
       SELECT up.value, t.month, t.collected * ?3, t.retained * ?3, t.remitted * ?3
       FROM dues_tallies t JOIN json_each(?2) up
       WHERE t.org_id = ?1
       ON CONFLICT DO UPDATE SET collected = collected + excluded.collected, retained = retained + excluded.retained,
         remitted = remitted + excluded.remitted`,
      [rootId, JSON.stringify(ancestorIds), sign],
    ),
  ];
}

/**
 * Moves a subtree: one statement rewrites every descendant's path prefix; the organizations it leaves lose its size,
 * its rating tallies, member counts, dues and announcement counts, and those it joins gain them.
 */
export function moveSubtree(db: Database, cell: CellRow, newParentId: string, newPath: string) {
  const before = new Set(ancestorIdsOf(cell.path, cell.id));
  const after = new Set(ancestorIdsOf(newPath, cell.id));
  const left = [...before].filter((id) => !after.has(id));
  const joined = [...after].filter((id) => !before.has(id));
  return [
    ...resizeSubtrees(db, left, -cell.subtree_cells),
    ...resizeSubtrees(db, joined, cell.subtree_cells),
    ...carryRatingTallies(db, cell.id, left, -1),
    ...carryRatingTallies(db, cell.id, joined, 1),
    ...carryMemberCounts(db, cell.id, left, -1),
    ...carryMemberCounts(db, cell.id, joined, 1),
    ...carryDuesTallies(db, cell.id, left, -1),
    ...carryDuesTallies(db, cell.id, joined, 1),
    ...carryAnnouncementTallies(db, cell.id, left, -1),
    ...carryAnnouncementTallies(db, cell.id, joined, 1),
    ...carryCommentTallies(db, cell.id, left, -1),
    ...carryCommentTallies(db, cell.id, joined, 1),
    db.prepare(
      `UPDATE cells SET path = ?2 || substr(path, length(?1) + 1), updated_at = ?3
       WHERE path > ?1 AND path < ?1 || '~'`,
      [cell.path, newPath, nowIso()],
    ),
    db.prepare(
      "UPDATE cells SET parent_id = ?2, path = ?3, version = version + 1, updated_at = ?4 WHERE id = ?1",
      [cell.id, newParentId, newPath, nowIso()],
    ),
    recountCommenters(db, cell.id, [...left, ...joined]),
  ];
}

export function insertLineage(db: Database, row: LineageRow) {
  return insertRow(
    db,
    "cell_lineage",
    ["id", "predecessor_id", "successor_id", "kind", "occurred_on", "decision_document_id", "note"],
    row,
  );
}

export function touchCell(db: Database, id: string) {
  return db.prepare("UPDATE cells SET version = version + 1, updated_at = ?2 WHERE id = ?1", [id, nowIso()]);
}

export function insertTerm(db: Database, row: TermRow) {
  return insertRow(db, "terms", ["id", "cell_id", "starts_on", "ends_on"], row);
}

export async function lineageBetween(db: Database, predecessorId: string, successorId: string) {
  return db.first<LineageRow>("SELECT * FROM cell_lineage WHERE predecessor_id = ?1 AND successor_id = ?2", [
    predecessorId,
    successorId,
  ]);
}

/** Whether `laterId` already comes, through recorded successions, after `earlierId`. */
export async function followsInLineage(db: Database, earlierId: string, laterId: string): Promise<boolean> {
  const row = await db.first<{ found: number }>(
    `WITH RECURSIVE later (id) AS (
       SELECT ?1 UNION SELECT l.successor_id FROM cell_lineage l JOIN later ON l.predecessor_id = later.id
     ) SELECT 1 AS found FROM later WHERE id = ?2 LIMIT 1`,
    [earlierId, laterId],
  );
  return row !== null;
}

/** Dissolves only an empty cell: the emptiness test runs inside the write, so no member slips in meanwhile. */
export function dissolveEmptyCell(db: Database, id: string, dissolvedOn: string) {
  return db.prepare(
    `UPDATE cells SET dissolved_on = ?2, version = version + 1, updated_at = ?3
     WHERE id = ?1 AND dissolved_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM memberships WHERE cell_id = ?1 AND ended_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM cells WHERE parent_id = ?1 AND dissolved_on IS NULL)`,
    [id, dissolvedOn, nowIso()],
  );
}
