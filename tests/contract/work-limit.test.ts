import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { aggregatePrice } from "../../src/domain/work";
import { DEMO, globalId, send, tokenFor } from "../helpers";

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

  it("charges a priced aggregate at its price when it read fewer rows", async () => {
    // The demo bloc's compliance reads a few kept counters but is priced by the organizations it judges: a unit of a
    // quarter of its price makes the price 4 units — past the tight limiter's 3 — and the rows read fewer.
    const organizations = await env.DB.prepare("SELECT subtree_cells AS n FROM cells WHERE id = ?")
      .bind(DEMO.bloc)
      .first<{ n: number }>();
    const price = aggregatePrice("meetingCompliance", organizations?.n ?? 0);
    const unit = Math.floor(price / 4);
    const limits = { WORK_LIMITER: env.TEST_TIGHT_WORK_LIMITER, WORK_UNIT_ROWS: String(unit) };
    const committee = await tokenFor("COMMITTEE", DEMO.bloc, { personId: `priced-${crypto.randomUUID()}` });
    const query = `{ cell(id: "${globalId("Cell", DEMO.bloc)}") { meetingCompliance(year: 2017) { cellCount } } }`;
    const priced = await send({ token: committee, body: { query } }, limits);
    expect(priced.status).toBe(200);
    expect(priced.body.errors).toBeUndefined();
    expect(priced.body.extensions?.d1RowsRead).toBeLessThan(4 * unit);
    const next = await send({ token: committee, body: { query: "{ __typename }" } }, limits);
    expect(next.body.errors?.[0]?.extensions.code).toBe("WORK_RATE_LIMITED");
  });

  it("can be switched off (the benchmark's per-operation loads)", async () => {
    const token = await tokenFor("MEMBER", "x", { personId: `off-${crypto.randomUUID()}` });
    for (let request = 0; request < 3; request += 1) {
      expect((await send({ token, body: READS }, { ...TIGHT, WORK_LIMIT: "off" })).status).toBe(200);
    }
  });
});
