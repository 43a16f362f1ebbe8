import { builder } from "../../builder";
import type { Context } from "../../context";
import { newId } from "../../db/database";
import { type MeetingContent, type MeetingRow, replaceAgenda, replaceGuests } from "../../db/meetings";
import { memberIdsOn } from "../../db/people";
import { assertDocumentType, type DocumentType } from "../../domain/documents";
import {
  agendaItemTitle,
  assertAgendaSize,
  assertGuestCount,
  assertOfficersAttend,
  guestName,
} from "../../domain/meetings";
import { refuse } from "../../domain/refusal";
import { documentOrRefuse } from "../common/references";
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
    const person = guest.personId ? await context.loaders.person.load(guest.personId.id) : null;
    // The guest's name is stored and shown with the meeting: only a person the writer may read can be named.
    if (guest.personId && (!person || !(await context.access.canReadPerson(person.id))))
      refuse(
        "NOT_FOUND",
        { vi: "Không có người nào đồng chí được xem có ID này.", en: "No person you can see has this ID." },
        ["guests", String(index), "personId"],
      );
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
