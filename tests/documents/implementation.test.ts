import { describe, expect, it } from "vitest";
import {
  adminToken,
  createBranch,
  createCell,
  createDocument,
  gql,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";

const ASSIGNMENTS = `query ($doc: ID!, $under: ID, $overdue: Date) { document(id: $doc) {
  assignments(underId: $under, overdueOn: $overdue) { totalCount edges { node { id cell { id } status deadline version } } }
} }`;

/** A committee with two cells and a resolution of the committee assigned to both, deadline 2024-06-30. */
async function assignedResolution(label: string) {
  const { committee, cell, unique } = await createBranch(label);
  const second = await createCell({
    name: `Chi bộ 2 ${unique}`,
    kind: "SUBORDINATE_CELL",
    parentId: committee.id,
  });
  const resolution = await createDocument({
    type: "RESOLUTION",
    title: `Nghị quyết ${unique}`,
    issuerId: committee.id,
    issuedOn: "2024-01-10",
  });
  const committeeToken = await tokenFor("COMMITTEE", rawId(committee.id));
  const assigned = await mutate(
    "assignDocument",
    { documentId: resolution.id, committeeId: committee.id, deadline: "2024-06-30" },
    "document { id }",
    committeeToken,
  );
  expect(assigned.data?.assignDocument.errors).toEqual([]);
  return { committee, cell, second, unique, resolution, committeeToken };
}

describe("implementation tracking", () => {
  it("assigns a document to the cells of a subtree and lists who has not reported by the deadline", async () => {
    const { committee, cell, second, unique, resolution, committeeToken } =
      await assignedResolution("Triển khai");
    const all = await gql(ASSIGNMENTS, { doc: resolution.id }, committeeToken);
    expect(all.data?.document.assignments.totalCount).toBe(2);

    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const plan = await createDocument(
      { type: "PLAN", title: `Kế hoạch thực hiện ${unique}`, issuerId: cell.id, issuedOn: "2024-02-01" },
      secretary,
    );
    const mine = all.data?.document.assignments.edges.find((e: any) => e.node.cell.id === cell.id).node;
    const reported = await mutate(
      "recordImplementation",
      {
        assignmentId: mine.id,
        status: "REPORTED",
        reportDocumentId: plan.id,
        reportedOn: "2024-06-20",
        expectedVersion: mine.version,
      },
      "assignment { status statusLabel reportDocument { id } reportedOn }",
      secretary,
    );
    expect(reported.data?.recordImplementation.errors).toEqual([]);
    expect(reported.data?.recordImplementation.assignment).toEqual({
      status: "REPORTED",
      statusLabel: "Đã báo cáo kết quả",
      reportDocument: { id: plan.id },
      reportedOn: "2024-06-20",
    });

    const overdue = await gql(
      ASSIGNMENTS,
      { doc: resolution.id, under: committee.id, overdue: "2024-07-01" },
      committeeToken,
    );
    expect(overdue.data?.document.assignments.edges.map((e: any) => e.node.cell.id)).toEqual([second.id]);
    const beforeDeadline = await gql(
      ASSIGNMENTS,
      { doc: resolution.id, overdue: "2024-06-30" },
      committeeToken,
    );
    expect(beforeDeadline.data?.document.assignments.totalCount).toBe(0);

    const todo = await gql(
      `query ($id: ID!) { cell(id: $id) { documentsToImplement(status: NOT_STARTED) { totalCount edges { node { document { id } deadline } } } } }`,
      { id: second.id },
      committeeToken,
    );
    expect(todo.data?.cell.documentsToImplement.edges).toEqual([
      { node: { document: { id: resolution.id }, deadline: "2024-06-30" } },
    ]);
  });

  it("keeps an assignment with its cell when the cell moves to another committee", async () => {
    const { committee, cell, resolution } = await assignedResolution("Chuyển chi bộ");
    const other = await createBranch("Nơi đến");
    const moved = await mutate(
      "moveCell",
      { cellId: cell.id, newParentId: other.committee.id, expectedVersion: cell.version },
      "cell { id }",
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    const cellsUnder = async (under: string) =>
      (
        (await gql(ASSIGNMENTS, { doc: resolution.id, under }, await adminToken())).data?.document.assignments
          .edges ?? []
      ).map((edge: any) => edge.node.cell.id);
    expect(await cellsUnder(other.committee.id)).toEqual([cell.id]);
    expect(await cellsUnder(committee.id)).not.toContain(cell.id);
  });

  it("lists a subtree's assignments on the reader's line only", async () => {
    const { committee, cell, second, resolution, committeeToken } =
      await assignedResolution("Triển khai theo tuyến");
    const cellsListed = async (token: string, under: string) =>
      (await gql(ASSIGNMENTS, { doc: resolution.id, under, overdue: "2024-07-01" }, token)).data?.document
        .assignments;
    expect((await cellsListed(committeeToken, committee.id)).totalCount).toBe(2);
    const member = await tokenFor("MEMBER", rawId(second.id));
    expect(await cellsListed(member, committee.id)).toMatchObject({
      totalCount: 1,
      edges: [{ node: { cell: { id: second.id } } }],
    });
    expect((await cellsListed(member, cell.id)).totalCount).toBe(0);
  });

  it("refuses cells outside the committee's subtree, other cells' reports and writes by others", async () => {
    const mine = await createBranch("Triển khai A");
    const other = await createBranch("Triển khai B");
    const doc = await createDocument({
      type: "DIRECTIVE",
      title: "Chỉ thị",
      issuerId: mine.committee.id,
      issuedOn: "2024-01-01",
    });
    const outside = await mutate(
      "assignDocument",
      { documentId: doc.id, committeeId: mine.committee.id, cellIds: [other.cell.id] },
      "document { id }",
    );
    expect(outside.data?.assignDocument.errors.map((e: any) => e.code)).toEqual(["NOT_IN_SUBTREE"]);
    const notMine = await mutate(
      "assignDocument",
      { documentId: doc.id, committeeId: mine.committee.id },
      "document { id }",
      await tokenFor("COMMITTEE", rawId(other.committee.id)),
    );
    expect(notMine.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await mutate("assignDocument", { documentId: doc.id, committeeId: mine.committee.id }, "document { id }");
    const list = await gql(ASSIGNMENTS, { doc: doc.id }, await adminToken());
    const assignment = list.data?.document.assignments.edges[0].node;
    const foreignReport = await createDocument({
      type: "REPORT",
      title: "Báo cáo chi bộ khác",
      issuerId: other.cell.id,
      issuedOn: "2024-03-01",
    });
    const wrongReport = await mutate(
      "recordImplementation",
      {
        assignmentId: assignment.id,
        status: "REPORTED",
        reportedOn: "2024-03-02",
        reportDocumentId: foreignReport.id,
      },
      "assignment { id }",
    );
    expect(wrongReport.data?.recordImplementation.errors.map((e: any) => e.code)).toEqual(["REPORT_NOT_OWN"]);
    const noDate = await mutate(
      "recordImplementation",
      { assignmentId: assignment.id, status: "REPORTED" },
      "assignment { id }",
    );
    expect(noDate.data?.recordImplementation.errors.map((e: any) => e.code)).toEqual([
      "REPORT_DATE_REQUIRED",
    ]);
    const otherSecretary = await mutate(
      "recordImplementation",
      { assignmentId: assignment.id, status: "IN_PROGRESS" },
      "assignment { id }",
      await tokenFor("SECRETARY", rawId(other.cell.id)),
    );
    // Another branch's assignment: answered as one that does not exist.
    expect(otherSecretary.data?.recordImplementation.errors.map((e: any) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("leaves a deleted document out of a cell's documents to implement", async () => {
    const { cell, resolution, committeeToken } = await assignedResolution("Triển khai xóa");
    const toImplement = `query ($cell: ID!) { cell(id: $cell) { documentsToImplement { totalCount edges { node { id } } } } }`;
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const before = await gql(toImplement, { cell: cell.id }, secretary);
    expect(before.data?.cell.documentsToImplement.totalCount).toBe(1);
    const deleted = await mutate(
      "deleteDocument",
      { documentId: resolution.id, expectedVersion: resolution.version },
      "deleted { __typename }",
      committeeToken,
    );
    expect(deleted.data?.deleteDocument.errors).toEqual([]);
    const after = await gql(toImplement, { cell: cell.id }, secretary);
    expect(after.errors).toBeUndefined();
    expect(after.data?.cell.documentsToImplement).toEqual({ totalCount: 0, edges: [] });
  });
});
