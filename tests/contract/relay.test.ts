import { describe, expect, it } from "vitest";
import { adminToken, codes, createBranch, createCell, DEMO, globalId, gql } from "../helpers";

describe("Relay contract", () => {
  it("fetches any object by global ID through node and nodes, null where none exists", async () => {
    const token = await adminToken();
    const result = await gql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Cell { name } ... on Person { fullName } } }`,
      { ids: [globalId("Person", DEMO.secretary), globalId("Cell", "missing"), globalId("Cell", DEMO.cell)] },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      { __typename: "Person", id: globalId("Person", DEMO.secretary), fullName: "Nguyễn Tiến Hạnh" },
      null,
      { __typename: "Cell", id: globalId("Cell", DEMO.cell), name: "Chi bộ Trung tâm Hành chính công tỉnh" },
    ]);
    const term = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Term { label } } }`,
      { id: globalId("Term", DEMO.term) },
      token,
    );
    expect(term.data?.node).toEqual({ label: "2017–2020" });
  });

  it("walks a list page by page with cursors, forwards and backwards, and counts it whole", async () => {
    const { committee, unique } = await createBranch("Phân trang");
    for (const suffix of ["B", "C", "D", "E"]) {
      await createCell({
        name: `Chi bộ ${suffix} ${unique}`,
        kind: "SUBORDINATE_CELL",
        parentId: committee.id,
      });
    }
    const page = (args: string) =>
      gql(
        `query ($id: ID!) { cell(id: $id) { children(${args}) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } } }`,
        {
          id: committee.id,
        },
      );
    const first = (await page("first: 2")).data?.cell.children;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: any) => e.node.name)).toEqual([`Chi bộ B ${unique}`, `Chi bộ C ${unique}`]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await page(`first: 2, after: "${first.pageInfo.endCursor}"`)).data?.cell.children;
    expect(second.edges.map((e: any) => e.node.name)).toEqual([`Chi bộ D ${unique}`, `Chi bộ E ${unique}`]);
    const last = (await page(`first: 2, after: "${second.pageInfo.endCursor}"`)).data?.cell.children;
    expect(last.edges.map((e: any) => e.node.name)).toEqual([`Chi bộ ${unique}`]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const back = (await page(`last: 2, before: "${last.pageInfo.startCursor}"`)).data?.cell.children;
    expect(back.edges.map((e: any) => e.node.name)).toEqual([`Chi bộ D ${unique}`, `Chi bộ E ${unique}`]);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it.each([
    ["first: 101", "PAGE_SIZE_OUT_OF_RANGE"],
    ["first: -1", "PAGE_SIZE_OUT_OF_RANGE"],
    ["first: 1, last: 1", "INVALID_PAGE_ARGUMENTS"],
    ['after: "bm90LWEtY3Vyc29y"', "INVALID_CURSOR"],
    ['after: "%%%"', "INVALID_CURSOR"],
  ])("refuses %s with %s instead of cutting silently", async (args, code) => {
    const result = await gql(`{ cells(${args}) { totalCount } }`);
    expect(codes(result)).toEqual([code]);
  });

  it("answers first: 0 with the total alone, reading no row of the list", async () => {
    const token = await adminToken();
    const members = (first: number) =>
      gql(
        `query ($id: ID!) { cell(id: $id) { members(first: ${first}) {
          totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } } }`,
        { id: globalId("Cell", DEMO.cell) },
        token,
      );
    const [countOnly, page] = await Promise.all([members(0), members(100)]);
    expect(countOnly.data?.cell.members).toEqual({
      totalCount: page.data?.cell.members.totalCount,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    expect(page.data?.cell.members.totalCount).toBeGreaterThan(0);
    expect((countOnly as any).extensions.d1RowsRead).toBeLessThan((page as any).extensions.d1RowsRead);
  });

  it("costs one D1 round trip per nesting level, not one per item", async () => {
    const token = await adminToken();
    const shallow = await gql(`{ cells(first: 100) { edges { node { name } } } }`, {}, token);
    const deep = await gql(
      `{ cells(first: 20) { edges { node {
          parent { name } aliases { name }
          children(first: 10) { totalCount edges { node { name members(first: 10) { totalCount edges { node { fullName roles { role } } } } } } }
        } } } }`,
      {},
      token,
    );
    expect(deep.errors).toBeUndefined();
    expect(deep.data?.cells.edges.length).toBeGreaterThan(3);
    // cells; then parent, aliases and children together (three loaders, one batch); members; roles.
    expect((shallow as any).extensions.d1RoundTrips).toBe(1);
    expect((deep as any).extensions.d1RoundTrips).toBe(4);
  });
});
