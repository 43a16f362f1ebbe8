import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../../context";
import type { ListQuery, Page, PageArgs } from "../../db/pages";

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

/** A parent's page of a keyed list as a connection: the pages of a level's parents are read together. */
export async function connectionOf<Row>(
  context: Context,
  listName: string,
  query: ListQuery,
  parentKey: string,
  args: PageArgs,
) {
  return asConnection(await context.loaders.page<Row>(listName, query, parentKey, args));
}

/** DataLoader.loadMany answers an Error in place of a row it could not load; for lists that is "no row". */
export function withoutErrors<Row>(rows: readonly (Row | Error | null)[]): (Row | null)[] {
  return rows.map((row) => (row instanceof Error ? null : row));
}

/**
 * Whether the selection of the field being resolved names one of `fields`, directly or through fragments: a list
 * whose count costs reads leaves it out when nobody asked for it.
 */
export function selectsAny(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.includes(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
