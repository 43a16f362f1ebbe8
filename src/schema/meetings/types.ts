import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow, TermRow } from "../../db/cells";
import { termsByIds } from "../../db/cells";
import type { DocumentRow } from "../../db/document-rows";
import {
  type AgendaItemRow,
  type AttendanceHistoryRow,
  type AttendeeRow,
  agendaByMeetingIds,
  agendaDocumentsByItemIds,
  attendanceHistoryByMeetingIds,
  attendeeStandingsOfMeetings,
  attendeesOfMeetings,
  type DecisionRow,
  decisionsByMeetingIds,
  type GuestRow,
  guestsByMeetingIds,
  type MeetingRow,
  meetingListQuery,
  type RegularAttendanceRow,
  regularAttendanceOfYear,
  termsElectedAt,
  votesByDecisionIds,
} from "../../db/meetings";
import type { PersonRow } from "../../db/people";
import type { judgeYear } from "../../domain/compliance";
import {
  AGENDA_KIND_LABELS,
  ATTENDANCE_STATUS_LABELS,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  VOTE_CHOICE_LABELS,
} from "../../domain/meetings";
import { partyStatusOn } from "../../domain/membership";
import {
  type Attendee,
  motionPassed,
  QUALITY_CRITERIA,
  qualityCriteria,
  REPEATED_ABSENCE_RUN,
  summarizeAttendance,
  trailingAbsenceRun,
} from "../../domain/quorum";
import { CellRef, TermRef } from "../cells/refs";
import { asConnection } from "../common/connections";
import { labelledEnum } from "../common/labels";
import { DocumentRef } from "../documents/refs";
import { PersonRef } from "../people/refs";
import { PartyStatusEnum } from "../people/types";
import { complianceOf, type QualityGrade, qualityScaleOf } from "./compliance";

export const MeetingKindEnum = labelledEnum("MeetingKind", "Kind of meeting.", MEETING_KIND_LABELS);
export const MeetingStatusEnum = labelledEnum(
  "MeetingStatus",
  "Where a meeting stands.",
  MEETING_STATUS_LABELS,
);
export const AgendaKindEnum = labelledEnum("AgendaItemKind", "Kind of agenda item.", AGENDA_KIND_LABELS);
export const AttendanceStatusEnum = labelledEnum(
  "AttendanceStatus",
  "An expected attendee's record.",
  ATTENDANCE_STATUS_LABELS,
);
export const VoteChoiceEnum = labelledEnum("VoteChoice", "A member's vote.", VOTE_CHOICE_LABELS);
const QualityCriterionEnum = labelledEnum(
  "MeetingQualityCriterion",
  "A quality criterion of a regular meeting (12-HD/BTCTW; 50-CT/TW and 42-HD/BTCTW from 2025).",
  QUALITY_CRITERIA,
);

export const MeetingRef = builder.objectRef<MeetingRow>("Meeting");

/** The loader key of a cell's year: "<cell id>/<year>" (ids hold no slash). */
const cellYearKey = (cellId: string, day: string) => `${cellId}/${day.slice(0, 4)}`;

/**
 * How many members the viewer may read stood at three or more absences in a row on a regular meeting's day: each member's records at the
 * cell's held regular meetings of the year up to that day. A cell's year is read once, whatever the number of its
 * meetings asking (reading it per meeting would grow with the square of a year's meetings).
 */
async function membersAbsentThreeInARowOn(meeting: MeetingRow, context: Context): Promise<number> {
  const records = await context.loaders
    .grouped(
      "regularAttendanceOfYear",
      (keys) =>
        Promise.all(
          keys.map((key) => {
            const [cellId = "", year = ""] = key.split("/");
            return regularAttendanceOfYear(context.db, cellId, year);
          }),
        ).then((perKey) => perKey.flat()),
      (row) => cellYearKey(row.cell_id, row.meeting_date),
    )
    .load(cellYearKey(meeting.cell_id, meeting.meeting_date));
  // Each member's statuses stay in date order, as read.
  const statusesByPerson = new Map<string, RegularAttendanceRow["status"][]>();
  for (const record of records.filter((row) => row.meeting_date <= meeting.meeting_date)) {
    const statuses = statusesByPerson.get(record.person_id) ?? [];
    statuses.push(record.status);
    statusesByPerson.set(record.person_id, statuses);
  }
  const absentees = [...statusesByPerson.entries()]
    .filter(([, statuses]) => trailingAbsenceRun(statuses) >= REPEATED_ABSENCE_RUN)
    .map(([personId]) => personId);
  // A count in a message is of people the viewer may read, like any list: nothing hidden is counted.
  const readable = await Promise.all(absentees.map((personId) => context.access.canReadPerson(personId)));
  return readable.filter(Boolean).length;
}

