import { describe, expect, it } from "vitest";
import { adminToken, codes, DEMO, globalId, gql } from "../helpers";

const PAC = "Chi bộ Trung tâm Hành chính công tỉnh";

describe("the seed article's organizations", () => {
  it.each([
    ["paa vinh phuc", PAC],
    ["VĨNH PHÚC trung tam", PAC],
    ["dang uy khoi", "Đảng bộ Khối các cơ quan tỉnh Vĩnh Phúc"],
    ["Đảng ủy Văn phòng", "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc"],
  ])("search %j finds %s", async (search, name) => {
    const result = await gql(
      `query ($search: String) { cells(filter: { search: $search }) { edges { node { name } } } }`,
      {
        search,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cells.edges.map((edge: any) => edge.node.name)).toEqual([name]);
  });

  it("does not match a different letter: đ is not o, and words must all occur", async () => {
    const result = await gql(`{ cells(filter: { search: "paa ha noi" }) { totalCount } }`);
    expect(result.data?.cells.totalCount).toBe(0);
  });

  it("treats LIKE wildcards typed by a user as text", async () => {
    const result = await gql(`{ cells(filter: { search: "%_" }) { totalCount } }`);
    expect(result.data?.cells.totalCount).toBe(0);
  });

  it("holds the hierarchy, the alias and the lineage of the article", async () => {
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) {
        name kind kindLabel aliases { name kind }
        parent { name kind }
        ancestors { name }
        foundedOn
        predecessors { kind occurredOn note predecessor { name foundedOn dissolvedOn isDissolved } }
      } }`,
      { id: globalId("Cell", DEMO.cell) },
    );
    expect(result.errors).toBeUndefined();
    const cell = result.data?.cell;
    expect(cell.name).toBe(PAC);
    expect(cell.kind).toBe("SUBORDINATE_CELL");
    expect(cell.kindLabel).toBe("Chi bộ trực thuộc");
    expect(cell.aliases).toEqual([{ name: "Chi bộ PAA Vinh Phuc", kind: "ALIAS" }]);
    expect(cell.parent).toEqual({
      name: "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc",
      kind: "GRASSROOTS_COMMITTEE",
    });
    expect(cell.ancestors.map((a: any) => a.name)).toEqual([
      "Đảng bộ Khối các cơ quan tỉnh Vĩnh Phúc",
      "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc",
    ]);
    expect(cell.foundedOn).toBe("2017");
    expect(cell.predecessors).toHaveLength(1);
    expect(cell.predecessors[0].occurredOn).toBe("2017");
    expect(cell.predecessors[0].predecessor).toEqual({
      name: "Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Vĩnh Phúc",
      foundedOn: "2012-12-28",
      dissolvedOn: "2017",
      isDissolved: true,
    });
  });

  it("holds the people: the secretary, who also sits on the Office's committee, members and candidates", async () => {
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) {
        terms { label officers { roleLabel person { fullName } } }
        officers(on: "2017-12-23") { role person { fullName roles { role organization { name } } } }
        members(on: "2017-12-23", first: 50) { totalCount edges { node { fullName partyStatus } } }
        candidates { fullName partyStatus }
      } }`,
      { id: globalId("Cell", DEMO.cell) },
      await adminToken(),
    );
    expect(result.errors).toBeUndefined();
    const cell = result.data?.cell;
    expect(cell.terms).toEqual([
      { label: "2017–2020", officers: [{ roleLabel: "Bí thư", person: { fullName: "Nguyễn Tiến Hạnh" } }] },
    ]);
    expect(cell.officers).toHaveLength(1);
    expect(cell.officers[0].role).toBe("SECRETARY");
    expect(cell.officers[0].person.roles).toEqual(
      expect.arrayContaining([
        { role: "SECRETARY", organization: { name: PAC } },
        { role: "COMMITTEE_MEMBER", organization: { name: "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc" } },
      ]),
    );
    const members = cell.members.edges.map((edge: any) => edge.node);
    expect(cell.members.totalCount).toBe(12);
    expect(members.filter((m: any) => m.partyStatus === "PROBATIONARY")).toHaveLength(1);
    expect(members.filter((m: any) => m.partyStatus === "OFFICIAL").length).toBeGreaterThanOrEqual(3);
    expect(cell.candidates).toHaveLength(2);
    expect(cell.candidates.every((c: any) => c.partyStatus === "CANDIDATE")).toBe(true);
  });

  it("keeps people private without a token", async () => {
    const result = await gql(`query ($id: ID!) { cell(id: $id) { name members { totalCount } } }`, {
      id: globalId("Cell", DEMO.cell),
    });
    expect(result.data?.cell).toEqual({ name: PAC, members: null });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});
