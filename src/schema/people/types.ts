import { builder } from "../../builder";
import type { Context } from "../../context";
import { cellsReferencedBy } from "../../db/cells";
import {
  candidatesByCellIds,
  type MemberRow,
  membershipOfMember,
  membersOnListQuery,
  type RoleRow,
  rolesByPersonIds,
  termsOfPeoplesRoles,
} from "../../db/people";
import {
  MEMBERSHIP_END_LABELS,
  MEMBERSHIP_START_LABELS,
  PARTY_STATUS_LABELS,
  periodCovers,
  probationEndsOn,
} from "../../domain/membership";
import { ROLE_LABELS } from "../../domain/roles";
import { CellRef, cellReference, TermRef } from "../cells/refs";
import { asConnection, withoutErrors } from "../common/connections";
import { recordFields } from "../common/fields";
import { labelledEnum, labelledFields } from "../common/labels";
import { prefetchField } from "../common/prefetch";
import { documentReference } from "../documents/refs";
import { MembershipRef, PersonRef, personReference, RoleRef } from "./refs";

/** A person's offices, oldest first, read with their organizations and terms (an office is shown with both). */
function rolesOfPerson(personId: string, context: Context): Promise<RoleRow[]> {
  return context.loaders
    .grouped<RoleRow>(
      "rolesOfPerson",
      async (personIds) => {
        const [roles, cells, terms] = await Promise.all([
          rolesByPersonIds(context.db, personIds),
          cellsReferencedBy(context.db, "roles", "cell_id", personIds, "person_id"),
          termsOfPeoplesRoles(context.db, personIds),
        ]);
        context.loaders.primeCells(cells);
        const termLoader = TermRef.getDataloader(context);
        for (const term of terms) termLoader.prime(term.id, term);
        return roles;
      },
      (role) => role.person_id,
    )
    .load(personId);
}

prefetchField("Person", "memberships", (id, context) => context.loaders.membershipsOfPerson.load(id));
prefetchField("Person", "currentMembership", (id, context) => context.loaders.membershipsOfPerson.load(id));
prefetchField("Person", "roles", rolesOfPerson);

export const PartyStatusEnum = labelledEnum(
  "PartyStatus",
  "Where a person stands with the Party: candidate, probationary or official member, or how they left.",
  PARTY_STATUS_LABELS,
);
export const MembershipStartEnum = labelledEnum(
  "MembershipStart",
  "How a membership began.",
  MEMBERSHIP_START_LABELS,
);
export const MembershipEndEnum = labelledEnum(
  "MembershipEnd",
  "How a membership ended.",
  MEMBERSHIP_END_LABELS,
);
export const RoleKindEnum = labelledEnum("RoleKind", "An office in a cell or committee.", ROLE_LABELS);

/** Decree 13/2023: personal data is read no wider than the work needs. */
const PERSONAL = "Personal: only the person, their cell's secretary and the committees above read it.";

builder.node(PersonRef, {
  description: "A party member or an outstanding candidate (quần chúng ưu tú). Readable only when signed in.",
  id: { resolve: (person) => person.id },
  runScopesOnType: true,
  authScopes: (person) => ({ readPerson: person.id }),
  loadMany: async (ids, context) => withoutErrors(await context.loaders.person.loadMany(ids)),
  fields: (t) => ({
    fullName: t.exposeString("full_name", { description: "Full name, family name first." }),
    ...labelledFields(
      t,
      "partyStatus",
      PartyStatusEnum,
      "Current standing.",
      (person) => person.party_status,
    ),
    birthDate: t.expose("birth_date", {
      type: "Date",
      nullable: true,
      description: `Date of birth. ${PERSONAL}`,
      authScopes: (person) => ({ readPersonal: person.id }),
    }),
    phone: t.exposeString("phone", {
      nullable: true,
      description: `Phone number, as +84…. ${PERSONAL}`,
      authScopes: (person) => ({ readPersonal: person.id }),
    }),
    email: t.exposeString("email", {
      nullable: true,
      description: `E-mail address. ${PERSONAL}`,
      authScopes: (person) => ({ readPersonal: person.id }),
    }),
    identityNumber: t.exposeString("identity_number", {
      nullable: true,
      description: `Citizen identity number (căn cước công dân, 12 digits) or former identity card (9). ${PERSONAL}`,
      authScopes: (person) => ({ readPersonal: person.id }),
    }),
    admittedOn: t.expose("admitted_on", {
      type: "Date",
      nullable: true,
      description: "Day of the admission ceremony (kết nạp); probation counts from it.",
    }),
    probationEndsOn: t.field({
      type: "Date",
      nullable: true,
      description: "First day the person can be recognized as official: 12 months after admission.",
      resolve: (person) => (person.admitted_on ? probationEndsOn(person.admitted_on) : null),
    }),
    officialOn: t.expose("official_on", {
      type: "Date",
      nullable: true,
      description: "Day of recognition as official member.",
    }),
    leftOn: t.expose("left_on", {
      type: "Date",
      nullable: true,
      description: "Day the person left the Party.",
    }),
    candidateOf: cellReference.optional(
      t,
      "For a candidate, the cell preparing the admission.",
      (person) => person.candidate_cell_id,
    ),
    memberships: t.field({
      type: [MembershipRef],
      description: "Every membership in a cell, oldest first: the person's party history.",
      resolve: (person, _args, context) => context.loaders.membershipsOfPerson.load(person.id),
    }),
    currentMembership: t.field({
      type: MembershipRef,
      nullable: true,
      description: "The membership open on a day (today by default).",
      args: { on: t.arg({ type: "Date", description: "The day; today (Asia/Ho_Chi_Minh) by default." }) },
      resolve: async (person, args, context) => {
        const day = args.on ?? context.today;
        const memberships = await context.loaders.membershipsOfPerson.load(person.id);
        return (
          memberships.find((membership) =>
            periodCovers({ from: membership.started_on, until: membership.ended_on }, day),
          ) ?? null
        );
      },
    }),
    roles: t.field({
      type: [RoleRef],
      description: "Every office held, oldest first.",
      resolve: (person, _args, context) => rolesOfPerson(person.id, context),
    }),
    ...recordFields(t),
  }),
});

