import { builder } from "../../builder";
import { newId } from "../../db/database";
import { insertDecision } from "../../db/meetings";
import { assertHeld, motionText } from "../../domain/meetings";
import { assertVoteCounts, summarizeAttendance, tallyNamedVotes } from "../../domain/quorum";
import { defineMutation } from "../common/mutations";
import { PersonRef } from "../people/refs";
import { attendeesOf } from "./attendance";
import { meetingOrRefuse, reloadMeeting, writesMeeting } from "./meeting-writes";
import { MeetingRef, VoteChoiceEnum } from "./refs";

/** Motions put to a meeting and how the members who count voted. */

const NamedVoteInput = builder.inputType("NamedVoteInput", {
  description: "A member's vote.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The voter." }),
    choice: t.field({ type: VoteChoiceEnum, required: true, description: "For, against or abstain." }),
  }),
});

defineMutation("recordDecision", {
  description:
    "Records a motion and its vote: counts, or named votes (then the counts follow). Only official members present vote.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting (held)." }),
    motion: t.string({ required: true, description: "The motion." }),
    votesFor: t.int({ description: "Votes for." }),
    votesAgainst: t.int({ description: "Votes against." }),
    votesAbstain: t.int({ description: "Abstentions." }),
    votes: t.field({ type: [NamedVoteInput], description: "Named votes, instead of counts." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting with its decisions." },
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const meeting = await meetingOrRefuse(context, input.meetingId.id);
    assertHeld(meeting.status, {
      vi: "Hãy ghi nhận cuộc họp đã tổ chức trước.",
      en: "Record the meeting as held first.",
    });
    const motion = motionText(input.motion);
    const attendees = await attendeesOf(meeting, context);
    const summary = summarizeAttendance(attendees);
    const named = (input.votes ?? []).map((vote) => ({ personId: vote.personId.id, choice: vote.choice }));
    const record =
      named.length > 0
        ? tallyNamedVotes(named, attendees)
        : {
            votesFor: input.votesFor ?? 0,
            votesAgainst: input.votesAgainst ?? 0,
            votesAbstain: input.votesAbstain ?? 0,
          };
    assertVoteCounts(record, summary.voters);
    const id = newId();
    await context.db.write([
      context.db.guardVersion("meetings", meeting.id, meeting.version),
      ...insertDecision(
        context.db,
        {
          id,
          meeting_id: meeting.id,
          position: 0,
          motion,
          votes_for: record.votesFor,
          votes_against: record.votesAgainst,
          votes_abstain: record.votesAbstain,
          members_who_count: summary.membersWhoCount,
        },
        named.map((vote) => ({ decision_id: id, person_id: vote.personId, choice: vote.choice })),
      ),
    ]);
    return reloadMeeting(context, meeting.id);
  },
});
