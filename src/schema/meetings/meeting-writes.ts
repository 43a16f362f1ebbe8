import { builder } from "../../builder";
import type { Context } from "../../context";
import { newId } from "../../db/database";
import {
  agendaByMeetingIds,
  type MeetingContent,
  type MeetingRow,
  replaceAgenda,
  replaceGuests,
} from "../../db/meetings";
import { memberIdsOn } from "../../db/people";
import { replaceBasisDocuments, replaceSpeeches } from "../../db/proceedings";
import { assertDocumentType, type DocumentType } from "../../domain/documents";
import {
  agendaItemTitle,
  assertAgendaSize,
  assertGuestCount,
  assertOfficersAttend,
  guestName,
} from "../../domain/meetings";
import { assertBasisCount, checkedSpeeches } from "../../domain/proceedings";
import { refuse } from "../../domain/refusal";
import { withoutErrors } from "../common/connections";
import { documentOrRefuse, personOrRefuse } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { PersonRef } from "../people/refs";
import { attendeesOf } from "./attendance";
import { AgendaKindEnum } from "./refs";

/** What the meeting mutations share: the meeting written, its agenda, guests and officers, its documents. */

export const AgendaItemInput = builder.inputType("AgendaItemInput", {
  description: "An agenda item, in the order given.",
  fields: (t) => ({
    kind: t.field({ type: AgendaKindEnum, required: true, description: "Kind of item." }),
    title: t.string({ required: true, description: "What the item is." }),
    covered: t.boolean({ description: "Whether the meeting covered it (after the meeting)." }),
    documentIds: t.globalIDList({ for: DocumentRef, description: "Documents discussed under it." }),
  }),
});

export const GuestInput = builder.inputType("MeetingGuestInput", {
  description: "Someone from outside the cell who attends.",
  fields: (t) => ({
    name: t.string({ description: "Name (required unless personId is given)." }),
    personId: t.globalID({ for: PersonRef, description: "The person, where recorded in Chibo." }),
    capacity: t.string({ description: "The capacity they attend in." }),
  }),
});

/** A meeting the viewer may read; one out of reach is answered as one that does not exist. */
export async function meetingOrRefuse(context: Context, id: string): Promise<MeetingRow> {
  const meeting = await context.loaders.meeting.load(id);
  if (!meeting || !(await context.access.canRead(meeting.cell_id))) {
    refuse(
      "NOT_FOUND",
      { vi: "Không có cuộc họp nào đồng chí được xem có ID này.", en: "No meeting you can see has this ID." },
      ["meetingId"],
    );
  }
  return meeting;
}

export async function reloadMeeting(context: Context, id: string): Promise<MeetingRow> {
  context.loaders.meeting.clear(id);
  return meetingOrRefuse(context, id);
}

/** Writers of the meeting's cell; a meeting out of reach passes like an unknown one, for meetingOrRefuse to answer. */
export async function writesMeeting(meetingId: string, context: Context) {
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

export async function agendaStatements(context: Context, meetingId: string, items: readonly AgendaInput[]) {
  assertAgendaSize(items.length);
  const rows = [];
  for (const [index, item] of items.entries()) {
    const title = agendaItemTitle(item.title, index);
    const documentIds: string[] = [];
    for (const id of item.documentIds ?? []) {
      const document = await documentOrRefuse(context, id.id, ["agenda", String(index), "documentIds"]);
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

export async function guestStatements(
  context: Context,
  meetingId: string,
  guests: readonly GuestInputShape[],
) {
  assertGuestCount(guests.length);
  const rows = [];
  for (const [index, guest] of guests.entries()) {
    // The guest's name is stored and shown with the meeting: only a person the writer may read can be named.
    const person = guest.personId
      ? await personOrRefuse(context, guest.personId.id, ["guests", String(index), "personId"])
      : null;
    const name = guestName(guest.name, person?.full_name, index);
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

export async function assertOfficers(
  context: Context,
  content: MeetingContent,
  guestPersonIds: readonly string[],
) {
  const members = new Set(await memberIdsOn(context.db, content.cell_id, content.meeting_date));
  assertOfficersAttend(
    { chairId: content.chair_person_id, secretaryId: content.secretary_person_id },
    members,
    guestPersonIds,
  );
}

export async function documentOfType(
  context: Context,
  id: { id: string } | null | undefined,
  type: DocumentType,
  field: string,
) {
  if (!id) return null;
  const document = await documentOrRefuse(context, id.id, field);
  assertDocumentType(document.type, type, field);
  return document.id;
}

export function flag(value: boolean | null | undefined, current: number | null): number | null {
  if (value === undefined) return current;
  return value === null ? null : value ? 1 : 0;
}

export const SpeechInput = builder.inputType("MeetingSpeechInput", {
  description: "Someone who spoke at the meeting, in the order of the minutes.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, description: "The speaker, where recorded in Chibo." }),
    name: t.string({ description: "Name (required unless personId is given)." }),
    agendaPosition: t.int({ description: "The agenda item spoken to (its position), if recorded." }),
    summary: t.string({ description: "What was said, in short." }),
  }),
});

/** The documents a meeting was held under (căn cứ), each one the viewer may read, in the order given. */
export async function basisStatements(context: Context, meetingId: string, ids: readonly { id: string }[]) {
  assertBasisCount(ids.length);
  const documents = await Promise.all(
    ids.map((id, index) => documentOrRefuse(context, id.id, ["basisDocumentIds", String(index)])),
  );
  return replaceBasisDocuments(
    context.db,
    meetingId,
    documents.map((document) => document.id),
  );
}

type SpeechInputShape = {
  personId?: { id: string } | null;
  name?: string | null;
  agendaPosition?: number | null;
  summary?: string | null;
};

/**
 * The speeches replacing a meeting's, checked against its agenda (the one written with them, if any) and its
 * attendance; with the count of members who spoke that follows.
 */
export async function speechStatements(
  context: Context,
  meeting: MeetingRow,
  speeches: readonly SpeechInputShape[],
  facts: { agendaItems: number | null; membersWhoSpoke: number | null },
) {
  const [attendees, agenda, people] = await Promise.all([
    attendeesOf(meeting, context),
    facts.agendaItems === null ? agendaByMeetingIds(context.db, [meeting.id]) : null,
    context.loaders.person.loadMany(
      speeches.flatMap((speech) => (speech.personId ? [speech.personId.id] : [])),
    ),
  ]);
  const nameOf = new Map(
    withoutErrors(people).flatMap((person) => (person ? [[person.id, person.full_name] as const] : [])),
  );
  const checked = checkedSpeeches(
    speeches.map((speech) => ({
      personId: speech.personId?.id ?? null,
      name: speech.name?.trim() || (speech.personId ? (nameOf.get(speech.personId.id) ?? null) : null),
      agendaPosition: speech.agendaPosition ?? null,
    })),
    {
      agendaItems: facts.agendaItems ?? agenda?.length ?? 0,
      attendance: new Map(attendees.map((attendee) => [attendee.person_id, attendee.status])),
      membersWhoSpoke: facts.membersWhoSpoke,
    },
  );
  return {
    membersWhoSpoke: checked.membersWhoSpoke,
    statements: replaceSpeeches(
      context.db,
      meeting.id,
      speeches.map((speech, index) => ({
        id: newId(),
        position: index + 1,
        person_id: speech.personId?.id ?? null,
        name: checked.names[index] as string,
        agenda_position: speech.agendaPosition ?? null,
        summary: speech.summary?.trim() || null,
      })),
    ),
  };
}
