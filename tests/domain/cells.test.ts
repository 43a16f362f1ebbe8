import { describe, expect, it } from "vitest";
import {
  assertActive,
  assertCell,
  assertCommittee,
  assertDissolutionApplied,
  assertDissolvable,
  assertNotIntoOwnSubtree,
  assertPlacement,
  assertReceivesMembers,
  assertSuccession,
  assertTermFree,
  assertTermLength,
  type CellFacts,
  type CellKind,
  isCellKind,
  isWithinSubtree,
  organizationsOnLines,
  pathOf,
  validCellName,
} from "../../src/domain/cells";
import { expectRefusal } from "./refusal-helpers";

function cell(facts: Pick<CellFacts, "id" | "kind"> & Partial<CellFacts>): CellFacts {
  return {
    name: `Cell ${facts.id}`,
    path: `/${facts.id}/`,
    foundedOn: null,
    dissolvedOn: null,
    ...facts,
  };
}

const province = cell({
  id: "vp",
  kind: "PROVINCIAL_COMMITTEE",
  name: "Đảng bộ tỉnh Vĩnh Phúc",
  path: "/vp/",
});
const bloc = cell({
  id: "khoi",
  kind: "BLOC_COMMITTEE",
  name: "Đảng bộ Khối các cơ quan tỉnh",
  path: "/vp/khoi/",
});
const grassroots = cell({
  id: "vpubnd",
  kind: "GRASSROOTS_COMMITTEE",
  name: "Đảng bộ Văn phòng UBND tỉnh",
  path: "/vp/khoi/vpubnd/",
});
const partial = cell({ id: "bp", kind: "PARTIAL_COMMITTEE", path: "/vp/khoi/vpubnd/bp/" });
const grassrootsCell = cell({ id: "cbcs", kind: "GRASSROOTS_CELL", path: "/vp/khoi/cbcs/" });

describe("isCellKind", () => {
  it("is true for cells and false for committees", () => {
    expect(isCellKind("GRASSROOTS_CELL")).toBe(true);
    expect(isCellKind("SUBORDINATE_CELL")).toBe(true);
    expect(isCellKind("GRASSROOTS_COMMITTEE")).toBe(false);
    expect(isCellKind("PARTIAL_COMMITTEE")).toBe(false);
    expect(isCellKind("PROVINCIAL_COMMITTEE")).toBe(false);
  });
});

describe("organizationsOnLines", () => {
  it("gives each cell and every organization above it, once each", () => {
    expect(organizationsOnLines(["/p/k/c/", "/p/k/d/", "/p/"])).toEqual(["p", "k", "c", "d"]);
    expect(organizationsOnLines([])).toEqual([]);
  });
});

describe("pathOf", () => {
  it("starts a root at /", () => {
    expect(pathOf("vp", null)).toBe("/vp/");
  });

  it("appends the id to the parent's path", () => {
    expect(pathOf("paa", { path: "/vp/khoi/vpubnd/" })).toBe("/vp/khoi/vpubnd/paa/");
    expect(pathOf("khoi", province)).toBe("/vp/khoi/");
  });
});

describe("isWithinSubtree", () => {
  it("is true for the root itself and its descendants", () => {
    expect(isWithinSubtree("/vp/khoi/", "/vp/khoi/")).toBe(true);
    expect(isWithinSubtree("/vp/khoi/vpubnd/paa/", "/vp/khoi/")).toBe(true);
  });

  it("is false for an ancestor, a sibling, or a sibling whose id shares a prefix", () => {
    expect(isWithinSubtree("/vp/", "/vp/khoi/")).toBe(false);
    expect(isWithinSubtree("/vp/huyen/", "/vp/khoi/")).toBe(false);
    expect(isWithinSubtree("/vp/khoi2/", "/vp/khoi/")).toBe(false);
  });
});

describe("validCellName", () => {
  it("returns the normalized name", () => {
    expect(validCellName("  Chi bộ   Trung tâm Hành chính công tỉnh ", ["name"])).toBe(
      "Chi bộ Trung tâm Hành chính công tỉnh",
    );
  });

  it("refuses an empty name", () => {
    const problem = expectRefusal(() => validCellName("", ["input", "name"]), "INVALID_NAME");
    expect(problem.field).toEqual(["input", "name"]);
  });

  it("refuses a blank name", () => {
    expectRefusal(() => validCellName(" \t\n ", ["name"]), "INVALID_NAME");
  });

  it("accepts 200 characters and refuses 201", () => {
    expect(validCellName(`  ${"a".repeat(200)}  `, ["name"])).toHaveLength(200);
    const problem = expectRefusal(() => validCellName("a".repeat(201), ["name"]), "INVALID_NAME");
    expect(problem.message).toContain("200");
  });
});

