import { GraphQLError } from "graphql";
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { GRANT_ROLES, type Grant, type GrantRole, normalizePrincipal } from "../domain/grants";
import type { Text } from "../domain/refusal";
import { tokenTimeProblem } from "../domain/tokens";
import { localizedError } from "./errors";
import type { Viewer } from "./viewer";

export interface AuthSettings {
  /** HS256 secret for development and tests; ignored in production. */
  secret: string | undefined;
  production: boolean;
  issuer: string;
  audience: string;
  /** Bearer tokens signed by an identity provider (RS256/ES256), checked against its published keys. */
  jwksUrl: string | undefined;
  /** Cloudflare Access: https://<team>.cloudflareaccess.com and the application's audience tag. */
  accessTeamDomain: string | undefined;
  accessAudience: string | undefined;
  /** The longest a bearer token may be valid (MAX_TOKEN_LIFETIME_SECONDS, 24 h by default). */
  maxTokenLifetimeSeconds: number;
}

/** The grants of a principal from the grants table, with the person the admins linked to it. */
export type GrantsOf = (principal: string) => Promise<{ personId: string | null; grants: Grant[] }>;

/** A development secret shorter than this could be guessed: its tokens are refused (`npm start` makes 64). */
const MIN_SECRET_LENGTH = 32;

/** Longer headers are refused before any parsing: a token of Chibo's shape is a few hundred bytes. */
const MAX_TOKEN_LENGTH = 8192;
const ASYMMETRIC_ALGORITHMS = ["RS256", "ES256"];

/** Keys are fetched once per isolate and kept ten minutes; an unknown key id refetches at most every 30 s. */
const KEY_SETS = new Map<string, JWTVerifyGetKey>();
function keySet(url: string): JWTVerifyGetKey {
  let keys = KEY_SETS.get(url);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
    KEY_SETS.set(url, keys);
  }
  return keys;
}

/** The HS256 key, imported once per isolate rather than on every request. */
const HMAC_KEYS = new Map<string, Promise<CryptoKey>>();
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = HMAC_KEYS.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    HMAC_KEYS.set(secret, key);
  }
  return key;
}

function unauthenticated(message: Text): GraphQLError {
  return localizedError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

function grantsFrom(claim: unknown): Grant[] {
  if (!Array.isArray(claim))
    throw unauthenticated({
      vi: "Trường grants của token phải là một danh sách.",
      en: "The token's grants claim must be a list.",
    });
  return claim.map((entry) => {
    const role = (entry as { role?: unknown })?.role;
    const cell = (entry as { cell?: unknown })?.cell;
    if (!GRANT_ROLES.includes(role as GrantRole))
      throw unauthenticated({
        vi: "Token có một quyền với vai trò không xác định.",
        en: "The token holds a grant of unknown role.",
      });
    if (cell !== undefined && cell !== null && typeof cell !== "string") {
      throw unauthenticated({
        vi: "Token có một quyền với tổ chức không hợp lệ.",
        en: "The token holds a grant with an invalid cell.",
      });
    }
    if (role !== "ADMIN" && typeof cell !== "string")
      throw unauthenticated({
        vi: `Quyền ${role} cần một tổ chức (cell).`,
        en: `A ${role} grant needs a cell.`,
      });
    return { role: role as GrantRole, cellId: typeof cell === "string" ? cell : null };
  });
}

/**
 * Verifies a token and maps jose's failures to one UNAUTHENTICATED answer; the key set's outage is retryable. A
 * verified token is then held to its times: never issued in the future, and (`maxLifetimeSeconds`) never valid for
 * longer than allowed.
 */
async function verified(
  token: string,
  maxLifetimeSeconds: number | null,
  verify: () => Promise<JWTPayload>,
): Promise<JWTPayload> {
  if (token.length > MAX_TOKEN_LENGTH)
    throw unauthenticated({ vi: "Token quá dài.", en: "The token is too long." });
  let payload: JWTPayload;
  try {
    payload = await verify();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof errors.JWTExpired)
      throw unauthenticated({ vi: "Token đã hết hạn; hãy đăng nhập lại.", en: "The token has expired." });
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "nbf") {
      throw unauthenticated({
        vi: "Token chưa đến thời điểm có hiệu lực.",
        en: "The token is not valid yet.",
      });
    }
    if (
      error instanceof errors.JWKSTimeout ||
      (error instanceof TypeError && !(error instanceof errors.JOSEError))
    ) {
      throw localizedError(
        {
          vi: "Không lấy được khóa ký token; hãy thử lại sau ít phút.",
          en: "The keys that sign tokens could not be fetched; try again shortly.",
        },
        { extensions: { code: "AUTHENTICATION_UNAVAILABLE", retryable: true, http: { status: 503 } } },
      );
    }
    throw unauthenticated({
      vi: "Token không hợp lệ với API này.",
      en: "The token is not valid for this API.",
    });
  }
  const problem = tokenTimeProblem(payload, Math.floor(Date.now() / 1000), maxLifetimeSeconds);
  if (problem) throw unauthenticated(problem);
  return payload;
}

