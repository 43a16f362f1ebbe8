import {
  type ASTNode,
  type ASTVisitor,
  type DirectiveNode,
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { localizedError } from "../auth/errors";
import type { Text } from "../domain/refusal";

/**
 * What one request may ask of the API. Each limit is refused with a GraphQL error carrying its own
 * `extensions.code` (in brackets) and HTTP 413 for sizes, 400 otherwise — never a 500, never a long wait.
 */
export const LIMITS = {
  /** Bytes of a request body (JSON), from `content-length` when sent and counted while reading [REQUEST_TOO_LARGE]. */
  requestBytes: 1024 * 1024,
  /** Bytes of a multipart request, i.e. a file upload; the attachment itself is held to MAX_ATTACHMENT_BYTES (20 MiB). */
  multipartRequestBytes: 25 * 1024 * 1024,
  /** Bytes of the variables, as JSON (UTF-8) [VARIABLES_TOO_LARGE]. */
  variablesBytes: 256 * 1024,
  /** Characters of the query document [QUERY_TOO_LARGE]. */
  queryCharacters: 50_000,
  /** Lexical tokens of the query document (comments not counted), counted before parsing [TOO_MANY_TOKENS]. */
  queryTokens: 5_000,
  /**
   * Brackets (`{`, `[`, `(`) open at once in the query text, counted with the tokens [QUERY_TOO_DEEP]. The parser
   * is recursive: a few thousand nested list values overflow its stack. Far above what a depth of 12 needs.
   */
  queryNesting: 64,
  /** Aliases in one operation, those of its fragments counted at each spread [TOO_MANY_ALIASES]. */
  aliases: 40,
  /** Directives in one operation, those of its fragments counted at each spread [TOO_MANY_DIRECTIVES]. */
  directives: 50,
  /**
   * Nested field selections in one operation (`{ cells { edges { node { name } } } }` is 4), introspection
   * (`__schema`, `__type`) counted as one level [QUERY_TOO_DEEP].
   */
  depth: 12,
} as const;

/** The settings of the Worker's environment read here (`wrangler.toml` `[vars]`). */
interface LimitsEnv {
  /** "production" takes the suggestions ("Did you mean …?") out of error messages: they map the schema. */
  ENVIRONMENT?: string;
  /**
   * "on" or "off": whether `__schema` and `__type` are answered [INTROSPECTION_DISABLED]. By default off in production
   * (the apps ship their schema; introspection maps it for anyone), on elsewhere (GraphiQL needs it).
   */
  INTROSPECTION?: string;
}

export function introspectionAllowed(env: LimitsEnv): boolean {
  if (env.INTROSPECTION === "on" || env.INTROSPECTION === "off") return env.INTROSPECTION === "on";
  return env.ENVIRONMENT !== "production";
}

/** The Worker's settings: Yoga passes its server context (`env`, `executionContext`) to every hook. */
export function settingsOf(context: object): LimitsEnv {
  return (context as { env?: LimitsEnv }).env ?? {};
}

export function refusal(
  code: string,
  message: Text,
  status: 400 | 413,
  nodes?: readonly ASTNode[],
): GraphQLError {
  return localizedError(message, { nodes, extensions: { code, http: { status } } });
}

/**
 * How many `own` things an operation holds, following its fragment spreads (each fragment counted once, then
 * reused at every spread, so nested fragments cannot multiply the work), stopping once past `limit`. A fragment
 * met again while being counted is a cycle: it counts nothing here, and `NoFragmentCyclesRule` refuses it.
 */
function countInOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  own: (node: ASTNode & { directives?: readonly DirectiveNode[] }) => number,
  limit: number,
): number {
  const cap = limit + 1;
  const ofFragments = new Map<string, number>();
  const counting = new Set<string>();
  const ofFragment = (name: string): number => {
    const known = ofFragments.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || counting.has(name)) return 0;
    counting.add(name);
    const count = Math.min(cap, own(fragment) + ofSelections(fragment.selectionSet));
    counting.delete(name);
    ofFragments.set(name, count);
    return count;
  };
  const ofSelections = (selectionSet: SelectionSetNode): number => {
    let count = 0;
    for (const selection of selectionSet.selections) {
      count += own(selection);
      if (selection.kind === Kind.FRAGMENT_SPREAD) count += ofFragment(selection.name.value);
      else if (selection.selectionSet) count += ofSelections(selection.selectionSet);
      if (count >= cap) return cap;
    }
    return count;
  };
  let count = own(operation);
  for (const variable of operation.variableDefinitions ?? []) count += own(variable);
  return Math.min(cap, count + ofSelections(operation.selectionSet));
}

