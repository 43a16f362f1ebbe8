import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { DEMO } from "../scripts/demo-data";
import type { GrantRole } from "../src/auth/viewer";

export { DEMO };

export const TEST_JWT_SECRET = "chibo-test-secret-not-for-deployment-0123456789";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export function globalId(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

export function rawId(globalIdValue: string): string {
  return atob(globalIdValue).split(":").slice(1).join(":");
}

export async function tokenFor(
  role: GrantRole,
  cellId: string | null = null,
  options: { secret?: string; expiresIn?: string; audience?: string; personId?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ grants: [{ role, ...(cellId ? { cell: cellId } : {}) }] })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience(options.audience ?? "chibo")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h");
  if (options.personId) jwt.setSubject(options.personId);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

export async function gql<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status">;
  return { status: response.status, ...body };
}

export function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

export const adminToken = () => tokenFor("ADMIN");
