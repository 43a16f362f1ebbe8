import { GraphQLError } from "graphql";
import { errors, jwtVerify } from "jose";
import { GRANT_ROLES, type Grant, type GrantRole, type Viewer } from "./viewer";

export interface TokenSettings {
  secret: string | undefined;
  issuer: string;
  audience: string;
}

/** Longer headers are refused before any parsing: a token of Chibo's shape is a few hundred bytes. */
const MAX_TOKEN_LENGTH = 8192;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

function grantsFrom(claim: unknown): Grant[] {
  if (!Array.isArray(claim)) throw unauthenticated("The token's grants claim must be a list.");
  return claim.map((entry) => {
    const role = (entry as { role?: unknown })?.role;
    const cell = (entry as { cell?: unknown })?.cell;
    if (!GRANT_ROLES.includes(role as GrantRole))
      throw unauthenticated("The token holds a grant of unknown role.");
    if (cell !== undefined && cell !== null && typeof cell !== "string") {
      throw unauthenticated("The token holds a grant with an invalid cell.");
    }
    if (role !== "ADMIN" && typeof cell !== "string") throw unauthenticated(`A ${role} grant needs a cell.`);
    return { role: role as GrantRole, cellId: typeof cell === "string" ? cell : null };
  });
}

/**
 * Reads `Authorization: Bearer <JWT>`. No header: an anonymous viewer (null). A header that is not a valid,
 * current token for this API: UNAUTHENTICATED, before any resolver runs.
 */
export async function viewerFromRequest(request: Request, settings: TokenSettings): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") return null;
  if (header.length > MAX_TOKEN_LENGTH) throw unauthenticated("The Authorization header is too long.");
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated("The Authorization header must be 'Bearer <token>'.");
  if (!settings.secret) throw unauthenticated("This deployment has no token key configured.");
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(settings.secret), {
      algorithms: ["HS256"],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ["exp"],
    });
    return {
      personId: typeof payload.sub === "string" ? payload.sub : null,
      grants: grantsFrom(payload.grants),
    };
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof errors.JWTExpired) throw unauthenticated("The token has expired.");
    throw unauthenticated("The token is not valid for this API.");
  }
}