/**
 * The depth of an operation's field selections, following fragment spreads (each fragment measured once),
 * stopping once past `limit`. Inline fragments and spreads add no depth; a cycle adds none here (see above).
 * Introspection (`__schema`, `__type`) counts as one level: GraphiQL's and codegen's introspection query nests
 * `ofType` 9 deep (15 levels in all), it reads the schema in memory, and `INTROSPECTION` turns it off.
 */
function depthOfOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  limit: number,
): number {
  const cap = limit + 1;
  const ofFragments = new Map<string, number>();
  const measuring = new Set<string>();
  const ofFragment = (name: string): number => {
    const known = ofFragments.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || measuring.has(name)) return 0;
    measuring.add(name);
    const depth = ofSelections(fragment.selectionSet, cap);
    measuring.delete(name);
    ofFragments.set(name, depth);
    return depth;
  };
  /** The depth of a selection set, or `budget` if it is at least that deep. */
  const ofSelections = (selectionSet: SelectionSetNode, budget: number): number => {
    if (budget <= 0) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      const depth =
        selection.kind === Kind.FIELD
          ? 1 +
            (selection.selectionSet && !selection.name.value.startsWith("__")
              ? ofSelections(selection.selectionSet, budget - 1)
              : 0)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? ofSelections(selection.selectionSet, budget)
            : ofFragment(selection.name.value);
      deepest = Math.max(deepest, depth);
      if (deepest >= budget) return budget;
    }
    return deepest;
  };
  return ofSelections(operation.selectionSet, cap);
}

/**
 * A rule that measures each operation (`measure` may stop once past `limit`) and refuses one past the limit with
 * `code`: one refusal per operation, where the operation starts.
 */
function operationLimitRule(
  code: string,
  limit: number,
  measure: (context: ValidationContext, operation: OperationDefinitionNode, limit: number) => number,
  message: Text,
) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (measure(context, operation, limit) > limit) {
        context.reportError(refusal(code, message, 400, [operation]));
      }
      return false;
    },
  });
}

/** More than `LIMITS.aliases` aliases in an operation [TOO_MANY_ALIASES]: an alias bomb multiplies resolver work. */
export const MaxAliasesRule = operationLimitRule(
  "TOO_MANY_ALIASES",
  LIMITS.aliases,
  (context, operation, limit) =>
    countInOperation(context, operation, (node) => (node.kind === Kind.FIELD && node.alias ? 1 : 0), limit),
  {
    vi: `Yêu cầu dùng quá ${LIMITS.aliases} bí danh (alias).`,
    en: `The operation uses more than ${LIMITS.aliases} aliases.`,
  },
);

/** More than `LIMITS.directives` directives in an operation [TOO_MANY_DIRECTIVES]. */
export const MaxDirectivesRule = operationLimitRule(
  "TOO_MANY_DIRECTIVES",
  LIMITS.directives,
  (context, operation, limit) =>
    countInOperation(context, operation, (node) => node.directives?.length ?? 0, limit),
  {
    vi: `Yêu cầu dùng quá ${LIMITS.directives} chỉ thị (directive).`,
    en: `The operation uses more than ${LIMITS.directives} directives.`,
  },
);

/** Field selections nested more than `LIMITS.depth` deep in an operation [QUERY_TOO_DEEP]. */
export const MaxDepthRule = operationLimitRule("QUERY_TOO_DEEP", LIMITS.depth, depthOfOperation, {
  vi: `Yêu cầu lồng các trường quá ${LIMITS.depth} cấp.`,
  en: `The operation nests field selections more than ${LIMITS.depth} levels deep.`,
});

/** `__schema` and `__type` [INTROSPECTION_DISABLED], added when introspection is not allowed. */
export function NoIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(field) {
      if (field.name.value === "__schema" || field.name.value === "__type") {
        context.reportError(
          refusal(
            "INTROSPECTION_DISABLED",
            {
              vi: "Máy chủ này tắt chức năng introspection.",
              en: "Introspection is disabled on this server.",
            },
            400,
            [field],
          ),
        );
      }
    },
  };
}
