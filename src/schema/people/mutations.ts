import type { Types } from "../../builder";
import type { Context } from "../../context";
import { cellFacts } from "../../db/cells";
import { newId } from "../../db/database";
import {
  type ContactDetails,
  endMembership,
  endRole,
  insertCandidate,
  insertRole,
  type MembershipRow,
  membershipsByPersonIds,
  membershipsWithinSubtree,
  NO_CONTACT_DETAILS,
  openMembership,
  type PersonChanges,
  type PersonRow,
  personChangesOf,
  rolesByCellIds,
  rolesById,
  updatePerson,
} from "../../db/people";
import { assertActive, assertReceivesMembers } from "../../domain/cells";
import { normalizeEmail, normalizeIdentityNumber, normalizePhone } from "../../domain/contact";
import { assertPeriodOrder } from "../../domain/dates";
import {
  admittingCellId,
  assertAdmissible,
  assertMemberOn,
  assertNoOverlap,
  assertRecognizable,
  assertTransferMoves,
  currentPeriodOn,
  MEMBERSHIP_END_LABELS,
  type MembershipEndByUser,
  statusAfterLeaving,
  validFullName,
} from "../../domain/membership";
import { refuse } from "../../domain/refusal";
import { assertRoleAssignable, assertRoleOpen, assertTermOfOrganization } from "../../domain/roles";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef, TermRef } from "../cells/refs";
import { labelledEnum } from "../common/labels";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";
import { PersonRef, RoleRef } from "./refs";
import { RoleKindEnum } from "./types";

const LeavingReasonEnum = labelledEnum(
  "LeavingReason",
  "Why a membership ends other than by a transfer between cells of Chibo.",
  Object.fromEntries(
    Object.entries(MEMBERSHIP_END_LABELS).filter(([reason]) => reason !== "TRANSFERRED"),
  ) as Record<MembershipEndByUser, string>,
);

/** A person the viewer may read; one out of reach is answered as one that does not exist. */
async function personOrRefuse(context: Context, id: string): Promise<PersonRow> {
  const person = await context.loaders.person.load(id);
  if (!person || !(await context.access.canReadPerson(person.id))) {
    refuse(
      "NOT_FOUND",
      { vi: "Không có người nào đồng chí được xem có ID này.", en: "No person you can see has this ID." },
      ["personId"],
    );
  }
  return person;
}

async function reloadPerson(context: Context, id: string): Promise<PersonRow> {
  context.loaders.person.clear(id);
  return personOrRefuse(context, id);
}

/**
 * Writes a change to a person, with the statements on their memberships or offices, as one batch guarded by
 * the version read (every such change moves the person's version), then reads the person back.
 */
async function writePerson(
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

async function openMembershipOn(context: Context, person: PersonRow, day: string) {
  return currentPeriodOn(membershipPeriods(await membershipsByPersonIds(context.db, [person.id])), day);
}

function membershipPeriods(memberships: readonly MembershipRow[]) {
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
async function writesPersonCell(personId: string, context: Context) {
  // Out of reach passes like an unknown person, for personOrRefuse to answer both alike.
  if (!(await context.access.canReadPerson(personId))) return { authenticated: true };
  const cellId = await cellOfPerson(personId, context);
  if (cellId) return { writeCell: cellId };
  return (await context.loaders.person.load(personId)) ? { admin: true } : { authenticated: true };
}

async function memberCellOrRefuse(context: Context, cellId: string, field: string) {
  const cell = await cellOrRefuse(context, cellId, field);
  assertReceivesMembers(cellFacts(cell), [field]);
  return cell;
}

function checkExpectedVersion(person: PersonRow, expected: number | null | undefined) {
  if (expected != null) assertExpectedVersion(person, expected);
}

/** Contact and identity details in a person's input (personal data: see Person.phone). */
function contactInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    phone: t.string({ description: "Phone number (0… or +84…); null clears it." }),
    email: t.string({ description: "E-mail address; null clears it." }),
    identityNumber: t.string({
      description: "Citizen identity number (12 digits) or former identity card (9 digits); null clears it.",
    }),
  };
}

/** The details the input names, normalized; those it leaves out stay as they are. */
function contactChanges(input: {
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

const expectedVersionField = {
  description: "The version read; when given, a newer one means CONFLICT.",
} as const;

defineMutation("createCandidate", {
  description: "Records an outstanding candidate (quần chúng ưu tú) whom a cell prepares for admission.",
  inputFields: (t) => ({
    fullName: t.string({ required: true, description: "Full name." }),
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell preparing the admission." }),
    birthDate: t.field({ type: "Date", description: "Date of birth." }),
    ...contactInputFields(t),
  }),
  output: { field: "person", type: PersonRef, description: "The new candidate." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const fullName = validFullName(input.fullName);
    const cell = await memberCellOrRefuse(context, input.cellId.id, "cellId");
    const id = newId();
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      insertCandidate(context.db, {
        id,
        fullName,
        birthDate: input.birthDate ?? null,
        candidateCellId: cell.id,
        ...NO_CONTACT_DETAILS,
        ...contactChanges(input),
      }),
    ]);
    return reloadPerson(context, id);
  },
});

