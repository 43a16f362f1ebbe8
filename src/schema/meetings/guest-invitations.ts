import { builder } from "../../builder";
import { guestMeetingsOf } from "../../db/meeting-answers";
import type { MeetingRow } from "../../db/meetings";
import { cellReference } from "../cells/refs";
import { labelledFields } from "../common/labels";
import { defineMutation } from "../common/mutations";
import { answerAs, InvitationAnswerRef, InvitationResponseEnum, ownAnswerOf } from "./invitations";
import { MeetingKindEnum, MeetingRef } from "./refs";
import { agendaOf } from "./types";

/**
 * A guest's invitations. A guest may come from anywhere: they see what an invitation says — who meets, when, where,
 * on what — without the meeting's record (its attendance, decisions and minutes stay its cell's line's).
 */

const GuestInvitationRef = builder.objectRef<MeetingRow>("GuestInvitation").implement({
  description:
    "A meeting the viewer is invited to as a guest, as the invitation shows it, with their answer.",
  fields: (t) => ({
    meetingId: t.globalID({
      description: "The meeting's ID, to answer with (answerGuestInvitation).",
      resolve: (meeting) => ({ type: "Meeting", id: meeting.id }),
    }),
    host: cellReference.required(t, "The cell or committee that meets.", (meeting) => meeting.cell_id),
    ...labelledFields(t, "kind", MeetingKindEnum, "Kind of meeting.", (meeting) => meeting.kind),
    title: t.exposeString("title", { description: "Title." }),
    scheduledStart: t.expose("scheduled_start", { type: "DateTime", description: "Starts." }),
    scheduledEnd: t.expose("scheduled_end", { type: "DateTime", description: "Ends." }),
    location: t.exposeString("location", { nullable: true, description: "Where." }),
    agenda: t.stringList({
      description: "The agenda's items, in order.",
      resolve: async (meeting, _args, context) =>
        (await agendaOf(meeting.id, context)).map((item) => item.title),
    }),
    myAnswer: t.field({
      type: InvitationAnswerRef,
      nullable: true,
      description: "The viewer's answer; null before they answer.",
      resolve: (meeting, _args, context) => ownAnswerOf(meeting, context),
    }),
  }),
});

builder.queryField("guestInvitations", (t) =>
  t.field({
    type: [GuestInvitationRef],
    description:
      "The meetings the viewer is invited to as a guest (named on the meeting as a person of Chibo), from today " +
      "on, soonest first, at most 50.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) =>
      context.viewer?.personId ? guestMeetingsOf(context.db, context.viewer.personId, context.today) : [],
  }),
);

defineMutation("answerGuestInvitation", {
  description:
    "A guest answers a meeting's invitation before it starts: attending, or excused with a reason (a later answer " +
    "replaces the earlier). The cell's secretary sees it with the members' answers.",
  inputFields: (t) => ({
    meetingId: t.globalID({
      for: MeetingRef,
      required: true,
      description: "The meeting (GuestInvitation.meetingId).",
    }),
    response: t.field({ type: InvitationResponseEnum, required: true, description: "The answer." }),
    reason: t.string({ description: "Why excused (required then)." }),
  }),
  output: { field: "invitation", type: GuestInvitationRef, description: "The invitation, with the answer." },
  authorize: () => ({ authenticated: true }),
  run: (input, context) => answerAs("GUESTS", input, context),
});