describe("assertPlacement", () => {
  it("accepts a cell under a grassroots committee or a partial committee", () => {
    expect(() => assertPlacement("SUBORDINATE_CELL", grassroots, ["parentId"])).not.toThrow();
    expect(() => assertPlacement("SUBORDINATE_CELL", partial, ["parentId"])).not.toThrow();
  });

  it("refuses a cell under a bloc committee, naming both kinds", () => {
    const problem = expectRefusal(
      () => assertPlacement("SUBORDINATE_CELL", bloc, ["input", "parentId"]),
      "INVALID_PARENT_KIND",
    );
    expect(problem.field).toEqual(["input", "parentId"]);
    expect(problem.message).toContain("Chi bộ trực thuộc");
    expect(problem.message).toContain("Đảng bộ khối");
  });

  it("accepts a grassroots cell directly under a higher committee, but not under a grassroots committee", () => {
    expect(() => assertPlacement("GRASSROOTS_CELL", bloc, ["parentId"])).not.toThrow();
    expect(() => assertPlacement("GRASSROOTS_CELL", province, ["parentId"])).not.toThrow();
    expectRefusal(() => assertPlacement("GRASSROOTS_CELL", grassroots, ["parentId"]), "INVALID_PARENT_KIND");
  });

  it("accepts a grassroots committee under a bloc committee", () => {
    expect(() => assertPlacement("GRASSROOTS_COMMITTEE", bloc, ["parentId"])).not.toThrow();
  });

  it("refuses anything under a cell", () => {
    expectRefusal(
      () => assertPlacement("SUBORDINATE_CELL", grassrootsCell, ["parentId"]),
      "INVALID_PARENT_KIND",
    );
    expectRefusal(
      () => assertPlacement("PARTIAL_COMMITTEE", grassrootsCell, ["parentId"]),
      "INVALID_PARENT_KIND",
    );
  });

  it("refuses a provincial committee under any parent", () => {
    const problem = expectRefusal(
      () => assertPlacement("PROVINCIAL_COMMITTEE", province, ["parentId"]),
      "INVALID_PARENT_KIND",
    );
    expect(problem.message).toContain("allowed: none");
  });

  it.each<CellKind>(["PROVINCIAL_COMMITTEE", "BLOC_COMMITTEE", "DISTRICT_COMMITTEE", "GRASSROOTS_COMMITTEE"])(
    "accepts a %s as a root",
    (kind) => {
      expect(() => assertPlacement(kind, null, ["parentId"])).not.toThrow();
    },
  );

  it.each<CellKind>(["SUBORDINATE_CELL", "GRASSROOTS_CELL", "PARTIAL_COMMITTEE"])(
    "refuses a %s without a parent",
    (kind) => {
      const problem = expectRefusal(() => assertPlacement(kind, null, ["parentId"]), "PARENT_REQUIRED");
      expect(problem.field).toEqual(["parentId"]);
    },
  );

  it("refuses a child under a dissolved parent, naming the day", () => {
    const dissolved = { ...grassroots, dissolvedOn: "2020-07-01" };
    const problem = expectRefusal(
      () => assertPlacement("SUBORDINATE_CELL", dissolved, ["parentId"]),
      "PARENT_DISSOLVED",
    );
    expect(problem.message).toContain("2020-07-01");
    expect(problem.message).toContain(grassroots.name);
  });
});

describe("assertNotIntoOwnSubtree", () => {
  const moved = cell({ id: "vpubnd", kind: "GRASSROOTS_COMMITTEE", path: "/vp/khoi/vpubnd/" });

  it("refuses moving a cell under itself", () => {
    const problem = expectRefusal(
      () => assertNotIntoOwnSubtree(moved, moved, ["parentId"]),
      "HIERARCHY_CYCLE",
    );
    expect(problem.field).toEqual(["parentId"]);
  });

  it("refuses moving a cell under one of its descendants", () => {
    expectRefusal(() => assertNotIntoOwnSubtree(moved, partial, ["parentId"]), "HIERARCHY_CYCLE");
    const deep = cell({ id: "x", kind: "SUBORDINATE_CELL", path: "/vp/khoi/vpubnd/bp/x/" });
    expectRefusal(() => assertNotIntoOwnSubtree(moved, deep, ["parentId"]), "HIERARCHY_CYCLE");
  });

  it("accepts moving a cell under an ancestor or a sibling", () => {
    expect(() => assertNotIntoOwnSubtree(moved, province, ["parentId"])).not.toThrow();
    const sibling = cell({ id: "huyen", kind: "DISTRICT_COMMITTEE", path: "/vp/huyen/" });
    expect(() => assertNotIntoOwnSubtree(moved, sibling, ["parentId"])).not.toThrow();
  });

  it("accepts a sibling whose id starts with the cell's id", () => {
    const lookalike = cell({ id: "vpubnd2", kind: "BLOC_COMMITTEE", path: "/vp/khoi/vpubnd2/" });
    expect(() => assertNotIntoOwnSubtree(moved, lookalike, ["parentId"])).not.toThrow();
  });
});

