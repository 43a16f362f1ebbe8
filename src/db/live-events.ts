import { retentionStart } from "../domain/live";
import type { Database } from "./database";
import { LIVE_EVENT_COLUMNS, type LiveEventRow } from "./live-event-rows";

/** Live events (migration 0069): written by triggers with the changes they tell of, read on resumption. */

/** The events of some channels after a sequence number, in order, at most `limit` (one index range per channel). */
export function eventsAfter(db: Database, orgIds: readonly string[], after: number, limit: number) {
  return db.all<LiveEventRow>(
    `SELECT ${LIVE_EVENT_COLUMNS.map((column) => `e.${column}`).join(", ")} FROM json_each(?1) o
     JOIN live_events e ON e.org_id = o.value AND e.seq > ?2
     ORDER BY e.seq LIMIT ?3`,
    [JSON.stringify(orgIds), after, limit],
  );
}

/** Whether an event is still kept (events leave only by age: everything after a kept one is kept too). */
export async function isEventKept(db: Database, seq: number): Promise<boolean> {
  return (await db.first("SELECT 1 AS kept FROM live_events WHERE seq = ?1", [seq])) !== null;
}

/**
 * Events past the retention window leave (hourly), found by their time — all but the newest: sequence numbers are
 * the largest kept plus one (no AUTOINCREMENT, migration 0072), so the newest stays to keep them from going back to
 * an ID a subscriber still holds.
 */
export async function purgeExpiredLiveEvents(db: Database, now: Date): Promise<void> {
  await db.write([
    db.prepare("DELETE FROM live_events WHERE created_at < ?1 AND seq < (SELECT max(seq) FROM live_events)", [
      retentionStart(now),
    ]),
  ]);
}

/** The database's key for event IDs (migration 0069). */
export async function liveEventKey(db: Database): Promise<ArrayBuffer> {
  const row = await db.first<{ key: ArrayBuffer | number[] }>("SELECT key FROM live_event_key WHERE id = 1");
  if (!row) throw new Error("live_event_key is empty: migration 0069 did not run.");
  return row.key instanceof ArrayBuffer ? row.key : new Uint8Array(row.key).buffer;
}
