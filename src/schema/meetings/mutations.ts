import { builder } from "../../builder";
import type { Context } from "../../context";
import { type CellRow, termsByIds } from "../../db/cells";
import { newId, nowIso } from "../../db/database";
import {
  contentOfMeeting,
  insertDecision,
  insertMeeting,
  linkTermToCongress,
  type MeetingContent,
  type MeetingRow,
  recordAttendance,
  replaceAgenda,
  replaceGuests,
  setQualityScale,
  updateMeeting,
} from "../../db/meetings";
import { memberIdsOn } from "../../db/people";
import { isCellKind } from "../../domain/cells";
import {
  type AttendanceStatus,
  assertCheckInOpen,
  assertHeldFacts,
  assertInstantOrder,
  localDateOf,
  toUtc,
} from "../../domain/meetings";
import { assertVoteCounts, summarizeAttendance, tallyNamedVotes } from "../../domain/quorum";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion, cellOrRefuse } from "../cells/mutations";
import { CellRef, TermRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { DocumentRef } from "../documents/refs";
import { PersonRef } from "../people/refs";
import { attendeeRowsOf, attendeeStandingsOf, attendeesOf } from "./attendance";
import {
  AgendaKindEnum,
  AttendanceStatusEnum,
  MeetingKindEnum,
  MeetingRef,
  MeetingStatusEnum,
  VoteChoiceEnum,
} from "./refs";

const AgendaItemInput = builder.inputType("AgendaItemInput", {
  description: "An agenda item, in the order given.",
  fields: (t) => ({
    kind: t.field({ type: AgendaKindEnum, required: true, description: "Kind of item." }),
    title: t.string({ required: true, description: "What the item is." }),
    covered: t.boolean({ description: "Whether the meeting covered it (after the meeting)." }),
    documentIds: t.globalIDList({ for: DocumentRef, description: "Documents discussed under it." }),
  }),
});

const GuestInput = builder.inputType("MeetingGuestInput", {
  description: "Someone from outside the cell who attends.",
  fields: (t) => ({
    name: t.string({ description: "Name (required unless personId is given)." }),
    personId: t.globalID({ for: PersonRef, description: "The person, where recorded in Chibo." }),
    capacity: t.string({ description: "The capacity they attend in." }),
  }),
});

const MAX_AGENDA_ITEMS = 30;
const MAX_GUESTS = 50;

/** A meeting the viewer may read; one out of reach is answered as one that does not exist. */
async function meetingOrRefuse(context: Context, id: string): Promise<MeetingRow> {
  const meeting = await context.loaders.meeting.load(id);
  if (!meeting || !(await context.access.canRead(meeting.cell_id))) {
    refuse("NOT_FOUND", "No meeting you can see has this ID.", ["meetingId"]);
  }
  return meeting;
}

async function reloadMeeting(context: Context, id: string): Promise<MeetingRow> {
  context.loaders.meeting.clear(id);
  return meetingOrRefuse(context, id);
}

/** Writers of the meeting's cell; a meeting out of reach passes like an unknown one, for meetingOrRefuse to answer. */
async function writesMeeting(meetingId: string, context: Context) {
  const meeting = await context.loaders.meeting.load(meetingId);
  return meeting && (await context.access.canRead(meeting.cell_id))
    ? { writeCell: meeting.cell_id }
    : { authenticated: true };
}

type AgendaInput = {
  kind: string;
  title: string;
  covered?: boolean | null;
  documentIds?: { id: string }[] | null;
};
type GuestInputShape = { name?: string | null; personId?: { id: string } | null; capacity?: string | null };

async function agendaStatements(context: Context, meetingId: string, items: readonly AgendaInput[]) {
  if (items.length > MAX_AGENDA_ITEMS)
    refuse("TOO_MANY_ITEMS", `At most ${MAX_AGENDA_ITEMS} agenda items.`, ["agenda"]);
  const rows = [];
  for (const [index, item] of items.entries()) {
    const title = item.title.trim();
    if (!title) refuse("INVALID_TITLE", "An agenda item needs a title.", ["agenda", String(index), "title"]);
    const documentIds: string[] = [];
    for (const id of item.documentIds ?? []) {
      const document = await context.loaders.document.load(id.id);
      if (!document || !(await context.access.canReadDocument(document))) {
        refuse("NOT_FOUND", "No document you can see has this ID.", ["agenda", String(index), "documentIds"]);
      }
      documentIds.push(document.id);
    }
    rows.push({
      id: newId(),
      position: index + 1,
      kind: item.kind as never,
      title,
      covered: item.covered == null ? null : item.covered ? 1 : 0,
      documentIds: [...new Set(documentIds)],
    });
  }
  return replaceAgenda(context.db, meetingId, rows);
}

async function guestStatements(context: Context, meetingId: string, guests: readonly GuestInputShape[]) {
  if (guests.length > MAX_GUESTS) refuse("TOO_MANY_GUESTS", `At most ${MAX_GUESTS} guests.`, ["guests"]);
  const rows = [];
  for (const [index, guest] of guests.entries()) {
    const person = guest.personId ? await context.loaders.person.load(guest.personId.id) : null;
    // The guest's name is stored and shown with the meeting: only a person the writer may read can be named.
    if (guest.personId && (!person || !(await context.access.canReadPerson(person.id))))
      refuse("NOT_FOUND", "No person you can see has this ID.", ["guests", String(index), "personId"]);
    const name = guest.name?.trim() || person?.full_name;
    if (!name) refuse("INVALID_NAME", "A guest needs a name or a person.", ["guests", String(index), "name"]);
    rows.push({
      id: newId(),
      position: index + 1,
      person_id: person?.id ?? null,
      name,
      capacity: guest.capacity?.trim() || null,
    });
  }
  return replaceGuests(context.db, meetingId, rows);
}

/** The chair may be a member or a guest (a superior committee's member directing); the note-taker is a member. */
async function assertOfficers(context: Context, content: MeetingContent, guestPersonIds: readonly string[]) {
  const members = new Set(await memberIdsOn(context.db, content.cell_id, content.meeting_date));
  if (
    content.chair_person_id &&
    !members.has(content.chair_person_id) &&
    !guestPersonIds.includes(content.chair_person_id)
  ) {
    refuse("NOT_AN_ATTENDEE", "The chair is neither a member of the cell on that day nor a guest.", [
      "chairId",
    ]);
  }
  if (content.secretary_person_id && !members.has(content.secretary_person_id)) {
    refuse("NOT_AN_ATTENDEE", "The note-taker must be a member of the cell on that day.", ["secretaryId"]);
  }
}

async function documentOfType(
  context: Context,
  id: { id: string } | null | undefined,
  type: string,
  field: string,
) {
  if (!id) return null;
  const document = await context.loaders.document.load(id.id);
  if (!document || !(await context.access.canReadDocument(document))) {
    refuse("NOT_FOUND", "No document you can see has this ID.", [field]);
  }
  if (document.type !== type)
    refuse("WRONG_DOCUMENT_TYPE", `The ${field.replace(/Id$/, "")} must be a document of type ${type}.`, [
      field,
    ]);
  return document.id;
}

function flag(value: boolean | null | undefined, current: number | null): number | null {
  if (value === undefined) return current;
  return value === null ? null : value ? 1 : 0;
}

defineMutation("scheduleMeeting", {
  description: "Schedules a meeting of a cell or committee, with its agenda and guests.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell or committee." }),
    kind: t.field({ type: MeetingKindEnum, required: true, description: "Kind of meeting." }),
    title: t.string({ required: true, description: "Title." }),
    scheduledStart: t.field({
      type: "DateTime",
      required: true,
      description: "Start (with offset, e.g. +07:00).",
    }),
    scheduledEnd: t.field({ type: "DateTime", required: true, description: "End." }),
    location: t.string({ description: "Where." }),
    chairId: t.globalID({ for: PersonRef, description: "Who chairs (a member, or a guest)." }),
    secretaryId: t.globalID({ for: PersonRef, description: "Who takes the minutes (a member)." }),
    combinedWithThematic: t.boolean({
      description: "A regular meeting held together with a thematic one (120 minutes).",
    }),
    agenda: t.field({ type: [AgendaItemInput], description: "Agenda items, in order." }),
    guests: t.field({ type: [GuestInput], description: "Guests from outside the cell." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The scheduled meeting." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    if (cell.dissolved_on !== null)
      refuse("CELL_DISSOLVED", `${cell.name} was dissolved on ${cell.dissolved_on}.`, ["cellId"]);
    assertInstantOrder(input.scheduledStart, input.scheduledEnd, ["scheduledEnd"]);
    const title = input.title.trim();
    if (!title) refuse("INVALID_TITLE", "A meeting needs a title.", ["title"]);
    const id = newId();
    const content: MeetingContent = {
      cell_id: cell.id,
      kind: input.kind,
      title,
      status: "SCHEDULED",
      scheduled_start: toUtc(input.scheduledStart),
      scheduled_end: toUtc(input.scheduledEnd),
      meeting_date: localDateOf(input.scheduledStart),
      actual_start: null,
      actual_end: null,
      location: input.location?.trim() || null,
      chair_person_id: input.chairId?.id ?? null,
      secretary_person_id: input.secretaryId?.id ?? null,
      minutes_document_id: null,
      resolution_document_id: null,
      content_prepared: null,
      draft_resolution_prepared: null,
      materials_sent_at: null,
      members_who_spoke: null,
      combined_with_thematic: input.combinedWithThematic ? 1 : 0,
    };
    const guests = input.guests ?? [];
    await assertOfficers(
      context,
      content,
      guests.flatMap((g) => (g.personId ? [g.personId.id] : [])),
    );
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      insertMeeting(context.db, id, content),
      ...(await agendaStatements(context, id, input.agenda ?? [])),
      ...(await guestStatements(context, id, guests)),
    ]);
    return reloadMeeting(context, id);
  },
});

