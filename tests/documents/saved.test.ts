import { describe, expect, it } from "vitest";
import {
  cellWithMembers,
  codes,
  createDocument,
  gql,
  mutate,
  payloadCodes,
  rawId,
  tokenFor,
} from "../helpers";

const SAVED = "{ savedDocuments { totalCount edges { node { id title savedAt } } } }";

describe("saved documents", () => {
  it("are a member's own list: saved once, the last saved first, taken off again", async () => {
    const branch = await cellWithMembers("Lưu văn bản", 1);
    const member = await tokenFor("MEMBER", rawId(branch.cell.id), {
      personId: rawId(branch.members[0] as string),
    });
    const plan = await createDocument({
      type: "PLAN",
      title: `Kế hoạch ${branch.unique}`,
      issuerId: branch.committee.id,
      issuedOn: "2026-01-05",
    });
    const report = await createDocument({
      type: "REPORT",
      title: `Báo cáo ${branch.unique}`,
      issuerId: branch.cell.id,
      issuedOn: "2026-02-05",
    });
    const save = (documentId: string) =>
      mutate("saveDocument", { documentId }, "document { id savedAt }", member);
    const first = (await save(plan.id)).data?.saveDocument.document.savedAt;
    expect(first).toEqual(expect.any(String));
    expect((await save(plan.id)).data?.saveDocument.document.savedAt).toBe(first);
    await save(report.id);
    const listed = (await gql(SAVED, {}, member)).data?.savedDocuments;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([report.id, plan.id]);

    const unsaved = await mutate("unsaveDocument", { documentId: plan.id }, "document { savedAt }", member);
    expect(unsaved.data?.unsaveDocument.document.savedAt).toBeNull();
    expect((await gql(SAVED, {}, member)).data?.savedDocuments.totalCount).toBe(1);
    // Another member's list is theirs.
    const secretary = await tokenFor("SECRETARY", rawId(branch.cell.id));
    expect((await gql(SAVED, {}, secretary)).data?.savedDocuments.totalCount).toBe(0);
  });

  it("refuses a document out of the viewer's reach, a token that names no member, and anonymous callers", async () => {
    const mine = await cellWithMembers("Lưu của tôi", 1);
    const other = await cellWithMembers("Lưu nơi khác", 1);
    const member = await tokenFor("MEMBER", rawId(mine.cell.id), {
      personId: rawId(mine.members[0] as string),
    });
    const elsewhere = await createDocument({
      type: "PLAN",
      title: `Kế hoạch ${other.unique}`,
      issuerId: other.cell.id,
      issuedOn: "2026-01-05",
    });
    const refused = await mutate("saveDocument", { documentId: elsewhere.id }, "document { id }", member);
    expect(payloadCodes(refused.data?.saveDocument)).toEqual(["NOT_FOUND"]);
    const noPerson = await mutate(
      "saveDocument",
      { documentId: elsewhere.id },
      "document { id }",
      await tokenFor("SECRETARY", rawId(other.cell.id)),
    );
    expect(payloadCodes(noPerson.data?.saveDocument)).toEqual(["NO_PERSON"]);
    const anonymous = await gql(SAVED);
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });
});
