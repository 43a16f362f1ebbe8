import { useDeferStream } from "@graphql-yoga/plugin-defer-stream";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createYoga, isAsyncIterable, maskError, type Plugin } from "graphql-yoga";
import { TEXT_EXTENSION } from "./auth/errors";
import type { Context } from "./context";
import { BudgetExceeded, Database, DatabaseUnavailable } from "./db/database";
import { purgeExpiredIdempotencyKeys } from "./db/idempotency";
import { purgeExpiredLiveEvents } from "./db/live-events";
import { tenantsOf } from "./db/tenants";
import { decodeGlobalId, encodeGlobalId } from "./domain/global-ids";
import { Refusal } from "./domain/refusal";
import type { Env } from "./env";
import { renderGraphiQL } from "./graphiql";
import { idempotency } from "./http/idempotency";
import { requestIdentity } from "./http/identity";
import { languageOf, localizedErrors } from "./http/language";
import { sendLiveEvents } from "./http/live";
import { liveEventIds } from "./http/live-ids";
import { corsFor, refuseForeignOrigins } from "./http/origins";
import { PERSISTED_ID_PARAMS, persistedOperations } from "./http/persisted";
import { enforceRateLimit, rateLimitKey } from "./http/rate-limit";
import { contextOfRequest } from "./http/request-context";
import { queryCostOf, requestLimits } from "./http/request-limits";
import { withSecurityHeaders } from "./http/security-headers";
import { BOOKMARK_HEADER, databaseOfRequest, readReplication } from "./http/sessions";
import { TENANT_HEADER, tenantOfRequest } from "./http/tenants";
import { refuseInvalidText } from "./http/text";
import { showsWorkFigures } from "./http/work-figures";
import { chargeWork, refuseWhileThrottled, unitsOfWork } from "./http/work-limit";
import { ATTACHMENT_PATH, serveAttachment } from "./routes/attachments";
import { CALENDAR_PATH, serveCalendar } from "./routes/calendar";
import { DUES_BOOK_PATH, serveDuesBook } from "./routes/dues-book";
import { EXPORT_PATH, serveExport } from "./routes/export";
import { jsonErrorOf, pathSegment } from "./routes/http";
import { MEETING_PAPER_PATH, serveMeetingPaper } from "./routes/meeting-papers";
import type { Execute } from "./routes/printable";
import { REPORT_PATH, serveReport } from "./routes/report";
import { STATISTICS_PATH, serveStatistics } from "./routes/statistics";
import { schema } from "./schema";

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

interface ServerContext {
  env: Env;
  executionContext: ExecutionContext;
  /** Operations written in Chibo's own code (the report and export pages): not held to the cost maximum. */
  trustedOperation?: boolean;
}

function withCode(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: error.extensions.code ?? code },
  });
}

/**
 * Every error leaves with a stable `extensions.code`. Errors that carry a user's mistake keep their message;
 * anything else is a fault, logged here and masked so that no stack or SQL text reaches a client.
 */
function presentError(error: unknown, message: string, isDev?: boolean): Error {
  const graphQLError = isGraphQLError(error)
    ? error
    : new GraphQLError(message, { originalError: error as Error });
  const original = graphQLError.originalError;
  if (original instanceof Refusal) {
    const refused = withCode(graphQLError, original.problems[0]?.code ?? "BAD_USER_INPUT", original.message);
    refused.extensions.problems = original.problems;
    refused.extensions[TEXT_EXTENSION] = { vi: original.messageIn("vi"), en: original.messageIn("en") };
    return refused;
  }
  if (original instanceof BudgetExceeded) {
    const exceeded = withCode(graphQLError, "BUDGET_EXCEEDED", original.message);
    exceeded.extensions.retryable = false;
    return exceeded;
  }
  if (original instanceof DatabaseUnavailable) {
    console.error("D1 failure", original.failure);
    const unavailable = withCode(
      graphQLError,
      "DATABASE_UNAVAILABLE",
      "The database could not be reached; nothing of the failed step was saved. Send the request again.",
    );
    unavailable.extensions.retryable = true;
    return unavailable;
  }
  if (original instanceof PothosValidationError) {
    return withCode(
      graphQLError,
      /\bID\b/.test(original.message) ? "INVALID_ID" : "BAD_USER_INPUT",
      original.message,
    );
  }
  if (!original) return withCode(graphQLError, "GRAPHQL_VALIDATION_FAILED");
  if (isGraphQLError(original)) {
    return withCode(graphQLError, (original.extensions.code as string | undefined) ?? "BAD_USER_INPUT");
  }
  console.error("Unexpected error", original);
  const masked = maskError(error, message, isDev);
  return isGraphQLError(masked) ? withCode(masked, "INTERNAL_SERVER_ERROR") : masked;
}

/** Anything that may sign a request in: a bearer token, Cloudflare Access's assertion, or its cookie. */
const CREDENTIAL_HEADERS = ["authorization", "cf-access-jwt-assertion", "cookie"];
/** What an answer depends on besides its URL: who asks, in which format, of which tenant, from which bookmark. */
const VARY = "Authorization, Cf-Access-Jwt-Assertion, Cookie, Accept, Chibo-Tenant, X-Chibo-Bookmark";

