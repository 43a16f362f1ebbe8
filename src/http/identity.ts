import { type Identity, identityFromRequest } from "../auth/token";
import { maxTokenLifetime } from "../domain/tokens";

/** The settings that say which credentials a deployment accepts. */
export interface IdentityEnv {
  ENVIRONMENT: string;
  /** HS256 secret for development and tests (.dev.vars); never used when ENVIRONMENT is "production". */
  JWT_SECRET?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  /** JWKS of an identity provider whose RS256/ES256 bearer tokens are accepted (issuer and audience above). */
  JWKS_URL?: string;
  /** Cloudflare Access: the team domain (https://<team>.cloudflareaccess.com) and the application's AUD tag. */
  ACCESS_TEAM_DOMAIN?: string;
  ACCESS_AUD?: string;
  /** The longest a bearer token may be valid, in seconds (default 86400: 24 h). */
  MAX_TOKEN_LIFETIME_SECONDS?: string;
}

const identities = new WeakMap<Request, Promise<Identity | null>>();

/**
 * The request's verified identity (no database read), once per request: the rate limit counts by it as the request
 * arrives, and the context builds the viewer from it.
 */
export function requestIdentity(request: Request, env: IdentityEnv): Promise<Identity | null> {
  let identity = identities.get(request);
  if (!identity) {
    identity = identityFromRequest(request, {
      secret: env.JWT_SECRET,
      production: env.ENVIRONMENT === "production",
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      jwksUrl: env.JWKS_URL,
      accessTeamDomain: env.ACCESS_TEAM_DOMAIN,
      accessAudience: env.ACCESS_AUD,
      maxTokenLifetimeSeconds: maxTokenLifetime(env.MAX_TOKEN_LIFETIME_SECONDS),
    });
    identities.set(request, identity);
  }
  return identity;
}
