/**
 * Chibo from urql with its normalized cache (Graphcache), set up as a web or React Native app sets it up for a
 * production server (`PERSISTED_OPERATIONS = "strict"`): operations go by the id graphql-codegen embedded in each
 * generated document, one request each; a mutation carries an Idempotency-Key that its retries keep; connections are
 * merged Relay-style; objects are identified by `__typename` and Chibo's global `id` without any `keys` setting.
 * Run by tests/clients/urql.test.ts against the Worker in strict mode.
 */
import { Client, fetchExchange, makeOperation, mapExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { persistedExchange } from "@urql/exchange-persisted";
import { retryExchange } from "@urql/exchange-retry";
import { trustedDocumentId } from "./trusted-documents";

export interface ChiboUrqlOptions {
  /** The GraphQL endpoint, e.g. https://chibo.example.vn/graphql. */
  url: string;
  /** The viewer's bearer token, read for every request (it may be refreshed). */
  token: () => string | null;
  /** Messages in Vietnamese (default) or English. */
  language?: "vi" | "en";
  /** A fetch to use instead of the global one (React Native's, a test's). */
  fetch?: typeof fetch;
}

/** Gives each mutation one Idempotency-Key, before the retry exchange so that every attempt sends the same key. */
const idempotencyKeys = mapExchange({
  onOperation(operation) {
    if (operation.kind !== "mutation") return operation;
    const key = crypto.randomUUID();
    const { fetchOptions } = operation.context;
    const options = typeof fetchOptions === "function" ? fetchOptions() : (fetchOptions ?? {});
    return makeOperation(operation.kind, operation, {
      ...operation.context,
      fetchOptions: { ...options, headers: { ...(options.headers as object), "Idempotency-Key": key } },
    });
  },
});

export function createChiboUrqlClient(options: ChiboUrqlOptions) {
  return new Client({
    url: options.url,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    fetchOptions: () => {
      const token = options.token();
      return {
        headers: {
          "accept-language": options.language ?? "vi",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      };
    },
    exchanges: [
      // Pages fetched with a later `after` are appended to the cached connection.
      cacheExchange({ resolvers: { Cell: { descendants: relayPagination() } } }),
      idempotencyKeys,
      // Network failures only: an answer with errors is an answer, and a refusal would be refused again.
      retryExchange({
        initialDelayMs: 100,
        maxNumberAttempts: 3,
        retryIf: (error) => Boolean(error.networkError),
      }),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => trustedDocumentId(document),
      }),
      fetchExchange,
    ],
  });
}
