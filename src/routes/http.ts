import type { GraphQLError } from "graphql";

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/** A refusal raised before GraphQL runs (an unknown tenant, a bad token) as a route's JSON answer. */
export function jsonErrorOf(error: GraphQLError): Response {
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
  return jsonError(status, String(error.extensions.code ?? "BAD_REQUEST"), error.message);
}