/** A meeting's expected attendees with their records, read with the other loads of the moment. */
export function attendeeRowsOf(meetingId: string, context: Context): Promise<AttendeeRow[]> {
  return context.loaders
    .grouped(
      "attendees",
      (ids) => attendeesOfMeetings(context.db, ids),
      (row) => row.meeting_id,
    )
    .load(meetingId);
}

export async function attendeesOf(
  meeting: MeetingRow,
  context: Context,
): Promise<(AttendeeRow & Attendee)[]> {
  const rows = await attendeeRowsOf(meeting.id, context);
  // The cell's members on the meeting's day: whoever reads the meeting reads them (its cell is on their line), and
  // their person rows came with them.
  context.access.vouchForPeople(rows.map((row) => row.person_id));
  for (const row of rows) context.loaders.person.prime(row.person_id, row);
  return rows.map((row) => ({
    ...row,
    personId: row.person_id,
    partyStatus: partyStatusOn(
      { partyStatus: row.party_status, admittedOn: row.admitted_on, officialOn: row.official_on },
      meeting.meeting_date,
    ),
  }));
}

/** The expected attendees' standing on the meeting's day and records, without their person rows: for figures. */
export async function attendeeStandingsOf(meeting: MeetingRow, context: Context): Promise<Attendee[]> {
  const rows = await context.loaders
    .grouped(
      "attendeeStandings",
      (ids) => attendeeStandingsOfMeetings(context.db, ids),
      (row) => row.meeting_id,
    )
    .load(meeting.id);
  return rows.map((row) => ({
    personId: row.person_id,
    status: row.status,
    partyStatus: partyStatusOn(
      { partyStatus: row.party_status, admittedOn: row.admitted_on, officialOn: row.official_on },
      meeting.meeting_date,
    ),
  }));
}

const personOf = (id: string | null, context: Context) => (id ? context.loaders.person.load(id) : null);

const GuestRef = builder.objectRef<GuestRow>("MeetingGuest").implement({
  description: "Someone from outside the cell who attended, and in what capacity.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name as recorded." }),
    capacity: t.exposeString("capacity", {
      nullable: true,
      description: "The capacity they attended in (“Đảng ủy viên, dự và chỉ đạo”).",
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: "The person, where recorded in Chibo.",
      resolve: (guest, _args, context) => personOf(guest.person_id, context),
    }),
  }),
});

const AgendaItemRef = builder.objectRef<AgendaItemRow>("AgendaItem").implement({
  description: "An item of a meeting's agenda, in order.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "1 for the first item." }),
    kind: t.expose("kind", { type: AgendaKindEnum, description: "Kind of item." }),
    kindLabel: t.string({
      description: "Vietnamese label of kind.",
      resolve: (item) => AGENDA_KIND_LABELS[item.kind],
    }),
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
        const links = await context.loaders
          .grouped(
            "agendaDocuments",
            (ids) => agendaDocumentsByItemIds(context.db, ids),
            (row) => row.agenda_item_id,
          )
          .load(item.id);
        const rows = (await context.loaders.document.loadMany(links.map((link) => link.document_id))).filter(
          (row): row is DocumentRow => row !== null && !(row instanceof Error),
        );
        const readable = await Promise.all(rows.map((row) => context.access.canReadDocument(row)));
        return rows.filter((_row, index) => readable[index]);
      },
    }),
  }),
});

type AttendanceEntry = AttendeeRow & Attendee & { history?: AttendanceHistoryRow[] };

