import { builder } from "../../builder";
import type { TermRow } from "../../db/cells";
import { termsByIds } from "../../db/cells";
import {
  type AgendaItemRow,
  agendaByMeetingIds,
  agendaDocumentsByItemIds,
  type DecisionRow,
  decisionsByMeetingIds,
  type GuestRow,
  guestsByMeetingIds,
  termsElectedAt,
  votesByDecisionIds,
} from "../../db/meetings";
import type { VOTE_CHOICE_LABELS } from "../../domain/meetings";
import { motionPassed, QUALITY_CRITERIA, qualityCriteria, summarizeAttendance } from "../../domain/quorum";
import { cellReference, TermRef } from "../cells/refs";
import { rowsNamingIt } from "../common/fields";
import { labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { readableDocuments } from "../common/references";
import { DocumentRef, documentReference } from "../documents/refs";
import { personReference } from "../people/refs";
import {
  AttendanceRef,
  AttendanceSummaryRef,
  attendeeStandingsOf,
  attendeesOf,
  membersAbsentThreeInARowOn,
} from "./attendance";
import {
  AgendaKindEnum,
  MeetingKindEnum,
  MeetingRef,
  MeetingStatusEnum,
  QualityCriterionEnum,
  VoteChoiceEnum,
} from "./refs";

/** A meeting's guests, agenda and their documents, and a decision's named votes: one loader each per operation. */
export const guestsOf = listByKey("meetingGuests", guestsByMeetingIds, (guest) => guest.meeting_id);
export const agendaOf = listByKey("meetingAgenda", agendaByMeetingIds, (item) => item.meeting_id);
const agendaDocumentsOf = listByKey(
  "agendaDocuments",
  agendaDocumentsByItemIds,
  (link) => link.agenda_item_id,
);
const votesOf = listByKey("namedVotes", votesByDecisionIds, (vote) => vote.decision_id);

const GuestRef = builder.objectRef<GuestRow>("MeetingGuest").implement({
  description: "Someone from outside the cell who attended, and in what capacity.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name as recorded." }),
    capacity: t.exposeString("capacity", {
      nullable: true,
      description: "The capacity they attended in (“Đảng ủy viên, dự và chỉ đạo”).",
    }),
    person: personReference.optional(t, "The person, where recorded in Chibo.", (guest) => guest.person_id),
  }),
});

const AgendaItemRef = builder.objectRef<AgendaItemRow>("AgendaItem").implement({
  description: "An item of a meeting's agenda, in order.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "1 for the first item." }),
    ...labelledFields(t, "kind", AgendaKindEnum, "Kind of item.", (item) => item.kind),
    title: t.exposeString("title", { description: "What the item is." }),
    covered: t.boolean({
      nullable: true,
      description: "Whether the meeting covered it; null while not recorded.",
      resolve: (item) => (item.covered === null ? null : item.covered === 1),
    }),
    documents: t.field({
      type: [DocumentRef],
      description: "Documents discussed under this item (those the viewer may read).",
      resolve: async (item, _args, context) => {
        const links = await agendaDocumentsOf(item.id, context);
        return readableDocuments(
          context,
          links.map((link) => link.document_id),
        );
      },
    }),
  }),
});

export const DecisionRef = builder.objectRef<DecisionRow>("MeetingDecision").implement({
  description: "A motion put to the vote and its result.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "Order within the meeting." }),
    motion: t.exposeString("motion", { description: "The motion." }),
    votesFor: t.exposeInt("votes_for", { description: "Votes for." }),
    votesAgainst: t.exposeInt("votes_against", { description: "Votes against." }),
    votesAbstain: t.exposeInt("votes_abstain", { description: "Abstentions." }),
    membersWhoCount: t.exposeInt("members_who_count", {
      description: "The denominator when the vote was taken (Quy định 24-QĐ/TW 9.3.2).",
    }),
    passed: t.boolean({
      description:
        "More than half of the members who count approved (Điều lệ, Điều 9.5); false once the decision is voided.",
      resolve: (decision) =>
        decision.voided_at === null && motionPassed(decision.votes_for, decision.members_who_count),
    }),
    votes: t.field({
      type: [
        builder.objectRef<{ person_id: string; choice: keyof typeof VOTE_CHOICE_LABELS }>("Vote").implement({
          description: "A named vote.",
          fields: (v) => ({
            person: personReference.required(v, "The voter.", (vote) => vote.person_id),
            choice: v.expose("choice", { type: VoteChoiceEnum, description: "For, against or abstain." }),
          }),
        }),
      ],
      description: "Named votes, where recorded.",
      resolve: (decision, _args, context) => votesOf(decision.id, context),
    }),
  }),
});

const CriterionRef = builder
  .objectRef<ReturnType<typeof qualityCriteria>[number]>("MeetingQualityCheck")
  .implement({
    description: "One quality criterion and whether the meeting met it.",
    fields: (t) => ({
      criterion: t.expose("criterion", { type: QualityCriterionEnum, description: "The criterion." }),
      label: t.string({
        description: "The criterion in Vietnamese.",
        resolve: (check) => QUALITY_CRITERIA[check.criterion],
      }),
      met: t.exposeBoolean("met", {
        nullable: true,
        description: "Met, not met, or null when the fact is not recorded.",
      }),
      detail: t.string({
        description: "The figures behind it, in the request's language (Vietnamese by default).",
        resolve: (check, _args, context) => check.detail[context.language],
      }),
    }),
  });