defineMutation("updatePerson", {
  description: "Corrects a person's name, birth date, contact or identity details.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The person." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
    fullName: t.string({ description: "Full name." }),
    birthDate: t.field({ type: "Date", description: "Date of birth." }),
    ...contactInputFields(t),
  }),
  output: { field: "person", type: PersonRef, description: "The person as changed." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertExpectedVersion(person, input.expectedVersion);
    return writePerson(context, person, {
      ...(input.fullName == null ? {} : { fullName: validFullName(input.fullName) }),
      ...(input.birthDate === undefined ? {} : { birthDate: input.birthDate }),
      ...contactChanges(input),
    });
  },
});

defineMutation("admitMember", {
  description:
    "Admits a candidate as a probationary member of a cell; the 12-month probation starts that day.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The candidate." }),
    admittedOn: t.field({ type: "Date", required: true, description: "Day of the admission ceremony." }),
    cellId: t.globalID({
      for: CellRef,
      description: "The cell; by default the one preparing the candidate.",
    }),
    expectedVersion: t.int(expectedVersionField),
  }),
  output: { field: "person", type: PersonRef, description: "The new probationary member." },
  // Admitting another cell's candidate takes the right to write both: the cell preparing them and the one admitting.
  authorize: async (input, context) => {
    const preparing = await writesPersonCell(input.personId.id, context);
    return input.cellId ? { $all: { ...preparing, $all: { writeCell: input.cellId.id } } } : preparing;
  },
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    checkExpectedVersion(person, input.expectedVersion);
    assertAdmissible({
      status: person.party_status,
      birthDate: person.birth_date,
      admittedOn: input.admittedOn,
    });
    const cellId = admittingCellId(input.cellId?.id, person.candidate_cell_id);
    const cell = await memberCellOrRefuse(context, cellId, "cellId");
    const memberships = membershipPeriods(await membershipsByPersonIds(context.db, [person.id]));
    assertNoOverlap({ from: input.admittedOn, until: null }, memberships, ["admittedOn"]);
    return writePerson(
      context,
      person,
      { partyStatus: "PROBATIONARY", admittedOn: input.admittedOn, candidateCellId: null },
      [
        context.db.guardVersion("cells", cell.id, cell.version),
        openMembership(context.db, {
          personId: person.id,
          cellId: cell.id,
          startedOn: input.admittedOn,
          reason: "ADMITTED",
        }),
      ],
    );
  },
});

defineMutation("recognizeOfficial", {
  description:
    "Recognizes a probationary member as an official member once the 12-month probation is complete.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The probationary member." }),
    officialOn: t.field({ type: "Date", required: true, description: "Day of recognition." }),
    expectedVersion: t.int(expectedVersionField),
  }),
  output: { field: "person", type: PersonRef, description: "The official member." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    checkExpectedVersion(person, input.expectedVersion);
    assertRecognizable({
      status: person.party_status,
      admittedOn: person.admitted_on,
      officialOn: input.officialOn,
    });
    const memberships = membershipPeriods(await membershipsByPersonIds(context.db, [person.id]));
    assertMemberOn(memberships, input.officialOn, ["officialOn"]);
    return writePerson(context, person, { partyStatus: "OFFICIAL", officialOn: input.officialOn });
  },
});

defineMutation("transferMember", {
  description:
    "Transfers a member to another cell: ends the current membership and starts the next, in one write.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    toCellId: t.globalID({ for: CellRef, required: true, description: "The receiving cell." }),
    on: t.field({ type: "Date", required: true, description: "First day in the receiving cell." }),
    expectedVersion: t.int(expectedVersionField),
  }),
  output: { field: "person", type: PersonRef, description: "The member, in the receiving cell." },
  authorize: async (input, context) => ({
    $all: { ...(await writesPersonCell(input.personId.id, context)), $all: { writeCell: input.toCellId.id } },
  }),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    checkExpectedVersion(person, input.expectedVersion);
    const current = await openMembershipOn(context, person, input.on);
    const target = await memberCellOrRefuse(context, input.toCellId.id, "toCellId");
    assertTransferMoves(current.cell_id, target);
    return writePerson(context, person, {}, [
      context.db.guardVersion("cells", target.id, target.version),
      endMembership(context.db, current.id, input.on, "TRANSFERRED"),
      openMembership(context.db, {
        personId: person.id,
        cellId: target.id,
        startedOn: input.on,
        reason: "TRANSFERRED_IN",
      }),
    ]);
  },
});

