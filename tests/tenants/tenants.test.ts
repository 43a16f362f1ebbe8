import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { decodeGlobalId } from "../../src/domain/global-ids";
import { adminToken, codes, DEMO, type GraphQLResponse, globalId, send, tokenFor } from "../helpers";

async function gqlIn(
  tenant: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<Record<string, any>>> {
  const sent = await send({
    token: token ?? (await adminToken()),
    headers: tenant ? { "chibo-tenant": tenant } : {},
    body: { query, variables },
  });
  return { status: sent.status, ...sent.body } as GraphQLResponse<Record<string, any>>;
}

const CREATE = `mutation ($input: CreateCellInput!) { createCell(input: $input) { cell { id name } errors { code } } }`;

async function createIn(tenant: string | null, input: Record<string, unknown>) {
  const result = await gqlIn(tenant, CREATE, { input });
  expect(result.errors).toBeUndefined();
  return result.data?.createCell.cell as { id: string; name: string };
}

async function countRows(db: D1Database, name: string): Promise<number> {
  const row = await db
    .prepare("SELECT count(*) AS n FROM cells WHERE name = ?")
    .bind(name)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("tenants", () => {
  it("routes a request to its tenant's database and gives its objects IDs that say so", async () => {
    const name = `Đảng bộ tỉnh ${crypto.randomUUID().slice(0, 6)}`;
    const root = await createIn("second", { name, kind: "PROVINCIAL_COMMITTEE" });
    expect(decodeGlobalId(root.id)).toMatchObject({ tenant: "second", typename: "Cell" });
    expect(await countRows(env.DB_SECOND, name)).toBe(1);
    expect(await countRows(env.DB, name)).toBe(0);
    const read = await gqlIn("second", `query ($id: ID!) { cell(id: $id) { name } }`, { id: root.id });
    expect(read.data?.cell).toEqual({ name });
    const tenants = await gqlIn(null, "{ tenants { key isDefault } }");
    expect(tenants.data?.tenants).toEqual([
      { key: "main", isDefault: true },
      { key: "second", isDefault: false },
    ]);
  });

  it("refuses an ID of another tenant, for reads and for writes, and writes nothing", async () => {
    const root = await createIn("second", {
      name: `Đảng bộ ${crypto.randomUUID().slice(0, 6)}`,
      kind: "PROVINCIAL_COMMITTEE",
    });
    const elsewhere = await gqlIn(null, `query ($id: ID!) { cell(id: $id) { name } }`, { id: root.id });
    expect(codes(elsewhere)).toEqual(["CROSS_TENANT"]);
    const name = `Chi bộ lạc ${crypto.randomUUID().slice(0, 6)}`;
    const crossWrite = await gqlIn(null, CREATE, {
      input: { name, kind: "SUBORDINATE_CELL", parentId: root.id },
    });
    expect(codes(crossWrite)).toEqual(["CROSS_TENANT"]);
    const otherWay = await gqlIn("second", CREATE, {
      input: { name, kind: "SUBORDINATE_CELL", parentId: globalId("Cell", DEMO.bloc) },
    });
    expect(codes(otherWay)).toEqual(["CROSS_TENANT"]);
    expect((await countRows(env.DB, name)) + (await countRows(env.DB_SECOND, name))).toBe(0);
  });

  it("refuses an unknown tenant with 400 UNKNOWN_TENANT", async () => {
    const result = await gqlIn("atlantis", "{ __typename }");
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(["UNKNOWN_TENANT"]);
  });

  it("rolls up a year over every tenant's database, each read in parallel, and adds them up", async () => {
    const root = await createIn("second", {
      name: `Đảng bộ ${crypto.randomUUID().slice(0, 6)}`,
      kind: "PROVINCIAL_COMMITTEE",
    });
    const grassroots = await createIn("second", {
      name: "Đảng bộ cơ sở A",
      kind: "GRASSROOTS_COMMITTEE",
      parentId: root.id,
    });
    await createIn("second", { name: "Chi bộ 1", kind: "SUBORDINATE_CELL", parentId: grassroots.id });
    await createIn("second", { name: "Chi bộ 2", kind: "SUBORDINATE_CELL", parentId: grassroots.id });
    const figures = "cellCount cellsFallingShort members { rated goodOrBetter } organizations { rated }";
    const result = await gqlIn(
      null,
      `{ nationalRollup(year: 2017) { total { ${figures} } tenants { tenant { key } figures { ${figures} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const rollup = result.data?.nationalRollup;
    const [main, second] = rollup.tenants;
    expect([main.tenant.key, second.tenant.key]).toEqual(["main", "second"]);
    expect(second.figures.cellCount).toBeGreaterThanOrEqual(2);
    expect(main.figures.members.rated).toBeGreaterThanOrEqual(12); // the seed's 2017 ratings
    for (const key of ["cellCount", "cellsFallingShort"] as const) {
      expect(rollup.total[key]).toBe(main.figures[key] + second.figures[key]);
    }
    expect(rollup.total.members.rated).toBe(main.figures.members.rated + second.figures.members.rated);
    expect(rollup.total.members.goodOrBetter).toBe(
      main.figures.members.goodOrBetter + second.figures.members.goodOrBetter,
    );
    // The rating schemes, then each tenant's two aggregates in one batch of its own.
    expect((result as { extensions?: { d1RoundTrips?: number } }).extensions?.d1RoundTrips).toBe(3);
  });

  it("lets only the default tenant's admins roll up the nation", async () => {
    const committee = await tokenFor("COMMITTEE", DEMO.bloc);
    const result = await gqlIn(null, "{ nationalRollup(year: 2017) { year } }", {}, committee);
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    // An admin of one province (the request names that tenant) is not an admin of the nation.
    const provincial = await gqlIn("second", "{ nationalRollup(year: 2017) { year } }");
    expect(codes(provincial)).toEqual(["FORBIDDEN"]);
  });
});
