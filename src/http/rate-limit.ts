import { GraphQLError } from "graphql";
import { type Viewer, viewerKey } from "../auth/viewer";

/** The window of the Workers rate-limiting binding (10 or 60 seconds): how long a refused client should wait. */
const PERIOD_SECONDS = 60;

export interface RateLimitEnv {
  /** Workers rate-limiting binding ([[ratelimits]] in wrangler.toml): requests per user per minute. */
  RATE_LIMITER?: RateLimit;
  /** "off" lifts the limit (the local benchmark). */
  RATE_LIMIT?: string;
}

/**
 * Counts the request against its user's allowance — the signed-in person, or the client's IP address for
 * anonymous readers and tokens that name nobody — and refuses it past the limit with 429 RATE_LIMITED and
 * `Retry-After`.
 */
export async function enforceRateLimit(
  env: RateLimitEnv,
  request: Request,
  viewer: Viewer | null,
): Promise<void> {
  if (!env.RATE_LIMITER || env.RATE_LIMIT === "off") return;
  const user = viewer && viewerKey(viewer);
  const key = user ? `user:${user}` : `ip:${request.headers.get("cf-connecting-ip") ?? "unknown"}`;
  const { success } = await env.RATE_LIMITER.limit({ key });
  if (success) return;
  throw new GraphQLError(`Too many requests: wait ${PERIOD_SECONDS} seconds before sending more.`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: PERIOD_SECONDS,
      http: { status: 429, headers: { "retry-after": String(PERIOD_SECONDS) } },
    },
  });
}
