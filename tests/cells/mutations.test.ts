import { describe, expect, it } from "vitest";
import { codes, createBranch, createCell, DEMO, globalId, gql, mutate } from "../helpers";

const CELL = "cell { id name version dissolvedOn parent { id } aliases { name kind usedFrom usedUntil } }";

describe("createCell", () => {
  it("creates a cell under a committee and finds it by search", async () => {
    const { cell, unique } = await createBranch("Sở Tư pháp");
    const found = await gql(
      `query ($s: String) { cells(filter: { search: $s }) { edges { node { id } } } }`,
      {
        s: `chi bo ${unique}`,
      },
    );
    expect(found.data?.cells.edges.map((e: any) => e.node.id)).toEqual([cell.id]);
  });

  it.each([
    [{ kind: "SUBORDINATE_CELL" }, "PARENT_REQUIRED"],
    [{ kind: "SUBORDINATE_CELL", parentId: globalId("Cell", DEMO.bloc) }, "INVALID_PARENT_KIND"],
    [{ kind: "SUBORDINATE_CELL", parentId: globalId("Cell", DEMO.predecessor) }, "PARENT_DISSOLVED"],
    [{ kind: "SUBORDINATE_CELL", parentId: globalId("Cell", "no-such-cell") }, "NOT_FOUND"],
    [{ kind: "SUBORDINATE_CELL", parentId: globalId("Cell", DEMO.office), name: "   " }, "INVALID_NAME"],
  ])("refuses %j with %s and writes nothing", async (input, code) => {
    const name = `Chi bộ thử ${crypto.randomUUID()}`;
    const result = await mutate("createCell", { name, ...input }, CELL);
    expect(result.data?.createCell.cell).toBeNull();
    expect(result.data?.createCell.errors.map((e: any) => e.code)).toEqual([code]);
    const after = await gql(
      `query ($s: String) { cells(filter: { search: $s, includeDissolved: true }) { totalCount } }`,
      {
        s: name,
      },
    );
    expect(after.data?.cells.totalCount).toBe(0);
  });

  it("answers a malformed ID with INVALID_ID, not a fault", async () => {
    const result = await mutate("createCell", { name: "X", kind: "SUBORDINATE_CELL", parentId: "%%%" }, CELL);
    expect(codes(result)).toEqual(["INVALID_ID"]);
    const wrongType = await mutate(
      "createCell",
      { name: "X", kind: "SUBORDINATE_CELL", parentId: globalId("Person", DEMO.secretary) },
      CELL,
    );
    expect(codes(wrongType)).toEqual(["INVALID_ID"]);
  });

  it("refuses an invalid date with INVALID_DATE", async () => {
    const result = await mutate(
      "createCell",
      {
        name: "Chi bộ X",
        kind: "SUBORDINATE_CELL",
        parentId: globalId("Cell", DEMO.office),
        foundedOn: "2017-02-30",
      },
      CELL,
    );
    expect(codes(result)).toEqual(["INVALID_DATE"]);
  });
});

describe("updateCell", () => {
  it("renames, keeping the old name as a former name that search still finds", async () => {
    const { cell, unique } = await createBranch("Ban Xúc tiến");
    const result = await mutate(
      "updateCell",
      {
        cellId: cell.id,
        expectedVersion: cell.version,
        name: `Chi bộ Trung tâm ${unique}`,
        renamedOn: "2017-10",
      },
      CELL,
    );
    expect(result.data?.updateCell.errors).toEqual([]);
    const updated = result.data?.updateCell.cell;
    expect(updated.name).toBe(`Chi bộ Trung tâm ${unique}`);
    expect(updated.version).toBe(cell.version + 1);
    expect(updated.aliases).toEqual([
      { name: `Chi bộ ${unique}`, kind: "FORMER_NAME", usedFrom: null, usedUntil: "2017-10" },
    ]);
    const byOldName = await gql(
      `query ($s: String) { cells(filter: { search: $s }) { edges { node { id } } } }`,
      {
        s: `chi bo ${unique}`,
      },
    );
    expect(byOldName.data?.cells.edges.map((e: any) => e.node.id)).toEqual([cell.id]);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { cell } = await createBranch("Xung đột");
    const first = await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: cell.version, name: "Chi bộ A1" },
      CELL,
    );
    expect(first.data?.updateCell.errors).toEqual([]);
    const stale = await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: cell.version, name: "Chi bộ B2" },
      CELL,
    );
    expect(stale.data?.updateCell.errors.map((e: any) => e.code)).toEqual(["CONFLICT"]);
    expect(stale.data?.updateCell.errors[0].field).toEqual(["input", "expectedVersion"]);
    const now = await gql(`query ($id: ID!) { cell(id: $id) { name version } }`, { id: cell.id });
    expect(now.data?.cell).toEqual({ name: "Chi bộ A1", version: cell.version + 1 });
  });
});

