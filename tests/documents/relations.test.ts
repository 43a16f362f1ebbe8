import { describe, expect, it } from "vitest";
import {
  adminToken,
  createBranch,
  createDocument,
  DEMO,
  globalId,
  gql,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";

const RELATION = "relation { id kind kindLabel from { id } to { id status } }";

function errorCodes(result: any, mutation: string): string[] {
  return result.data?.[mutation].errors.map((e: any) => e.code);
}

async function threeDocuments() {
  const { committee } = await createBranch("Quan hệ");
  const make = (title: string, issuedOn: string) =>
    createDocument({ type: "REGULATION", title, issuerId: committee.id, issuedOn });
  return {
    a: await make("Quy định A", "2020-01-01"),
    b: await make("Quy định B", "2022-01-01"),
    c: await make("Quy định C", "2024-01-01"),
  };
}

/** Two branches under the bloc and a plan of the bloc, with a way to record a document implementing the plan. */
async function blocPlan(label: string) {
  const a = await createBranch(`${label} A`);
  const b = await createBranch(`${label} B`);
  const plan = await createDocument({
    type: "PLAN",
    title: `Kế hoạch của khối ${a.unique}`,
    issuerId: globalId("Cell", DEMO.bloc),
    issuedOn: "2024-01-05",
  });
  const implementing = async (input: Record<string, unknown>) => {
    const document = await createDocument({ type: "PLAN", title: "Kế hoạch thực hiện", ...input });
    const related = await mutate(
      "relateDocuments",
      { fromId: document.id, toId: plan.id, kind: "IMPLEMENTS" },
      "relation { id }",
    );
    expect(related.data?.relateDocuments.errors).toEqual([]);
    return document;
  };
  return { a, b, plan, implementing };
}

describe("document relations", () => {
  it("are queried both ways and typed", async () => {
    const { a, b } = await threeDocuments();
    const related = await mutate(
      "relateDocuments",
      { fromId: b.id, toId: a.id, kind: "AMENDS", note: "Điều 3" },
      RELATION,
    );
    expect(related.data?.relateDocuments.errors).toEqual([]);
    expect(related.data?.relateDocuments.relation).toMatchObject({
      kind: "AMENDS",
      kindLabel: "Sửa đổi, bổ sung",
    });
    const both = await gql(
      `query ($a: ID!, $b: ID!) {
        a: node(id: $a) { ... on Document { incoming: relations(direction: INCOMING) { kind from { id } } outgoing: relations(direction: OUTGOING) { kind } } }
        b: node(id: $b) { ... on Document { relations(direction: OUTGOING, kind: AMENDS) { to { id } relatedOn note } } }
      }`,
      { a: a.id, b: b.id },
      await adminToken(),
    );
    expect(both.data?.a).toEqual({ incoming: [{ kind: "AMENDS", from: { id: b.id } }], outgoing: [] });
    expect(both.data?.b.relations).toEqual([{ to: { id: a.id }, relatedOn: "2022-01-01", note: "Điều 3" }]);
  });

  it("supersede and revoke their target, and refuse a document superseding itself through a chain", async () => {
    const { a, b, c } = await threeDocuments();
    const bSupersedesA = await mutate(
      "relateDocuments",
      { fromId: b.id, toId: a.id, kind: "SUPERSEDES" },
      RELATION,
    );
    expect(bSupersedesA.data?.relateDocuments.relation.to.status).toBe("SUPERSEDED");
    const cSupersedesB = await mutate(
      "relateDocuments",
      { fromId: c.id, toId: b.id, kind: "SUPERSEDES" },
      RELATION,
    );
    expect(cSupersedesB.data?.relateDocuments.errors).toEqual([]);
    const cycle = await mutate("relateDocuments", { fromId: a.id, toId: c.id, kind: "SUPERSEDES" }, RELATION);
    expect(errorCodes(cycle, "relateDocuments")).toEqual(["SUPERSESSION_CYCLE"]);
    const self = await mutate("relateDocuments", { fromId: a.id, toId: a.id, kind: "REFERENCES" }, RELATION);
    expect(errorCodes(self, "relateDocuments")).toEqual(["INVALID_RELATION"]);
    const twice = await mutate("relateDocuments", { fromId: c.id, toId: b.id, kind: "SUPERSEDES" }, RELATION);
    expect(errorCodes(twice, "relateDocuments")).toEqual(["DUPLICATE_RELATION"]);

    const removed = await mutate(
      "removeDocumentRelation",
      { relationId: bSupersedesA.data?.relateDocuments.relation.id },
      "document { id }",
    );
    expect(removed.data?.removeDocumentRelation.errors).toEqual([]);
    const restored = await gql(
      `query ($id: ID!) { document(id: $id) { status } }`,
      { id: a.id },
      await adminToken(),
    );
    expect(restored.data?.document.status).toBe("ISSUED");
  });

  it("follow their source's status and its issuer's place: a draft for its writers, a moved cell's plan for its new line", async () => {
    const { a, b, plan, implementing } = await blocPlan("Nguồn");
    const draft = await implementing({ issuerId: a.cell.id, draft: true, body: "Bản 1" });
    const other = await implementing({ issuerId: b.cell.id, issuedOn: "2024-02-01" });
    const sources = async (token: string) => {
      const answer = await gql(
        `query ($id: ID!) { document(id: $id) {
          relationsConnection(direction: INCOMING, kind: IMPLEMENTS) { totalCount edges { node { from { id } } } }
        } }`,
        { id: plan.id },
        token,
      );
      expect(answer.errors).toBeUndefined();
      const connection = answer.data?.document.relationsConnection;
      expect(connection.totalCount).toBe(connection.edges.length);
      return (connection.edges as any[]).map((edge) => edge.node.from.id);
    };
    expect(await sources(await tokenFor("SECRETARY", rawId(a.cell.id)))).toEqual([draft.id]);
    expect(await sources(await tokenFor("MEMBER", rawId(a.cell.id)))).toEqual([]);
    const committeeA = await tokenFor("COMMITTEE", rawId(a.committee.id));
    const committeeB = await tokenFor("COMMITTEE", rawId(b.committee.id));
    expect(await sources(committeeB)).toEqual([other.id]);

    const moved = await mutate(
      "moveCell",
      { cellId: b.cell.id, newParentId: a.committee.id, expectedVersion: b.cell.version },
      "cell { id }",
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    expect(await sources(committeeA)).toContain(other.id);
    expect(await sources(committeeB)).toEqual([]);
    // Grants on a cell and on the committee above it: each source once, counted once.
    const both = await tokenFor("SECRETARY", rawId(a.cell.id), {
      alsoGrants: [{ role: "COMMITTEE", cell: rawId(a.committee.id) }],
    });
    expect((await sources(both)).sort()).toEqual([draft.id, other.id].sort());
  });

  it("list only those whose other document the viewer reads, also a page at a time", async () => {
    const { a, b, plan, implementing } = await blocPlan("Thực hiện");
    const implement = (issuerId: string, issuedOn: string) => implementing({ issuerId, issuedOn });
    const byCommittee = await implement(a.committee.id, "2024-03-01");
    const byCell = await implement(a.cell.id, "2024-02-01");
    await implement(b.cell.id, "2024-02-15");
    await mutate(
      "relateDocuments",
      { fromId: plan.id, toId: byCell.id, kind: "REFERENCES" },
      "relation { id }",
    );

    const IMPLEMENTERS = `query ($id: ID!, $after: String) { document(id: $id) {
      relations(direction: INCOMING, kind: IMPLEMENTS) { from { id } }
      relationsConnection(direction: INCOMING, kind: IMPLEMENTS, first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { from { id } } }
      }
    } }`;
    const member = await tokenFor("MEMBER", rawId(a.cell.id));
    const first = await gql(IMPLEMENTERS, { id: plan.id }, member);
    expect(first.errors).toBeUndefined();
    expect(first.data?.document.relations).toEqual([
      { from: { id: byCell.id } },
      { from: { id: byCommittee.id } },
    ]);
    expect(first.data?.document.relationsConnection).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { from: { id: byCell.id } } }],
    });
    const second = await gql(
      IMPLEMENTERS,
      { id: plan.id, after: first.data?.document.relationsConnection.pageInfo.endCursor },
      member,
    );
    expect(second.data?.document.relationsConnection).toMatchObject({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { from: { id: byCommittee.id } } }],
    });
    const bloc = await gql(IMPLEMENTERS, { id: plan.id }, await tokenFor("COMMITTEE", DEMO.bloc));
    expect(bloc.data?.document.relations).toHaveLength(3);
    expect(bloc.data?.document.relationsConnection.totalCount).toBe(3);

    const bothWays = await gql(
      `query ($id: ID!) { document(id: $id) {
        relations { kind }
        relationsConnection { totalCount edges { node { kind } } }
      } }`,
      { id: byCell.id },
      member,
    );
    expect(bothWays.data?.document.relations).toEqual([{ kind: "IMPLEMENTS" }, { kind: "REFERENCES" }]);
    expect(bothWays.data?.document.relationsConnection.totalCount).toBe(2);

    const deleted = await mutate(
      "deleteDocument",
      { documentId: byCommittee.id, expectedVersion: byCommittee.version },
      "deleted { __typename }",
    );
    expect(deleted.data?.deleteDocument.errors).toEqual([]);
    const afterDeletion = await gql(IMPLEMENTERS, { id: plan.id }, member);
    expect(afterDeletion.data?.document.relations).toEqual([{ from: { id: byCell.id } }]);
    expect(afterDeletion.data?.document.relationsConnection.totalCount).toBe(1);
  });
});
