import { builder } from "../../builder";
import type { Context } from "../../context";
import { nowIso } from "../../db/database";
import {
  answersByMeetingIds,
  type MeetingAnswerRow,
  saveAnswer,
  upcomingMeetingsOf,
} from "../../db/meeting-answers";
import type { MeetingRow } from "../../db/meetings";
import type { PersonRow } from "../../db/people";
import {
  answerReason,
  assertAnswerable,
  INVITATION_RESPONSE_LABELS,
  type InvitationResponse,
  notAnswered,
} from "../../domain/invitations";
import { refuse } from "../../domain/refusal";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { currentCellIdsOf } from "../common/references";
import { PersonRef, personReference } from "../people/refs";
import { attendeesOf } from "./attendance";
import { MeetingRef } from "./refs";
import { guestsOf } from "./types";

/** Invitations to a meeting: who is invited, their answers before it, who has not answered. */

export const InvitationResponseEnum = labelledEnum(
  "InvitationResponse",
  "An answer to a meeting's invitation.",
  INVITATION_RESPONSE_LABELS,
);

const answersOf = listByKey("meetingAnswers", answersByMeetingIds, (row) => row.meeting_id);

/** Who a meeting invites: the cell's members on its day (its expected attendees), or its guests recorded in Chibo. */
async function inviteesOf(meeting: MeetingRow, invitees: Invitees, context: Context): Promise<string[]> {
  if (invitees === "GUESTS") {
    return (await guestsOf(meeting.id, context)).flatMap((guest) =>
      guest.person_id ? [guest.person_id] : [],
    );
  }
  return (await attendeesOf(meeting, context)).map((member) => member.person_id);
}

type Invitees = "MEMBERS" | "GUESTS";

export const ownAnswerOf = async (meeting: MeetingRow, context: Context) =>
  (await answersOf(meeting.id, context)).find((answer) => answer.person_id === context.viewer?.personId) ??
  null;

export const InvitationAnswerRef = builder.objectRef<MeetingAnswerRow>("InvitationAnswer").implement({
  description: "An invited person's answer, before the meeting.",
  fields: (t) => ({
    person: personReference.required(t, "Who answered.", (answer) => answer.person_id),
    ...labelledFields(
      t,
      "response",
      InvitationResponseEnum,
      "Attending, or excused.",
      (answer) => answer.response,
    ),
    reason: t.exposeString("reason", { nullable: true, description: "Why excused." }),
    answeredAt: t.field({ type: "DateTime", description: "When.", resolve: (answer) => answer.answered_at }),
  }),
});

builder.objectFields(MeetingRef, (t) => ({
  myAnswer: t.field({
    type: InvitationAnswerRef,
    nullable: true,
    description: "The viewer's answer to the invitation; null before they answer.",
    resolve: (meeting, _args, context) => ownAnswerOf(meeting, context),
  }),
  invitationAnswers: t.field({
    type: [InvitationAnswerRef],
    nullable: true,
    description:
      "The answers to the invitation — the expected attendance and the excused with their reasons, which prefill " +
      "the attendance (the record stays what happened). For the cell's writers; null for others.",
    resolve: async (meeting, _args, context) => {
      if (!(await context.access.canWrite(meeting.cell_id))) return null;
      const answers = await answersOf(meeting.id, context);
      context.access.vouchForPeople(answers.map((answer) => answer.person_id));
      return answers;
    },
  }),
  notAnswered: t.field({
    type: [PersonRef],
    nullable: true,
    description: "Those invited who have not answered yet: the reminder list. For the cell's writers.",
    resolve: async (meeting, _args, context) => {
      if (!(await context.access.canWrite(meeting.cell_id))) return null;
      const [members, guests, answers] = await Promise.all([
        inviteesOf(meeting, "MEMBERS", context),
        inviteesOf(meeting, "GUESTS", context),
        answersOf(meeting.id, context),
      ]);
      const waiting = notAnswered(
        [...new Set([...members, ...guests])],
        new Set(answers.map((answer) => answer.person_id)),
      );
      context.access.vouchForPeople(waiting);
      const people = await context.loaders.person.loadMany(waiting);
      return people.filter((row): row is PersonRow => row !== null && !(row instanceof Error));
    },
  }),
}));

builder.queryField("invitations", (t) =>
  t.field({
    type: [MeetingRef],
    description:
      "The meetings the viewer is invited to from today on (their cells' scheduled meetings), soonest first, at " +
      "most 50. Empty for a token that names no member.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, context) => {
      const personId = context.viewer?.personId;
      if (!personId) return [];
      const meetings = await upcomingMeetingsOf(
        context.db,
        await currentCellIdsOf(context, personId),
        context.today,
      );
      for (const meeting of meetings) context.loaders.meeting.prime(meeting.id, meeting);
      return meetings;
    },
  }),
);

/**
 * Records the viewer's answer to a meeting that invites them (as a member or as a guest): NOT_FOUND for any other,
 * INVITATION_CLOSED once it started; a later answer replaces the earlier.
 */
export async function answerAs(
  invitees: Invitees,
  input: { meetingId: { id: string }; response: InvitationResponse; reason?: string | null },
  context: Context,
): Promise<MeetingRow> {
  const meeting = await context.loaders.meeting.load(input.meetingId.id);
  const personId = context.viewer?.personId;
  if (!meeting || !personId || !(await inviteesOf(meeting, invitees, context)).includes(personId)) {
    refuse(
      "NOT_FOUND",
      {
        vi: "Không có cuộc họp nào mời đồng chí có ID này.",
        en: "No meeting you are invited to has this ID.",
      },
      ["meetingId"],
    );
  }
  assertAnswerable({ status: meeting.status, scheduledStart: meeting.scheduled_start }, nowIso());
  const reason = answerReason(input.response, input.reason ?? null);
  await context.db.write([
    saveAnswer(context.db, {
      meeting_id: meeting.id,
      person_id: personId,
      response: input.response,
      reason,
      answered_at: nowIso(),
    }),
  ]);
  return meeting;
}

defineMutation("answerInvitation", {
  description:
    "A member answers their cell's meeting's invitation before it starts: attending, or excused with a reason. A " +
    "later answer replaces their earlier one. (Guests answer with answerGuestInvitation.)",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
    response: t.field({ type: InvitationResponseEnum, required: true, description: "The answer." }),
    reason: t.string({ description: "Why excused (required then)." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting, with the viewer's answer." },
  authorize: () => ({ authenticated: true }),
  run: (input, context) => answerAs("MEMBERS", input, context),
});
