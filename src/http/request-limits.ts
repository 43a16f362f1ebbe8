import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Lexer,
  Source,
  TokenKind,
  type ValidationRule,
  validate,
} from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../context";
import { measureCost, type QueryCost } from "./cost";
import {
  introspectionAllowed,
  LIMITS,
  MaxAliasesRule,
  MaxDepthRule,
  MaxDirectivesRule,
  NoIntrospectionRule,
  refusal,
  settingsOf,
} from "./limits";

/**
 * The request limits as Yoga applies them: a body counted while read, the query text measured before it is parsed,
 * the variables' size, the limit rules and the cost before execution, suggestions out of production errors.
 */

const QUERY_COST = Symbol("queryCost");

/** The cost measured while validating the request's operation (null when its variables are invalid). */
export function queryCostOf(context: object): QueryCost | null {
  return (context as { [QUERY_COST]?: QueryCost | null })[QUERY_COST] ?? null;
}

function requestTooLarge(limit: number): GraphQLError {
  return refusal(
    "REQUEST_TOO_LARGE",
    {
      vi: `Nội dung yêu cầu lớn hơn ${limit / 1024 / 1024} MiB.`,
      en: `The request body is larger than ${limit / 1024 / 1024} MiB.`,
    },
    413,
  );
}

const CONTENT_LENGTH = /^\d+$/;

function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").trim().toLowerCase().startsWith("multipart/form-data");
}

/**
 * The request with its body read into memory, refused as soon as it passes `limit` bytes: `content-length` may be
 * absent (a chunked body) or wrong.
 */
async function withBodyWithin(request: Request, limit: number): Promise<Request> {
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      throw requestTooLarge(limit);
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
}

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);

const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * The first limit the query text passes, read before it is parsed: its length, then its tokens (graphql's own
 * lexer, stopping at the first token past the limit) and how deep its brackets nest. A syntax error stops the
 * count: the parser reports it, with its position.
 */
