import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createYoga, isAsyncIterable, maskError, type Plugin } from "graphql-yoga";
import { Access } from "./auth/access";
import { viewerFromRequest } from "./auth/token";
import { type Context, type Env, Loaders } from "./context";
import { cellsByIds } from "./db/cells";
import { Database } from "./db/database";
import { attachmentsByIds } from "./db/documents";
import { feedByTokenHash, meetingsForCalendar } from "./db/meetings";
import { todayInVietnam } from "./domain/dates";
import { Refusal } from "./domain/refusal";
import { renderGraphiQL } from "./graphiql";
import { schema } from "./schema";
import { hashFeedToken, meetingsCalendar } from "./schema/meetings/calendar";

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

interface ServerContext {
  env: Env;
  executionContext: ExecutionContext;
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
    return refused;
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

/**
 * D1 cannot bind text holding a NUL character (it fails as "unterminated string"), and no party record needs
 * one: a request that carries one, in the query or the variables, is refused before it reaches a resolver.
 */
const refuseNulCharacters: Plugin<Context> = {
  onParams: ({ params }) => {
    const text = `${params.query ?? ""}${JSON.stringify(params.variables ?? {})}`;
    if (text.includes("\u0000") || text.includes("\\u0000")) {
      throw new GraphQLError("Text must not contain NUL (U+0000) characters.", {
        extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
      });
    }
  },
};

/** Reports the operation's D1 round trips in `extensions.d1RoundTrips`, so clients and tests see its cost. */
const reportD1RoundTrips: Plugin<Context> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (isAsyncIterable(result)) return;
      setResult({
        ...result,
        extensions: { ...result.extensions, d1RoundTrips: args.contextValue.db.roundTrips },
      });
    },
  }),
};

const GRAPHQL_MEDIA_TYPES = ["application/json", "application/graphql-response+json", "multipart/form-data"];

/** A POST in a media type GraphQL over HTTP does not define gets 415 with a GraphQL error, not an empty body. */
const refuseUnknownMediaTypes: Plugin<Context> = {
  onRequest: ({ request, endResponse, fetchAPI }) => {
    if (request.method !== "POST") return;
    const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
    if (GRAPHQL_MEDIA_TYPES.includes(mediaType)) return;
    endResponse(
      new fetchAPI.Response(
        JSON.stringify({
          errors: [
            {
              message: `Send the request as application/json (got "${mediaType.slice(0, 100)}").`,
              extensions: { code: "UNSUPPORTED_MEDIA_TYPE" },
            },
          ],
        }),
        { status: 415, headers: { "content-type": "application/json; charset=utf-8" } },
      ),
    );
  },
};

async function createContext(request: Request, env: Env): Promise<Context> {
  const viewer = await viewerFromRequest(request, {
    secret: env.JWT_SECRET,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  });
  const db = new Database(env.DB);
  const loaders = new Loaders(db);
  return {
    db,
    env,
    viewer,
    loaders,
    access: new Access(viewer, async (cellId) => (await loaders.cell.load(cellId))?.path ?? null),
    today: todayInVietnam(),
  };
}

const yoga = createYoga<ServerContext, Context>({
  plugins: [refuseUnknownMediaTypes, refuseNulCharacters, reportD1RoundTrips],
  schema,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  // Faults are logged by presentError; refusals and bad requests are the client's to read, not the log's.
  logging: false,
  graphiql: { title: "Chibo" },
  renderGraphiQL,
  maskedErrors: { maskError: presentError },
  context: ({ request, env }) => createContext(request, env),
});

function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/**
 * GET /documents/{documentId}/attachments/{attachmentId}: the file, to whoever may read the document
 * (same token as the API). Unknown and unreadable look alike (404), so the route reveals nothing.
 */
async function serveAttachment(request: Request, env: Env, documentId: string, attachmentId: string) {
  if (request.method !== "GET" && request.method !== "HEAD")
    return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  let context: Context;
  try {
    context = await createContext(request, env);
  } catch (error) {
    if (error instanceof GraphQLError) return jsonError(401, "UNAUTHENTICATED", error.message);
    throw error;
  }
  if (!context.viewer)
    return jsonError(401, "UNAUTHENTICATED", "Sign in first: send a token in the Authorization header.");
  const document = await context.loaders.document.load(documentId);
  const [attachment] =
    document && (await context.access.canReadDocument(document))
      ? await attachmentsByIds(context.db, [attachmentId])
      : [];
  if (!attachment || attachment.document_id !== documentId)
    return jsonError(404, "NOT_FOUND", "No such file.");
  if (attachment.purged_at) return jsonError(410, "FILE_PURGED", "An admin purged this file.");
  const object = await env.FILES.get(attachment.r2_key);
  if (!object) return jsonError(410, "FILE_PURGED", "The file is no longer stored.");
  return new Response(request.method === "HEAD" ? null : object.body, {
    headers: {
      "content-type": attachment.content_type,
      "content-length": String(attachment.size),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.file_name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      etag: `"${attachment.sha256}"`,
    },
  });
}

/**
 * GET /cells/{cellId}/meetings.ics?token=…: the cell's meetings as iCalendar, for whoever holds an unrevoked feed
 * token of that cell (calendar apps cannot send an Authorization header; the token is revocable).
 */
async function serveCalendar(request: Request, env: Env, cellId: string) {
  if (request.method !== "GET" && request.method !== "HEAD")
    return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const db = new Database(env.DB);
  const feed =
    token.length > 0 && token.length < 100 ? await feedByTokenHash(db, await hashFeedToken(token)) : null;
  if (!feed || feed.revoked_at !== null || feed.cell_id !== cellId) {
    return jsonError(404, "NOT_FOUND", "No calendar feed has this address (it may have been revoked).");
  }
  const [cell] = await cellsByIds(db, [cellId]);
  const now = new Date();
  const since = new Date(now.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
  const body = meetingsCalendar(
    cell?.name ?? "Chibo",
    await meetingsForCalendar(db, cellId, since),
    new URL(request.url).host,
    now,
  );
  return new Response(request.method === "HEAD" ? null : body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="meetings.ics"',
    },
  });
}

const CALENDAR_PATH = /^\/cells\/([^/]+)\/meetings\.ics$/;

const ATTACHMENT_PATH = /^\/documents\/([^/]+)\/attachments\/([^/]+)$/;

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext) {
    const attachment = ATTACHMENT_PATH.exec(new URL(request.url).pathname);
    if (attachment) {
      return serveAttachment(
        request,
        env,
        decodeURIComponent(attachment[1] ?? ""),
        decodeURIComponent(attachment[2] ?? ""),
      );
    }
    const calendar = CALENDAR_PATH.exec(new URL(request.url).pathname);
    if (calendar) return serveCalendar(request, env, decodeURIComponent(calendar[1] ?? ""));
    return yoga.fetch(request, { env, executionContext });
  },
} satisfies ExportedHandler<Env>;