describe("moveCell", () => {
  it("moves a committee with its subtree", async () => {
    const a = await createBranch("Di chuyển A");
    const b = await createBranch("Di chuyển B");
    const partial = await createCell({
      name: `Đảng bộ bộ phận ${b.unique}`,
      kind: "PARTIAL_COMMITTEE",
      parentId: b.committee.id,
    });
    const inner = await createCell({
      name: `Chi bộ trong ${b.unique}`,
      kind: "SUBORDINATE_CELL",
      parentId: partial.id,
    });
    const moved = await mutate(
      "moveCell",
      { cellId: partial.id, newParentId: a.committee.id, expectedVersion: partial.version },
      CELL,
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    const tree = await gql(
      `query ($a: ID!, $b: ID!, $inner: ID!) {
        a: cell(id: $a) { descendants { totalCount edges { node { id } } } }
        b: cell(id: $b) { descendants { totalCount } }
        inner: cell(id: $inner) { ancestors { id } }
      }`,
      { a: a.committee.id, b: b.committee.id, inner: inner.id },
    );
    expect(tree.data?.a.descendants.totalCount).toBe(3);
    expect(tree.data?.b.descendants.totalCount).toBe(1);
    expect(tree.data?.inner.ancestors.map((x: any) => x.id)).toEqual([
      globalId("Cell", DEMO.bloc),
      a.committee.id,
      partial.id,
    ]);
  });

  it("refuses a move into its own subtree (HIERARCHY_CYCLE)", async () => {
    const b = await createBranch("Chu trình");
    const partial = await createCell({
      name: `Đảng bộ bộ phận ${b.unique}`,
      kind: "PARTIAL_COMMITTEE",
      parentId: b.committee.id,
    });
    const result = await mutate(
      "moveCell",
      { cellId: b.committee.id, newParentId: partial.id, expectedVersion: b.committee.version },
      CELL,
    );
    expect(result.data?.moveCell.errors.map((e: any) => e.code)).toEqual(["HIERARCHY_CYCLE"]);
  });

  it("refuses a move under a dissolved parent", async () => {
    const b = await createBranch("Giải thể cha");
    const result = await mutate(
      "moveCell",
      { cellId: b.cell.id, newParentId: globalId("Cell", DEMO.predecessor), expectedVersion: b.cell.version },
      CELL,
    );
    expect(result.data?.moveCell.errors.map((e: any) => e.code)).toEqual(["PARENT_DISSOLVED"]);
  });
});

describe("dissolveCell", () => {
  it("refuses while members or subordinate organizations are active", async () => {
    const office = await gql(`query ($id: ID!) { cell(id: $id) { version } }`, {
      id: globalId("Cell", DEMO.cell),
    });
    const withMembers = await mutate(
      "dissolveCell",
      {
        cellId: globalId("Cell", DEMO.cell),
        dissolvedOn: "2020-01-01",
        expectedVersion: office.data?.cell.version,
      },
      CELL,
    );
    expect(withMembers.data?.dissolveCell.errors.map((e: any) => e.code)).toEqual(["CELL_NOT_EMPTY"]);
    expect(withMembers.data?.dissolveCell.errors[0].message).toContain("12 active member");

    const b = await createBranch("Có con");
    const withChildren = await mutate(
      "dissolveCell",
      { cellId: b.committee.id, dissolvedOn: "2020", expectedVersion: b.committee.version },
      CELL,
    );
    expect(withChildren.data?.dissolveCell.errors.map((e: any) => e.code)).toEqual(["CELL_NOT_EMPTY"]);
  });

  it("dissolves an empty cell, hides it from lists and refuses new children under it", async () => {
    const b = await createBranch("Giải thể");
    const result = await mutate(
      "dissolveCell",
      { cellId: b.cell.id, dissolvedOn: "2020-06-30", expectedVersion: b.cell.version },
      CELL,
    );
    expect(result.data?.dissolveCell.errors).toEqual([]);
    expect(result.data?.dissolveCell.cell.dissolvedOn).toBe("2020-06-30");
    const children = await gql(
      `query ($id: ID!) { cell(id: $id) { children { totalCount } all: children(includeDissolved: true) { totalCount } } }`,
      {
        id: b.committee.id,
      },
    );
    expect(children.data?.cell).toEqual({ children: { totalCount: 0 }, all: { totalCount: 1 } });
  });
});

describe("recordSuccession", () => {
  it("records a succession both ways and refuses duplicates and cycles", async () => {
    const b = await createBranch("Kế tục");
    const next = await createCell({
      name: `Chi bộ mới ${b.unique}`,
      kind: "SUBORDINATE_CELL",
      parentId: b.committee.id,
    });
    const decision = await mutate(
      "createDocument",
      {
        type: "DECISION",
        title: `Quyết định hợp nhất ${b.unique}`,
        issuerId: b.committee.id,
        issuedOn: "2025-07-01",
      },
      "document { id }",
    );
    const decisionDocumentId = decision.data?.createDocument.document.id;
    const input = {
      predecessorId: b.cell.id,
      successorId: next.id,
      kind: "MERGED",
      occurredOn: "2025-07",
      decisionDocumentId,
    };
    const ok = await mutate(
      "recordSuccession",
      input,
      "successor { predecessors { kind kindLabel decisionDocument { id } predecessor { id } } }",
    );
    expect(ok.data?.recordSuccession.errors).toEqual([]);
    expect(ok.data?.recordSuccession.successor.predecessors).toEqual([
      {
        kind: "MERGED",
        kindLabel: "Hợp nhất, sáp nhập",
        decisionDocument: { id: decisionDocumentId },
        predecessor: { id: b.cell.id },
      },
    ]);
    const again = await mutate("recordSuccession", input, "successor { id }");
    expect(again.data?.recordSuccession.errors.map((e: any) => e.code)).toEqual(["DUPLICATE_SUCCESSION"]);
    const back = await mutate(
      "recordSuccession",
      { ...input, predecessorId: next.id, successorId: b.cell.id },
      "successor { id }",
    );
    expect(back.data?.recordSuccession.errors.map((e: any) => e.code)).toEqual(["LINEAGE_CYCLE"]);
    const self = await mutate("recordSuccession", { ...input, successorId: b.cell.id }, "successor { id }");
    expect(self.data?.recordSuccession.errors.map((e: any) => e.code)).toEqual(["INVALID_SUCCESSION"]);
  });
});

describe("createTerm", () => {
  it("records a term and refuses an overlapping one or one that ends before it starts", async () => {
    const b = await createBranch("Nhiệm kỳ");
    const ok = await mutate(
      "createTerm",
      { cellId: b.cell.id, startsOn: "2020", endsOn: "2022-06" },
      "term { label }",
    );
    expect(ok.data?.createTerm).toEqual({ term: { label: "2020–2022" }, errors: [] });
    const overlap = await mutate(
      "createTerm",
      { cellId: b.cell.id, startsOn: "2022-01", endsOn: "2025" },
      "term { label }",
    );
    expect(overlap.data?.createTerm.errors.map((e: any) => e.code)).toEqual(["OVERLAPPING_TERM"]);
    const reversed = await mutate(
      "createTerm",
      { cellId: b.cell.id, startsOn: "2027", endsOn: "2025" },
      "term { label }",
    );
    expect(reversed.data?.createTerm.errors.map((e: any) => e.code)).toEqual(["INVALID_DATE_RANGE"]);
    const fiveYears = await mutate(
      "createTerm",
      { cellId: b.cell.id, startsOn: "2025-03", endsOn: "2030-03" },
      "term { label }",
    );
    expect(fiveYears.data?.createTerm.errors.map((e: any) => e.code)).toEqual(["TERM_LENGTH"]);
    expect(fiveYears.data?.createTerm.errors[0].message).toContain("lasts 30 months");
    const committeeTerm = await mutate(
      "createTerm",
      { cellId: b.committee.id, startsOn: "2025-03", endsOn: "2030-03" },
      "term { label }",
    );
    expect(committeeTerm.data?.createTerm.errors).toEqual([]);
  });
});
