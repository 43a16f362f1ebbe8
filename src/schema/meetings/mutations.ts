import { builder } from "../../builder";
import { cellFacts, termsByIds } from "../../db/cells";
import { newId } from "../../db/database";
import {
  contentOfMeeting,
  insertMeeting,
  linkTermToCongress,
  type MeetingContent,
  setQualityScale,
  updateMeeting,
} from "../../db/meetings";
import { assertActive } from "../../domain/cells";
import {
  assertCongressElects,
  assertHeldFacts,
  assertInstantOrder,
  assertMembersWhoSpoke,
  localDateOf,
  meetingTitle,
  qualityScale,
  toUtc,
} from "../../domain/meetings";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef, TermRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, committeeOrRefuse } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { PersonRef } from "../people/refs";
import {
  AgendaItemInput,
  agendaStatements,
  assertOfficers,
  basisStatements,
  documentOfType,
  flag,
  GuestInput,
  guestStatements,
  meetingOrRefuse,
  reloadMeeting,
  SpeechInput,
  speechStatements,
  writesMeeting,
} from "./meeting-writes";
import { MeetingKindEnum, MeetingRef, MeetingStatusEnum } from "./refs";

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
    basisDocumentIds: t.globalIDList({
      for: DocumentRef,
      description: "The documents the meeting is held under (căn cứ), in order.",
    }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The scheduled meeting." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertActive(cellFacts(cell), ["cellId"]);
    assertInstantOrder(input.scheduledStart, input.scheduledEnd, ["scheduledEnd"]);
    const title = meetingTitle(input.title);
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
      guests.flatMap((guest) => (guest.personId ? [guest.personId.id] : [])),
    );
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      insertMeeting(context.db, id, content),
      ...(await agendaStatements(context, id, input.agenda ?? [])),
      ...(await guestStatements(context, id, guests)),
      ...(await basisStatements(context, id, input.basisDocumentIds ?? [])),
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
    basisDocumentIds: t.globalIDList({
      for: DocumentRef,
      description: "All the documents it is held under (căn cứ), in order, replacing the current ones.",
    }),
    speeches: t.field({
      type: [SpeechInput],
      description:
        "Everyone who spoke, in order, replacing the current list; membersWhoSpoke follows from it unless given.",
    }),
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
    assertHeldFacts(
      content.status,
      { actualStart: content.actual_start, actualEnd: content.actual_end },
      new Date(),
    );
    const speeches = input.speeches
      ? await speechStatements(context, meeting, input.speeches, {
          agendaItems: input.agenda ? input.agenda.length : null,
          membersWhoSpoke: input.membersWhoSpoke ?? null,
        })
      : null;
    if (speeches) content.members_who_spoke = speeches.membersWhoSpoke;
    assertMembersWhoSpoke(content.members_who_spoke);
    const guests = input.guests ?? null;
    await assertOfficers(
      context,
      content,
      (guests ?? []).flatMap((guest) => (guest.personId ? [guest.personId.id] : [])),
    );
    await context.db.write([
      context.db.guardVersion("meetings", meeting.id, meeting.version),
      updateMeeting(context.db, meeting.id, content),
      ...(input.agenda ? await agendaStatements(context, meeting.id, input.agenda) : []),
      ...(guests ? await guestStatements(context, meeting.id, guests) : []),
      ...(input.basisDocumentIds ? await basisStatements(context, meeting.id, input.basisDocumentIds) : []),
      ...(speeches?.statements ?? []),
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
    if (!term)
      refuse("NOT_FOUND", { vi: "Không có nhiệm kỳ nào có ID này.", en: "No term has this ID." }, ["termId"]);
    assertCongressElects(
      { kind: meeting.kind, status: meeting.status, cellId: meeting.cell_id },
      { cellId: term.cell_id },
    );
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
    const committee = await committeeOrRefuse(context, input.committeeId.id, {
      vi: "Thang xếp loại do đảng bộ đặt.",
      en: "Scales are set by committees.",
    });
    const grades = qualityScale(input.grades);
    await context.db.write([
      setQualityScale(context.db, committee.id, JSON.stringify(grades), context.viewer?.personId ?? null),
    ]);
    return committee;
  },
});