const AttendanceCorrectionRef = builder.objectRef<AttendanceHistoryRow>("AttendanceRecord").implement({
  description: "One record of an attendee's status: a check-in or an entry or correction by the secretary.",
  fields: (t) => ({
    status: t.expose("status", { type: AttendanceStatusEnum, description: "Status recorded." }),
    source: t.exposeString("source", { description: "CHECK_IN (by the member) or SECRETARY." }),
    recordedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who recorded it, where the token named a person.",
      resolve: (row, _args, context) => personOf(row.recorded_by, context),
    }),
    recordedAt: t.expose("recorded_at", { type: "DateTime", description: "When." }),
    note: t.exposeString("note", { nullable: true, description: "Reason or note." }),
  }),
});

const AttendanceRef = builder.objectRef<AttendanceEntry>("Attendance").implement({
  description: "An expected attendee (a member of the cell on the meeting's day) and their record.",
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: "The member.",
      resolve: async (row, _args, context) => (await context.loaders.person.load(row.person_id)) as PersonRow,
    }),
    partyStatusThen: t.field({
      type: PartyStatusEnum,
      description: "Their standing on the meeting's day (official or probationary).",
      resolve: (row) => row.partyStatus,
    }),
    status: t.field({
      type: AttendanceStatusEnum,
      nullable: true,
      description: "Present, absent with or without reason, exempted; null while not recorded.",
      resolve: (row) => row.status,
    }),
    statusLabel: t.string({
      nullable: true,
      description: "Vietnamese label of status.",
      resolve: (row) => (row.status ? ATTENDANCE_STATUS_LABELS[row.status] : null),
    }),
    note: t.exposeString("note", { nullable: true, description: "Reason or note." }),
    history: t.field({
      type: [AttendanceCorrectionRef],
      description: "Every record and correction, oldest first.",
      resolve: async (row, _args, context) =>
        (
          await context.loaders
            .grouped(
              "attendanceHistory",
              (ids) => attendanceHistoryByMeetingIds(context.db, ids),
              (h) => h.meeting_id,
            )
            .load(row.meeting_id)
        ).filter((entry) => entry.person_id === row.person_id),
    }),
  }),
});

interface Counts {
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  exempted: number;
  notRecorded: number;
}

const CountsRef = builder.objectRef<Counts>("AttendanceCounts").implement({
  description: "Attendees by status.",
  fields: (t) => ({
    present: t.exposeInt("present", { description: "Present." }),
    absentExcused: t.exposeInt("absentExcused", { description: "Absent with an approved reason." }),
    absentUnexcused: t.exposeInt("absentUnexcused", { description: "Absent without reason." }),
    exempted: t.exposeInt("exempted", { description: "Exempted from activity." }),
    notRecorded: t.exposeInt("notRecorded", { description: "Not recorded yet." }),
  }),
});

const AttendanceSummaryRef = builder
  .objectRef<ReturnType<typeof summarizeAttendance>>("AttendanceSummary")
  .implement({
    description: "Attendance figures of a meeting, computed from the records (src/domain/quorum.ts).",
    fields: (t) => ({
      expected: t.exposeInt("expected", { description: "Members of the cell on the meeting's day." }),
      all: t.field({ type: CountsRef, description: "All expected attendees.", resolve: (s) => s.all }),
      official: t.field({ type: CountsRef, description: "Official members.", resolve: (s) => s.official }),
      probationary: t.field({
        type: CountsRef,
        description: "Probationary members.",
        resolve: (s) => s.probationary,
      }),
      attendanceRate: t.float({
        nullable: true,
        description: "Present over expected minus exempted (0–1).",
        resolve: (s) => s.attendanceRate,
      }),
      membersWhoCount: t.exposeInt("membersWhoCount", {
        description:
          "Denominator of a vote (Quy định 24-QĐ/TW 9.3.2): official members, less exempted and excused absentees.",
      }),
      voters: t.exposeInt("voters", { description: "Official members present: who may vote." }),
    }),
  });

