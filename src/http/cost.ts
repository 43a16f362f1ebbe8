import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  validate,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../db/pages";

/**
 * The cost of an operation, computed from its shape and variables before anything runs (Pothos complexity), the
 * way Shopify counts: a scalar or enum field costs 0, an object 1, and what is selected under a list costs as many
 * times as the list can hold — a page's `first` or `last` (20 by default), 10 for other lists. Reported in
 * `extensions.cost`, refused above the maximum [QUERY_TOO_COSTLY]: a cell page of 50 members with their ratings
 * costs a few hundred, 100 committees × 100 cells × 100 members millions.
 */
export const MAX_QUERY_COST = 10_000;
const OTHER_LIST_MULTIPLIER = 10;

export interface QueryCost {
  requestedQueryCost: number;
  maximumAvailable: number;
}

type AnyField = GraphQLField<unknown, never, Record<string, unknown>>;

/** Used for every field by the builder (`complexity.fieldComplexity`). */
export function fieldCost(args: Record<string, unknown>, _context: unknown, field: AnyField) {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return { field: 0, multiplier: 1 };
  if (field.args.some((arg) => arg.name === "first" || arg.name === "last")) {
    const page = args.first ?? args.last;
    const size = typeof page === "number" ? page : DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.min(Math.max(size, 0), MAX_PAGE_SIZE) };
  }
  // A connection's edges are already counted by its page size.
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type) && !named.name.endsWith("Edge")) {
    return { field: 1, multiplier: OTHER_LIST_MULTIPLIER };
  }
  return { field: 1, multiplier: 1 };
}

/**
 * The operation's cost, or the refusal when it is over the maximum. Invalid variables and arguments are left to
 * execution to report with their usual codes; the operation then has no cost to report.
 */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  context: object,
): { cost: QueryCost | null; refusal: GraphQLError | null } {
  let measured: number | null = null;
  try {
    validate(schema, document, [
      createComplexityRule({
        context,
        variableValues: variables,
        operationName,
        onResult: (result, errors) => {
          if (errors.length === 0) measured = result.complexity;
        },
      }),
    ]);
  } catch (error) {
    // An argument that cannot be read (a malformed global ID) is execution's to refuse, with its own code.
    if (error instanceof GraphQLError) return { cost: null, refusal: null };
    throw error;
  }
  if (measured === null) return { cost: null, refusal: null };
  const cost = { requestedQueryCost: measured, maximumAvailable: MAX_QUERY_COST };
  if (measured <= MAX_QUERY_COST) return { cost, refusal: null };
  return {
    cost,
    refusal: new GraphQLError(
      `The operation would cost ${measured}, more than the ${MAX_QUERY_COST} allowed: ask for smaller pages or fewer nested lists.`,
      { extensions: { code: "QUERY_TOO_COSTLY", cost, http: { status: 400 } } },
    ),
  };
}