describe("assertActive", () => {
  it("accepts an active cell", () => {
    expect(() => assertActive(grassroots, ["cellId"])).not.toThrow();
  });

  it("refuses a dissolved cell, naming the day", () => {
    const problem = expectRefusal(
      () => assertActive({ ...grassroots, dissolvedOn: "2020-07-01" }, ["organizationId"]),
      "CELL_DISSOLVED",
    );
    expect(problem.field).toEqual(["organizationId"]);
    expect(problem.message).toContain("2020-07-01");
  });
});

describe("assertDissolvable", () => {
  const founded = cell({ id: "paa", kind: "SUBORDINATE_CELL", name: "Chi bộ PAA", foundedOn: "2012-03-01" });
  const empty = { activeMembers: 0, activeChildren: 0 };

  it("accepts an empty, active cell dissolved after its founding", () => {
    expect(() => assertDissolvable(founded, "2020-07-01", empty)).not.toThrow();
    expect(() => assertDissolvable({ ...founded, foundedOn: null }, "2020-07-01", empty)).not.toThrow();
  });

  it("refuses a cell that still has members, with the counts", () => {
    const problem = expectRefusal(
      () => assertDissolvable(founded, "2020-07-01", { activeMembers: 3, activeChildren: 0 }),
      "CELL_NOT_EMPTY",
    );
    expect(problem.field).toEqual(["cellId"]);
    expect(problem.message).toContain("3 active member(s)");
    expect(problem.message).toContain("0 active subordinate organization(s)");
  });

  it("refuses a committee that still has subordinate organizations, with the counts", () => {
    const problem = expectRefusal(
      () => assertDissolvable(founded, "2020-07-01", { activeMembers: 0, activeChildren: 2 }),
      "CELL_NOT_EMPTY",
    );
    expect(problem.message).toContain("0 active member(s)");
    expect(problem.message).toContain("2 active subordinate organization(s)");
  });

  it("refuses a cell already dissolved", () => {
    const problem = expectRefusal(
      () => assertDissolvable({ ...founded, dissolvedOn: "2019-01-01" }, "2020-07-01", empty),
      "CELL_DISSOLVED",
    );
    expect(problem.field).toEqual(["cellId"]);
    expect(problem.message).toContain("2019-01-01");
  });

  it("refuses a dissolution before the founding", () => {
    const problem = expectRefusal(
      () => assertDissolvable(founded, "2012-02-29", empty),
      "INVALID_DATE_RANGE",
    );
    expect(problem.field).toEqual(["dissolvedOn"]);
    expect(problem.message).toContain("2012-03-01");
    expect(problem.message).toContain("2012-02-29");
  });

  it("compares with a founding date known only to the year at that precision", () => {
    const foundedIn2012 = { ...founded, foundedOn: "2012" };
    expect(() => assertDissolvable(foundedIn2012, "2012-05-01", empty)).not.toThrow();
    expectRefusal(() => assertDissolvable(foundedIn2012, "2011-12-31", empty), "INVALID_DATE_RANGE");
  });
});

describe("committees and cells", () => {
  const committee = cell({ id: "du", kind: "GRASSROOTS_COMMITTEE", name: "Đảng bộ xã" });
  const branch = cell({ id: "cb", kind: "SUBORDINATE_CELL", name: "Chi bộ thôn" });

  const byCommittees = { vi: "Thang xếp loại do đảng bộ đặt.", en: "Scales are set by committees." };
  const byCells = { vi: "Đảng viên do chi bộ của mình đánh giá.", en: "Members are rated by their cell." };

  it("lets committees choose for their subtree, and refuses a cell", () => {
    expect(() => assertCommittee(committee, byCommittees, ["committeeId"])).not.toThrow();
    expectRefusal(() => assertCommittee(branch, byCommittees, ["committeeId"]), "NOT_A_COMMITTEE");
  });

  it("rates members in cells, and refuses a committee", () => {
    expect(() => assertCell(branch, byCells, ["cellId"])).not.toThrow();
    expectRefusal(() => assertCell(committee, byCells, ["cellId"]), "NOT_A_CELL");
  });

  it("receives members into an active cell only", () => {
    expect(() => assertReceivesMembers(branch, ["cellId"])).not.toThrow();
    expect(expectRefusal(() => assertReceivesMembers(committee, ["cellId"]), "NOT_A_CELL").message).toContain(
      "Đảng bộ xã",
    );
    expectRefusal(
      () => assertReceivesMembers({ ...branch, dissolvedOn: "2020-01-01" }, ["toCellId"]),
      "CELL_DISSOLVED",
    );
  });
});

