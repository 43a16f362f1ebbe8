import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { committeeWithTwoCells } from "../announcements/tree";
import {
  addMembers,
  codes,
  createBranch,
  createDocument,
  gql,
  mutate,
  payloadCodes,
  rawId,
  tokenFor,
} from "../helpers";

const LATER = "2099-12-31";

async function openDraft(documentId: string, token: string, closesOn = LATER) {
  const result = await mutate(
    "openDraftForComments",
    { documentId, closesOn },
    "consultation { id version title body isOpen closesOn }",
    token,
  );
  return result.data?.openDraftForComments;
}

async function comment(consultationId: string, body: string, token: string, section?: string) {
  const result = await mutate(
    "commentOnDraft",
    { consultationId, body, section },
    "comment { id section body cell { id } }",
    token,
  );
  return result.data?.commentOnDraft;
}

/** A committee's draft of a resolution, opened to its two cells. */
async function consultedTree(label: string) {
  const tree = await committeeWithTwoCells(label);
  const draft = await createDocument(
    {
      type: "RESOLUTION",
      draft: true,
      title: "Dự thảo Nghị quyết Đại hội",
      body: "I. Đánh giá. II. Phương hướng. II.3. Chỉ tiêu kết nạp đảng viên.",
      issuerId: tree.committee.id,
    },
    tree.committeeToken,
  );
  const opened = await openDraft(draft.id, tree.committeeToken);
  expect(opened?.errors).toEqual([]);
  return { ...tree, draft, consultation: opened.consultation };
}

const COUNTS = `query ($id: ID!) { node(id: $id) { ... on DraftConsultation {
  comments(first: 10) { totalCount edges { node { section body author { id } } } }
  tally { comments commenters children { edges { node { organization { id } comments commenters
    cellComments { totalCount } } } } }
} } }`;

