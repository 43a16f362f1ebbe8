import { describe, expect, it } from "vitest";
import { adminToken, createBranch, createDocument, gql, mutate } from "../helpers";

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
});
