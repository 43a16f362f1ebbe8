import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { send, tokenFor } from "../helpers";

/** The tight limiter (3 units a minute) with a unit of one row read. */
const TIGHT = { WORK_LIMITER: env.TEST_TIGHT_WORK_LIMITER, WORK_UNIT_ROWS: "1" };
const READS = { query: "{ cells(first: 20) { totalCount edges { node { id name } } } }" };

describe("work rate limit", () => {
  it("refuses a user's requests, before they read anything, once their work passed the limit this minute", async () => {
    const heavy = await tokenFor("MEMBER", "x", { personId: `heavy-${crypto.randomUUID()}` });
    const first = await send({ token: heavy, body: READS }, TIGHT);
    expect(first.status).toBe(200);
    expect(first.body.extensions?.d1RowsRead).toBeGreaterThan(3);
    const next = await send({ token: heavy, body: { query: "{ __typename }" } }, TIGHT);
    expect(next.status).toBe(429);
    expect(next.body.errors?.[0]?.extensions.code).toBe("WORK_RATE_LIMITED");
    expect(Number(next.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another user is not held back.
    const other = await tokenFor("MEMBER", "x", { personId: `other-${crypto.randomUUID()}` });
    expect((await send({ token: other, body: { query: "{ __typename }" } }, TIGHT)).status).toBe(200);
  });

  it("can be switched off (the benchmark's per-operation loads)", async () => {
    const token = await tokenFor("MEMBER", "x", { personId: `off-${crypto.randomUUID()}` });
    for (let request = 0; request < 3; request += 1) {
      expect((await send({ token, body: READS }, { ...TIGHT, WORK_LIMIT: "off" })).status).toBe(200);
    }
  });
});
