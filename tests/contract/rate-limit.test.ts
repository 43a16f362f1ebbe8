import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { send as sendToWorker, tokenFor } from "../helpers";

/** `{ __typename }` with the tight limiter (3 per minute per key) as the Worker's RATE_LIMITER. */
function send(headers: Record<string, string>, settings: Partial<typeof env> = {}) {
  return sendToWorker(
    { headers, body: { query: "{ __typename }" } },
    { RATE_LIMITER: env.TEST_TIGHT_RATE_LIMITER, ...settings },
  );
}

describe("rate limiting", () => {
  it("refuses a user past the limit with 429 RATE_LIMITED and Retry-After, and counts each user apart", async () => {
    const unique = crypto.randomUUID();
    const mine = { authorization: `Bearer ${await tokenFor("MEMBER", "x", { personId: `me-${unique}` })}` };
    const theirs = {
      authorization: `Bearer ${await tokenFor("MEMBER", "x", { personId: `them-${unique}` })}`,
    };
    const statuses = [];
    for (let request = 0; request < 4; request += 1) statuses.push((await send(mine)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await send(mine);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.body.errors?.map((error) => error.extensions.code)).toEqual(["RATE_LIMITED"]);
    expect(refused.body.errors?.[0]?.extensions.retryAfterSeconds).toBe(60);
    expect((await send(theirs)).status).toBe(200);
  });

  it("counts anonymous readers by the address Cloudflare's edge gives, in production", async () => {
    const address = {
      "cf-connecting-ip": `192.0.2.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`,
    };
    const statuses = [];
    for (let request = 0; request < 4; request += 1) {
      statuses.push((await send(address, { ENVIRONMENT: "production" })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("counts requests refused early — a bad token, an invalid document — in the sender's bucket", async () => {
    const address = { "cf-connecting-ip": `198.51.100.7-${crypto.randomUUID()}` };
    const production = { ENVIRONMENT: "production" };
    const badToken = { ...address, authorization: "Bearer not.a.token" };
    expect((await send(badToken, production)).status).toBe(401);
    expect((await send(badToken, production)).status).toBe(401);
    const invalid = await sendToWorker(
      { headers: address, body: { query: "{ noSuchField }" } },
      { RATE_LIMITER: env.TEST_TIGHT_RATE_LIMITER, ...production },
    );
    expect(invalid.body.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const refused = await send(badToken, production);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.map((error) => error.extensions.code)).toEqual(["RATE_LIMITED"]);
  });

  it("does not let a client choose its bucket with CF-Connecting-IP outside production", async () => {
    const statuses = [];
    for (let request = 0; request < 4; request += 1) {
      statuses.push((await send({ "cf-connecting-ip": `203.0.113.${request}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("can be switched off (the local benchmark)", async () => {
    const address = { "cf-connecting-ip": `off-${crypto.randomUUID()}` };
    for (let request = 0; request < 5; request += 1) {
      expect((await send(address, { RATE_LIMIT: "off" })).status).toBe(200);
    }
  });
});