builder.node(MeetingRef, {
  description:
    "A meeting of a cell or committee: regular, thematic, annual review, congress or extraordinary.",
  id: { resolve: (meeting) => meeting.id },
  runScopesOnType: true,
  authScopes: (meeting) => ({ readCell: meeting.cell_id }),
  loadMany: async (ids, context) =>
    (await context.loaders.meeting.loadMany(ids)).map((row) => (row instanceof Error ? null : row)),
  fields: (t) => ({
    cell: cellReference.required(t, "The cell or committee that meets.", (meeting) => meeting.cell_id),
    ...labelledFields(t, "kind", MeetingKindEnum, "Kind of meeting.", (meeting) => meeting.kind),
    title: t.exposeString("title", { description: "Title." }),
    ...labelledFields(
      t,
      "status",
      MeetingStatusEnum,
      "Scheduled, held, postponed or cancelled.",
      (meeting) => meeting.status,
    ),
    date: t.expose("meeting_date", {
      type: "Date",
      description: "The local day (Asia/Ho_Chi_Minh) of the scheduled start.",
    }),
    scheduledStart: t.expose("scheduled_start", { type: "DateTime", description: "Scheduled start." }),
    scheduledEnd: t.expose("scheduled_end", { type: "DateTime", description: "Scheduled end." }),
    actualStart: t.expose("actual_start", { type: "DateTime", nullable: true, description: "Actual start." }),
    actualEnd: t.expose("actual_end", { type: "DateTime", nullable: true, description: "Actual end." }),
    location: t.exposeString("location", { nullable: true, description: "Where." }),
    chair: personReference.optional(t, "Who chaired (directed) it.", (meeting) => meeting.chair_person_id),
    secretary: personReference.optional(t, "Who took the minutes.", (meeting) => meeting.secretary_person_id),
    guests: t.field({
      type: [GuestRef],
      description: "People from outside the cell who attended, with their capacity.",
      resolve: (meeting, _args, context) => guestsOf(meeting.id, context),
    }),
    agenda: t.field({
      type: [AgendaItemRef],
      description: "The agenda, in order.",
      resolve: (meeting, _args, context) => agendaOf(meeting.id, context),
    }),
    attendance: t.field({
      type: [AttendanceRef],
      description: "Every expected attendee — the cell's members on the meeting's day — with their record.",
      resolve: (meeting, _args, context) => attendeesOf(meeting, context),
    }),
    attendanceSummary: t.field({
      type: AttendanceSummaryRef,
      description:
        "Attendance rate, counts by status and by official/probationary, and the vote denominator.",
      resolve: async (meeting, _args, context) =>
        summarizeAttendance(await attendeeStandingsOf(meeting, context)),
    }),
    decisions: rowsNamingIt(
      t,
      DecisionRef,
      "Motions voted on, in order.",
      decisionsByMeetingIds,
      (decision) => decision.meeting_id,
    ),
    minutes: documentReference.optional(
      t,
      "The minutes (a document of type MINUTES).",
      (meeting) => meeting.minutes_document_id,
    ),
    resolution: documentReference.optional(
      t,
      "The resolution the meeting adopted, if any.",
      (meeting) => meeting.resolution_document_id,
    ),
    electedTerms: t.loadableGroup({
      type: TermRef,
      description: "For a congress: the term(s) whose leadership it elected.",
      load: async (ids: string[], context) => {
        const links = await termsElectedAt(context.db, ids);
        return (await termsByIds(
          context.db,
          links.map((link) => link.id),
        )) as (TermRow & {
          elected_at_meeting_id: string;
        })[];
      },
      group: (term) => (term as TermRow & { elected_at_meeting_id: string }).elected_at_meeting_id,
      resolve: (meeting) => meeting.id,
    }),
    qualityChecks: t.field({
      type: [CriterionRef],
      nullable: true,
      description:
        "For a held regular meeting: each quality criterion, met or not, so the secretary sees what to fix.",
      resolve: async (meeting, _args, context) => {
        if (meeting.kind !== "REGULAR" || meeting.status !== "HELD") return null;
        const [attendees, agenda, membersAbsentThreeInARow] = await Promise.all([
          attendeeStandingsOf(meeting, context),
          agendaOf(meeting.id, context),
          membersAbsentThreeInARowOn(meeting, context),
        ]);
        return qualityCriteria({
          kind: meeting.kind,
          meetingDate: meeting.meeting_date,
          scheduledStart: meeting.scheduled_start,
          actualStart: meeting.actual_start,
          actualEnd: meeting.actual_end,
          combinedWithThematic: meeting.combined_with_thematic === 1,
          attendance: summarizeAttendance(attendees),
          membersAbsentThreeInARow,
          contentPrepared: meeting.content_prepared === null ? null : meeting.content_prepared === 1,
          draftResolutionPrepared:
            meeting.draft_resolution_prepared === null ? null : meeting.draft_resolution_prepared === 1,
          agendaItems: agenda.length,
          agendaItemsCovered: agenda.filter((item) => item.covered === 1).length,
          agendaItemsUnrecorded: agenda.filter((item) => item.covered === null).length,
          membersWhoSpoke: meeting.members_who_spoke,
          minutesRecorded: meeting.minutes_document_id !== null,
          materialsSentAt: meeting.materials_sent_at,
        });
      },
    }),
    version: t.exposeInt("version", {
      description: "Increases with every change; send it back as expectedVersion.",
    }),
  }),
});
