import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import type { Database } from "../../db/database";
import type { ListQuery, PageArgs } from "../../db/pages";
import { asConnection } from "./connections";

/** A `src/db` reader of the rows of many keys at once; the request's context gives the day and the like. */
type ReadByKeys<Row> = (db: Database, keys: readonly string[], context: Context) => Promise<Row[]>;

/**
 * A list of rows per key (a person's badges, a cell's offices), declared once next to the rows it reads and read
 * through the request's loaders: every key asked at one nesting level is read in one round trip. `name` tells the
 * lists apart; a list whose rows depend on an argument (a day) takes it in its name.
 */
export function listByKey<Row>(name: string, read: ReadByKeys<Row>, keyOf: (row: Row) => string) {
  return (key: string, context: Context): Promise<Row[]> =>
    context.loaders.grouped(name, (keys) => read(context.db, keys, context), keyOf).load(key);
}

/** The one row per key of a list (a person's file): null when there is none. */
export function rowByKey<Row>(name: string, read: ReadByKeys<Row>, keyOf: (row: Row) => string) {
  const list = listByKey(name, read, keyOf);
  return async (key: string, context: Context): Promise<Row | null> => (await list(key, context))[0] ?? null;
}

/**
 * A page of an organization's children with figures of theirs (each row the child's columns and its figures'): the
 * children come primed in the cell loader, so their names cost no other round trip.
 */
export async function childOrganizationsPage<Row>(
  context: Context,
  listName: string,
  query: ListQuery,
  parentId: string,
  args: PageArgs,
) {
  const page = await context.loaders.page<Row & CellRow>(listName, query, parentId, args);
  context.loaders.primeCells(page.rows);
  return asConnection(page);
}
