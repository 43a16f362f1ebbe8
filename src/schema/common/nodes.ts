import { builder } from "../../builder";
import type { Database } from "../../db/database";

type ReadByIds<Row> = (db: Database, ids: string[]) => Promise<readonly Row[]>;

/**
 * A Relay node whose rows are read many at a time by `readByIds` (a row's global ID, `node(id:)` and references to
 * it share one DataLoader, so a list costs one round trip). `idOf` names a row whose key is not its `id` column.
 */
export function loadableNode<Row extends { id: string }>(
  name: string,
  readByIds: ReadByIds<Row>,
): ReturnType<typeof nodeOf<Row>>;
export function loadableNode<Row>(
  name: string,
  readByIds: ReadByIds<Row>,
  idOf: (row: Row) => string,
): ReturnType<typeof nodeOf<Row>>;
export function loadableNode<Row>(
  name: string,
  readByIds: ReadByIds<Row>,
  idOf: (row: Row) => string = (row) => (row as { id: string }).id,
) {
  return nodeOf(name, readByIds, idOf);
}

function nodeOf<Row>(name: string, readByIds: ReadByIds<Row>, idOf: (row: Row) => string) {
  return builder.loadableNodeRef<Row>(name, {
    id: { resolve: idOf },
    load: (ids: string[], context) => readByIds(context.db, ids),
    sort: idOf,
  });
}
