import { env } from "cloudflare:test";
import { Database } from "../../src/db/database";
import { liveEventKey } from "../../src/db/live-events";
import { eventIdsWithKey } from "../../src/schema/live/event-ids";

/** The ID a subscriber would have received for an event (by its sequence number), made as the server makes it. */
export async function eventIdOf(seq: number): Promise<string> {
  return (await eventIdsWithKey(await liveEventKey(new Database(env.DB)))).encode(seq);
}

/**
 * The ID of the newest event so far: resuming after it receives only what comes next. Before any, one is made on a
 * channel nobody listens to, so that there is a kept event to resume after.
 */
export async function newestEventId(): Promise<string> {
  const newest = await env.DB.prepare("SELECT MAX(seq) AS seq FROM live_events").first<{
    seq: number | null;
  }>();
  if (newest?.seq) return eventIdOf(newest.seq);
  const made = await env.DB.prepare(
    "INSERT INTO live_events (org_id, kind, subject_id, request_id) VALUES ('-', 'MEETING', '-', 'test')",
  ).run();
  return eventIdOf(made.meta.last_row_id);
}
