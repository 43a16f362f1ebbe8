import { builder } from "../../builder";
import type { Context } from "../../context";
import { newId } from "../../db/database";
import { type MeetingContent, type MeetingRow, replaceAgenda, replaceGuests } from "../../db/meetings";
import { memberIdsOn } from "../../db/people";
import { refuse } from "../../domain/refusal";
import { DocumentRef } from "../documents/refs";
import { PersonRef } from "../people/refs";
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

const MAX_AGENDA_ITEMS = 30;
const MAX_GUESTS = 50;

/** A meeting the viewer may read; one out of reach is answered as one that does not exist. */
export async function meetingOrRefuse(context: Context, id: string): Promise<MeetingRow> {
  const meeting = await context.loaders.meeting.load(id);
  if (!meeting || !(await context.access.canRead(meeting.cell_id))) {
    refuse("NOT_FOUND", "No meeting you can see has this ID.", ["meetingId"]);
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

export async function guestStatements(
  context: Context,
  meetingId: string,
  guests: readonly GuestInputShape[],
) {
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
export async function assertOfficers(
  context: Context,
  content: MeetingContent,
  guestPersonIds: readonly string[],
) {
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

export async function documentOfType(
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

export function flag(value: boolean | null | undefined, current: number | null): number | null {
  if (value === undefined) return current;
  return value === null ? null : value ? 1 : 0;
}
