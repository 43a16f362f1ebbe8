import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { aggregatePrice } from "../../src/domain/work";
import { adminToken, createBranch, DEMO, globalId, rawId, send, tokenFor } from "../helpers";

const COMPLIANCE = "meetingCompliance(year: 2023) { cellCount }";

describe("work bounded per request, whatever the query text", () => {
  it("takes at most 100 IDs in nodes, and prices each", async () => {
    const token = await adminToken();
    const ids = (count: number) => Array.from({ length: count }, () => globalId("Cell", DEMO.cell));
    const tooMany = await send({
      token,
      body: { query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids: ids(101) } },
    });
    expect(tooMany.body.errors?.[0]?.extensions.code).toBe("TOO_MANY_IDS");
    const priced = await send({
      token,
      body: {
        query: "query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Cell { parent { id } } } }",
        variables: { ids: ids(12) },
      },
    });
    expect(priced.body.errors).toBeUndefined();
    // The field, and each of the 12 cells' parent.
    expect(priced.body.extensions?.cost.requestedQueryCost).toBe(1 + 12);
  });

  it("prices a subtree aggregate as a hundred objects, so a hundred of them are refused before anything runs", async () => {
    const token = await adminToken();
    const oneEach = await send({
      token,
      body: { query: `{ cells(first: 100) { edges { node { ${COMPLIANCE} } } } }` },
    });
    expect(oneEach.body.errors?.[0]?.extensions.code).toBe("QUERY_TOO_COSTLY");
    expect(oneEach.body.extensions?.d1RoundTrips ?? 0).toBe(0);
  });

  it("prices member statistics as a subtree aggregate, a hundred objects", async () => {
    const answer = await send({
      token: await adminToken(),
      body: {
        query: `{ memberStatistics(cellId: "${globalId("Cell", DEMO.cell)}") { organization { members } } }`,
      },
    });
    expect(answer.body.errors).toBeUndefined();
    // The aggregate, and the organization's figures object in it.
    expect(answer.body.extensions?.cost.requestedQueryCost).toBe(100 + 1);
  });

  it("reserves each aggregate's rows by the kept size of its subtree, and stops the request past its budget", async () => {
    const { committee } = await createBranch("Ngân sách");
    const token = await tokenFor("COMMITTEE", rawId(committee.id));
    const aliases = Array.from(
      { length: 40 },
      (_, index) => `a${index}: cell(id: "${committee.id}") { ${COMPLIANCE} }`,
    );
    // The committee and its cell: 2 organizations, each priced a few rows a year (its kept counters).
    const budget = 20 * aggregatePrice("meetingCompliance", 2);
    const answer = await send(
      { token, body: { query: `{ ${aliases.join(" ")} }` } },
      { BUDGET_ROWS_READ: String(budget) },
    );
    const refused = answer.body.errors ?? [];
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) {
      expect(error.extensions.code).toBe("BUDGET_EXCEEDED");
      expect(error.extensions.retryable).toBe(false);
    }
    const answered = Object.values(answer.body.data ?? {}).filter((cell) => (cell as any)?.meetingCompliance);
    expect(answered.length).toBeLessThanOrEqual(20);
    expect(answer.body.extensions?.d1RowsRead).toBeLessThanOrEqual(budget);
    // Within the default budget the same request runs whole.
    expect((await send({ token, body: { query: `{ ${aliases.join(" ")} }` } })).body.errors).toBeUndefined();
  });

  it("stops after the budget's round trips, and never writes half a mutation", async () => {
    const { cell } = await createBranch("Ngân sách lượt");
    const token = await adminToken();
    const deep =
      "{ cells(first: 5) { edges { node { children(first: 5) { edges { node { members { totalCount } } } } } } } }";
    const cut = await send({ token, body: { query: deep } }, { BUDGET_ROUND_TRIPS: "2" });
    expect(cut.body.errors?.map((error) => error.extensions.code)).toContain("BUDGET_EXCEEDED");
    const name = `Ứng viên ngân sách ${crypto.randomUUID().slice(0, 8)}`;
    const write = await send(
      {
        token,
        body: {
          query:
            "mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { person { id } errors { code } } }",
          variables: { input: { fullName: name, cellId: cell.id } },
        },
      },
      { BUDGET_ROUND_TRIPS: "1" },
    );
    expect(write.body.errors?.map((error) => error.extensions.code)).toEqual(["BUDGET_EXCEEDED"]);
    const stored = await env.DB.prepare("SELECT COUNT(*) AS n FROM people WHERE full_name = ?")
      .bind(name)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it("prices an aggregate of an organization the viewer may not read the same as one that does not exist", async () => {
    const elsewhere = await createBranch("Ngoài tầm");
    const token = await tokenFor("MEMBER", rawId((await createBranch("Trong tầm")).cell.id));
    const costOf = async (id: string) =>
      (await send({ token, body: { query: `{ cell(id: "${id}") { ${COMPLIANCE} } }` } })).body.extensions
        ?.cost;
    expect(await costOf(elsewhere.committee.id)).toEqual(await costOf(globalId("Cell", "no-such-cell")));
  });
});