describe("assertSuccession", () => {
  const before = { id: "a", name: "Chi bộ A" };
  const after = { id: "b", name: "Chi bộ B" };

  it("records a new succession", () => {
    expect(() =>
      assertSuccession({ predecessor: before, successor: after, recorded: false, reversed: false }),
    ).not.toThrow();
  });

  it("refuses an organization following itself, a succession recorded twice, and a circle", () => {
    expectRefusal(
      () => assertSuccession({ predecessor: before, successor: before, recorded: false, reversed: false }),
      "INVALID_SUCCESSION",
    );
    expectRefusal(
      () => assertSuccession({ predecessor: before, successor: after, recorded: true, reversed: false }),
      "DUPLICATE_SUCCESSION",
    );
    expectRefusal(
      () => assertSuccession({ predecessor: before, successor: after, recorded: false, reversed: true }),
      "LINEAGE_CYCLE",
    );
  });
});

describe("assertTermFree", () => {
  const terms = [{ from: "2020-07-01", until: "2025-07-01" }];

  it("takes a term that follows the last", () => {
    expect(() => assertTermFree("Chi bộ", { from: "2025-07-01", until: "2030-07-01" }, terms)).not.toThrow();
  });

  it("refuses a term that overlaps one recorded, naming it", () => {
    const clash = expectRefusal(
      () => assertTermFree("Chi bộ", { from: "2024-01-01", until: "2029-01-01" }, terms),
      "OVERLAPPING_TERM",
    );
    expect(clash.message).toContain("2020-07-01–2025-07-01");
  });
});

describe("assertDissolutionApplied", () => {
  it("passes when the dissolution was written, and refuses when the organization filled meanwhile", () => {
    expect(() => assertDissolutionApplied("Chi bộ", 1)).not.toThrow();
    expectRefusal(() => assertDissolutionApplied("Chi bộ", 0), "CELL_NOT_EMPTY");
  });
});

describe("assertTermLength", () => {
  const subordinate = { name: "Chi bộ Thử", kind: "SUBORDINATE_CELL" } as const;
  const grassroots = { name: "Đảng bộ Thử", kind: "GRASSROOTS_COMMITTEE" } as const;

  it("gives a cell under a grassroots committee 30 months, six either way", () => {
    expect(() => assertTermLength(subordinate, { from: "2020-08-01", until: "2023-02-01" })).not.toThrow();
    expect(() => assertTermLength(subordinate, { from: "2020-08-01", until: "2022-08-01" })).not.toThrow();
    expect(() => assertTermLength(subordinate, { from: "2020-08-01", until: "2023-08-01" })).not.toThrow();
    const short = expectRefusal(
      () => assertTermLength(subordinate, { from: "2020-08-01", until: "2022-07-31" }),
      "TERM_LENGTH",
    );
    expect(short.message).toContain("too short");
    expect(short.field).toEqual(["endsOn"]);
    const long = expectRefusal(
      () => assertTermLength(subordinate, { from: "2020-08-01", until: "2023-08-02" }),
      "TERM_LENGTH",
    );
    expect(long.message).toContain("too long");
  });

  it("gives other organizations five years, six months either way", () => {
    expect(() => assertTermLength(grassroots, { from: "2020-08-01", until: "2025-08-01" })).not.toThrow();
    expectRefusal(
      () => assertTermLength(grassroots, { from: "2020-08-01", until: "2023-02-01" }),
      "TERM_LENGTH",
    );
  });

  it("refuses dates known to the year only when no reading of them fits: the seed's 2017–2020 fits", () => {
    expect(() => assertTermLength(subordinate, { from: "2017", until: "2020" })).not.toThrow();
    expectRefusal(() => assertTermLength(subordinate, { from: "2017", until: "2022" }), "TERM_LENGTH");
  });
});
