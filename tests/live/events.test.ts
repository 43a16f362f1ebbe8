import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { committeeWithTwoCells, publishNotice } from "../announcements/tree";
import {
  addMembers,
  createBranch,
  createDocument,
  mutate,
  rawId,
  scheduleMeeting,
  tokenFor,
} from "../helpers";
import { subscribe } from "./sse";

const EVENTS = `subscription ($after: String) { events(after: $after) {
  eventId kind kindLabel missedEarlier
  receipt { announcement { title } }
  meeting { title status }
  comment { body }
} }`;

// Subscriptions wait on each other's events: under the full suite's load a test needs more than the default 5 s.
describe("live events over SSE", { timeout: 20_000 }, () => {
  it("reach each subscriber that may see them, in order, with IDs; none reach another subtree", async () => {
    const tree = await committeeWithTwoCells("Trực tiếp");
    const elsewhere = await createBranch("Trực tiếp nơi khác");
    const [stranger] = await addMembers(elsewhere.cell.id, 1, "Trực tiếp nơi khác");
    const member = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const outsider = await tokenFor("MEMBER", rawId(elsewhere.cell.id), {
      personId: rawId(stranger as string),
    });

    const sibling = await tree.memberToken(tree.others[0] as string, tree.second.id);
    const mine = await subscribe(EVENTS, member);
    const theirs = await subscribe(EVENTS, outsider);
    const nextDoor = await subscribe(EVENTS, sibling);
    expect(mine.status).toBe(200);

    await publishNotice(tree.committee.id, "Thông báo của đảng ủy", tree.committeeToken);
    await publishNotice(
      elsewhere.cell.id,
      "Thông báo nơi khác",
      await tokenFor("SECRETARY", rawId(elsewhere.cell.id)),
    );

    const first = await mine.next();
    expect(first.id).toMatch(/^[\w-]{22}$/);
    expect(first.data?.data.events).toMatchObject({
      eventId: first.id,
      kind: "ANNOUNCEMENT",
      kindLabel: "Thông báo mới",
      missedEarlier: false,
      receipt: { announcement: { title: "Thông báo của đảng ủy" } },
    });
    // The other subtree's member receives its own cell's announcement, and not the committee's before it.
    const other = await theirs.next();
    expect(other.data?.data.events.receipt.announcement.title).toBe("Thông báo nơi khác");

    // Each cell writes to its members: a member of the cell next door receives the committee's, then its own cell's.
    await publishNotice(tree.cell.id, "Họp chi bộ một", await tokenFor("SECRETARY", rawId(tree.cell.id)));
    await publishNotice(tree.second.id, "Họp chi bộ hai", await tokenFor("SECRETARY", rawId(tree.second.id)));
    const titlesOf = async (subscription: typeof mine, count: number) => {
      const titles: string[] = [];
      for (let index = 0; index < count; index += 1) {
        titles.push((await subscription.next()).data?.data.events.receipt.announcement.title);
      }
      return titles;
    };
    expect(await titlesOf(mine, 1)).toEqual(["Họp chi bộ một"]);
    expect(await titlesOf(nextDoor, 2)).toEqual(["Thông báo của đảng ủy", "Họp chi bộ hai"]);
    await Promise.all([mine.close(), theirs.close(), nextDoor.close()]);
  });

  it("resume after the last event received, across a reconnect: nothing lost, nothing twice", async () => {
    const tree = await committeeWithTwoCells("Kết nối lại");
    const member = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const first = await subscribe(EVENTS, member);
    await publishNotice(tree.committee.id, "Trước khi mất kết nối", tree.committeeToken);
    const received = await first.next();
    expect(received.data?.data.events.receipt.announcement.title).toBe("Trước khi mất kết nối");
    await first.close();

    // While the member is away: the cell schedules a meeting, the committee writes again.
    const meeting = await scheduleMeeting({
      cellId: tree.cell.id,
      kind: "REGULAR",
      title: "Sinh hoạt khi vắng",
      scheduledStart: "2099-03-05T14:00:00+07:00",
      scheduledEnd: "2099-03-05T16:00:00+07:00",
    });
    await publishNotice(tree.committee.id, "Khi mất kết nối", tree.committeeToken);

    const again = await subscribe(EVENTS, member, { lastEventId: received.id as string });
    const missed = [await again.next(), await again.next()];
    expect(missed.map((message) => message.data?.data.events.kind)).toEqual(["MEETING", "ANNOUNCEMENT"]);
    expect(missed[0]?.data?.data.events).toMatchObject({
      meeting: { title: "Sinh hoạt khi vắng", status: "SCHEDULED" },
      missedEarlier: false,
    });
    expect(missed[1]?.data?.data.events.receipt.announcement.title).toBe("Khi mất kết nối");
    await publishNotice(tree.committee.id, "Sau khi kết nối lại", tree.committeeToken);
    const live = await again.next();
    expect(live.data?.data.events.receipt.announcement.title).toBe("Sau khi kết nối lại");
    expect(new Set([received, ...missed, live].map((message) => message.id)).size).toBe(4);
    await again.close();

    // Resumed from before what is still kept (the meeting's event and all before it gone): told some may be missing.
    await env.DB.prepare(
      "DELETE FROM live_events WHERE seq <= (SELECT seq FROM live_events WHERE kind = 'MEETING' AND subject_id = ?)",
    )
      .bind(rawId(meeting.id))
      .run();
    const late = await subscribe(EVENTS, member, { variables: { after: received.id } });
    expect((await late.next()).data?.data.events).toMatchObject({
      receipt: { announcement: { title: "Khi mất kết nối" } },
      missedEarlier: true,
    });
    expect((await late.next()).data?.data.events.missedEarlier).toBe(false);
    await late.close();
  });

  it("tell a member of their own rating's stages, and check-ins during their meeting; not another's rating", async () => {
    const tree = await committeeWithTwoCells("Xếp loại trực tiếp");
    const [a, b] = [tree.first[1] as string, tree.first[2] as string];
    const tokenA = await tree.memberToken(a, tree.cell.id);
    const tokenB = await tree.memberToken(b, tree.cell.id);
    const query = `subscription { events(kinds: [RATING, CHECK_IN]) {
      kind rating { person { id } stages { stage } } meeting { title }
    } }`;
    const ofA = await subscribe(query, tokenA);
    const ofB = await subscribe(query, tokenB);

    expect(
      (await mutate("assessSelf", { year: 2024, level: "GOOD" }, "cell { id }", tokenA)).data?.assessSelf
        .errors,
    ).toEqual([]);
    expect(
      (await mutate("assessSelf", { year: 2024, level: "EXCELLENT" }, "cell { id }", tokenB)).data?.assessSelf
        .errors,
    ).toEqual([]);
    expect((await ofA.next()).data?.data.events).toEqual({
      kind: "RATING",
      rating: { person: { id: a }, stages: [{ stage: "SELF" }] },
      meeting: null,
    });
    // B's first event is B's own rating: A's went by without reaching B.
    expect((await ofB.next()).data?.data.events.rating.person.id).toBe(b);

    const now = Date.now();
    const running = await scheduleMeeting({
      cellId: tree.cell.id,
      kind: "REGULAR",
      title: "Đang sinh hoạt",
      scheduledStart: new Date(now - 600_000).toISOString(),
      scheduledEnd: new Date(now + 3_600_000).toISOString(),
    });
    expect(
      (await mutate("checkIn", { meetingId: running.id }, "meeting { id }", tokenA)).data?.checkIn.errors,
    ).toEqual([]);
    for (const subscription of [ofA, ofB]) {
      expect((await subscription.next()).data?.data.events).toMatchObject({
        kind: "CHECK_IN",
        meeting: { title: "Đang sinh hoạt" },
      });
    }
    await ofA.close();
    await ofB.close();
  });

  it("tell a committee of comments on its draft, and not the members who comment", async () => {
    const tree = await committeeWithTwoCells("Góp ý trực tiếp");
    const member = await tree.memberToken(tree.others[0] as string, tree.second.id);
    const query = "subscription { events(kinds: [DRAFT_COMMENT, ANNOUNCEMENT]) { kind comment { body } } }";
    const ofCommittee = await subscribe(query, tree.committeeToken);
    const ofMember = await subscribe(query, member);
    const draft = await createDocument(
      { type: "PLAN", draft: true, title: "Dự thảo kế hoạch", issuerId: tree.committee.id },
      tree.committeeToken,
    );
    const opened = await mutate(
      "openDraftForComments",
      { documentId: draft.id, closesOn: "2099-12-31" },
      "consultation { id }",
      tree.committeeToken,
    );
    const consultationId = opened.data?.openDraftForComments.consultation.id;
    const commented = await mutate(
      "commentOnDraft",
      { consultationId, body: "Góp ý trực tiếp." },
      "comment { id }",
      member,
    );
    expect(commented.data?.commentOnDraft.errors).toEqual([]);
    expect((await ofCommittee.next()).data?.data.events).toEqual({
      kind: "DRAFT_COMMENT",
      comment: { body: "Góp ý trực tiếp." },
    });
    await publishNotice(tree.committee.id, "Sau góp ý", tree.committeeToken);
    // The member's first event is the announcement: the comment's event was the committee's.
    expect((await ofMember.next()).data?.data.events.kind).toBe("ANNOUNCEMENT");
    await ofCommittee.close();
    await ofMember.close();
  });

  it("refuse an anonymous subscriber, and an event ID that is not one", async () => {
    const tree = await committeeWithTwoCells("Mã sự kiện");
    const member = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const anonymous = await subscribe(EVENTS, null);
    expect((await anonymous.next()).data?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await anonymous.close();
    // A word, or a sequence number: IDs are opaque, and the server takes only those it made.
    for (const after of ["abc", "42"]) {
      const refused = await subscribe(EVENTS, member, { variables: { after } });
      const message = await refused.next();
      expect(message.data?.errors?.[0]?.extensions?.code).toBe("INVALID_EVENT_ID");
      await refused.close();
    }
  });
});