// Many requests each, and the full suite runs files side by side: a slow machine needs more than the default 5 s.
describe("comments on drafts", { timeout: 20_000 }, () => {
  it("reach the committee's subtree, which comments; the committee reads all with counts per cell", async () => {
    const tree = await consultedTree("Góp ý");
    expect(tree.consultation).toMatchObject({ version: tree.draft.version, isOpen: true, closesOn: LATER });
    const [a1, a2] = [tree.first[1] as string, tree.first[2] as string];
    const b1 = tree.others[0] as string;
    const tokenA1 = await tree.memberToken(a1, tree.cell.id);
    const tokenA2 = await tree.memberToken(a2, tree.cell.id);
    const tokenB1 = await tree.memberToken(b1, tree.second.id);

    // A member finds it among the drafts open to them, with its text (the draft itself stays the committee's).
    const open = await gql("{ draftConsultations { id title body document { id } } }", {}, tokenB1);
    expect(open.data?.draftConsultations).toContainEqual({
      id: tree.consultation.id,
      title: "Dự thảo Nghị quyết Đại hội",
      body: expect.stringContaining("II.3"),
      document: null,
    });

    const onSection = await comment(tree.consultation.id, "Đề nghị nâng chỉ tiêu lên 5%.", tokenA1, " II.3 ");
    expect(onSection?.errors).toEqual([]);
    expect(onSection.comment).toMatchObject({ section: "II.3", cell: { id: tree.cell.id } });
    expect((await comment(tree.consultation.id, "Nhất trí toàn văn.", tokenA1))?.errors).toEqual([]);
    expect((await comment(tree.consultation.id, "Bổ sung phần đánh giá.", tokenB1, "I"))?.errors).toEqual([]);

    // Each sees their own comments only; the committee's lists are not theirs.
    const own = await gql(
      `query ($id: ID!) { node(id: $id) { ... on DraftConsultation {
        myComments { totalCount edges { node { body } } } tally { comments } } } }`,
      { id: tree.consultation.id },
      tokenA2,
    );
    expect(own.data?.node).toEqual({ myComments: { totalCount: 0, edges: [] }, tally: null });
    const mine = await gql(
      `query ($id: ID!) { node(id: $id) { ... on DraftConsultation { myComments { totalCount } } } }`,
      { id: tree.consultation.id },
      tokenA1,
    );
    expect(mine.data?.node.myComments.totalCount).toBe(2);
    const refused = await gql(COUNTS, { id: tree.consultation.id }, tokenA1);
    expect(codes(refused)).toContain("FORBIDDEN");

    const counts = await gql(COUNTS, { id: tree.consultation.id }, tree.committeeToken);
    expect(counts.errors).toBeUndefined();
    const node = counts.data?.node;
    expect(node.comments.totalCount).toBe(3);
    expect(node.comments.edges.map((edge: any) => edge.node.section)).toEqual(["II.3", null, "I"]);
    expect(node.tally).toMatchObject({ comments: 3, commenters: 2 });
    expect(node.tally.children.edges).toEqual(
      expect.arrayContaining([
        {
          node: {
            organization: { id: tree.cell.id },
            comments: 2,
            commenters: 1,
            cellComments: { totalCount: 2 },
          },
        },
        {
          node: {
            organization: { id: tree.second.id },
            comments: 1,
            commenters: 1,
            cellComments: { totalCount: 1 },
          },
        },
      ]),
    );
  });

  it("are kept with the version opened: a later version leaves its text and comments as they were", async () => {
    const tree = await consultedTree("Góp ý phiên bản");
    const token = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    expect((await comment(tree.consultation.id, "Góp ý phiên bản 1.", token))?.errors).toEqual([]);
    const updated = await mutate(
      "updateDocument",
      { documentId: tree.draft.id, expectedVersion: tree.draft.version, body: "Bản sửa sau góp ý." },
      "document { version }",
      tree.committeeToken,
    );
    expect(updated.data?.updateDocument.errors).toEqual([]);
    const read = await gql(
      `query ($id: ID!) { node(id: $id) { ... on DraftConsultation { version body comments { totalCount } } } }`,
      { id: tree.consultation.id },
      tree.committeeToken,
    );
    expect(read.data?.node).toEqual({
      version: tree.draft.version,
      body: expect.stringContaining("II.3"),
      comments: { totalCount: 1 },
    });
    // The new version may be opened in its turn; the same one may not be opened twice.
    expect(payloadCodes(await openDraft(tree.draft.id, tree.committeeToken))).toEqual([]);
    expect(payloadCodes(await openDraft(tree.draft.id, tree.committeeToken))).toEqual(["ALREADY_OPEN"]);
  });

  it("refuse a comment after the closing day, from outside the subtree, or empty — writing nothing", async () => {
    const tree = await consultedTree("Góp ý hết hạn");
    const member = await tree.memberToken(tree.others[1] as string, tree.second.id);
    expect(payloadCodes(await comment(tree.consultation.id, "   ", member))).toEqual(["BODY_REQUIRED"]);

    const elsewhere = await createBranch("Góp ý nơi khác");
    const [outsiderPerson] = await addMembers(elsewhere.cell.id, 1, "Góp ý nơi khác");
    const stranger = await tokenFor("MEMBER", rawId(elsewhere.cell.id), {
      personId: rawId(outsiderPerson as string),
    });
    expect(payloadCodes(await comment(tree.consultation.id, "Góp ý.", stranger))).toEqual(["NOT_FOUND"]);

    await env.DB.prepare("UPDATE draft_consultations SET closes_on = '2026-01-31' WHERE id = ?")
      .bind(rawId(tree.consultation.id))
      .run();
    expect(payloadCodes(await comment(tree.consultation.id, "Góp ý muộn.", member))).toEqual([
      "CONSULTATION_CLOSED",
    ]);
    const after = await gql(
      `query ($id: ID!) { node(id: $id) { ... on DraftConsultation { isOpen comments { totalCount } } } }`,
      { id: tree.consultation.id },
      tree.committeeToken,
    );
    expect(after.data?.node).toEqual({ isOpen: false, comments: { totalCount: 0 } });
    const stillOpen = await gql("{ draftConsultations { id } }", {}, member);
    expect(stillOpen.data?.draftConsultations).not.toContainEqual({ id: tree.consultation.id });
  });

  it("refuse to open an issued document, a day gone, or another organization's draft", async () => {
    const tree = await committeeWithTwoCells("Góp ý từ chối");
    const issued = await createDocument(
      { type: "PLAN", title: "Kế hoạch đã ban hành", issuerId: tree.committee.id, issuedOn: "2026-01-05" },
      tree.committeeToken,
    );
    expect(payloadCodes(await openDraft(issued.id, tree.committeeToken))).toEqual(["NOT_A_DRAFT"]);
    const draft = await createDocument(
      { type: "PLAN", draft: true, title: "Dự thảo kế hoạch", issuerId: tree.committee.id },
      tree.committeeToken,
    );
    expect(payloadCodes(await openDraft(draft.id, tree.committeeToken, "2026-01-01"))).toEqual([
      "DEADLINE_PASSED",
    ]);
    const other = await createBranch("Góp ý cấp khác");
    const outsider = await tokenFor("COMMITTEE", rawId(other.committee.id));
    expect(payloadCodes(await openDraft(draft.id, outsider))).toEqual(["NOT_FOUND"]);
    const listed = await gql(
      `query ($id: ID!) { cell(id: $id) { draftConsultations { totalCount } } }`,
      { id: tree.committee.id },
      tree.committeeToken,
    );
    expect(listed.data?.cell.draftConsultations.totalCount).toBe(0);
  });
});
