import type { LiveEventKind } from "../../domain/live";
import { AnnouncementReceiptRef } from "../announcements/refs";
import { ownDeliveryOf } from "../announcements/types";
import { labelledFields } from "../common/labels";
import { draftCommentReference } from "../consultations/refs";
import { meetingReference } from "../meetings/refs";
import { memberRatingReference } from "../ratings/types";
import { type DeliveredEvent, LiveEventKindEnum, LiveEventRef } from "./refs";

/** A live event: what changed, with the object to read (each object under its own rules). */

/** The object an event of these kinds is about; null for the other kinds. */
const subjectOf =
  (...kinds: LiveEventKind[]) =>
  (event: DeliveredEvent) =>
    kinds.includes(event.row.kind) ? event.row.subject_id : null;

LiveEventRef.implement({
  description:
    "Something that changed for the viewer: an announcement in their inbox, a meeting of theirs changed or its " +
    "check-ins, a stage of their rating, a comment on a draft they manage. Resume after it with its eventId.",
  fields: (t) => ({
    eventId: t.exposeString("eventId", {
      description:
        "Its place in the order of events: send it back as `after` (or the SSE Last-Event-ID) to resume after it.",
    }),
    ...labelledFields(t, "kind", LiveEventKindEnum, "What it tells of.", (event) => event.row.kind),
    occurredAt: t.field({
      type: "DateTime",
      description: "When it happened.",
      resolve: (event) => event.row.created_at,
    }),
    missedEarlier: t.exposeBoolean("missedEarlier", {
      description:
        "True on the first event after a resumption that could not resend everything since `after` (older than " +
        "the retention window, or too many): read the lists afresh.",
    }),
    receipt: t.field({
      type: AnnouncementReceiptRef,
      nullable: true,
      description: "ANNOUNCEMENT: the viewer's copy of the new announcement.",
      resolve: (event, _args, context) =>
        event.row.kind === "ANNOUNCEMENT" ? ownDeliveryOf(event.row.subject_id, context) : null,
    }),
    meeting: meetingReference.optional(
      t,
      "MEETING and CHECK_IN: the meeting as it is now (its attendance counts for a check-in).",
      subjectOf("MEETING", "CHECK_IN"),
    ),
    rating: memberRatingReference.optional(
      t,
      "RATING: the viewer's rating, with the stage just recorded.",
      subjectOf("RATING"),
    ),
    comment: draftCommentReference.optional(t, "DRAFT_COMMENT: the new comment.", subjectOf("DRAFT_COMMENT")),
  }),
});