/**
 * What a verified token says, before any read: who it is (the principal), the grants it carries if any, and — for
 * development tokens only — the person it names.
 */
export interface Identity {
  principal: string | null;
  claimedGrants: Grant[] | null;
  /** Development tokens (signed by the deployment's own secret, refused in production) name their person. */
  personFromToken: string | null;
  /** When the credential expires (seconds since the epoch). */
  expiresAt: number | null;
}

/**
 * The viewer a verified token stands for. Grants come from its `grants` claim, else from the grants table. The
 * person is the one the grants table links to the principal — a verified mapping the admins made — never a claim
 * of the token, except for development tokens (`personFromToken`).
 */
export async function viewerOf(identity: Identity, grantsOf: GrantsOf): Promise<Viewer> {
  const { principal, claimedGrants, personFromToken } = identity;
  if (claimedGrants !== null) {
    if (personFromToken !== null || !principal) {
      return { principal, personId: personFromToken, grants: claimedGrants };
    }
    return { principal, personId: (await grantsOf(principal)).personId, grants: claimedGrants };
  }
  if (!principal)
    throw unauthenticated({
      vi: "Token không ghi người dùng nào (không có sub hay e-mail).",
      en: "The token names nobody (no subject or e-mail).",
    });
  return { principal, ...(await grantsOf(principal)) };
}

function identityOf(payload: JWTPayload, principal: string | null, personFromSubject = false): Identity {
  return {
    principal,
    claimedGrants: payload.grants === undefined ? null : grantsFrom(payload.grants),
    personFromToken: personFromSubject && typeof payload.sub === "string" ? payload.sub : null,
    expiresAt: typeof payload.exp === "number" ? payload.exp : null,
  };
}

/** Cloudflare Access puts its own signed assertion on every request it lets through. */
async function accessIdentity(assertion: string, settings: AuthSettings): Promise<Identity> {
  const { accessTeamDomain, accessAudience } = settings;
  if (!accessTeamDomain || !accessAudience) {
    throw unauthenticated({
      vi: "Bản triển khai này không nhận xác thực Cloudflare Access.",
      en: "This deployment does not accept Cloudflare Access assertions.",
    });
  }
  const issuer = accessTeamDomain.replace(/\/+$/, "");
  // Access decides how long its sessions last (its application settings).
  const payload = await verified(assertion, null, async () => {
    const { payload } = await jwtVerify(assertion, keySet(`${issuer}/cdn-cgi/access/certs`), {
      algorithms: ["RS256"],
      issuer,
      audience: accessAudience,
      requiredClaims: ["exp"],
    });
    return payload;
  });
  const email = typeof payload.email === "string" ? normalizePrincipal(payload.email) : null;
  // Service tokens carry their client id as common_name instead of an e-mail.
  const principal = email ?? (typeof payload.common_name === "string" ? payload.common_name : null);
  return identityOf({ ...payload, grants: undefined }, principal);
}