defineMutation("updateMeeting", {
  description:
    "Changes a meeting: reschedules, postpones or cancels it, records it held with its actual times and the facts " +
    "the quality criteria ask about, links its minutes and resolution, replaces its agenda or guests.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
    title: t.string({ description: "Title." }),
    status: t.field({ type: MeetingStatusEnum, description: "New status (HELD needs the actual times)." }),
    scheduledStart: t.field({ type: "DateTime", description: "Scheduled start." }),
    scheduledEnd: t.field({ type: "DateTime", description: "Scheduled end." }),
    actualStart: t.field({ type: "DateTime", description: "Actual start." }),
    actualEnd: t.field({ type: "DateTime", description: "Actual end." }),
    location: t.string({ description: "Where." }),
    chairId: t.globalID({ for: PersonRef, description: "Who chaired." }),
    secretaryId: t.globalID({ for: PersonRef, description: "Who took the minutes." }),
    minutesDocumentId: t.globalID({ for: DocumentRef, description: "The minutes (type MINUTES)." }),
    resolutionDocumentId: t.globalID({
      for: DocumentRef,
      description: "The resolution adopted (type RESOLUTION).",
    }),
    contentPrepared: t.boolean({
      description: "The content was prepared and the cell committee met before.",
    }),
    draftResolutionPrepared: t.boolean({ description: "A draft resolution was prepared." }),
    materialsSentAt: t.field({ type: "DateTime", description: "When materials went to members." }),
    membersWhoSpoke: t.int({ description: "How many members spoke." }),
    combinedWithThematic: t.boolean({ description: "Held together with a thematic meeting." }),
    agenda: t.field({ type: [AgendaItemInput], description: "The whole agenda, replacing the current one." }),
    guests: t.field({ type: [GuestInput], description: "All guests, replacing the current ones." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting as changed." },
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const meeting = await meetingOrRefuse(context, input.meetingId.id);
    assertExpectedVersion(meeting, input.expectedVersion);
    const current = contentOfMeeting(meeting);
    const scheduledStart = input.scheduledStart ? toUtc(input.scheduledStart) : current.scheduled_start;
    const content: MeetingContent = {
      ...current,
      title: input.title?.trim() || current.title,
      status: input.status ?? current.status,
      scheduled_start: scheduledStart,
      scheduled_end: input.scheduledEnd ? toUtc(input.scheduledEnd) : current.scheduled_end,
      meeting_date: localDateOf(scheduledStart),
      actual_start:
        input.actualStart === undefined
          ? current.actual_start
          : input.actualStart && toUtc(input.actualStart),
      actual_end:
        input.actualEnd === undefined ? current.actual_end : input.actualEnd && toUtc(input.actualEnd),
      location: input.location === undefined ? current.location : input.location?.trim() || null,
      chair_person_id: input.chairId === undefined ? current.chair_person_id : (input.chairId?.id ?? null),
      secretary_person_id:
        input.secretaryId === undefined ? current.secretary_person_id : (input.secretaryId?.id ?? null),
      minutes_document_id:
        input.minutesDocumentId === undefined
          ? current.minutes_document_id
          : await documentOfType(context, input.minutesDocumentId, "MINUTES", "minutesDocumentId"),
      resolution_document_id:
        input.resolutionDocumentId === undefined
          ? current.resolution_document_id
          : await documentOfType(context, input.resolutionDocumentId, "RESOLUTION", "resolutionDocumentId"),
      content_prepared: flag(input.contentPrepared, current.content_prepared),
      draft_resolution_prepared: flag(input.draftResolutionPrepared, current.draft_resolution_prepared),
      materials_sent_at:
        input.materialsSentAt === undefined
          ? current.materials_sent_at
          : input.materialsSentAt && toUtc(input.materialsSentAt),
      members_who_spoke:
        input.membersWhoSpoke === undefined ? current.members_who_spoke : input.membersWhoSpoke,
      combined_with_thematic: flag(input.combinedWithThematic, current.combined_with_thematic) ?? 0,
    };
    assertInstantOrder(content.scheduled_start, content.scheduled_end, ["scheduledEnd"]);
    if (content.actual_start) assertInstantOrder(content.actual_start, content.actual_end, ["actualEnd"]);
    assertHeldFacts(content.status, { actualStart: content.actual_start, actualEnd: content.actual_end });
    if (
      content.members_who_spoke !== null &&
      (content.members_who_spoke < 0 || content.members_who_spoke > 1000)
    ) {
      refuse("INVALID_COUNT", "membersWhoSpoke is between 0 and the number present.", ["membersWhoSpoke"]);
    }
    const guests = input.guests ?? null;
    await assertOfficers(
      context,
      content,
      (guests ?? []).flatMap((g) => (g.personId ? [g.personId.id] : [])),
    );
    await context.db.write([
      context.db.guardVersion("meetings", meeting.id, meeting.version),
      updateMeeting(context.db, meeting.id, content),
      ...(input.agenda ? await agendaStatements(context, meeting.id, input.agenda) : []),
      ...(guests ? await guestStatements(context, meeting.id, guests) : []),
    ]);
    return reloadMeeting(context, meeting.id);
  },
});

const AttendanceEntryInput = builder.inputType("AttendanceEntryInput", {
  description: "One attendee's status.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    status: t.field({ type: AttendanceStatusEnum, required: true, description: "Their status." }),
    note: t.string({ description: "Reason or note (e.g. the approved reason of an absence)." }),
  }),
});

