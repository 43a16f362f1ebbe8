import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createBranch, gql, mutate, rawId, send, tokenFor, tokenOfPrincipal } from "../helpers";

async function feedOf(cellId: string, token: string) {
  const created = await mutate("createCalendarFeed", { cellId }, "feed { id url expiresAt }", token);
  expect(created.data?.createCalendarFeed.errors).toEqual([]);
  return created.data?.createCalendarFeed.feed as { id: string; url: string; expiresAt: string };
}

const status = async (path: string) =>
  (await exports.default.fetch(new Request(`http://chibo.test${path}`))).status;

async function memberOfTable(label: string) {
  const branch = await createBranch(label);
  const principal = `feed-${branch.unique.split(" ").at(-1)}@chibo.test`;
  const granted = await mutate(
    "grantRole",
    { principal, role: "MEMBER", cellId: branch.cell.id },
    "grant { id }",
  );
  return {
    ...branch,
    principal,
    grantId: granted.data?.grantRole.grant.id as string,
    token: await tokenOfPrincipal(principal),
  };
}

describe("calendar feeds live as long as the right they were made under", () => {
  it("stops when the owner's grant is revoked", async () => {
    const { cell, token, grantId } = await memberOfTable("Lịch thu hồi quyền");
    const feed = await feedOf(cell.id, token);
    expect(await status(feed.url)).toBe(200);
    await mutate("revokeGrant", { id: grantId }, "grant { id }");
    expect(await status(feed.url)).toBe(404);
  });

  it("stops when the owner's grant moved to another branch", async () => {
    const { cell, token, grantId, principal } = await memberOfTable("Lịch chuyển");
    const feed = await feedOf(cell.id, token);
    const elsewhere = await createBranch("Nơi chuyển đến");
    await mutate("revokeGrant", { id: grantId }, "grant { id }");
    await mutate("grantRole", { principal, role: "MEMBER", cellId: elsewhere.cell.id }, "grant { id }");
    expect(await status(feed.url)).toBe(404);
  });

  it("expires after CALENDAR_FEED_LIFETIME_DAYS (a year by default)", async () => {
    const { cell, token } = await memberOfTable("Lịch hết hạn");
    const feed = await feedOf(cell.id, token);
    const days = (Date.parse(feed.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    await env.DB.prepare("UPDATE calendar_feeds SET expires_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), rawId(feed.id))
      .run();
    expect(await status(feed.url)).toBe(404);
    const shorter = await send(
      {
        token,
        body: {
          query: `mutation ($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { feed { expiresAt } } }`,
          variables: { input: { cellId: cell.id } },
        },
      },
      { CALENDAR_FEED_LIFETIME_DAYS: "30" },
    );
    const shortDays =
      (Date.parse(shorter.body.data?.createCalendarFeed.feed.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(shortDays)).toBe(30);
  });

  it("rotates: a new address, and the old one stops at once", async () => {
    const { cell, token } = await memberOfTable("Lịch đổi địa chỉ");
    const feed = await feedOf(cell.id, token);
    const rotated = await mutate("rotateCalendarFeed", { feedId: feed.id }, "feed { id url }", token);
    expect(rotated.data?.rotateCalendarFeed.errors).toEqual([]);
    expect(rotated.data?.rotateCalendarFeed.feed.id).toBe(feed.id);
    expect(await status(feed.url)).toBe(404);
    expect(await status(rotated.data?.rotateCalendarFeed.feed.url)).toBe(200);
  });

  it("lists the owner's feeds, and answers anyone else's feed as one that does not exist", async () => {
    const owner = await memberOfTable("Lịch của tôi");
    const feed = await feedOf(owner.cell.id, owner.token);
    const listed = await gql("{ calendarFeeds { id revoked expiresAt cell { id } } }", {}, owner.token);
    expect(listed.data?.calendarFeeds).toEqual([
      { id: feed.id, revoked: false, expiresAt: feed.expiresAt, cell: { id: owner.cell.id } },
    ]);
    const stranger = await memberOfTable("Người khác");
    expect((await gql("{ calendarFeeds { id } }", {}, stranger.token)).data?.calendarFeeds).toEqual([]);
    const unknownId = btoa("CalendarFeed:no-such-feed");
    for (const name of ["rotateCalendarFeed", "revokeCalendarFeed"]) {
      const answers = [];
      for (const feedId of [feed.id, unknownId]) {
        const answer = await mutate(name, { feedId }, "feed { id }", stranger.token);
        answers.push({ data: answer.data, errors: answer.errors });
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]?.data?.[name].errors.map((error: { code: string }) => error.code)).toEqual([
        "NOT_FOUND",
      ]);
    }
    // A fellow member may not rotate or revoke it either; the cell's secretary may revoke it.
    const fellow = await tokenFor("MEMBER", rawId(owner.cell.id), { personId: "fellow-member" });
    const byFellow = await mutate("revokeCalendarFeed", { feedId: feed.id }, "feed { id }", fellow);
    expect(byFellow.data?.revokeCalendarFeed.errors.map((error: { code: string }) => error.code)).toEqual([
      "NOT_FOUND",
    ]);
    expect(await status(feed.url)).toBe(200);
  });
});
