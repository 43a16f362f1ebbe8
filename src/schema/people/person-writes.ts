import type { Types } from "../../builder";
import type { Context } from "../../context";
import { cellFacts } from "../../db/cells";
import {
  type ContactDetails,
  type MembershipRow,
  membershipsByPersonIds,
  type PersonChanges,
  type PersonRow,
  personChangesOf,
  updatePerson,
} from "../../db/people";
import { assertReceivesMembers } from "../../domain/cells";
import { normalizeEmail, normalizeIdentityNumber, normalizePhone } from "../../domain/contact";
import { currentPeriodOn } from "../../domain/membership";
import { cellOrRefuse, personOrRefuse } from "../common/references";

/** What the person mutations share: the person read and written back, their cell, contact details. */

/** The person as the write left them (their row is read again, not taken from the request's cache). */
export async function reloadPerson(context: Context, id: string): Promise<PersonRow> {
  context.loaders.person.clear(id);
  return personOrRefuse(context, id);
}

/**
 * Writes a change to a person, with the statements on their memberships or offices, as one batch guarded by
 * the version read (every such change moves the person's version), then reads the person back.
 */
export async function writePerson(
  context: Context,
  person: PersonRow,
  changes: Partial<PersonChanges>,
  related: D1PreparedStatement[] = [],
): Promise<PersonRow> {
  await context.db.write([
    context.db.guardVersion("people", person.id, person.version),
    ...related,
    updatePerson(context.db, person.id, { ...personChangesOf(person), ...changes }),
  ]);
  return reloadPerson(context, person.id);
}

export async function openMembershipOn(context: Context, person: PersonRow, day: string) {
  return currentPeriodOn(membershipPeriods(await membershipsByPersonIds(context.db, [person.id])), day);
}

export function membershipPeriods(memberships: readonly MembershipRow[]) {
  return memberships.map((membership) => ({
    ...membership,
    from: membership.started_on,
    until: membership.ended_on,
  }));
}

/** The cell a person's records belong to: the open membership, else the cell preparing the candidate. */
async function cellOfPerson(personId: string, context: Context): Promise<string | null> {
  const person = await context.loaders.person.load(personId);
  if (!person) return null;
  const open = (await membershipsByPersonIds(context.db, [personId])).find(
    (membership) => membership.ended_on === null,
  );
  return open?.cell_id ?? person.candidate_cell_id;
}

/** Writers of the person's cell; an unknown person is answered NOT_FOUND by the resolver. */
export async function writesPersonCell(personId: string, context: Context) {
  // Out of reach passes like an unknown person, for personOrRefuse to answer both alike.
  if (!(await context.access.canReadPerson(personId))) return { authenticated: true };
  const cellId = await cellOfPerson(personId, context);
  if (cellId) return { writeCell: cellId };
  return (await context.loaders.person.load(personId)) ? { admin: true } : { authenticated: true };
}

export async function memberCellOrRefuse(context: Context, cellId: string, field: string) {
  const cell = await cellOrRefuse(context, cellId, field);
  assertReceivesMembers(cellFacts(cell), [field]);
  return cell;
}

/** Contact and identity details in a person's input (personal data: see Person.phone). */
export function contactInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    phone: t.string({ description: "Phone number (0… or +84…); null clears it." }),
    email: t.string({ description: "E-mail address; null clears it." }),
    identityNumber: t.string({
      description: "Citizen identity number (12 digits) or former identity card (9 digits); null clears it.",
    }),
  };
}

/** The details the input names, normalized; those it leaves out stay as they are. */
export function contactChanges(input: {
  phone?: string | null;
  email?: string | null;
  identityNumber?: string | null;
}): Partial<ContactDetails> {
  const normalized = <Value>(value: Value | null | undefined, normalize: (value: Value) => string) =>
    value === undefined ? undefined : value === null ? null : normalize(value);
  const changes: Partial<ContactDetails> = {
    phone: normalized(input.phone, normalizePhone),
    email: normalized(input.email, normalizeEmail),
    identityNumber: normalized(input.identityNumber, normalizeIdentityNumber),
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

export const expectedVersionField = {
  description: "The version read; when given, a newer one means CONFLICT.",
} as const;