async function writeAttendance(
  context: Context,
  meeting: MeetingRow,
  entries: readonly { personId: string; status: AttendanceStatus; note: string | null }[],
  source: "CHECK_IN" | "SECRETARY",
) {
  if (meeting.status === "CANCELLED")
    refuse("MEETING_CANCELLED", "The meeting was cancelled.", ["meetingId"]);
  const expected = new Set((await attendeesOf(meeting, context)).map((a) => a.person_id));
  entries.forEach((entry, index) => {
    if (!expected.has(entry.personId)) {
      refuse("NOT_AN_ATTENDEE", "This person is not a member of the cell on the meeting's day.", [
        "entries",
        String(index),
        "personId",
      ]);
    }
  });
  const recordedAt = nowIso();
  await context.db.write([
    context.db.guardVersion("meetings", meeting.id, meeting.version),
    ...recordAttendance(
      context.db,
      {
        meeting_id: meeting.id,
        source,
        recorded_by: context.viewer?.personId ?? null,
        recorded_at: recordedAt,
      },
      entries.map((entry) => ({
        id: newId(),
        person_id: entry.personId,
        status: entry.status,
        note: entry.note,
      })),
    ),
  ]);
  // The answer is the meeting with its attendance and figures: all are read again in one round trip.
  attendeeRowsOf(meeting.id, context).catch(() => undefined);
  attendeeStandingsOf(meeting, context).catch(() => undefined);
  return reloadMeeting(context, meeting.id);
}

