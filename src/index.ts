import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createYoga, isAsyncIterable, maskError, type Plugin } from "graphql-yoga";
import { Access } from "./auth/access";
import { viewerFromRequest } from "./auth/token";
import { type Context, type Env, Loaders } from "./context";
import { Database } from "./db/database";
import { todayInVietnam } from "./domain/dates";
import { Refusal } from "./domain/refusal";
import { renderGraphiQL } from "./graphiql";
import { schema } from "./schema";

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

interface ServerContext {
  env: Env;
  executionContext: ExecutionContext;
}

/**
 * Errors that carry a user's mistake keep their message and get a stable code; anything else is a fault,
 * masked so that no stack or SQL text reaches a client.
 */
function presentError(error: unknown, message: string, isDev?: boolean): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  if (original instanceof Refusal) {
    const problem = original.problems[0];
    return new GraphQLError(original.message, {
      ...(isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: problem?.code ?? "BAD_USER_INPUT", problems: original.problems },
    });
  }
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, {
      ...(isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: /ID/.test(original.message) ? "INVALID_ID" : "BAD_USER_INPUT" },
    });
  }
  if (isGraphQLError(error) && !error.originalError) {
    return error.extensions.code
      ? error
      : new GraphQLError(error.message, {
          ...error,
          extensions: { ...error.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
        });
  }
  if (isGraphQLError(error) && isGraphQLError(error.originalError)) return error;
  console.error("Unexpected error", error);
  const masked = maskError(error, message, isDev);
  return isGraphQLError(masked)
    ? new GraphQLError(masked.message, {
        nodes: masked.nodes,
        path: masked.path,
        extensions: { ...masked.extensions, code: "INTERNAL_SERVER_ERROR" },
      })
    : masked;
}

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

const yoga = createYoga<ServerContext, Context>({
  plugins: [reportD1RoundTrips],
  schema,
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: { title: "Chibo" },
  renderGraphiQL,
  maskedErrors: { maskError: presentError },
  context: async ({ request, env }): Promise<Context> => {
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
  },
});

export default {
  fetch(request: Request, env: Env, executionContext: ExecutionContext) {
    return yoga.fetch(request, { env, executionContext });
  },
} satisfies ExportedHandler<Env>;