/** Requests whose result carries an error: an error is about this request, never an answer to share. */
const answeredWithErrors = new WeakSet<Request>();

/**
 * Caching, decided per request: a GET without a credential can only read public organization data, so shared
 * caches may keep a clean answer a minute; an answer with an error, or to a request with a credential (it may hold
 * personal data), is never stored; POST results are not cached.
 */
const cacheHeaders: Plugin<Context> = {
  onResultProcess: ({ request, result }) => {
    const results = Array.isArray(result) ? result : [result];
    if (results.some((one) => !isAsyncIterable(one) && (one.errors?.length ?? 0) > 0)) {
      answeredWithErrors.add(request);
    }
  },
  onResponse: ({ request, response }) => {
    if (!new URL(request.url).pathname.startsWith("/graphql")) return;
    if ((response.headers.get("content-type") ?? "").includes("text/html")) return;
    const anonymousRead =
      request.method === "GET" &&
      response.status === 200 &&
      !answeredWithErrors.has(request) &&
      !CREDENTIAL_HEADERS.some((name) => request.headers.has(name));
    response.headers.set("cache-control", anonymousRead ? "public, max-age=60" : "private, no-store");
    response.headers.set("vary", VARY);
  },
};

/**
 * Reports the operation's cost, computed before execution from what the viewer sent (`extensions.cost`, as Shopify
 * reports it), to everyone; and what it paid — its D1 round trips and the rows D1 read (`d1RoundTrips`,
 * `d1RowsRead`) — only where `showsWorkFigures` allows: those figures count rows the viewer may not read.
 */
const reportCost: Plugin<Context & ServerContext> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (isAsyncIterable(result)) return;
      // Yoga's context holds the server's (the Worker's whole env) and Chibo's.
      const context = args.contextValue;
      const work = showsWorkFigures(context.env, context.access.isAdmin)
        ? { d1RoundTrips: context.db.roundTrips, d1RowsRead: context.db.rowsRead }
        : {};
      setResult({
        ...result,
        extensions: {
          ...result.extensions,
          ...work,
          cost: queryCostOf(context),
          requestId: context.requestId,
        },
      });
    },
  }),
};

/** The media types Yoga parses a POST in, matched as Yoga matches them (exactly, or followed by parameters). */
const GRAPHQL_MEDIA_TYPES = ["application/json", "multipart/form-data"];

function isGraphQLMediaType(contentType: string): boolean {
  const first = contentType.split(",")[0] ?? "";
  return GRAPHQL_MEDIA_TYPES.some((type) => first === type || first.startsWith(`${type};`));
}

/** A POST in a media type GraphQL over HTTP does not define gets 415 with a GraphQL error, not an empty body. */
const refuseUnknownMediaTypes: Plugin<Context> = {
  onRequest: ({ request, endResponse, fetchAPI }) => {
    if (request.method !== "POST") return;
    const contentType = request.headers.get("content-type") ?? "";
    if (isGraphQLMediaType(contentType)) return;
    endResponse(
      new fetchAPI.Response(
        JSON.stringify({
          errors: [
            {
              message: `Send the request as application/json (got "${contentType.slice(0, 100)}").`,
              extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
            },
          ],
        }),
        { status: 415, headers: { "content-type": "application/json; charset=utf-8" } },
      ),
    );
  },
};

const yoga = createYoga<ServerContext, Context>({
  plugins: [
    refuseForeignOrigins,
    requestLimits,
    refuseUnknownMediaTypes,
    ...persistedOperations(),
    readReplication,
    refuseInvalidText,
    idempotency((error) => presentError(error, "Unexpected error.")),
    reportCost,
    // @defer and @stream for the heavy screens: a report's sections, a committee's rollups, long lists (docs/live.md).
    useDeferStream(),
    liveEventIds,
    cacheHeaders,
    localizedErrors(),
  ],
  schema,
  extraParamNames: [...PERSISTED_ID_PARAMS],
  // requestLimits counts the body as it reads it (the upload limit for multipart, 1 MiB otherwise): Yoga's own count
  // would copy every body through one more stream.
  maxRequestBodySize: false,
  graphqlEndpoint: "/graphql",
  cors: corsFor,
  landingPage: false,
  // Faults are logged by presentError; refusals and bad requests are the client's to read, not the log's.
  logging: false,
  graphiql: { title: "Chibo" },
  renderGraphiQL,
  maskedErrors: { maskError: presentError },
  context: (initialContext) => contextOfRequest(initialContext.request, initialContext.env, initialContext),
});

