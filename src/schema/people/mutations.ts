import { recordedAttendanceFrom } from "../../db/attendance";
import { cellFacts } from "../../db/cells";
import { newId } from "../../db/database";
import {
  endMembership,
  endRole,
  insertCandidate,
  insertRole,
  memberIdsOn,
  membershipsByPersonIds,
  membershipsWithinSubtree,
  NO_CONTACT_DETAILS,
  openMembership,
  rolesByCellIds,
  rolesById,
} from "../../db/people";
import { assertActive, isCellKind } from "../../domain/cells";
import { assertPeriodOrder } from "../../domain/dates";
import {
  admittingCellId,
  assertAdmissible,
  assertEndsAfterRecordedMeetings,
  assertMemberOn,
  assertNoOverlap,
  assertRecognizable,
  assertTransferMoves,
  MEMBERSHIP_END_LABELS,
  type MembershipEndByUser,
  partyStatusOn,
  statusAfterLeaving,
  validFullName,
} from "../../domain/membership";
import { refuse } from "../../domain/refusal";
import {
  assertLeadershipFits,
  assertRoleAssignable,
  assertRoleOpen,
  assertTermOfOrganization,
} from "../../domain/roles";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef, TermRef } from "../cells/refs";
import { withoutErrors } from "../common/connections";
import { labelledEnum } from "../common/labels";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, documentOrRefuse, personOrRefuse } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { candidacyOf } from "./candidacy";
import {
  contactChanges,
  contactInputFields,
  expectedVersionField,
  memberCellOrRefuse,
  membershipPeriods,
  openMembershipOn,
  reloadPerson,
  writePerson,
  writesPersonCell,
} from "./person-writes";
import { PersonRef, RoleRef } from "./refs";
import { RoleKindEnum } from "./types";

const LeavingReasonEnum = labelledEnum(
  "LeavingReason",
  "Why a membership ends other than by a transfer between cells of Chibo.",
  Object.fromEntries(
    Object.entries(MEMBERSHIP_END_LABELS).filter(([reason]) => reason !== "TRANSFERRED"),
  ) as Record<MembershipEndByUser, string>,
);

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
    decisionDocumentId: t.globalID({
      for: DocumentRef,
      description:
        "The admission decision (quyết định kết nạp), kept with the membership. Past 60 it is required, and must be " +
        "a decision of the committee directly under the Central Committee (guidance 01-HD/TW, 2021). By default, the " +
        "decision recorded with the candidacy (recordCandidacy).",
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
    assertExpectedVersion(person, input.expectedVersion);
    // The decision recorded with the candidacy, when none is given here.
    const decisionId =
      input.decisionDocumentId?.id ?? (await candidacyOf(person.id, context))?.admission_decision_document_id;
    const decision = decisionId ? await documentOrRefuse(context, decisionId, "decisionDocumentId") : null;
    const decidedBy = decision?.issuer_cell_id
      ? await context.loaders.cell.load(decision.issuer_cell_id)
      : null;
    assertAdmissible({
      status: person.party_status,
      birthDate: person.birth_date,
      admittedOn: input.admittedOn,
      decision: decision && {
        type: decision.type,
        byTopCommittee: decidedBy !== null && decidedBy.parent_id === null,
      },
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
          decisionDocumentId: decision?.id,
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
    assertExpectedVersion(person, input.expectedVersion);
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
    assertExpectedVersion(person, input.expectedVersion);
    const current = await openMembershipOn(context, person, input.on);
    const [recorded, target] = await Promise.all([
      recordedAttendanceFrom(context.db, current.cell_id, person.id, input.on),
      memberCellOrRefuse(context, input.toCellId.id, "toCellId"),
    ]);
    assertEndsAfterRecordedMeetings(input.on, recorded);
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
    assertExpectedVersion(person, input.expectedVersion);
    const current = await openMembershipOn(context, person, input.on);
    assertEndsAfterRecordedMeetings(
      input.on,
      await recordedAttendanceFrom(context.db, current.cell_id, person.id, input.on),
    );
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
    if (input.role === "COMMITTEE_MEMBER" && isCellKind(organization.kind)) {
      const memberIds = await memberIdsOn(context.db, organization.id, input.startedOn);
      const officials = withoutErrors(await context.loaders.person.loadMany(memberIds)).filter(
        (member) =>
          member !== null &&
          partyStatusOn(
            {
              partyStatus: member.party_status,
              admittedOn: member.admitted_on,
              officialOn: member.official_on,
            },
            input.startedOn,
          ) === "OFFICIAL",
      );
      assertLeadershipFits(input.role, organization, officials.length, input.startedOn);
    }
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
