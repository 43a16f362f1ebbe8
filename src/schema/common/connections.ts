import type { Page } from "../../db/pages";

/** The Relay shape of a page read by `loadPages`. */
export function asConnection<Row>(page: Page<Row>) {
  return {
    totalCount: page.totalCount,
    edges: page.rows.map((node, index) => ({ cursor: page.cursors[index] as string, node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
  };
}

/** DataLoader.loadMany answers an Error in place of a row it could not load; for lists that is "no row". */
export function withoutErrors<Row>(rows: readonly (Row | Error | null)[]): (Row | null)[] {
  return rows.map((row) => (row instanceof Error ? null : row));
}