MembershipRef.implement({
  description: "A period of a person's membership in a cell, [startedOn, endedOn). Signed-in readers only.",
  runScopesOnType: true,
  authScopes: (membership) => ({ readPerson: membership.person_id }),
  fields: (t) => ({
    person: personReference.required(t, "The member.", (membership) => membership.person_id),
    cell: cellReference.required(t, "The cell.", (membership) => membership.cell_id),
    startedOn: t.expose("started_on", { type: "Date", description: "First day of membership." }),
    ...labelledFields(
      t,
      "startReason",
      MembershipStartEnum,
      "How it began.",
      (membership) => membership.start_reason,
    ),
    endedOn: t.expose("ended_on", {
      type: "Date",
      nullable: true,
      description: "Day it ended (not a day of membership); null while open.",
    }),
    ...labelledFields(
      t,
      "endReason",
      MembershipEndEnum,
      "How it ended.",
      (membership) => membership.end_reason,
      { nullable: true },
    ),
    decision: documentReference.optional(
      t,
      "The decision it began with (the admission decision), where recorded.",
      (membership) => membership.decision_document_id,
    ),
  }),
});

RoleRef.implement({
  description:
    "An office held by a person in a cell or committee, [startedOn, endedOn). Signed-in readers only.",
  runScopesOnType: true,
  authScopes: (role) => ({ readPerson: role.person_id }),
  fields: (t) => ({
    person: personReference.required(t, "The office holder.", (role) => role.person_id),
    organization: cellReference.required(t, "The cell or committee.", (role) => role.cell_id),
    ...labelledFields(t, "role", RoleKindEnum, "The office.", (role) => role.role),
    term: t.expose("term_id", {
      type: TermRef,
      nullable: true,
      description: "The term it was elected for, where recorded.",
    }),
    startedOn: t.expose("started_on", { type: "Date", description: "First day in office." }),
    endedOn: t.expose("ended_on", {
      type: "Date",
      nullable: true,
      description: "Day it ended; null while held.",
    }),
  }),
});

builder.objectFields(CellRef, (t) => ({
  members: t.connection(
    {
      type: PersonRef,
      nullable: true,
      description: "Members of this cell on a day (today by default), by given name. Signed-in readers only.",
      authScopes: (cell) => ({ readCell: cell.id }),
      args: { on: t.arg({ type: "Date", description: "The day; today (Asia/Ho_Chi_Minh) by default." }) },
      resolve: async (cell, args, context) => {
        const page = await context.loaders.page<MemberRow>(
          "members",
          membersOnListQuery(args.on ?? context.today),
          cell.id,
          args,
        );
        // Members of a cell the viewer reads are readable by that rule; their checks need no further read, and
        // their rows answer later loads of them (a rating's person).
        context.access.vouchForPeople(page.rows.map((row) => row.id));
        for (const row of page.rows) context.loaders.person.prime(row.id, row);
        return asConnection(page);
      },
    },
    undefined,
    {
      fields: (edge) => ({
        membership: edge.field({
          type: MembershipRef,
          description: "The membership that makes the person a member on that day.",
          resolve: (edgeShape) => membershipOfMember(edgeShape.node as MemberRow),
        }),
      }),
    },
  ),
  candidates: t.loadableGroup({
    type: PersonRef,
    nullable: true,
    description: "Outstanding candidates the cell is preparing for admission.",
    authScopes: (cell) => ({ readCell: cell.id }),
    load: (cellIds: string[], context) => candidatesByCellIds(context.db, cellIds),
    group: (person) => person.candidate_cell_id ?? "",
    resolve: (cell) => cell.id,
  }),
}));
