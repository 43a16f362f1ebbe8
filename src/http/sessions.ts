import { getOperationAST, Kind, type OperationTypeNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { localizedError } from "../auth/errors";
import type { Context } from "../context";
import type { Database } from "../db/database";

/**
 * D1 read replication (the Sessions API). Each request reads and writes through one D1 session: a query may start
 * at any replica ("first-unconstrained"), a mutation at the primary ("first-primary"), and a request that sends back
 * the bookmark of an earlier answer (`X-Chibo-Bookmark`) starts at least as new as that answer — so a mobile client
 * that sends each answer's bookmark with its next request reads its own writes. Every answer carries the session's
 * bookmark.
 */
export const BOOKMARK_HEADER = "x-chibo-bookmark";
/** D1 bookmarks are hex groups joined by dashes; anything else is refused before D1 sees it. */
const BOOKMARK = /^[0-9a-f-]{1,128}$/i;

const OPERATION = Symbol("operation");
const sessionOfRequest = new WeakMap<Request, Database>();

export function sessionConstraint(request: Request, initialContext: object): string {
  const bookmark = request.headers.get(BOOKMARK_HEADER);
  if (bookmark !== null && bookmark !== "") {
    if (!BOOKMARK.test(bookmark)) {
      throw localizedError(
        {
          vi: `${BOOKMARK_HEADER} phải là dấu mốc (bookmark) mà một câu trả lời trước đã gửi.`,
          en: `${BOOKMARK_HEADER} must be a bookmark an earlier answer carried.`,
        },
        { extensions: { code: "INVALID_BOOKMARK", http: { status: 400 } } },
      );
    }
    return bookmark;
  }
  const operation = (initialContext as { [OPERATION]?: OperationTypeNode })[OPERATION];
  return operation === "mutation" ? "first-primary" : "first-unconstrained";
}

export function rememberSession(request: Request, db: Database): void {
  sessionOfRequest.set(request, db);
}

/** The database session a request used, if it opened one: what it read is charged to its user (work-limit.ts). */
export function databaseOfRequest(request: Request): Database | undefined {
  return sessionOfRequest.get(request);
}

export const readReplication: Plugin<Context> = {
  // Parsing comes before the context is built: the operation's kind is known when its session opens.
  onParse({ context }) {
    return ({ result }) => {
      if (!result || (result as { kind?: string }).kind !== Kind.DOCUMENT) return;
      const operationName = (context as { params?: { operationName?: string | null } }).params?.operationName;
      (context as { [OPERATION]?: OperationTypeNode })[OPERATION] = getOperationAST(
        result as never,
        operationName,
      )?.operation;
    };
  },
  onResponse({ request, response }) {
    const bookmark = sessionOfRequest.get(request)?.bookmark();
    if (bookmark) response.headers.set(BOOKMARK_HEADER, bookmark);
  },
};