defineMutation("recordAttendance", {
  description: "The secretary records or corrects attendance; every record and correction is kept.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
    entries: t.field({ type: [AttendanceEntryInput], required: true, description: "Statuses to record." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting with its attendance." },
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const meeting = await meetingOrRefuse(context, input.meetingId.id);
    if (input.entries.length > 200) refuse("TOO_MANY_ENTRIES", "At most 200 entries at once.", ["entries"]);
    return writeAttendance(
      context,
      meeting,
      input.entries.map((entry) => ({
        personId: entry.personId.id,
        status: entry.status,
        note: entry.note?.trim() || null,
      })),
      "SECRETARY",
    );
  },
});

defineMutation("checkIn", {
  description: "A member checks themselves in from a phone, while their own cell's meeting runs.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const personId = context.viewer?.personId;
    if (!personId)
      refuse("NO_PERSON", "Your token names no person (its subject) to check in.", ["meetingId"]);
    const meeting = await context.loaders.meeting.load(input.meetingId.id);
    const expected = meeting
      ? (await attendeesOf(meeting, context)).some((a) => a.person_id === personId)
      : false;
    if (!meeting || !expected) {
      refuse("NOT_AN_ATTENDEE", "You can check in only to meetings of your own cell.", ["meetingId"]);
    }
    assertCheckInOpen(
      {
        status: meeting.status,
        scheduledStart: meeting.scheduled_start,
        scheduledEnd: meeting.scheduled_end,
        actualEnd: meeting.actual_end,
      },
      new Date(),
    );
    return writeAttendance(context, meeting, [{ personId, status: "PRESENT", note: null }], "CHECK_IN");
  },
});

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
    if (meeting.status !== "HELD")
      refuse("MEETING_NOT_HELD", "Record the meeting as held first.", ["meetingId"]);
    const motion = input.motion.trim();
    if (!motion) refuse("INVALID_MOTION", "A decision needs its motion.", ["motion"]);
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

