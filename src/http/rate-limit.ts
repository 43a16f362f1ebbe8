import { localizedError } from "../auth/errors";
import type { Identity } from "../auth/token";

/** The window of the Workers rate-limiting binding (10 or 60 seconds): how long a refused client should wait. */
const PERIOD_SECONDS = 60;

export interface RateLimitEnv {
  /** Workers rate-limiting binding ([[ratelimits]] in wrangler.toml): requests per user per minute. */
  RATE_LIMITER?: RateLimit;
  /** "off" lifts the limit (the local benchmark). */
  RATE_LIMIT?: string;
}

/**
 * The bucket a request counts in: its verified holder (an e-mail, a token's subject), else — anonymous, a token
 * that names nobody, or one that failed verification — the client's address. Cloudflare's edge sets
 * `CF-Connecting-IP` and overwrites a client's own, so it is trusted in production only; elsewhere (wrangler dev,
 * tests) any client could set it and every anonymous request shares one bucket.
 */
export function rateLimitKey(identity: Identity | null, request: Request, production: boolean): string {
  const holder = identity?.principal ?? identity?.personFromToken ?? null;
  if (holder) return `user:${holder}`;
  return production ? `ip:${request.headers.get("cf-connecting-ip") ?? "unknown"}` : "ip:local";
}

/**
 * Counts the request against its bucket (`rateLimitKey`) as it arrives — before its token, document or cost is
 * judged, so that requests refused early count too — and refuses it past the limit with 429 RATE_LIMITED and
 * `Retry-After`.
 */
export async function enforceRateLimit(env: RateLimitEnv, key: string): Promise<void> {
  if (!env.RATE_LIMITER || env.RATE_LIMIT === "off") return;
  const { success } = await env.RATE_LIMITER.limit({ key });
  if (success) return;
  throw localizedError(
    {
      vi: `Quá nhiều yêu cầu: hãy chờ ${PERIOD_SECONDS} giây rồi gửi tiếp.`,
      en: `Too many requests: wait ${PERIOD_SECONDS} seconds before sending more.`,
    },
    {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds: PERIOD_SECONDS,
        http: { status: 429, headers: { "retry-after": String(PERIOD_SECONDS) } },
      },
    },
  );
}
