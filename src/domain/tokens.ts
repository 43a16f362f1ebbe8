import type { Text } from "./refusal";
/** Clocks of the issuer and of the Worker may disagree this much. */
export const CLOCK_SKEW_SECONDS = 60;
/** The longest a bearer token may be valid, from its issue (or, without `iat`, from now), unless configured. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

export interface TokenTimes {
  /** Issued at, in seconds since the epoch; may be absent. */
  iat?: number;
  /** Expires at, in seconds since the epoch (required by the verifier before this rule runs). */
  exp?: number;
}

/**
 * Why a token's times make it unacceptable, or null. A token issued in the future was made with a wrong clock or
 * to outlive a revocation; a token valid for years is a password that cannot be changed. `maxLifetimeSeconds` null:
 * the issuer's lifetime is accepted (Cloudflare Access sets its own session length).
 */
export function tokenTimeProblem(
  times: TokenTimes,
  nowSeconds: number,
  maxLifetimeSeconds: number | null,
): Text | null {
  if (times.iat !== undefined && times.iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    return { vi: "Token ghi thời điểm cấp ở tương lai.", en: "The token says it was issued in the future." };
  }
  if (maxLifetimeSeconds !== null && times.exp !== undefined) {
    const lifetime = times.exp - Math.min(times.iat ?? nowSeconds, nowSeconds);
    if (lifetime > maxLifetimeSeconds + CLOCK_SKEW_SECONDS) {
      const hours = Math.round(maxLifetimeSeconds / 3600);
      return {
        vi: `Token có hiệu lực dài hơn ${hours} giờ mà API này nhận.`,
        en: `The token is valid for longer than the ${hours} h this API accepts.`,
      };
    }
  }
  return null;
}

/** The configured lifetime (`MAX_TOKEN_LIFETIME_SECONDS`): a positive whole number of seconds, else the default. */
export function maxTokenLifetime(setting: string | undefined): number {
  const seconds = Number(setting);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
}
