import { env } from "cloudflare:test";
import { Database } from "../../src/db/database";
import { liveEventKey } from "../../src/db/live-events";
import { eventIdsWithKey } from "../../src/schema/live/event-ids";

/** The ID a subscriber would have received for an event (by its sequence number), made as the server makes it. */
export async function eventIdOf(seq: number): Promise<string> {
  return (await eventIdsWithKey(await liveEventKey(new Database(env.DB)))).encode(seq);
}

/** The ID of the newest event so far: resuming after it receives only what comes next. */
export async function newestEventId(): Promise<string> {
  const newest = await env.DB.prepare("SELECT COALESCE(MAX(seq), 0) AS seq FROM live_events").first<{
    seq: number;
  }>();
  return eventIdOf(newest?.seq ?? 0);
}
