import type { CommentRow } from "../../db/consultations";
import type { RatingRow } from "../../db/ratings";
import { AnnouncementReceiptRef } from "../announcements/refs";
import { ownDeliveryOf } from "../announcements/types";
import { labelledFields } from "../common/labels";
import { meetingOf } from "../common/references";
import { DraftCommentRef } from "../consultations/refs";
import { MeetingRef } from "../meetings/refs";
import { MemberRatingRef } from "../ratings/types";
import { LiveEventKindEnum, LiveEventRef } from "./refs";

/** A live event: what changed, with the object to read (each object under its own rules). */

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
      resolve: (e) => e.row.created_at,
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
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: "MEETING and CHECK_IN: the meeting as it is now (its attendance counts for a check-in).",
      resolve: (event, _args, context) =>
        event.row.kind === "MEETING" || event.row.kind === "CHECK_IN"
          ? meetingOf(event.row.subject_id, context)
          : null,
    }),
    rating: t.field({
      type: MemberRatingRef,
      nullable: true,
      description: "RATING: the viewer's rating, with the stage just recorded.",
      resolve: (event, _args, context) =>
        event.row.kind === "RATING"
          ? (MemberRatingRef.getDataloader(context).load(event.row.subject_id) as Promise<RatingRow>)
          : null,
    }),
    comment: t.field({
      type: DraftCommentRef,
      nullable: true,
      description: "DRAFT_COMMENT: the new comment.",
      resolve: (event, _args, context) =>
        event.row.kind === "DRAFT_COMMENT"
          ? (DraftCommentRef.getDataloader(context).load(event.row.subject_id) as Promise<CommentRow>)
          : null,
    }),
  }),
});
