import { env } from "cloudflare:test";
import { exportJWK, generateKeyPair, importJWK, type JWTPayload, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  adminToken,
  codes,
  createBranch,
  type GraphQLResponse,
  gql,
  grantTo,
  mutate,
  rawId,
  send,
  tokenFor,
} from "../helpers";

const ACCESS_ISSUER = "https://chibo-test.cloudflareaccess.com";
const ACCESS_AUDIENCE = "chibo-test-access-aud";
const WHO = "{ __typename }";
const CELLS_I_WRITE = `query ($id: ID!) { cell(id: $id) { name } }`;

async function signed(
  payload: JWTPayload,
  options: { issuer: string; audience: string; notBefore?: string; expiresIn?: string; key?: CryptoKey },
): Promise<string> {
  const key = options.key ?? ((await importJWK(JSON.parse(env.TEST_SIGNING_KEY), "RS256")) as CryptoKey);
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: "RS256", kid: "test-key-1" })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h");
  if (options.notBefore) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key);
}

const providerToken = (payload: JWTPayload, options: Partial<Parameters<typeof signed>[1]> = {}) =>
  signed(payload, { issuer: "chibo-dev", audience: "chibo", ...options });

const accessAssertion = (payload: JWTPayload, options: Partial<Parameters<typeof signed>[1]> = {}) =>
  signed(payload, { issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE, ...options });

async function post(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  const sent = await send({ headers, body: { query, variables } });
  return { status: sent.status, ...sent.body } as GraphQLResponse & {
    extensions?: { d1RoundTrips?: number };
  };
}