/** Runs GraphQL operations as the request's viewer, so pages built from them have exactly the API's permissions. */
function executeAs(request: Request, env: Env, executionContext: ExecutionContext): Execute {
  return async (query, variables) => {
    const headers = new Headers({
      "content-type": "application/json",
      accept: "application/graphql-response+json",
    });
    for (const name of ["authorization", "cf-access-jwt-assertion", TENANT_HEADER, BOOKMARK_HEADER]) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    const tenant = new URL(request.url).searchParams.get("tenant");
    if (tenant && !headers.has(TENANT_HEADER)) headers.set(TENANT_HEADER, tenant);
    const response = await yoga.handleRequest(
      new Request(new URL("/graphql", request.url), {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      }),
      { env, executionContext, trustedOperation: true },
    );
    return response.json();
  };
}

/** Routes outside GraphQL name raw cell ids; the pages they build run GraphQL with the tenant's global IDs. */
/** A page's cell as its address names it: the global ID GraphiQL shows, or a raw id. */
/** An object of a page's path, by the global ID GraphiQL shows or by its raw id. */
function globalIdOf(request: Request, env: Env, typename: "Cell" | "Meeting", written: string): string {
  if (decodeGlobalId(written)?.typename === typename) return written;
  const tenant = tenantOfRequest(request, env);
  return encodeGlobalId(typename, written, tenant.isDefault ? null : tenant.key);
}

/**
 * The pages read through GraphQL as the caller (printable papers, exports): the path's first part is the ID of the
 * cell or meeting, global or raw; each page takes the rest of the match.
 */
const PAGES: {
  path: RegExp;
  typename: "Cell" | "Meeting";
  serve: (request: Request, id: string, match: RegExpExecArray, execute: Execute) => Promise<Response>;
}[] = [
  {
    path: REPORT_PATH,
    typename: "Cell",
    serve: (request, id, match, execute) => serveReport(request, id, Number(match[2]), execute),
  },
  {
    path: MEETING_PAPER_PATH,
    typename: "Meeting",
    serve: (request, id, match, execute) =>
      serveMeetingPaper(request, id, match[2] as "minutes" | "resolution", execute),
  },
  {
    path: EXPORT_PATH,
    typename: "Cell",
    serve: (request, id, match, execute) => serveExport(request, id, match[2] as "json" | "csv", execute),
  },
  {
    path: DUES_BOOK_PATH,
    typename: "Cell",
    serve: (request, id, match, execute) =>
      serveDuesBook(request, id, match[2] as string, match[3] === ".csv", execute),
  },
  {
    path: STATISTICS_PATH,
    typename: "Cell",
    serve: (request, id, match, execute) => serveStatistics(request, id, match[2] === ".csv", execute),
  },
];

function route(
  request: Request,
  env: Env,
  executionContext: ExecutionContext,
): Promise<Response> | Response | null {
  const path = new URL(request.url).pathname;
  const attachment = ATTACHMENT_PATH.exec(path);
  if (attachment) {
    return serveAttachment(request, env, pathSegment(attachment[1]), pathSegment(attachment[2]));
  }
  for (const page of PAGES) {
    const match = page.path.exec(path);
    if (match) {
      const id = globalIdOf(request, env, page.typename, pathSegment(match[1]));
      return page.serve(request, id, match, executeAs(request, env, executionContext));
    }
  }
  const calendar = CALENDAR_PATH.exec(path);
  if (calendar) return serveCalendar(request, env, pathSegment(calendar[1]));
  return null;
}

export default {
  async fetch(request: Request, env: Env, executionContext: ExecutionContext) {
    try {
      // Every request counts, whatever refuses it later; a token that fails verification counts by address.
      const identity = await requestIdentity(request, env).catch(() => null);
      const key = rateLimitKey(identity, request, env.ENVIRONMENT === "production");
      await enforceRateLimit(env, key);
      refuseWhileThrottled(env, key, Date.now());
      const response = withSecurityHeaders(
        (await route(request, env, executionContext)) ??
          (await yoga.handleRequest(request, { env, executionContext })),
      );
      const db = databaseOfRequest(request);
      // waitUntil is a call into the runtime on every request: made only when there is work to charge or send.
      const units = db ? unitsOfWork(env, db.chargedRows) : 0;
      if (units > 0) executionContext.waitUntil(chargeWork(env, key, units, Date.now()));
      if (db && db.liveEvents.length > 0) {
        executionContext.waitUntil(sendLiveEvents(env, tenantOfRequest(request, env).key, db.liveEvents));
      }
      return response;
    } catch (error) {
      // Raised before GraphQL could answer: an unknown tenant or a malformed path named to a route.
      if (error instanceof GraphQLError) return withSecurityHeaders(jsonErrorOf(error, languageOf(request)));
      throw error;
    }
  },

  /** Hourly (`[triggers]` in wrangler.toml): expired idempotent answers and live events leave every tenant's database. */
  async scheduled(_controller: ScheduledController, env: Env) {
    const now = new Date();
    await Promise.all(
      tenantsOf(env).flatMap((tenant) => [
        purgeExpiredIdempotencyKeys(new Database(tenant.database), now),
        purgeExpiredLiveEvents(new Database(tenant.database), now),
      ]),
    );
  },
} satisfies ExportedHandler<Env>;

export { LiveChannel } from "./http/live";
