/**
 * The pages Chibo serves (GraphiQL, the printable report) run no inline script: GraphiQL starts from
 * /chibo/graphiql.js with its settings as JSON data. Styles may be inline (GraphiQL's editor sets them); workers
 * come from this origin (GraphiQL's editor); nothing may frame a page.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Files users uploaded are never run as a page of this origin, whatever they hold. */
export const DOWNLOAD_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

/**
 * Every answer: browsers must not guess another type than the one declared, and pages leave no address behind in
 * `Referer`. HTML answers get the page policy and refuse to be framed (clickjacking).
 */
export function withSecurityHeaders(response: Response): Response {
  // Set on the answer itself: a copy (new Response(body, response)) would turn a fixed body into a stream.
  const secured = isMutable(response.headers) ? response : new Response(response.body, response);
  secured.headers.set("x-content-type-options", "nosniff");
  secured.headers.set("referrer-policy", "no-referrer");
  if ((secured.headers.get("content-type") ?? "").includes("text/html")) {
    secured.headers.set("content-security-policy", PAGE_POLICY);
    secured.headers.set("x-frame-options", "DENY");
  }
  return secured;
}

/** The headers of an answer from fetch() or a binding are immutable; those of one made here are not. */
function isMutable(headers: Headers): boolean {
  try {
    headers.set("x-content-type-options", "nosniff");
    return true;
  } catch {
    return false;
  }
}
