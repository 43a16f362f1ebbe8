/**
 * Live events leave after the retention window, all but the newest: event sequence numbers are the largest kept plus
 * one (migration 0072), so keeping the newest is what keeps a new event from taking an ID a subscriber still holds.
 * Runs on a database of its own: the newest event of a shared one would be another file's.
 */
import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";

const DAY_MS = 86_400_000;

async function addEvent(createdAt: Date): Promise<number> {
  const row = await env.DB.prepare(
    `INSERT INTO live_events (org_id, kind, subject_id, request_id, created_at)
     VALUES ('retention-org', 'MEETING', 'retention-meeting', 'retention-request', ?1) RETURNING seq`,
  )
    .bind(createdAt.toISOString())
    .first<{ seq: number }>();
  return row?.seq as number;
}

async function keptSeqs(): Promise<number[]> {
  const rows = await env.DB.prepare("SELECT seq FROM live_events ORDER BY seq").all<{ seq: number }>();
  return rows.results.map((row) => row.seq);
}

async function purge(): Promise<void> {
  await worker.scheduled(createScheduledController({ cron: "23 * * * *" }), env);
}

describe("live event retention", () => {
  it("purges events past seven days but keeps the newest, so sequence numbers never go back", async () => {
    await env.DB.prepare("DELETE FROM live_events").run();
    const old = new Date(Date.now() - 8 * DAY_MS);
    const first = await addEvent(old);
    const second = await addEvent(old);
    const newest = await addEvent(old);
    await purge();
    expect(await keptSeqs()).toEqual([newest]);

    const next = await addEvent(new Date());
    expect(next).toBeGreaterThan(Math.max(first, second, newest));
    await purge();
    expect(await keptSeqs()).toEqual([next]);
  });

  it("keeps every event inside the window", async () => {
    await env.DB.prepare("DELETE FROM live_events").run();
    const recent = [await addEvent(new Date(Date.now() - 6 * DAY_MS)), await addEvent(new Date())];
    await purge();
    expect(await keptSeqs()).toEqual(recent);
  });
});
