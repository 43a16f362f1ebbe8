import { env } from "cloudflare:test";
import { importJWK, type JWTPayload, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createBranch, mutate, rawId, send, TEST_JWT_SECRET, tokenFor } from "../helpers";

const WHO = { query: "{ __typename }" };
const NOW = () => Math.floor(Date.now() / 1000);

/** A token with exactly these times, signed by the tests' identity provider (RS256) or the development secret. */
async function signedToken(
  payload: JWTPayload,
  times: { iat?: number; exp: number },
  kind: "provider" | "development",
) {
  const jwt = new SignJWT({ ...payload, ...times })
    .setProtectedHeader(kind === "provider" ? { alg: "RS256", kid: "test-key-1" } : { alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience("chibo");
  return kind === "provider"
    ? jwt.sign((await importJWK(JSON.parse(env.TEST_SIGNING_KEY), "RS256")) as CryptoKey)
    : jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

const ADMIN = { sub: "lifetime-test", grants: [{ role: "ADMIN" }] };

describe("token lifetimes", () => {
  it.each([
    [
      "a development token valid for ten years",
      "development",
      () => ({ iat: NOW(), exp: NOW() + 3650 * 86400 }),
    ],
    ["a provider token valid for two days", "provider", () => ({ iat: NOW(), exp: NOW() + 2 * 86400 })],
    [
      "a token issued a year ahead",
      "provider",
      () => ({ iat: NOW() + 365 * 86400, exp: NOW() + 365 * 86400 + 60 }),
    ],
    ["a token without iat expiring in two days", "development", () => ({ exp: NOW() + 2 * 86400 })],
  ] as const)("refuses %s with 401 UNAUTHENTICATED", async (_name, kind, times) => {
    const token = await signedToken(ADMIN, times(), kind);
    const response = await send({ token, body: WHO });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(response.body.data).toBeUndefined();
  });

  it("accepts a day's token, and follows MAX_TOKEN_LIFETIME_SECONDS", async () => {
    const token = await signedToken(ADMIN, { iat: NOW(), exp: NOW() + 86400 }, "provider");
    expect((await send({ token, body: WHO })).status).toBe(200);
    const shorter = await send({ token, body: WHO }, { MAX_TOKEN_LIFETIME_SECONDS: "3600" });
    expect(shorter.status).toBe(401);
  });
});

describe("the person behind a token", () => {
  async function memberWithBirthDate() {
    const branch = await createBranch("Người sau thẻ");
    const created = await mutate(
      "createCandidate",
      { fullName: `Lê Văn Thẻ ${branch.unique}`, cellId: branch.cell.id, birthDate: "1988-08-08" },
      "person { id }",
    );
    return { ...branch, personId: created.data?.createCandidate.person.id as string };
  }
  const BIRTH_DATE = `query ($id: ID!) { node(id: $id) { ... on Person { birthDate } } }`;

  it("is not whoever a provider token's sub names: only the grants table links a principal to a person", async () => {
    const { cell, personId } = await memberWithBirthDate();
    const claimsToBeThem = await signedToken(
      { sub: rawId(personId), grants: [{ role: "MEMBER", cell: rawId(cell.id) }] },
      { iat: NOW(), exp: NOW() + 3600 },
      "provider",
    );
    const claimed = await send({
      token: claimsToBeThem,
      body: { query: BIRTH_DATE, variables: { id: personId } },
    });
    expect(claimed.body.data?.node).toEqual({ birthDate: null });
    expect(claimed.body.errors?.map((error) => error.extensions.code)).toEqual(["FORBIDDEN"]);

    // Once an admin links the principal to the person, it is theirs.
    const linked = await mutate(
      "grantRole",
      { principal: rawId(personId), role: "MEMBER", cellId: cell.id, personId },
      "grant { id }",
    );
    expect(linked.data?.grantRole.errors).toEqual([]);
    const own = await send({
      token: claimsToBeThem,
      body: { query: BIRTH_DATE, variables: { id: personId } },
    });
    expect(own.body.data?.node).toEqual({ birthDate: "1988-08-08" });
  });

  it("is the sub of a development token, which only the deployment's own secret signs", async () => {
    const { cell, personId } = await memberWithBirthDate();
    const token = await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(personId) });
    const own = await send({ token, body: { query: BIRTH_DATE, variables: { id: personId } } });
    expect(own.body.data?.node).toEqual({ birthDate: "1988-08-08" });
  });
});
