import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
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
/** `nodes(ids:)` takes at most this many IDs [TOO_MANY_IDS], each priced as one object. */
export const MAX_NODE_IDS = 100;
/**
 * Aggregates over a subtree weigh as a hundred objects in the text's price: a hundred of them (aliases, or one per
 * item of a list) reach the maximum. What each really reads is priced again when it runs, by the kept size of its
 * subtree, against the request's work budget (src/domain/work.ts).
 */
const AGGREGATE_FIELDS = new Set([
  "meetingCompliance",
  "ratingSummary",
  "meetingQualityRating",
  "annualReport",
  "nationalRollup",
]);
const AGGREGATE_COST = 100;

export interface QueryCost {
  requestedQueryCost: number;
  maximumAvailable: number;
}

type AnyField = GraphQLField<unknown, never, Record<string, unknown>>;

/** Set on the context of a measurement that cannot read the arguments: every page is taken at its largest. */
const LARGEST_PAGES = Symbol("largestPages");
/** Set on the measurement's context when `nodes` is asked for more IDs than it takes. */
const TOO_MANY_IDS = Symbol("tooManyIds");

/** Used for every field by the builder (`complexity.fieldComplexity`). */
export function fieldCost(args: Record<string, unknown>, context: unknown, field: AnyField) {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return { field: 0, multiplier: 1 };
  const largest = (context as { [LARGEST_PAGES]?: boolean } | null)?.[LARGEST_PAGES] === true;
  if (field.name === "nodes" && field.args.some((arg) => arg.name === "ids")) {
    const ids = Array.isArray(args.ids) ? args.ids.length : MAX_NODE_IDS;
    if (ids > MAX_NODE_IDS && context) (context as { [TOO_MANY_IDS]?: number })[TOO_MANY_IDS] = ids;
    return { field: 1, multiplier: largest ? MAX_NODE_IDS : Math.min(ids, MAX_NODE_IDS) };
  }
  if (AGGREGATE_FIELDS.has(field.name)) return { field: AGGREGATE_COST, multiplier: 1 };
  if (field.args.some((arg) => arg.name === "first" || arg.name === "last")) {
    const page = args.first ?? args.last;
    const size = largest ? MAX_PAGE_SIZE : typeof page === "number" ? page : DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.min(Math.max(size, 0), MAX_PAGE_SIZE) };
  }
  // A connection's edges are already counted by its page size.
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type) && !named.name.endsWith("Edge")) {
    return { field: 1, multiplier: OTHER_LIST_MULTIPLIER };
  }
  return { field: 1, multiplier: 1 };
}

function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  context: object,
): number | null {
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
    // An argument that cannot be read (a malformed global ID): measured below without arguments.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return measured;
}

/**
 * The operation's cost with every page at its largest, read from its shape alone: for an operation whose arguments
 * cannot be read (the plugin maps them, and a malformed ID stops it).
 */
function costAtLargestPages(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
) {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const largest = { [LARGEST_PAGES]: true };
  const costOf = (selections: SelectionSetNode, type: GraphQLNamedType, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        // Leaves cost nothing (Shopify's weights); an unknown field is validation's to refuse.
        if (!field || !selection.selectionSet) continue;
        const { field: own, multiplier } = fieldCost({}, largest, field as unknown as AnyField);
        total += own + multiplier * costOf(selection.selectionSet, getNamedType(field.type), seen);
      } else {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (!fragment || (name && seen.has(name))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        total += costOf(fragment.selectionSet, condition ?? type, name ? new Set([...seen, name]) : seen);
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

function variablesAreValid(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  return !getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors;
}

/**
 * The operation's cost, or the refusal when it is over the maximum. When an argument cannot be read (a malformed
 * or foreign ID), the operation is measured as if every page were as large as allowed: execution refuses only the
 * field with the bad argument, so the rest must not escape the limit. Invalid variables are left to execution,
 * which then runs nothing; the operation has no cost to report.
 */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  context: object,
): { cost: QueryCost | null; refusal: GraphQLError | null } {
  let measured = complexityOf(schema, document, variables, operationName, context);
  if (measured === null) {
    if (!variablesAreValid(schema, document, variables, operationName)) return { cost: null, refusal: null };
    measured = costAtLargestPages(schema, document, operationName);
    if (measured === null) return { cost: null, refusal: null };
  }
  const cost = { requestedQueryCost: measured, maximumAvailable: MAX_QUERY_COST };
  const askedIds = (context as { [TOO_MANY_IDS]?: number })[TOO_MANY_IDS];
  if (askedIds !== undefined) {
    return {
      cost,
      refusal: new GraphQLError(
        `nodes takes at most ${MAX_NODE_IDS} IDs (got ${askedIds}): ask in several requests.`,
        { extensions: { code: "TOO_MANY_IDS", http: { status: 400 } } },
      ),
    };
  }
  if (measured <= MAX_QUERY_COST) return { cost, refusal: null };
  return {
    cost,
    refusal: new GraphQLError(
      `The operation would cost ${measured}, more than the ${MAX_QUERY_COST} allowed: ask for smaller pages or fewer nested lists.`,
      { extensions: { code: "QUERY_TOO_COSTLY", cost, http: { status: 400 } } },
    ),
  };
}
