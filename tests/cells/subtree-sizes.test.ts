import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createBranch, createCell, mutate } from "../helpers";

/** Cells whose kept subtree size differs from a count of their subtree. */
async function wrongSizes() {
  const { results } = await env.DB.prepare(
    `SELECT id, subtree_cells AS kept,
       (SELECT COUNT(*) FROM cells d WHERE d.path >= c.path AND d.path < c.path || '~') AS counted
     FROM cells c WHERE subtree_cells <> (SELECT COUNT(*) FROM cells d WHERE d.path >= c.path AND d.path < c.path || '~')`,
  ).all();
  return results;
}

describe("subtree sizes kept on write", () => {
  it("stay equal to a count of each subtree through creations and moves back and forth", async () => {
    const a = await createBranch("Cỡ cây A");
    const b = await createBranch("Cỡ cây B");
    const partial = await createCell({
      name: `Đảng bộ bộ phận ${b.unique}`,
      kind: "PARTIAL_COMMITTEE",
      parentId: b.committee.id,
    });
    for (let index = 0; index < 3; index += 1) {
      await createCell({
        name: `Chi bộ ${index} ${b.unique}`,
        kind: "SUBORDINATE_CELL",
        parentId: partial.id,
      });
    }
    expect(await wrongSizes()).toEqual([]);
    let version = partial.version;
    for (const target of [a.committee.id, b.committee.id, a.committee.id]) {
      const moved = await mutate(
        "moveCell",
        { cellId: partial.id, newParentId: target, expectedVersion: version },
        "cell { version }",
      );
      expect(moved.data?.moveCell.errors).toEqual([]);
      version = moved.data?.moveCell.cell.version;
      expect(await wrongSizes()).toEqual([]);
    }
  });
});
