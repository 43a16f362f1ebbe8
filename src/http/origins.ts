import type { Plugin } from "graphql-yoga";
import type { Context } from "../context";

export interface OriginsEnv {
  /** Origins of the web front-ends allowed to call the API from a browser, comma-separated (https://app.example.vn). */
  CORS_ORIGINS?: string;
  /**
   * The API's own origin(s), comma-separated (https://chibo.example.vn): its GraphiQL and pages post from there.
   * Configured, never read from the request's Host header, which whoever sends the request chooses.
   */
  PUBLIC_ORIGIN?: string;
}

function originsOf(setting: string | undefined): string[] {
  return (setting ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin.length > 0);
}

/** Yoga passes its server context (`env`, `executionContext`) to its hooks and to the CORS factory. */
function envOf(serverContext: unknown): OriginsEnv | undefined {
  return (serverContext as { env?: OriginsEnv } | undefined)?.env;
}

function isAllowed(origin: string, env: OriginsEnv | undefined): boolean {
  return originsOf(env?.PUBLIC_ORIGIN).includes(origin) || originsOf(env?.CORS_ORIGINS).includes(origin);
}

/**
 * CORS from the allowlist: a browser page of a listed origin may call the API (with credentials, for Cloudflare
 * Access's cookie); any other origin gets no CORS headers, so its page cannot read an answer.
 */
export function corsFor(request: Request, serverContext?: unknown) {
  const origin = request.headers.get("origin");
  if (!origin || !isAllowed(origin, envOf(serverContext))) return false as const;
  return {
    origin: [origin],
    credentials: true,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["authorization", "content-type", "idempotency-key", "x-chibo-bookmark"],
    exposedHeaders: ["retry-after", "idempotent-replayed", "x-chibo-bookmark"],
    maxAge: 600,
  };
}

/**
 * CSRF prevention: a browser names the page that sends a request in `Origin`. A request sent from a page of
 * another origin that is not on the allowlist is refused before anything runs [CSRF_REFUSED] — without this, a
 * hostile page could post a form (multipart/form-data needs no preflight) with the Cloudflare Access cookie of a
 * signed-in secretary. Requests without `Origin` come from apps and scripts, which hold their own tokens.
 */
export const refuseForeignOrigins: Plugin<Context> = {
  onRequest({ request, serverContext, endResponse, fetchAPI }) {
    const origin = request.headers.get("origin");
    if (origin === null || request.method === "OPTIONS") return;
    if (isAllowed(origin, envOf(serverContext))) return;
    endResponse(
      new fetchAPI.Response(
        JSON.stringify({
          errors: [
            {
              message: `Requests from pages of ${origin.slice(0, 100)} are not accepted: add the origin to CORS_ORIGINS.`,
              extensions: { code: "CSRF_REFUSED" },
            },
          ],
        }),
        { status: 403, headers: { "content-type": "application/json; charset=utf-8" } },
      ),
    );
  },
};