function queryTextExcess(query: string): GraphQLError | undefined {
  if (query.length > LIMITS.queryCharacters) {
    return refusal(
      "QUERY_TOO_LARGE",
      {
        vi: `Truy vấn dài hơn ${LIMITS.queryCharacters} ký tự (${query.length}).`,
        en: `The query is longer than ${LIMITS.queryCharacters} characters (${query.length}).`,
      },
      400,
    );
  }
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > LIMITS.queryTokens) {
        return refusal(
          "TOO_MANY_TOKENS",
          {
            vi: `Truy vấn có quá ${LIMITS.queryTokens} token.`,
            en: `The query has more than ${LIMITS.queryTokens} tokens.`,
          },
          400,
        );
      }
      if (OPENING.has(token.kind)) {
        nesting += 1;
        if (nesting > LIMITS.queryNesting) {
          return refusal(
            "QUERY_TOO_DEEP",
            {
              vi: `Truy vấn lồng dấu ngoặc quá ${LIMITS.queryNesting} cấp.`,
              en: `The query nests brackets more than ${LIMITS.queryNesting} levels deep.`,
            },
            400,
          );
        }
      } else if (CLOSING.has(token.kind)) {
        nesting -= 1;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Whether the variables, as JSON, take more than `LIMITS.variablesBytes` bytes of UTF-8. */
function variablesTooLarge(variables: unknown): boolean {
  const json = JSON.stringify(variables) ?? "";
  // UTF-8 takes 1 to 3 bytes per UTF-16 code unit: encode only when these bounds do not decide.
  if (json.length > LIMITS.variablesBytes) return true;
  if (json.length * 3 <= LIMITS.variablesBytes) return false;
  return new TextEncoder().encode(json).byteLength > LIMITS.variablesBytes;
}

/** graphql's suggestions end its messages: `… Did you mean "cell" or "cells"?`, `… the enum value "X"?`. */
const SUGGESTION = " Did you mean ";

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const at = error.message.lastIndexOf(SUGGESTION);
  if (at === -1 || !error.message.endsWith("?")) return error;
  return new GraphQLError(error.message.slice(0, at), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * The limits' verdict on a document, reached once per document and introspection setting in an isolate: Yoga's
 * parser cache hands back the same document for the same text, so a client's repeated operation is walked once.
 */
const LIMIT_VERDICTS = new WeakMap<DocumentNode, Map<boolean, readonly GraphQLError[]>>();

function limitRefusals(
  schema: GraphQLSchema,
  document: DocumentNode,
  introspection: boolean,
): readonly GraphQLError[] {
  let verdicts = LIMIT_VERDICTS.get(document);
  if (!verdicts) {
    verdicts = new Map();
    LIMIT_VERDICTS.set(document, verdicts);
  }
  let refused = verdicts.get(introspection);
  if (!refused) {
    refused = validate(schema, document, limitRules(introspection));
    verdicts.set(introspection, refused);
  }
  return refused;
}

function limitRules(introspection: boolean): readonly ValidationRule[] {
  const rules = [MaxAliasesRule, MaxDirectivesRule, MaxDepthRule];
  return introspection ? rules : [...rules, NoIntrospectionRule];
}

/**
 * The request limits, as one Yoga plugin. It must come first in `plugins`, so that its checks of the
 * parameters run before any other plugin reads them (`refuseInvalidText` walks the variables).
 */
export const requestLimits: Plugin<Context> = {
  onRequestParse({ request, requestParser, setRequestParser }) {
    if (requestParser) {
      const limit = isMultipart(request) ? LIMITS.multipartRequestBytes : LIMITS.requestBytes;
      if (request.body) {
        const declared = request.headers.get("content-length");
        // Only one non-negative integer is a content-length (several joined by commas smuggle requests).
        if (declared !== null && !CONTENT_LENGTH.test(declared)) {
          throw refusal(
            "BAD_REQUEST",
            {
              vi: "Tiêu đề Content-Length không phải là số byte.",
              en: "The Content-Length header is not a number of bytes.",
            },
            400,
          );
        }
        if (declared !== null && Number(declared) > limit) throw requestTooLarge(limit);
      }
      const parse = requestParser;
      // A declared length within the limit is the body's length (HTTP's framing): only a body sent without one
      // (chunked) is counted while it is read.
      const counted = request.body !== null && !request.headers.has("content-length");
      setRequestParser(async (incoming) => {
        try {
          return await parse(counted ? await withBodyWithin(incoming, limit) : incoming);
        } catch (error) {
          // A GET's `variables` or `extensions` that are not JSON: Yoga's parser lets JSON.parse throw.
          if (error instanceof SyntaxError) {
            throw refusal(
              "BAD_REQUEST",
              {
                vi: "Biến (variables) và phần mở rộng (extensions) của yêu cầu phải là JSON.",
                en: "The variables and extensions of a request must be JSON.",
              },
              400,
            );
          }
          // Yoga's multipart parser reports a malformed `operations` or `map` without a status (answered 200).
          if (isMultipart(incoming) && error instanceof GraphQLError && !error.extensions.http) {
            throw refusal(
              "BAD_REQUEST",
              { vi: `Yêu cầu multipart sai dạng: ${error.message}`, en: error.message },
              400,
            );
          }
          throw error;
        }
      });
    }
    return {
      onRequestParseDone({ requestParserResult }) {
        // Yoga refuses a batch too, but as BAD_REQUEST, like many other things: this code says which.
        if (Array.isArray(requestParserResult)) {
          throw refusal(
            "BATCHING_NOT_SUPPORTED",
            {
              vi: "Không hỗ trợ gửi nhiều thao tác trong một mảng JSON: mỗi yêu cầu gửi một thao tác.",
              en: "Batched requests (a JSON array of operations) are not supported: send one operation per request.",
            },
            400,
          );
        }
      },
    };
  },

  onParams({ params }) {
    if (typeof params.query === "string") {
      const excess = queryTextExcess(params.query);
      if (excess) throw excess;
    }
    if (params.variables != null && variablesTooLarge(params.variables)) {
      throw refusal(
        "VARIABLES_TOO_LARGE",
        {
          vi: `Biến (variables) dạng JSON lớn hơn ${LIMITS.variablesBytes / 1024} KiB.`,
          en: `The variables are larger than ${LIMITS.variablesBytes / 1024} KiB as JSON.`,
        },
        413,
      );
    }
  },

  onValidate({ context, params, addValidationRule, setResult }) {
    const introspection = introspectionAllowed(settingsOf(context));
    // Named to Yoga too: its validation cache is keyed by the rules' names, so a document it found valid with
    // introspection allowed is not taken as valid where it is not.
    for (const rule of limitRules(introspection)) addValidationRule(rule);
    // The limits before the specified rules: they are linear, while the specified rules (overlapping fields,
    // fragment cycles) cost more on a hostile document. A document over a limit gets only these errors.
    const refused = limitRefusals(params.schema, params.documentAST, introspection);
    if (refused.length > 0) return setResult(refused);
    // Yoga's initial context holds the request's GraphQL parameters.
    const request = (context as { params?: { variables?: Record<string, unknown>; operationName?: string } })
      .params;
    const { cost, refusal: tooCostly } = measureCost(
      params.schema,
      params.documentAST,
      request?.variables ?? {},
      request?.operationName,
      context,
    );
    (context as { [QUERY_COST]?: QueryCost | null })[QUERY_COST] = cost;
    // The report and export pages run Chibo's own operations over a whole subtree: their size is the data's.
    const trusted = (context as { trustedOperation?: boolean }).trustedOperation === true;
    if (tooCostly && !trusted) setResult([tooCostly]);
  },

  /**
   * In production, suggestions go from every message: they map the schema (field, argument, type and enum value
   * names), even with introspection off. Removed from the result rather than asked of graphql (`hideSuggestions`):
   * Yoga caches validation results whatever that option, and its executor does not pass it on to the coercion of
   * variables (@graphql-tools/executor 2.1).
   */
  onExecutionResult({ context, result, setResult }) {
    const env = settingsOf(context);
    if (env.ENVIRONMENT !== "production" || isAsyncIterable(result)) return;
    const results = Array.isArray(result) ? result : [result];
    if (!results.some((one) => one.errors?.length)) return;
    const cleaned = results.map((one) =>
      one.errors ? { ...one, errors: one.errors.map(withoutSuggestion) } : one,
    );
    setResult(Array.isArray(result) ? cleaned : cleaned[0]);
  },
};
