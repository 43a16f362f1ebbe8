import { exports } from "cloudflare:workers";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cellWithMembers, mutate, rawId, scheduleMeeting, tokenFor } from "../helpers";

async function feedFor(cellId: string, token: string) {
  const created = await mutate("createCalendarFeed", { cellId }, "feed { id url revoked }", token);
  expect(created.data?.createCalendarFeed.errors).toEqual([]);
  return created.data?.createCalendarFeed.feed as { id: string; url: string };
}

async function get(path: string) {
  return exports.default.fetch(new Request(`http://chibo.test${path}`));
}

describe("calendar feeds", () => {
  it("serves a cell's meetings as iCalendar that a parser reads back", async () => {
    const { cell } = await cellWithMembers("Lịch", 1);
    await scheduleMeeting({
      cellId: cell.id,
      kind: "REGULAR",
      title: "Sinh hoạt định kỳ; tháng 12, năm 2026 — chi bộ",
      scheduledStart: "2026-12-05T14:00:00+07:00",
      scheduledEnd: "2026-12-05T16:00:00+07:00",
      location: "Phòng họp tầng 2, Trung tâm Hành chính công",
    });
    const member = await tokenFor("MEMBER", rawId(cell.id));
    const feed = await feedFor(cell.id, member);
    const response = await get(feed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(1);
    const [event] = events as [ICAL.Event];
    expect(event.summary).toBe("Sinh hoạt định kỳ; tháng 12, năm 2026 — chi bộ");
    expect(event.location).toBe("Phòng họp tầng 2, Trung tâm Hành chính công");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-05T07:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-05T09:00:00.000Z");
  });

  it("stops serving a revoked feed, and never serves another cell or a wrong token", async () => {
    const { cell } = await cellWithMembers("Thu hồi", 1);
    const other = await cellWithMembers("Lịch khác", 1);
    const member = await tokenFor("MEMBER", rawId(cell.id));
    const feed = await feedFor(cell.id, member);
    const token = new URL(`http://x${feed.url}`).searchParams.get("token");
    expect(
      (await get(`/cells/${encodeURIComponent(rawId(other.cell.id))}/meetings.ics?token=${token}`)).status,
    ).toBe(404);
    expect((await get(`/cells/${encodeURIComponent(rawId(cell.id))}/meetings.ics?token=wrong`)).status).toBe(
      404,
    );
    expect((await get(`/cells/${encodeURIComponent(rawId(cell.id))}/meetings.ics`)).status).toBe(404);
    const revoked = await mutate(
      "revokeCalendarFeed",
      { feedId: feed.id },
      "feed { revoked }",
      await tokenFor("SECRETARY", rawId(cell.id)),
    );
    expect(revoked.data?.revokeCalendarFeed.feed.revoked).toBe(true);
    expect((await get(feed.url)).status).toBe(404);
  });

  it("refuses a feed of a cell the viewer may not read", async () => {
    const { cell } = await cellWithMembers("Lịch riêng", 1);
    const other = await cellWithMembers("Người lạ", 1);
    const result = await mutate(
      "createCalendarFeed",
      { cellId: cell.id },
      "feed { url }",
      await tokenFor("MEMBER", rawId(other.cell.id)),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
