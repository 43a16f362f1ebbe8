import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";
import { localizedError } from "../auth/errors";
import type { Context } from "../context";
import manifest from "./persisted-operations.json";

const TRUSTED_OPERATIONS: Readonly<Record<string, string>> = manifest;

/**
 * The ids a client may send for a trusted operation: Apollo Client's and urql's
 * `extensions.persistedQuery.sha256Hash`, the GraphQL-over-HTTP `documentId`, Relay's `doc_id`. The manifest is
 * graphql-codegen's (persistedDocuments of the client preset, `npm run operations:persist`), keyed by the SHA-256 of
 * each normalized document; an id may carry the spec's `sha256:` prefix or not.
 */
export const PERSISTED_ID_PARAMS = ["documentId", "doc_id"] as const;

function persistedIdOf(params: Record<string, unknown>): string | null {
  const persistedQuery = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  const id = persistedQuery?.sha256Hash ?? params.documentId ?? params.doc_id;
  return typeof id === "string" ? id.replace(/^sha256:/, "") : null;
}

/**
 * Trusted operations for the mobile apps and front-ends: a request may name an operation of the manifest instead of
 * sending its text. With `PERSISTED_OPERATIONS = "strict"` only those are run: any other document is refused
 * [PERSISTED_QUERY_ONLY], so a stolen token cannot run queries the apps never send (GraphiQL then has nothing to
 * offer).
 */
export function persistedOperations(): Plugin<Context>[] {
  const strictMode: Plugin<Context> = {
    onParams({ params, context }) {
      const env = (context as { env?: { PERSISTED_OPERATIONS?: string } }).env;
      if (env?.PERSISTED_OPERATIONS === "strict" && params.query) {
        throw localizedError(
          {
            vi: "Máy chủ này chỉ chạy các thao tác tin cậy của ứng dụng: hãy gửi extensions.persistedQuery.sha256Hash.",
            en: "This server runs only the trusted operations of its apps: send extensions.persistedQuery.sha256Hash.",
          },
          { extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } } },
        );
      }
    },
  };
  return [
    strictMode,
    usePersistedOperations<Context>({
      allowArbitraryOperations: true,
      extractPersistedOperationId: (params) => persistedIdOf(params as unknown as Record<string, unknown>),
      getPersistedOperation: (id) => TRUSTED_OPERATIONS[id] ?? null,
      customErrors: {
        notFound: {
          message: "No trusted operation has this id: update the app, or send the query text.",
          extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } },
        },
        keyNotFound: {
          message: "Send a query, or the id of a trusted operation in extensions.persistedQuery.sha256Hash.",
          extensions: { code: "PERSISTED_QUERY_ID_REQUIRED", http: { status: 400 } },
        },
      },
    }) as Plugin<Context>,
  ];
}
