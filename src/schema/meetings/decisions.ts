import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import { newId, nowIso } from "../../db/database";
import {
  correctDecision,
  type DecisionCorrectionRow,
  type DecisionSnapshot,
  decisionAt,
  decisionCorrectionsByDecisionIds,
  voidDecision,
} from "../../db/decisions";
import { type DecisionRow, insertDecision, type MeetingRow, votesByDecisionIds } from "../../db/meetings";
import { assertCorrectionChanges, assertNotVoided, correctionReason } from "../../domain/decisions";
import { assertHeld, motionText, type VoteChoice } from "../../domain/meetings";
import { assertVoteCounts, summarizeAttendance, tallyNamedVotes } from "../../domain/quorum";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../../domain/versions";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { PersonRef, personReference } from "../people/refs";
import { attendeesOf } from "./attendance";
import { meetingOrRefuse, reloadMeeting, writesMeeting } from "./meeting-writes";
import { MeetingRef, VoteChoiceEnum } from "./refs";
import { DecisionRef } from "./types";

/** Motions put to a meeting, how the members who count voted, and the corrections of what was recorded. */

const NamedVoteInput = builder.inputType("NamedVoteInput", {
  description: "A member's vote.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The voter." }),
    choice: t.field({ type: VoteChoiceEnum, required: true, description: "For, against or abstain." }),
  }),
});

interface VoteInput {
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  votes?: readonly { personId: { id: string }; choice: VoteChoice }[] | null;
}

/**
 * The vote as the meeting's attendance now stands: named votes tallied (the counts follow), or counts. A correction
 * that gives neither keeps the recorded vote, named votes re-tallied, counts as they were.
 */
async function tallied(
  meeting: MeetingRow,
  input: VoteInput,
  recorded: DecisionSnapshot | null,
  context: Context,
) {
  const attendees = await attendeesOf(meeting, context);
  const summary = summarizeAttendance(attendees);
  const countsGiven = input.votesFor != null || input.votesAgainst != null || input.votesAbstain != null;
  const named = input.votes
    ? input.votes.map((vote) => ({ personId: vote.personId.id, choice: vote.choice }))
    : countsGiven
      ? []
      : (recorded?.votes ?? []);
  const counts =
    named.length > 0
      ? tallyNamedVotes(named, attendees)
      : {
          votesFor: input.votesFor ?? recorded?.votesFor ?? 0,
          votesAgainst: input.votesAgainst ?? recorded?.votesAgainst ?? 0,
          votesAbstain: input.votesAbstain ?? recorded?.votesAbstain ?? 0,
        };
  assertVoteCounts(counts, summary.voters);
  return {
    votesFor: counts.votesFor,
    votesAgainst: counts.votesAgainst,
    votesAbstain: counts.votesAbstain,
    membersWhoCount: summary.membersWhoCount,
    votes: named,
  };
}

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
    const vote = await tallied(meeting, input, null, context);
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
          votes_for: vote.votesFor,
          votes_against: vote.votesAgainst,
          votes_abstain: vote.votesAbstain,
          members_who_count: vote.membersWhoCount,
        },
        vote.votes.map((named) => ({ decision_id: id, person_id: named.personId, choice: named.choice })),
      ),
    ]);
    return reloadMeeting(context, meeting.id);
  },
});

/** The decision at a position of a meeting the viewer writes, with what it says now. */
async function decisionOrRefuse(context: Context, meeting: MeetingRow, position: number) {
  const decision = await decisionAt(context.db, meeting.id, position);
  if (!decision)
    refuse(
      "NOT_FOUND",
      { vi: `Cuộc họp không có biểu quyết số ${position}.`, en: `The meeting has no decision ${position}.` },
      ["position"],
    );
  const votes = await votesByDecisionIds(context.db, [decision.id]);
  const snapshot: DecisionSnapshot = {
    motion: decision.motion,
    votesFor: decision.votes_for,
    votesAgainst: decision.votes_against,
    votesAbstain: decision.votes_abstain,
    membersWhoCount: decision.members_who_count,
    votes: votes.map((vote) => ({ personId: vote.person_id, choice: vote.choice })),
  };
  return { decision, snapshot };
}

function correctionOf(
  context: Context,
  decision: DecisionRow,
  kind: DecisionCorrectionRow["kind"],
  reason: string,
  previous: DecisionSnapshot,
): DecisionCorrectionRow {
  return {
    id: newId(),
    decision_id: decision.id,
    kind,
    reason: correctionReason(reason),
    previous: JSON.stringify(previous),
    recorded_by: context.viewer?.personId ?? null,
    recorded_at: nowIso(),
  };
}

const decisionInputFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
  position: t.int({
    required: true,
    description: "The decision's position in the meeting (MeetingDecision.position).",
  }),
  expectedVersion: t.int({
    description:
      "The decision's version read (MeetingDecision.version); when given, a newer one means CONFLICT.",
  }),
  reason: t.string({
    required: true,
    description: "Why: kept with the change, which keeps the previous record.",
  }),
});

interface DecisionWritten {
  meeting: MeetingRow;
  position: number;
}

const decisionWritten = {
  field: "decision",
  type: DecisionRef,
  description: "The decision as it now stands, with its corrections.",
  resolve: async ({ meeting, position }: DecisionWritten, context: Context) =>
    (await decisionAt(context.db, meeting.id, position)) as DecisionRow,
};

