import type { LiveEventKind } from "../domain/live";

/** A live event as the triggers of migration 0069 write it (read by src/db/live-events.ts and every audited write). */
export interface LiveEventRow {
  seq: number;
  org_id: string;
  kind: LiveEventKind;
  subject_id: string;
  person_id: string | null;
  created_at: string;
}

export const LIVE_EVENT_COLUMNS = ["seq", "org_id", "kind", "subject_id", "person_id", "created_at"] as const;

/** The statement a request's audited write ends with: the events it made, to send to their channels. */
export const EVENTS_OF_REQUEST = `SELECT ${LIVE_EVENT_COLUMNS.join(", ")} FROM live_events WHERE request_id = ?1 ORDER BY seq`;
