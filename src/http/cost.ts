import {
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
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
  valueFromASTUntyped,
} from "graphql";
import { localizedError } from "../auth/errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../db/pages";

/**
 * The cost of an operation, computed from its shape and variables before anything runs, the way Shopify counts: a scalar or enum field costs 0, an object 1, and what is selected under a list costs as many
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
  "memberStatistics",
]);
const AGGREGATE_COST = 100;

export interface QueryCost {
  requestedQueryCost: number;
  maximumAvailable: number;
}

type AnyField = GraphQLField<unknown, never, Record<string, unknown>>;

/** Set on the measurement's context when `nodes` is asked for more IDs than it takes. */
const TOO_MANY_IDS = Symbol("tooManyIds");

/** What a field costs (`field`) and how many times what is selected under it counts (`multiplier`). */
function fieldCost(args: Record<string, unknown>, context: object, field: AnyField) {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return { field: 0, multiplier: 1 };
  if (field.name === "nodes" && field.args.some((arg) => arg.name === "ids")) {
    const ids = Array.isArray(args.ids) ? args.ids.length : MAX_NODE_IDS;
    if (ids > MAX_NODE_IDS) (context as { [TOO_MANY_IDS]?: number })[TOO_MANY_IDS] = ids;
    return { field: 1, multiplier: Math.min(ids, MAX_NODE_IDS) };
  }
  if (AGGREGATE_FIELDS.has(field.name)) return { field: AGGREGATE_COST, multiplier: 1 };
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

/** The arguments a field's cost depends on, read from the document and the variables as sent. */
const PRICED_ARGUMENTS = new Set(["first", "last", "ids"]);

function pricedArguments(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const argument of field.arguments ?? []) {
    if (PRICED_ARGUMENTS.has(argument.name.value)) {
      args[argument.name.value] = valueFromASTUntyped(argument.value, variables);
    }
  }
  return args;
}

/**
 * The operation's cost in one walk of its selections, fragments followed (a fragment met again inside itself adds
 * nothing: validation refuses the cycle). Arguments are read as sent, never decoded, so a malformed ID elsewhere in
 * the operation changes nothing. Null when the document has no such operation.
 */
function costOfOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  context: object,
): number | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  // Each selection set is priced once per type it is read as: fragments spread many times (a fragment bomb) are not
  // walked again.
  const priced = new Map<SelectionSetNode, Map<GraphQLNamedType, number>>();
  const costOf = (selections: SelectionSetNode, type: GraphQLNamedType, seen: Set<string>): number => {
    const known = priced.get(selections)?.get(type);
    if (known !== undefined) return known;
    const total = costOfSelections(selections, type, seen);
    priced.set(selections, (priced.get(selections) ?? new Map()).set(type, total));
    return total;
  };
  const costOfSelections = (selections: SelectionSetNode, type: GraphQLNamedType, seen: Set<string>) => {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        // Leaves cost nothing (Shopify's weights); an unknown field is validation's to refuse.
        if (!field || !selection.selectionSet) continue;
        const args = pricedArguments(selection, variables);
        const { field: own, multiplier } = fieldCost(args, context, field as unknown as AnyField);
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
 * The operation's cost, or the refusal when it is over the maximum. Execution refuses only the field with a bad
 * argument (a malformed or foreign ID) and runs the rest, so the cost counts every field whatever its arguments.
 * Invalid variables are left to execution, which then runs nothing; the operation has no cost to report.
 */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  context: object,
): { cost: QueryCost | null; refusal: GraphQLError | null } {
  if (!variablesAreValid(schema, document, variables, operationName)) return { cost: null, refusal: null };
  const measured = costOfOperation(schema, document, variables, operationName, context);
  if (measured === null) return { cost: null, refusal: null };
  const cost = { requestedQueryCost: measured, maximumAvailable: MAX_QUERY_COST };
  const askedIds = (context as { [TOO_MANY_IDS]?: number })[TOO_MANY_IDS];
  if (askedIds !== undefined) {
    return {
      cost,
      refusal: localizedError(
        {
          vi: `nodes nhận tối đa ${MAX_NODE_IDS} ID (đã gửi ${askedIds}): hãy hỏi trong nhiều yêu cầu.`,
          en: `nodes takes at most ${MAX_NODE_IDS} IDs (got ${askedIds}): ask in several requests.`,
        },
        { extensions: { code: "TOO_MANY_IDS", http: { status: 400 } } },
      ),
    };
  }
  if (measured <= MAX_QUERY_COST) return { cost, refusal: null };
  return {
    cost,
    refusal: localizedError(
      {
        vi: `Yêu cầu có chi phí ${measured}, vượt mức cho phép ${MAX_QUERY_COST}: hãy lấy trang nhỏ hơn hoặc ít danh sách lồng nhau hơn.`,
        en: `The operation would cost ${measured}, more than the ${MAX_QUERY_COST} allowed: ask for smaller pages or fewer nested lists.`,
      },
      { extensions: { code: "QUERY_TOO_COSTLY", cost, http: { status: 400 } } },
    ),
  };
}
