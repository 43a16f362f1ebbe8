import { builder, signInFirst } from "../../builder";
import type { Context } from "../../context";
import type { LiveEventRow } from "../../db/live-event-rows";
import { eventsAfter, isEventKept } from "../../db/live-events";
import { organizationsOnLines } from "../../domain/cells";
import { type LiveEventKind, MAX_RESUMED_EVENTS, resumePoint } from "../../domain/live";
import { AnnouncementReceiptRef, AnnouncementRef } from "../announcements/refs";
import { ownDeliveryOf } from "../announcements/types";
import { currentCellsOf } from "../common/references";
import { DraftCommentRef, DraftConsultationRef } from "../consultations/refs";
import { MemberRatingRef } from "../ratings/types";
import { type EventIds, eventIdsOf } from "./event-ids";
import { type DeliveredEvent, LiveEventKindEnum, LiveEventRef } from "./refs";

/** The viewer's live events: resumed from the log after a reconnection, then as their channels publish them. */

/** Events of the log read at a time on resumption. */
const RESUME_PAGE = 100;

/** The organizations whose channels carry the viewer's events: the line of their cells and of their grants. */
async function channelsOfViewer(context: Context): Promise<string[]> {
  const grantCells = (context.viewer?.grants ?? []).flatMap((grant) => (grant.cellId ? [grant.cellId] : []));
  const [members, granted] = await Promise.all([
    context.viewer?.personId ? currentCellsOf(context, context.viewer.personId) : [],
    Promise.all(grantCells.map((id) => context.loaders.cell.load(id))),
  ]);
  return organizationsOnLines([
    ...members.map((cell) => cell.path),
    ...granted.flatMap((cell) => (cell ? [cell.path] : [])),
  ]);
}

/**
 * Each event is judged afresh, as a request of its own: what the request read before is forgotten and its work
 * budget starts again.
 */
function startOver(context: Context): void {
  context.db.startOver();
  context.loaders.clearAll();
  for (const ref of [
    AnnouncementRef,
    AnnouncementReceiptRef,
    DraftCommentRef,
    DraftConsultationRef,
    MemberRatingRef,
  ]) {
    ref.getDataloader(context).clearAll();
  }
}

/** Whether the viewer may see an event, by the rules of the object it is about. */
async function maySee(event: LiveEventRow, context: Context): Promise<boolean> {
  switch (event.kind) {
    case "ANNOUNCEMENT":
      return (await ownDeliveryOf(event.subject_id, context)) !== null;
    case "MEETING":
    case "CHECK_IN": {
      const meeting = await context.loaders.meeting.load(event.subject_id);
      return meeting !== null && context.access.canRead(meeting.cell_id);
    }
    case "RATING":
      return event.person_id !== null && event.person_id === context.viewer?.personId;
    case "DRAFT_COMMENT": {
      const comment = await DraftCommentRef.getDataloader(context)
        .load(event.subject_id)
        .catch(() => null);
      if (!comment) return false;
      const consultation = await DraftConsultationRef.getDataloader(context).load(comment.consultation_id);
      return context.access.canWrite(consultation.org_id);
    }
  }
}

async function* liveEventsOf(
  context: Context,
  kinds: ReadonlySet<LiveEventKind> | null,
  after: number | null,
  eventIds: EventIds,
): AsyncGenerator<DeliveredEvent> {
  const channels = await channelsOfViewer(context);
  if (!context.live || channels.length === 0) return;
  const listener = context.live.listen(channels);
  let last = after ?? 0;
  let missed = false;
  /** The event if it is new, of a kind asked for, and the viewer may see it (judged as a request of its own). */
  const judged = async (event: LiveEventRow) => {
    if (event.seq <= last) return false;
    last = event.seq;
    if (kinds && !kinds.has(event.kind)) return false;
    startOver(context);
    return maySee(event, context);
  };
  const sent = async (event: LiveEventRow): Promise<DeliveredEvent> => {
    const eventId = await eventIds.encode(event.seq);
    context.deliveringEventId = eventId;
    const delivered = { row: event, eventId, missedEarlier: missed };
    missed = false;
    return delivered;
  };
  try {
    // Listening first, then reading the log: an event published in between comes both ways, and is sent once.
    await listener.ready;
    if (after !== null) {
      // The subscriber's own last event gone (past the retention window): what followed it may be gone too.
      missed = !(await isEventKept(context.db, after));
      let resent = 0;
      resending: for (let cursor = after; ; ) {
        const page = await eventsAfter(context.db, channels, cursor, RESUME_PAGE);
        for (const event of page) {
          if (!(await judged(event))) continue;
          if (resent === MAX_RESUMED_EVENTS) {
            missed = true;
            break resending;
          }
          resent += 1;
          yield await sent(event);
        }
        const newest = page.at(-1);
        if (!newest || page.length < RESUME_PAGE) break;
        cursor = newest.seq;
      }
    }
    for await (const events of listener) {
      for (const event of events) if (await judged(event)) yield await sent(event);
    }
  } finally {
    listener.close();
  }
}

builder.subscriptionField("events", (t) =>
  t.field({
    type: LiveEventRef,
    description:
      "The viewer's live events, as they happen: new announcements in their inbox, changes to their cells' " +
      "meetings and check-ins during them, stages of their own ratings, comments on drafts they manage. Each is " +
      "sent only if the viewer may read what it is about. A client that reconnects sends the last eventId it " +
      "received (`after`, or the SSE Last-Event-ID header) and receives what it missed, in order, none twice.",
    args: {
      kinds: t.arg({ type: [LiveEventKindEnum], description: "Only these kinds (all when absent)." }),
      after: t.arg.string({ description: "Resume after this event (its eventId)." }),
    },
    authScopes: { authenticated: true },
    // Scope-auth judges a subscription's events, not its start: an anonymous one is refused before it listens.
    subscribe: async (_root, args, context) => {
      if (!context.viewer) throw signInFirst();
      const eventIds = await eventIdsOf(context);
      const written = args.after ?? context.lastEventId;
      const after = resumePoint(written, written ? await eventIds.decode(written) : null);
      return liveEventsOf(context, args.kinds ? new Set(args.kinds) : null, after, eventIds);
    },
    resolve: (event) => event,
  }),
);