const DecisionRef = builder.objectRef<DecisionRow>("MeetingDecision").implement({
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
      description: "More than half of the members who count approved (Điều lệ, Điều 9.5).",
      resolve: (decision) => motionPassed(decision.votes_for, decision.members_who_count),
    }),
    votes: t.field({
      type: [
        builder.objectRef<{ person_id: string; choice: keyof typeof VOTE_CHOICE_LABELS }>("Vote").implement({
          description: "A named vote.",
          fields: (v) => ({
            person: v.field({
              type: PersonRef,
              description: "The voter.",
              resolve: async (vote, _args, context) =>
                (await context.loaders.person.load(vote.person_id)) as PersonRow,
            }),
            choice: v.expose("choice", { type: VoteChoiceEnum, description: "For, against or abstain." }),
          }),
        }),
      ],
      description: "Named votes, where recorded.",
      resolve: (decision, _args, context) =>
        context.loaders
          .grouped(
            "votes",
            (ids) => votesByDecisionIds(context.db, ids),
            (vote) => vote.decision_id,
          )
          .load(decision.id),
    }),
  }),
});

const CriterionRef = builder
  .objectRef<ReturnType<typeof qualityCriteria>[number]>("MeetingQualityCheck")
  .implement({
    description: "One quality criterion and whether the meeting met it.",
    fields: (t) => ({
      criterion: t.field({
        type: QualityCriterionEnum,
        description: "The criterion.",
        resolve: (c) => c.criterion,
      }),
      label: t.string({
        description: "The criterion in Vietnamese.",
        resolve: (c) => QUALITY_CRITERIA[c.criterion],
      }),
      met: t.boolean({
        nullable: true,
        description: "Met, not met, or null when the fact is not recorded.",
        resolve: (c) => c.met,
      }),
      detail: t.exposeString("detail", { description: "The figures behind it." }),
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
    cell: t.field({
      type: CellRef,
      description: "The cell or committee that meets.",
      resolve: async (m, _args, context) => (await context.loaders.cell.load(m.cell_id)) as CellRow,
    }),
    kind: t.expose("kind", { type: MeetingKindEnum, description: "Kind of meeting." }),
    kindLabel: t.string({
      description: "Vietnamese label of kind.",
      resolve: (m) => MEETING_KIND_LABELS[m.kind],
    }),
    title: t.exposeString("title", { description: "Title." }),
    status: t.expose("status", {
      type: MeetingStatusEnum,
      description: "Scheduled, held, postponed or cancelled.",
    }),
    statusLabel: t.string({
      description: "Vietnamese label of status.",
      resolve: (m) => MEETING_STATUS_LABELS[m.status],
    }),
    date: t.expose("meeting_date", {
      type: "Date",
      description: "The local day (Asia/Ho_Chi_Minh) of the scheduled start.",
    }),
    scheduledStart: t.expose("scheduled_start", { type: "DateTime", description: "Scheduled start." }),
    scheduledEnd: t.expose("scheduled_end", { type: "DateTime", description: "Scheduled end." }),
    actualStart: t.expose("actual_start", { type: "DateTime", nullable: true, description: "Actual start." }),
    actualEnd: t.expose("actual_end", { type: "DateTime", nullable: true, description: "Actual end." }),
    location: t.exposeString("location", { nullable: true, description: "Where." }),
    chair: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who chaired (directed) it.",
      resolve: (m, _args, context) => personOf(m.chair_person_id, context),
    }),
    secretary: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who took the minutes.",
      resolve: (m, _args, context) => personOf(m.secretary_person_id, context),
    }),
    guests: t.loadableGroup({
      type: GuestRef,
      description: "People from outside the cell who attended, with their capacity.",
      load: (ids: string[], context) => guestsByMeetingIds(context.db, ids),
      group: (guest) => guest.meeting_id,
      resolve: (m) => m.id,
    }),
    agenda: t.loadableGroup({
      type: AgendaItemRef,
      description: "The agenda, in order.",
      load: (ids: string[], context) => agendaByMeetingIds(context.db, ids),
      group: (item) => item.meeting_id,
      resolve: (m) => m.id,
    }),
    attendance: t.field({
      type: [AttendanceRef],
      description: "Every expected attendee — the cell's members on the meeting's day — with their record.",
      resolve: (m, _args, context) => attendeesOf(m, context),
    }),
    attendanceSummary: t.field({
      type: AttendanceSummaryRef,
      description:
        "Attendance rate, counts by status and by official/probationary, and the vote denominator.",
      resolve: async (m, _args, context) => summarizeAttendance(await attendeeStandingsOf(m, context)),
    }),
    decisions: t.loadableGroup({
      type: DecisionRef,
      description: "Motions voted on, in order.",
      load: (ids: string[], context) => decisionsByMeetingIds(context.db, ids),
      group: (decision) => decision.meeting_id,
      resolve: (m) => m.id,
    }),
    minutes: t.field({
      type: DocumentRef,
      nullable: true,
      description: "The minutes (a document of type MINUTES).",
      resolve: (m, _args, context) =>
        m.minutes_document_id ? context.loaders.document.load(m.minutes_document_id) : null,
    }),
    resolution: t.field({
      type: DocumentRef,
      nullable: true,
      description: "The resolution the meeting adopted, if any.",
      resolve: (m, _args, context) =>
        m.resolution_document_id ? context.loaders.document.load(m.resolution_document_id) : null,
    }),
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
      resolve: (m) => m.id,
    }),
    qualityChecks: t.field({
      type: [CriterionRef],
      nullable: true,
      description:
        "For a held regular meeting: each quality criterion, met or not, so the secretary sees what to fix.",
      resolve: async (m, _args, context) => {
        if (m.kind !== "REGULAR" || m.status !== "HELD") return null;
        const [attendees, agenda, membersAbsentThreeInARow] = await Promise.all([
          attendeeStandingsOf(m, context),
          context.loaders
            .grouped(
              "agendaOf",
              (ids) => agendaByMeetingIds(context.db, ids),
              (i) => i.meeting_id,
            )
            .load(m.id),
          membersAbsentThreeInARowOn(m, context),
        ]);
        return qualityCriteria({
          kind: m.kind,
          meetingDate: m.meeting_date,
          scheduledStart: m.scheduled_start,
          actualStart: m.actual_start,
          actualEnd: m.actual_end,
          combinedWithThematic: m.combined_with_thematic === 1,
          attendance: summarizeAttendance(attendees),
          membersAbsentThreeInARow,
          contentPrepared: m.content_prepared === null ? null : m.content_prepared === 1,
          draftResolutionPrepared:
            m.draft_resolution_prepared === null ? null : m.draft_resolution_prepared === 1,
          agendaItems: agenda.length,
          agendaItemsCovered: agenda.filter((item) => item.covered === 1).length,
          agendaItemsUnrecorded: agenda.filter((item) => item.covered === null).length,
          membersWhoSpoke: m.members_who_spoke,
          minutesRecorded: m.minutes_document_id !== null,
          materialsSentAt: m.materials_sent_at,
        });
      },
    }),
    version: t.exposeInt("version", {
      description: "Increases with every change; send it back as expectedVersion.",
    }),
  }),
});

