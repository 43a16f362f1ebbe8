import type { GraphQLError } from "graphql";
import { inLanguage, localizedError } from "../auth/errors";
import type { Language } from "../domain/refusal";

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/** A refusal raised before GraphQL runs (an unknown tenant, a bad token) as a route's JSON answer. */
export function jsonErrorOf(raised: GraphQLError, language: Language): Response {
  const error = inLanguage(raised, language);
  const { http, ...extensions } = error.extensions as {
    http?: { status?: number; headers?: Record<string, string> };
    code?: unknown;
  };
  return Response.json(
    {
      errors: [
        { message: error.message, extensions: { ...extensions, code: extensions.code ?? "BAD_REQUEST" } },
      ],
    },
    { status: http?.status ?? 400, headers: http?.headers },
  );
}

/** A segment of a route's path, percent-decoded; a malformed escape is the client's mistake (400), not a fault. */
export function pathSegment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? "");
  } catch {
    throw localizedError(
      { vi: "Đường dẫn có mã thoát phần trăm sai dạng.", en: "The path holds a malformed percent-escape." },
      { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
    );
  }
}