describe("bearer tokens from a configured JWKS", () => {
  it("accepts an RS256 token with a grants claim", async () => {
    const branch = await createBranch("JWKS claim");
    const token = await providerToken({
      sub: "idp|1",
      grants: [{ role: "SECRETARY", cell: rawId(branch.cell.id) }],
    });
    const result = await mutate(
      "updateCell",
      { cellId: branch.cell.id, expectedVersion: 1, addAliases: ["Theo JWKS"] },
      "cell { id }",
      token,
    );
    expect(result.data?.updateCell.errors).toEqual([]);
  });

  it("gives a token without a grants claim the grants admins recorded for its subject, read once per request", async () => {
    const branch = await createBranch("JWKS table");
    const subject = `idp|${crypto.randomUUID()}`;
    const token = await providerToken({ sub: subject });
    const rename = { cellId: branch.cell.id, expectedVersion: 1, addAliases: ["Theo bảng quyền"] };
    const before = await mutate("updateCell", rename, "cell { id }", token);
    expect(codes(before)).toEqual(["FORBIDDEN"]);

    const granted = await grantTo(subject, "SECRETARY", branch.cell.id);
    const after = await mutate("updateCell", rename, "cell { id }", token);
    expect(after.data?.updateCell.errors).toEqual([]);
    const cost = await post(WHO, { authorization: `Bearer ${token}` });
    expect(cost.extensions?.d1RoundTrips).toBe(1);

    const revoked = await mutate("revokeGrant", { id: granted.id }, "grant { revokedAt revokedBy }");
    expect(revoked.data?.revokeGrant.grant.revokedAt).toEqual(expect.any(String));
    const afterRevoke = await mutate(
      "updateCell",
      { ...rename, expectedVersion: 2, addAliases: ["Sau khi thu hồi"] },
      "cell { id }",
      token,
    );
    expect(codes(afterRevoke)).toEqual(["FORBIDDEN"]);
  });

  it("ends a grant on its day, reminds its cell a month before, and refuses an end already reached", async () => {
    const branch = await createBranch("Grant expiry");
    const subject = `idp|${crypto.randomUUID()}`;
    const token = await providerToken({ sub: subject });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const past = await mutate(
      "grantRole",
      { principal: subject, role: "SECRETARY", cellId: branch.cell.id, expiresOn: today },
      "grant { id }",
    );
    expect(past.data?.grantRole.errors.map((error: { code: string }) => error.code)).toEqual([
      "EXPIRY_NOT_AHEAD",
    ]);
    const inTwentyDays = new Date(Date.now() + 7 * 3_600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
    const granted = await mutate(
      "grantRole",
      { principal: subject, role: "SECRETARY", cellId: branch.cell.id, expiresOn: inTwentyDays },
      "grant { id version expiresOn }",
    );
    const grant = granted.data?.grantRole.grant;
    expect(grant.expiresOn).toBe(inTwentyDays);
    const READ = `query ($id: ID!) { node(id: $id) { ... on Cell { actionsNeeded { kind detail } } } }`;
    const working = await gql(READ, { id: branch.cell.id }, token, null);
    const reminder = ((working.data?.node.actionsNeeded ?? []) as any[]).find(
      (action) => action.kind === "GRANT_EXPIRING",
    );
    expect(reminder.detail).toContain(`hết hạn ngày ${inTwentyDays}`);
    // Grants are read by admins and by their principal: another secretary of the cell is not told of this one.
    const other = await gql(
      READ,
      { id: branch.cell.id },
      await tokenFor("SECRETARY", rawId(branch.cell.id)),
      null,
    );
    const otherKinds = ((other.data?.node.actionsNeeded ?? null) as any[] | null)?.map(
      (action) => action.kind,
    );
    expect(otherKinds).toEqual(expect.any(Array));
    expect(otherKinds).not.toContain("GRANT_EXPIRING");

    const stale = await mutate(
      "setGrantExpiry",
      { id: grant.id, expiresOn: null, expectedVersion: 0 },
      "grant { id }",
    );
    expect(stale.data?.setGrantExpiry.errors.map((error: { code: string }) => error.code)).toEqual([
      "CONFLICT",
    ]);
    const endless = await mutate(
      "setGrantExpiry",
      { id: grant.id, expiresOn: null, expectedVersion: grant.version },
      "grant { expiresOn version }",
    );
    expect(endless.data?.setGrantExpiry.grant.expiresOn).toBeNull();
    const afterRenewal = await gql(READ, { id: branch.cell.id }, token, null);
    expect(
      ((afterRenewal.data?.node.actionsNeeded ?? []) as any[]).map((action) => action.kind),
    ).not.toContain("GRANT_EXPIRING");

    // A day passes the grant's end: no API write sets an end already reached, so the test moves it back in D1.
    await env.DB.prepare("UPDATE grants SET expires_on = ? WHERE id = ?").bind(today, rawId(grant.id)).run();
    const expired = await gql(READ, { id: branch.cell.id }, token, null);
    expect(expired.data?.node?.actionsNeeded ?? null).toBeNull();
  });

  it("costs no D1 read for a token that carries its grants", async () => {
    const cost = await post(WHO, { authorization: `Bearer ${await adminToken()}` });
    expect(cost.extensions?.d1RoundTrips).toBe(0);
  });

  const refused: [string, () => Promise<string>][] = [
    ["expired", () => providerToken({ sub: "x", grants: [] }, { expiresIn: "-1m" })],
    ["not valid yet (nbf)", () => providerToken({ sub: "x", grants: [] }, { notBefore: "10m" })],
    ["for another audience", () => providerToken({ sub: "x", grants: [] }, { audience: "other" })],
    ["from another issuer", () => providerToken({ sub: "x", grants: [] }, { issuer: "https://evil.test" })],
    [
      "signed by a key the JWKS does not publish",
      async () =>
        providerToken(
          { sub: "x", grants: [{ role: "ADMIN" }] },
          { key: (await generateKeyPair("RS256")).privateKey },
        ),
    ],
    [
      "signed HS256 with the published public key as the secret (algorithm confusion)",
      async () => {
        const publicJwk = await exportJWK(
          (await importJWK(JSON.parse(env.TEST_SIGNING_KEY), "RS256", { extractable: true })) as CryptoKey,
        );
        const secret = new TextEncoder().encode(
          JSON.stringify({ kty: publicJwk.kty, n: publicJwk.n, e: publicJwk.e }),
        );
        return new SignJWT({ grants: [{ role: "ADMIN" }] })
          .setProtectedHeader({ alg: "HS256", kid: "test-key-1" })
          .setIssuer("chibo-dev")
          .setAudience("chibo")
          .setExpirationTime("1h")
          .sign(secret);
      },
    ],
    [
      "of an algorithm not accepted (HS512)",
      () =>
        new SignJWT({ grants: [{ role: "ADMIN" }] })
          .setProtectedHeader({ alg: "HS512" })
          .setIssuer("chibo-dev")
          .setAudience("chibo")
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode("x".repeat(64))),
    ],
    ["whose header is not JSON", async () => "e30x.e30.sig"],
  ];

  it.each(refused)("refuses a token %s with 401 UNAUTHENTICATED", async (_label, makeToken) => {
    const result = await post("{ people(first: 1) { totalCount } }", {
      authorization: `Bearer ${await makeToken()}`,
    });
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.data).toBeUndefined();
  });

  it("fetches the key set once per isolate, not per request", async () => {
    const fetches = async () =>
      ((await (await fetch("https://idp.chibo.test/key-fetches")).json()) as { count: number }).count;
    await post(WHO, { authorization: `Bearer ${await providerToken({ sub: "warm", grants: [] })}` });
    const before = await fetches();
    for (let request = 0; request < 5; request += 1) {
      const result = await post(WHO, {
        authorization: `Bearer ${await providerToken({ sub: "again", grants: [] })}`,
      });
      expect(result.errors).toBeUndefined();
    }
    expect(await fetches()).toBe(before);
  });
});

