import { describe, expect, it } from "vitest";
import { adminToken, gql } from "../helpers";

describe("smoke", () => {
  it("finds the seed's cell by its alias", async () => {
    const result = await gql(
      `{ cells(filter: { search: "paa vinh phuc" }) { totalCount edges { node { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cells.edges[0].node.name).toBe("Chi bộ Trung tâm Hành chính công tỉnh");
  });
  it("lists members for an admin", async () => {
    const result = await gql(
      `{ cells(filter: { search: "paa" }) { edges { node { members(on: "2017-12-23") { totalCount } } } } }`,
      {},
      await adminToken(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cells.edges[0].node.members.totalCount).toBe(12);
  });
});