const CellComplianceRef = builder.objectRef<ReturnType<typeof judgeYear>>("CellMeetingCompliance").implement({
  description: "A cell's meeting record over a year against the rules.",
  fields: (t) => ({
    cell: t.field({
      type: CellRef,
      description: "The cell.",
      resolve: async (c, _args, context) => (await context.loaders.cell.load(c.cellId)) as CellRow,
    }),
    monthsWithoutRegularMeeting: t.intList({
      description:
        "Months (1–12) with no held regular meeting, among the months that are over and that the cell existed for " +
        "in full (a founding or dissolution date known only to the year or month counts from its first day).",
      resolve: (c) => c.monthsWithoutRegularMeeting,
    }),
    quartersWithoutThematicMeeting: t.intList({
      description:
        "Quarters (1–4) with no held thematic meeting, among the quarters that are over and that the cell existed " +
        "for in full.",
      resolve: (c) => c.quartersWithoutThematicMeeting,
    }),
    attendanceRate: t.float({
      nullable: true,
      description: "Present over counted, all held meetings.",
      resolve: (c) => c.attendanceRate,
    }),
    membersAbsentThreeInARow: t.field({
      type: [PersonRef],
      description: "Members absent from three or more regular meetings in a row.",
      resolve: async (c, _args, context) => {
        // Only the people the viewer may read: a refusal per hidden person would count them.
        const readable = await Promise.all(
          c.membersAbsentThreeInARow.map((personId) => context.access.canReadPerson(personId)),
        );
        const people = await context.loaders.person.loadMany(
          c.membersAbsentThreeInARow.filter((_personId, index) => readable[index]),
        );
        return people.filter((row): row is PersonRow => row !== null && !(row instanceof Error));
      },
    }),
    fallsShort: t.exposeBoolean("fallsShort", { description: "Whether any of the above falls short." }),
  }),
});

