import { GraphQLError } from "graphql";

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/** A refusal raised before GraphQL runs (an unknown tenant, a bad token) as a route's JSON answer. */
export function jsonErrorOf(error: GraphQLError): Response {
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
  return jsonError(status, String(error.extensions.code ?? "BAD_REQUEST"), error.message);
}

/** A segment of a route's path, percent-decoded; a malformed escape is the client's mistake (400), not a fault. */
export function pathSegment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? "");
  } catch {
    throw new GraphQLError("The path holds a malformed percent-escape.", {
      extensions: { code: "BAD_REQUEST", http: { status: 400 } },
    });
  }
}