async function bearerIdentity(token: string, settings: AuthSettings): Promise<Identity> {
  let algorithm: string | undefined;
  try {
    algorithm = decodeProtectedHeader(token).alg;
  } catch {
    throw unauthenticated({ vi: "Token không phải JWT.", en: "The token is not a JWT." });
  }
  const options = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ["exp"] };
  if (
    algorithm === "HS256" &&
    settings.secret &&
    settings.secret.length >= MIN_SECRET_LENGTH &&
    !settings.production
  ) {
    const secret = await hmacKey(settings.secret);
    const payload = await verified(token, settings.maxTokenLifetimeSeconds, async () => {
      const { payload } = await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] });
      return payload;
    });
    return identityOf(payload, typeof payload.sub === "string" ? payload.sub : null, true);
  }
  if (algorithm && ASYMMETRIC_ALGORITHMS.includes(algorithm) && settings.jwksUrl) {
    const keys = keySet(settings.jwksUrl);
    const payload = await verified(token, settings.maxTokenLifetimeSeconds, async () => {
      const { payload } = await jwtVerify(token, keys, { ...options, algorithms: ASYMMETRIC_ALGORITHMS });
      return payload;
    });
    return identityOf(payload, typeof payload.sub === "string" ? payload.sub : null);
  }
  throw unauthenticated({
    vi: `Không nhận token ký bằng "${String(algorithm).slice(0, 20)}".`,
    en: `Tokens signed with "${String(algorithm).slice(0, 20)}" are not accepted here.`,
  });
}

/**
 * The identity of a request, verified without reading the database. A Cloudflare Access assertion
 * (`Cf-Access-Jwt-Assertion`) or `Authorization: Bearer <JWT>`; neither: anonymous (null). Anything else that is not
 * a valid, current token for this API: UNAUTHENTICATED, before any resolver runs.
 */
export async function identityFromRequest(
  request: Request,
  settings: AuthSettings,
): Promise<Identity | null> {
  const assertion = request.headers.get("cf-access-jwt-assertion")?.trim();
  if (assertion) {
    return keptIdentity(`access ${assertion}`, settings, () => accessIdentity(assertion, settings));
  }
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") return null;
  if (header.length > MAX_TOKEN_LENGTH)
    throw unauthenticated({
      vi: "Header Authorization quá dài.",
      en: "The Authorization header is too long.",
    });
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!token)
    throw unauthenticated({
      vi: "Header Authorization phải có dạng 'Bearer <token>'.",
      en: "The Authorization header must be 'Bearer <token>'.",
    });
  return keptIdentity(`bearer ${token}`, settings, () => bearerIdentity(token, settings));
}

/**
 * Identities verified in this isolate, by credential — the whole token, its signature included, so only the same
 * token hits — and by the settings that verified it. Kept a minute, never past the token's expiry: an app sends one
 * token for many requests, and checking its signature each time cost a tenth of a plain read's CPU. A key withdrawn
 * from the provider stops its tokens within the minute, as the key set's own cache already allows.
 */
const KEPT_IDENTITIES = new Map<string, { identity: Identity; until: number }>();
const IDENTITY_KEPT_SECONDS = 60;
const KEPT_IDENTITIES_MAX = 1_000;

async function keptIdentity(
  credential: string,
  settings: AuthSettings,
  verify: () => Promise<Identity>,
): Promise<Identity> {
  const key = `${credential}\n${JSON.stringify(settings)}`;
  const now = Math.floor(Date.now() / 1000);
  const kept = KEPT_IDENTITIES.get(key);
  if (kept && kept.until > now) return kept.identity;
  KEPT_IDENTITIES.delete(key);
  const identity = await verify();
  const until = Math.min(now + IDENTITY_KEPT_SECONDS, identity.expiresAt ?? now);
  if (until > now) {
    if (KEPT_IDENTITIES.size >= KEPT_IDENTITIES_MAX) {
      const oldest = KEPT_IDENTITIES.keys().next();
      if (!oldest.done) KEPT_IDENTITIES.delete(oldest.value);
    }
    KEPT_IDENTITIES.set(key, { identity, until });
  }
  return identity;
}