export const ComplianceRef = builder
  .objectRef<Awaited<ReturnType<typeof complianceOf>>>("MeetingCompliance")
  .implement({
    description:
      "Meeting compliance over a year: for a cell, its own; for a committee, rolled up over its subtree.",
    fields: (t) => ({
      year: t.exposeInt("year", { description: "The year." }),
      cellCount: t.exposeInt("cellCount", { description: "Cells judged." }),
      attendanceRate: t.float({
        nullable: true,
        description: "Over all held meetings of those cells.",
        resolve: (c) => c.attendanceRate,
      }),
      cells: t.field({
        type: [CellComplianceRef],
        description: "Each cell's record (for a cell: itself).",
        resolve: (c) => c.cells,
      }),
      cellsFallingShort: t.field({
        type: [CellComplianceRef],
        description: "The cells that fall short.",
        resolve: (c) => c.cellsFallingShort,
      }),
    }),
  });

const QualityGradeRef = builder.objectRef<QualityGrade>("MeetingQualityGrade").implement({
  description: "A grade of the meeting-quality scale.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable code (EXCELLENT, GOOD …, or the committee's own)." }),
    label: t.exposeString("label", { description: "Vietnamese label (Tốt, Khá …)." }),
    rank: t.exposeInt("rank", { description: "1 for the best grade." }),
  }),
});

builder.objectFields(CellRef, (t) => ({
  meetings: t.connection({
    type: MeetingRef,
    nullable: true,
    description: "This organization's meetings, newest first.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: {
      kind: t.arg({ type: MeetingKindEnum, description: "Only this kind." }),
      status: t.arg({ type: MeetingStatusEnum, description: "Only this status." }),
      from: t.arg({ type: "Date", description: "On or after this day." }),
      to: t.arg({ type: "Date", description: "On or before this day." }),
    },
    resolve: async (cell, args, context) =>
      asConnection(
        await context.loaders.page<MeetingRow>(
          "cellMeetings",
          meetingListQuery(
            {
              kind: args.kind ?? null,
              status: args.status ?? null,
              from: args.from ?? null,
              to: args.to ?? null,
            },
            { everything: true, readPaths: [] },
            true,
          ),
          cell.id,
          args,
        ),
      ),
  }),
  meetingCompliance: t.field({
    type: ComplianceRef,
    nullable: true,
    description:
      "Months without a held regular meeting, quarters without a thematic one, attendance, members absent three " +
      "times in a row — for a committee, over every cell of its subtree (a fixed number of D1 queries).",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => complianceOf(context, cell, args.year),
  }),
  meetingQualityScale: t.field({
    type: [QualityGradeRef],
    description:
      "The grade scale for meeting quality that applies here: set by the nearest committee above, else the default.",
    resolve: (cell, _args, context) => qualityScaleOf(context, cell),
  }),
}));

builder.objectField(TermRef, "electedAt", (t) =>
  t.field({
    type: MeetingRef,
    nullable: true,
    description: "The congress that elected this term's leadership.",
    resolve: (term, _args, context) => {
      const meetingId = (term as TermRow & { elected_at_meeting_id?: string | null }).elected_at_meeting_id;
      return meetingId ? context.loaders.meeting.load(meetingId) : null;
    },
  }),
);