defineMutation("linkTermToCongress", {
  description: "Records that a congress elected the leadership of a term.",
  inputFields: (t) => ({
    termId: t.globalID({ for: TermRef, required: true, description: "The term." }),
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The congress (held)." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The congress." },
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const meeting = await meetingOrRefuse(context, input.meetingId.id);
    const [term] = await termsByIds(context.db, [input.termId.id]);
    if (!term) refuse("NOT_FOUND", "No term has this ID.", ["termId"]);
    if (meeting.kind !== "CONGRESS")
      refuse("NOT_A_CONGRESS", "Only a congress elects a term's leadership.", ["meetingId"]);
    if (term.cell_id !== meeting.cell_id)
      refuse("TERM_MISMATCH", "The term belongs to another organization.", ["termId"]);
    if (meeting.status !== "HELD")
      refuse("MEETING_NOT_HELD", "The congress has not been recorded as held.", ["meetingId"]);
    await context.db.write([
      context.db.guardVersion("meetings", meeting.id, meeting.version),
      linkTermToCongress(context.db, term.id, meeting.id),
    ]);
    return reloadMeeting(context, meeting.id);
  },
});

const QualityGradeInput = builder.inputType("MeetingQualityGradeInput", {
  description: "A grade of a meeting-quality scale, best first.",
  fields: (t) => ({
    code: t.string({ required: true, description: "Stable code, e.g. GOOD." }),
    label: t.string({ required: true, description: "Vietnamese label, e.g. Tốt." }),
  }),
});

defineMutation("setMeetingQualityScale", {
  description:
    "A committee sets the grade scale its subtree uses for meeting quality (set locally, e.g. 27-QĐ/TU).",
  inputFields: (t) => ({
    committeeId: t.globalID({ for: CellRef, required: true, description: "The committee." }),
    grades: t.field({
      type: [QualityGradeInput],
      required: true,
      description: "The grades, best first (2–10).",
    }),
  }),
  output: { field: "committee", type: CellRef, description: "The committee, with its scale." },
  authorize: (input) => ({ governUnder: input.committeeId.id }),
  run: async (input, context) => {
    const committee: CellRow = await cellOrRefuse(context, input.committeeId.id, "committeeId");
    if (isCellKind(committee.kind))
      refuse("NOT_A_COMMITTEE", "Scales are set by committees.", ["committeeId"]);
    if (input.grades.length < 2 || input.grades.length > 10)
      refuse("INVALID_SCALE", "A scale has 2 to 10 grades.", ["grades"]);
    const grades = input.grades.map((grade, index) => ({
      code: grade.code.trim().toUpperCase(),
      label: grade.label.trim(),
      rank: index + 1,
    }));
    if (grades.some((grade) => !/^[A-Z][A-Z0-9_]{0,30}$/.test(grade.code) || !grade.label)) {
      refuse("INVALID_SCALE", "Each grade has a code (letters, digits, _) and a label.", ["grades"]);
    }
    if (new Set(grades.map((grade) => grade.code)).size !== grades.length) {
      refuse("INVALID_SCALE", "Grade codes must differ.", ["grades"]);
    }
    await context.db.write([
      setQualityScale(context.db, committee.id, JSON.stringify(grades), context.viewer?.personId ?? null),
    ]);
    return committee;
  },
});
