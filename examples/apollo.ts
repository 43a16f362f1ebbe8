/**
 * Chibo from Apollo Client 4, set up as a web or React Native app sets it up for a production server
 * (`PERSISTED_OPERATIONS = "strict"`): operations go by the id graphql-codegen embedded in each generated document,
 * one request each (no hash-then-query round trip); a mutation carries an Idempotency-Key that its retries keep, so
 * a retried write is replayed by the server, not done twice; connections are merged Relay-style in the normalized
 * cache, which identifies objects by `__typename` and Chibo's global `id` without any setting.
 * Run by tests/clients/apollo.test.ts against the Worker in strict mode.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { RetryLink } from "@apollo/client/link/retry";
import { relayStylePagination } from "@apollo/client/utilities";
import { trustedDocumentId } from "./trusted-documents";

export interface ChiboApolloOptions {
  /** The GraphQL endpoint, e.g. https://chibo.example.vn/graphql. */
  endpoint: string;
  /** The viewer's bearer token, read for every request (it may be refreshed). */
  token: () => string | null;
  /** Messages in Vietnamese (default) or English. */
  language?: "vi" | "en";
  /** A fetch to use instead of the global one (React Native's, a test's). */
  fetch?: typeof fetch;
}

/** Gives each mutation one Idempotency-Key, set before the retry link so that every attempt sends the same key. */
const idempotencyKeys = new ApolloLink((operation, forward) => {
  if (operation.operationType === "mutation") {
    const key = crypto.randomUUID();
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, "Idempotency-Key": key },
    }));
  }
  return forward(operation);
});

export function createChiboApolloClient(options: ChiboApolloOptions) {
  const authorization = new ApolloLink((operation, forward) => {
    const token = options.token();
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        "accept-language": options.language ?? "vi",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([
      idempotencyKeys,
      authorization,
      // Network failures only: an answer with errors is an answer, and a refusal would be refused again.
      new RetryLink({ delay: { initial: 100, max: 2_000 }, attempts: { max: 3 } }),
      new PersistedQueryLink({ generateHash: trustedDocumentId }),
      new HttpLink({ uri: options.endpoint, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Pages fetched with fetchMore({ variables: { after } }) are appended to the cached connection.
        Cell: { fields: { descendants: relayStylePagination(["includeDissolved"]) } },
      },
    }),
  });
}