/** What a correction and a voiding share: the payload, and the decision they change, still standing. */
const decisionChange = {
  output: {
    field: "meeting",
    type: MeetingRef,
    description: "The meeting with its decisions.",
    of: (written: DecisionWritten) => written.meeting,
  },
  written: [decisionWritten],
  authorize: (input: { meetingId: { id: string } }, context: Context) =>
    writesMeeting(input.meetingId.id, context),
};

async function decisionToChange(
  context: Context,
  input: { meetingId: { id: string }; position: number; expectedVersion?: number | null },
) {
  const meeting = await meetingOrRefuse(context, input.meetingId.id);
  const { decision, snapshot } = await decisionOrRefuse(context, meeting, input.position);
  assertExpectedVersion(decision, input.expectedVersion);
  assertNotVoided({ position: decision.position, voidedAt: decision.voided_at });
  return { meeting, decision, snapshot };
}

defineMutation("correctDecision", {
  description:
    "Corrects a recorded decision — its motion, its counts or its named votes — with the reason. The previous " +
    "record is kept in the decision's corrections; the vote is checked against the meeting's attendance as it stands.",
  inputFields: (t) => ({
    ...decisionInputFields(t),
    motion: t.string({ description: "The motion as corrected; the recorded one if not given." }),
    votesFor: t.int({ description: "Votes for, as corrected." }),
    votesAgainst: t.int({ description: "Votes against, as corrected." }),
    votesAbstain: t.int({ description: "Abstentions, as corrected." }),
    votes: t.field({ type: [NamedVoteInput], description: "Named votes, as corrected, instead of counts." }),
  }),
  ...decisionChange,
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const { meeting, decision, snapshot } = await decisionToChange(context, input);
    const motion = input.motion == null ? snapshot.motion : motionText(input.motion);
    const vote = await tallied(meeting, input, snapshot, context);
    assertCorrectionChanges(snapshot, { motion, ...vote });
    await context.db.write([
      context.db.guardVersion("meeting_decisions", decision.id, decision.version),
      ...correctDecision(
        context.db,
        correctionOf(context, decision, "CORRECTED", input.reason, snapshot),
        {
          motion,
          votes_for: vote.votesFor,
          votes_against: vote.votesAgainst,
          votes_abstain: vote.votesAbstain,
          members_who_count: vote.membersWhoCount,
        },
        vote.votes.map((named) => ({
          decision_id: decision.id,
          person_id: named.personId,
          choice: named.choice,
        })),
      ),
    ]);
    return { meeting: await reloadMeeting(context, meeting.id), position: decision.position };
  },
});

defineMutation("voidDecision", {
  description:
    "Voids a recorded decision (recorded by mistake, or annulled by the committee above), with the reason. It " +
    "stays listed, marked voided and no longer passed; what it said is kept.",
  inputFields: (t) => decisionInputFields(t),
  ...decisionChange,
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const { meeting, decision, snapshot } = await decisionToChange(context, input);
    await context.db.write([
      context.db.guardVersion("meeting_decisions", decision.id, decision.version),
      ...voidDecision(context.db, correctionOf(context, decision, "VOIDED", input.reason, snapshot)),
    ]);
    return { meeting: await reloadMeeting(context, meeting.id), position: decision.position };
  },
});

const CorrectionKindEnum = labelledEnum("DecisionCorrectionKind", "How a recorded decision changed.", {
  CORRECTED: "Đính chính",
  VOIDED: "Hủy bỏ",
});

const DecisionSnapshotRef = builder.objectRef<DecisionSnapshot>("DecisionSnapshot").implement({
  description: "What a decision said before a change.",
  fields: (t) => ({
    motion: t.exposeString("motion", { description: "The motion." }),
    votesFor: t.exposeInt("votesFor", { description: "Votes for." }),
    votesAgainst: t.exposeInt("votesAgainst", { description: "Votes against." }),
    votesAbstain: t.exposeInt("votesAbstain", { description: "Abstentions." }),
    membersWhoCount: t.exposeInt("membersWhoCount", { description: "The denominator then." }),
  }),
});

const DecisionCorrectionRef = builder.objectRef<DecisionCorrectionRow>("DecisionCorrection").implement({
  description: "A correction or the voiding of a recorded decision: why, who, when, and what it said before.",
  fields: (t) => ({
    ...labelledFields(t, "kind", CorrectionKindEnum, "Corrected or voided.", (correction) => correction.kind),
    reason: t.exposeString("reason", { description: "Why." }),
    recordedAt: t.expose("recorded_at", { type: "DateTime", description: "When." }),
    recordedBy: personReference.optional(t, "Who recorded it.", (correction) => correction.recorded_by),
    previous: t.field({
      type: DecisionSnapshotRef,
      description: "What the decision said before.",
      resolve: (correction) => JSON.parse(correction.previous) as DecisionSnapshot,
    }),
  }),
});

const correctionsOf = listByKey(
  "decisionCorrections",
  decisionCorrectionsByDecisionIds,
  (correction) => correction.decision_id,
);

builder.objectFields(DecisionRef, (t) => ({
  version: t.exposeInt("version", {
    description: "Increases with every correction; send it back as expectedVersion.",
  }),
  voided: t.boolean({
    description: "Whether it was voided.",
    resolve: (decision) => decision.voided_at !== null,
  }),
  voidReason: t.exposeString("void_reason", { nullable: true, description: "Why it was voided." }),
  corrections: t.field({
    type: [DecisionCorrectionRef],
    description: "Its corrections and voiding, oldest first, each with what it replaced.",
    resolve: (decision, _args, context) => correctionsOf(decision.id, context),
  }),
}));
