import { describe, expect, it } from "vitest";
import { codes, createBranch, createDocument, gql, mutate, payloadCodes, rawId, tokenFor } from "../helpers";
import { committeeWithTwoCells } from "./tree";

const LATER = "2099-12-31";

const ANNOUNCEMENT = "announcement { id title audience audienceLabel acknowledgeBy }";

async function publish(input: Record<string, unknown>, token: string) {
  const result = await mutate("publishAnnouncement", input, ANNOUNCEMENT, token);
  return result.data?.publishAnnouncement;
}

const TALLY = `query ($id: ID!) { node(id: $id) { ... on Announcement {
  tally { delivered read unread acknowledged
    children { totalCount edges { node { organization { id } delivered read acknowledged } } } }
} } }`;

const INBOX = `{ inbox { unreadCount announcements(first: 10) { totalCount edges { node {
  readAt acknowledgedAt acknowledgedLate announcement { id title sender { id } }
} } } } }`;

describe("announcements", () => {
  it("reach every member of the sender's subtree, who read and acknowledge them; the sender counts per cell", async () => {
    const tree = await committeeWithTwoCells("Thông báo");
    const published = await publish(
      {
        senderId: tree.committee.id,
        audience: "MEMBERS",
        title: "  Lịch sinh hoạt chuyên đề quý IV ",
        body: "Các chi bộ sinh hoạt chuyên đề trước ngày 20/12.",
        acknowledgeBy: LATER,
      },
      tree.committeeToken,
    );
    expect(published?.errors).toEqual([]);
    const announcement = published.announcement;
    expect(announcement).toMatchObject({
      title: "Lịch sinh hoạt chuyên đề quý IV",
      audience: "MEMBERS",
      audienceLabel: "Toàn thể đảng viên",
      acknowledgeBy: LATER,
    });

    const tallyOf = async () =>
      (await gql(TALLY, { id: announcement.id }, tree.committeeToken)).data?.node.tally;
    expect(await tallyOf()).toEqual({
      delivered: 5,
      read: 0,
      unread: 5,
      acknowledged: 0,
      children: {
        totalCount: 2,
        edges: expect.arrayContaining([
          { node: { organization: { id: tree.cell.id }, delivered: 3, read: 0, acknowledged: 0 } },
          { node: { organization: { id: tree.second.id }, delivered: 2, read: 0, acknowledged: 0 } },
        ]),
      },
    });

    const reader = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const before = (await gql(INBOX, {}, reader)).data?.inbox;
    expect(before.unreadCount).toBe(1);
    expect(before.announcements.totalCount).toBe(1);
    expect(before.announcements.edges[0].node).toMatchObject({
      readAt: null,
      announcement: { id: announcement.id, sender: { id: tree.committee.id } },
    });
    // A recipient sees the announcement, not the sender's counts.
    expect((await gql(TALLY, { id: announcement.id }, reader)).data?.node).toEqual({ tally: null });

    const read = await mutate(
      "markAnnouncementRead",
      { announcementId: announcement.id },
      "receipt { readAt acknowledgedAt }",
      reader,
    );
    const readAt = read.data?.markAnnouncementRead.receipt.readAt;
    expect(readAt).toEqual(expect.any(String));
    const again = await mutate(
      "markAnnouncementRead",
      { announcementId: announcement.id },
      "receipt { readAt }",
      reader,
    );
    expect(again.data?.markAnnouncementRead.receipt.readAt).toBe(readAt);
    const acknowledge = () =>
      mutate(
        "acknowledgeAnnouncement",
        { announcementId: announcement.id },
        "receipt { readAt acknowledgedAt acknowledgedLate }",
        reader,
      );
    const acknowledged = (await acknowledge()).data?.acknowledgeAnnouncement;
    expect(acknowledged.errors).toEqual([]);
    expect(acknowledged.receipt).toMatchObject({ readAt, acknowledgedLate: false });
    expect(acknowledged.receipt.acknowledgedAt).toEqual(expect.any(String));
    expect(payloadCodes((await acknowledge()).data?.acknowledgeAnnouncement)).toEqual([
      "ALREADY_ACKNOWLEDGED",
    ]);

    const after = (await gql(INBOX, {}, reader)).data?.inbox;
    expect(after.unreadCount).toBe(0);
    expect(await tallyOf()).toMatchObject({ delivered: 5, read: 1, unread: 4, acknowledged: 1 });

    // The first cell's secretary follows the committee's notice in the cell: who has not read it yet.
    const secretary = await tokenFor("SECRETARY", rawId(tree.cell.id));
    const cellView = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Cell { announcementTallies(first: 5) { edges { node {
        announcement { id title tally { delivered } } delivered read
        receipts(unreadOnly: true) { totalCount edges { node { person { id fullName } readAt } } }
      } } } } } }`,
      { id: tree.cell.id },
      secretary,
    );
    expect(cellView.errors).toBeUndefined();
    const seen = cellView.data?.node.announcementTallies.edges[0].node;
    expect(seen).toMatchObject({
      announcement: { id: announcement.id, tally: null },
      delivered: 3,
      read: 1,
      receipts: { totalCount: 2 },
    });
    expect(
      seen.receipts.edges.map((edge: { node: { person: { id: string } } }) => edge.node.person.id).sort(),
    ).toEqual([tree.first[0], tree.first[2]].sort());
  });

  it("are not another cell's to read: a member elsewhere neither sees nor reads one", async () => {
    const tree = await committeeWithTwoCells("Thông báo riêng");
    const elsewhere = await committeeWithTwoCells("Thông báo nơi khác");
    const { announcement } = await publish(
      { senderId: tree.cell.id, audience: "MEMBERS", title: "Họp chi bộ", body: "Thứ Sáu, 14 giờ." },
      await tokenFor("SECRETARY", rawId(tree.cell.id)),
    );
    const outsider = await elsewhere.memberToken(elsewhere.first[1] as string, elsewhere.cell.id);
    const seen = await gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: announcement.id }, outsider);
    expect(seen.data?.node).toBeNull();
    const read = await mutate(
      "markAnnouncementRead",
      { announcementId: announcement.id },
      "receipt { readAt }",
      outsider,
    );
    expect(payloadCodes(read.data?.markAnnouncementRead)).toEqual(["NOT_FOUND"]);
    // Nor a member of the sibling cell: the cell wrote to its own members only.
    const sibling = await tree.memberToken(tree.others[0] as string, tree.second.id);
    expect((await gql(INBOX, {}, sibling)).data?.inbox.unreadCount).toBe(0);
    // Asking an acknowledgement nobody was asked for is refused.
    const member = await tree.memberToken(tree.first[2] as string, tree.cell.id);
    const acknowledged = await mutate(
      "acknowledgeAnnouncement",
      { announcementId: announcement.id },
      "receipt { readAt }",
      member,
    );
    expect(payloadCodes(acknowledged.data?.acknowledgeAnnouncement)).toEqual(["ACKNOWLEDGEMENT_NOT_ASKED"]);
  });

  it("to officers reach the officers only; an inbox lists the unread first, newest first", async () => {
    const tree = await committeeWithTwoCells("Thông báo cấp ủy");
    const first = await publish(
      { senderId: tree.committee.id, audience: "OFFICERS", title: "Một", body: "Cho cấp ủy." },
      tree.committeeToken,
    );
    expect(
      (await gql(TALLY, { id: first.announcement.id }, tree.committeeToken)).data?.node.tally,
    ).toMatchObject({
      delivered: 1,
    });
    const _second = await publish(
      { senderId: tree.committee.id, audience: "MEMBERS", title: "Hai", body: "Cho đảng viên." },
      tree.committeeToken,
    );
    const third = await publish(
      { senderId: tree.cell.id, audience: "MEMBERS", title: "Ba", body: "Cho chi bộ." },
      tree.committeeToken,
    );
    const officer = await tree.memberToken(tree.first[0] as string, tree.cell.id);
    await mutate(
      "markAnnouncementRead",
      { announcementId: third.announcement.id },
      "receipt { readAt }",
      officer,
    );
    const inbox = (await gql(INBOX, {}, officer)).data?.inbox;
    expect(inbox.unreadCount).toBe(2);
    expect(
      inbox.announcements.edges.map(
        (edge: { node: { announcement: { title: string } } }) => edge.node.announcement.title,
      ),
    ).toEqual(["Hai", "Một", "Ba"]);
    const member = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    expect((await gql(INBOX, {}, member)).data?.inbox.announcements.totalCount).toBe(2);
  });

  it("refuses an announcement without a title, with a deadline gone, with a draft, or from a cell below", async () => {
    const tree = await committeeWithTwoCells("Thông báo sai");
    const draft = await createDocument({
      type: "PLAN",
      title: `Dự thảo ${tree.unique}`,
      issuerId: tree.committee.id,
      draft: true,
    });
    const ofCell = await createDocument({
      type: "PLAN",
      title: `Kế hoạch ${tree.unique}`,
      issuerId: tree.cell.id,
      issuedOn: "2026-01-05",
    });
    const base = { senderId: tree.committee.id, audience: "MEMBERS", title: "Tiêu đề", body: "Nội dung" };
    expect(payloadCodes(await publish({ ...base, title: "   " }, tree.committeeToken))).toEqual([
      "TITLE_REQUIRED",
    ]);
    expect(
      payloadCodes(await publish({ ...base, acknowledgeBy: "2020-01-01" }, tree.committeeToken)),
    ).toEqual(["DEADLINE_PASSED"]);
    expect(payloadCodes(await publish({ ...base, documentIds: [draft.id] }, tree.committeeToken))).toEqual([
      "DOCUMENT_NOT_FOR_AUDIENCE",
    ]);
    expect(payloadCodes(await publish({ ...base, documentIds: [ofCell.id] }, tree.committeeToken))).toEqual([
      "DOCUMENT_NOT_FOR_AUDIENCE",
    ]);
    const bySecretary = await mutate(
      "publishAnnouncement",
      base,
      "announcement { id }",
      await tokenFor("SECRETARY", rawId(tree.cell.id)),
    );
    expect(codes(bySecretary)).toEqual(["FORBIDDEN"]);
    const issued = await createDocument({
      type: "PLAN",
      title: `Kế hoạch cấp ủy ${tree.unique}`,
      issuerId: tree.committee.id,
      issuedOn: "2026-01-05",
    });
    const withDocument = await mutate(
      "publishAnnouncement",
      { ...base, documentIds: [issued.id] },
      "announcement { id documents { id } }",
      tree.committeeToken,
    );
    expect(withDocument.data?.publishAnnouncement.announcement.documents).toEqual([{ id: issued.id }]);
    const nothingWritten = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Cell { announcementsSent { totalCount } } } }`,
      { id: tree.committee.id },
      tree.committeeToken,
    );
    expect(nothingWritten.data?.node.announcementsSent.totalCount).toBe(1);
  });

  it("keep their counts with a cell that moves to another committee", async () => {
    const tree = await committeeWithTwoCells("Thông báo di chuyển");
    const { announcement } = await publish(
      { senderId: tree.committee.id, audience: "MEMBERS", title: "Trước khi chuyển", body: "…" },
      tree.committeeToken,
    );
    const reader = await tree.memberToken(tree.others[0] as string, tree.second.id);
    await mutate("markAnnouncementRead", { announcementId: announcement.id }, "receipt { readAt }", reader);
    const target = await createBranch("Nơi nhận");
    const cell = await gql(`query ($id: ID!) { node(id: $id) { ... on Cell { version } } }`, {
      id: tree.second.id,
    });
    const moved = await mutate(
      "moveCell",
      { cellId: tree.second.id, newParentId: target.committee.id, expectedVersion: cell.data?.node.version },
      "cell { id }",
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    expect((await gql(TALLY, { id: announcement.id }, tree.committeeToken)).data?.node.tally).toMatchObject({
      delivered: 3,
      read: 0,
      children: { totalCount: 1 },
    });
    const there = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Cell { announcementTallies { edges { node { delivered read } } } } } }`,
      { id: target.committee.id },
      await tokenFor("COMMITTEE", rawId(target.committee.id)),
    );
    expect(there.data?.node.announcementTallies.edges).toEqual([{ node: { delivered: 2, read: 1 } }]);
  });
});