defineMutation("endMembership", {
  description:
    "Ends a person's membership: transferred out of Chibo, removed, expelled, resigned or deceased.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    on: t.field({
      type: "Date",
      required: true,
      description: "The day it ends (no longer a member that day).",
    }),
    reason: t.field({ type: LeavingReasonEnum, required: true, description: "Why it ends." }),
    expectedVersion: t.int(expectedVersionField),
  }),
  output: { field: "person", type: PersonRef, description: "The person, with the membership ended." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    checkExpectedVersion(person, input.expectedVersion);
    const current = await openMembershipOn(context, person, input.on);
    const reason = input.reason as MembershipEndByUser;
    return writePerson(context, person, { partyStatus: statusAfterLeaving(reason), leftOn: input.on }, [
      endMembership(context.db, current.id, input.on, reason),
    ]);
  },
});

defineMutation("assignRole", {
  description:
    "Records an office (secretary, deputy secretary, committee member) held in a cell or committee.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The office holder." }),
    organizationId: t.globalID({ for: CellRef, required: true, description: "The cell or committee." }),
    role: t.field({ type: RoleKindEnum, required: true, description: "The office." }),
    startedOn: t.field({ type: "Date", required: true, description: "First day in office." }),
    endedOn: t.field({ type: "Date", description: "Day it ends, if known." }),
    termId: t.globalID({ for: TermRef, description: "The term it was elected for." }),
  }),
  output: { field: "role", type: RoleRef, description: "The office recorded." },
  authorize: (input) => ({ writeCell: input.organizationId.id }),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    const organization = await cellOrRefuse(context, input.organizationId.id, "organizationId");
    assertActive(cellFacts(organization), ["organizationId"]);
    assertPeriodOrder(input.startedOn, input.endedOn, ["endedOn"]);
    if (input.termId) {
      const term = await TermRef.getDataloader(context).load(input.termId.id);
      assertTermOfOrganization(term.cell_id, organization);
    }
    const period = { from: input.startedOn, until: input.endedOn ?? null };
    assertRoleAssignable({
      role: input.role,
      period,
      membershipsWithin: membershipPeriods(
        await membershipsWithinSubtree(context.db, person.id, organization.path),
      ),
      isOfficial: person.party_status === "OFFICIAL" || person.official_on !== null,
      officialOn: person.official_on,
      heldRoles: (await rolesByCellIds(context.db, [organization.id])).map((role) => ({
        role: role.role,
        personId: role.person_id,
        from: role.started_on,
        until: role.ended_on,
      })),
      personId: person.id,
      organizationName: organization.name,
      organizationKind: organization.kind,
    });
    const id = newId();
    await writePerson(context, person, {}, [
      context.db.guardVersion("cells", organization.id, organization.version),
      insertRole(context.db, {
        id,
        person_id: person.id,
        cell_id: organization.id,
        role: input.role,
        term_id: input.termId?.id ?? null,
        started_on: input.startedOn,
        ended_on: input.endedOn ?? null,
      }),
    ]);
    return id;
  },
});

defineMutation("endRole", {
  description: "Ends an office on a day.",
  inputFields: (t) => ({
    roleId: t.globalID({ for: RoleRef, required: true, description: "The office." }),
    endedOn: t.field({ type: "Date", required: true, description: "Day it ends (not a day in office)." }),
  }),
  output: { field: "role", type: RoleRef, description: "The office, ended." },
  // An office out of the viewer's reach is answered as one that does not exist.
  authorize: async (input, context) => {
    const [role] = await rolesById(context.db, [input.roleId.id]);
    return role && (await context.access.canRead(role.cell_id))
      ? { writeCell: role.cell_id }
      : { authenticated: true };
  },
  run: async (input, context) => {
    const [role] = await rolesById(context.db, [input.roleId.id]);
    if (!role || !(await context.access.canRead(role.cell_id))) {
      refuse(
        "NOT_FOUND",
        { vi: "Không có chức vụ nào đồng chí được xem có ID này.", en: "No office you can see has this ID." },
        ["roleId"],
      );
    }
    assertRoleOpen(role.ended_on);
    assertPeriodOrder(role.started_on, input.endedOn, ["endedOn"]);
    const person = await personOrRefuse(context, role.person_id);
    await writePerson(context, person, {}, [endRole(context.db, role.id, input.endedOn)]);
    return role.id;
  },
});
