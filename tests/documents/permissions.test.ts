import { describe, expect, it } from "vitest";
import { createBranch, createDocument, DEMO, globalId, gql, rawId, tokenFor } from "../helpers";

const BY_ID = `query ($id: ID!) { document(id: $id) { title } }`;

describe("who reads which document", () => {
  it("shows nothing to anonymous readers and central documents to anyone signed in", async () => {
    const anonymous = await gql(BY_ID, { id: globalId("Document", DEMO.directive10) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const elsewhere = await createBranch("Nơi khác");
    const member = await tokenFor("MEMBER", rawId(elsewhere.cell.id));
    const central = await gql(BY_ID, { id: globalId("Document", DEMO.directive10) }, member);
    expect(central.data?.document.title).toBe("Về nâng cao chất lượng sinh hoạt chi bộ");
  });

  it("shows a committee's documents to the members of its cells, but not to other branches", async () => {
    const pacMember = await tokenFor("MEMBER", DEMO.cell);
    const fromBloc = await gql(BY_ID, { id: globalId("Document", DEMO.resolution02) }, pacMember);
    expect(fromBloc.data?.document.title).toContain("nâng cao vai trò");

    const branch = await createBranch("Văn bản riêng");
    const own = await createDocument({
      type: "PLAN",
      title: "Kế hoạch riêng của chi bộ",
      issuerId: branch.cell.id,
      issuedOn: "2024-04-04",
    });
    const cellMember = await gql(BY_ID, { id: own.id }, await tokenFor("MEMBER", rawId(branch.cell.id)));
    expect(cellMember.data?.document.title).toBe("Kế hoạch riêng của chi bộ");
    const committeeAbove = await gql(
      BY_ID,
      { id: own.id },
      await tokenFor("COMMITTEE", rawId(branch.committee.id)),
    );
    expect(committeeAbove.data?.document.title).toBe("Kế hoạch riêng của chi bộ");
    const outsider = await gql(BY_ID, { id: own.id }, pacMember);
    // Out of reach: answered as an ID of nothing.
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data?.document).toBeNull();
    const listed = await gql(
      `{ documents(filter: { search: "ke hoach rieng cua chi bo" }) { totalCount } }`,
      {},
      pacMember,
    );
    expect(listed.data?.documents.totalCount).toBe(0);
  });
});