describe("Cloudflare Access assertions", () => {
  it("signs in an Access user with the grants admins recorded for their e-mail (any case)", async () => {
    const branch = await createBranch("Access");
    const email = `bi.thu.${crypto.randomUUID().slice(0, 8)}@chibo.test`;
    await grantTo(email.toUpperCase(), "MEMBER", branch.cell.id);
    const assertion = await accessAssertion({ email: email.replace("bi", "BI"), sub: "access-user-1" });
    const read = await post(CELLS_I_WRITE, { "cf-access-jwt-assertion": assertion }, { id: branch.cell.id });
    expect(read.errors).toBeUndefined();
    const people = await post("{ people(first: 1) { totalCount } }", {
      "cf-access-jwt-assertion": assertion,
    });
    expect(people.errors).toBeUndefined();
  });

  it("refuses an Access assertion for another application, another team, or signed HS256", async () => {
    const assertions = [
      await accessAssertion({ email: "a@chibo.test" }, { audience: "another-app" }),
      await accessAssertion({ email: "a@chibo.test" }, { issuer: "https://other-team.cloudflareaccess.com" }),
      await tokenFor("ADMIN"),
    ];
    for (const assertion of assertions) {
      const result = await post(WHO, { "cf-access-jwt-assertion": assertion });
      expect(result.status).toBe(401);
      expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("keeps an identity it verified for the way it was sent: a token accepted one way is refused another", async () => {
    // Each names its holder both ways (subject and e-mail), so only the verifier can tell them apart.
    const holder = { sub: `idp|${crypto.randomUUID()}`, email: `kept.${crypto.randomUUID()}@chibo.test` };
    const assertion = await accessAssertion(holder);
    const bearer = await providerToken(holder);
    for (let round = 0; round < 2; round += 1) {
      expect((await post(WHO, { "cf-access-jwt-assertion": assertion })).status).toBe(200);
      expect((await post(WHO, { authorization: `Bearer ${bearer}` })).status).toBe(200);
      const crossed = [
        await post(WHO, { authorization: `Bearer ${assertion}` }),
        await post(WHO, { "cf-access-jwt-assertion": bearer }),
      ];
      for (const result of crossed) {
        expect(result.status).toBe(401);
        expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
      }
    }
  });

  it("gives an Access user with no grants no rights (signed in, nothing to read)", async () => {
    const assertion = await accessAssertion({ email: `nobody.${crypto.randomUUID()}@chibo.test` });
    const people = await post("{ people(first: 5) { totalCount } }", {
      "cf-access-jwt-assertion": assertion,
    });
    expect(people.data).toEqual({ people: { totalCount: 0 } });
  });
});

describe("development tokens", () => {
  it("are refused when the configured secret is too short to resist guessing", async () => {
    const short = "short-secret";
    const token = await tokenFor("ADMIN", null, { secret: short });
    const response = await send({ token, body: { query: WHO } }, { JWT_SECRET: short });
    expect(response.status).toBe(401);
  });
});

describe("development tokens in production", () => {
  it("refuses HS256 tokens when ENVIRONMENT is production, whatever secret is configured", async () => {
    const response = await send(
      { token: await adminToken(), body: { query: WHO } },
      { ENVIRONMENT: "production" },
    );
    expect(response.status).toBe(401);
  });
});
