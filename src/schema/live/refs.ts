import { builder } from "../../builder";
import type { LiveEventRow } from "../../db/live-event-rows";
import { LIVE_EVENT_KIND_LABELS } from "../../domain/live";
import { labelledEnum } from "../common/labels";

/** Live events: the kinds a subscriber chooses among, and the event it receives. */

export const LiveEventKindEnum = labelledEnum(
  "LiveEventKind",
  "What a live event tells of.",
  LIVE_EVENT_KIND_LABELS,
);

/** An event as delivered: its row, and whether events before it may have been missed. */
export interface DeliveredEvent {
  row: LiveEventRow;
  /** Its opaque ID (event-ids.ts). */
  eventId: string;
  missedEarlier: boolean;
}

export const LiveEventRef = builder.objectRef<DeliveredEvent>("LiveEvent");
