import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import { newId } from "../../db/database";
import {
  type HonourOrDisciplineRow,
  honoursAndDisciplineByPersonIds,
  insertHonourOrDiscipline,
} from "../../db/honours-discipline";
import type { PersonRow } from "../../db/people";
import {
  assertDecided,
  assertDisciplinable,
  DISCIPLINE_FORM_LABELS,
  HONOUR_FORM_LABELS,
  validAuthority,
} from "../../domain/honours-discipline";
import { partyStatusOn } from "../../domain/membership";
import { normalizeName } from "../../domain/text";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { optionalDocumentId, personOrRefuse } from "../common/references";
import { DocumentRef, documentReference } from "../documents/refs";
import { writePerson, writesPersonCell } from "./person-writes";
import { PersonRef } from "./refs";

/** A member's honours and Party discipline: dated decisions in the member's file (personal). */

type HonourRow = Extract<HonourOrDisciplineRow, { kind: "HONOUR" }>;
type DisciplineRow = Extract<HonourOrDisciplineRow, { kind: "DISCIPLINE" }>;

const HonourFormEnum = labelledEnum("HonourForm", "The form of an honour.", HONOUR_FORM_LABELS);
const DisciplineFormEnum = labelledEnum(
  "DisciplineForm",
  "A form of Party discipline of a member (Party Statute, article 35).",
  DISCIPLINE_FORM_LABELS,
);

const recordsOf = listByKey(
  "honoursAndDisciplineOfPerson",
  honoursAndDisciplineByPersonIds,
  (row) => row.person_id,
);

/** The fields an honour and a discipline share: the decision's day, authority, document and reason. */
function decisionFields<Row extends HonourOrDisciplineRow>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Row>,
) {
  return {
    decidedOn: t.field({
      type: "Date",
      description: "The day it was decided.",
      resolve: (row) => row.decided_on,
    }),
    authority: t.string({ description: "Who decided it, as written.", resolve: (row) => row.authority }),
    decision: documentReference.optional(
      t,
      "The decision, if recorded as a document.",
      (row) => row.decision_document_id,
    ),
    reason: t.string({
      nullable: true,
      description: "What it was for, as written.",
      resolve: (row) => row.reason,
    }),
  };
}

const HonourRef = builder.objectRef<HonourRow>("Honour").implement({
  description:
    "An honour in the member's file (khen thưởng): its form, the day, the authority and what it was for.",
  fields: (t) => ({
    ...labelledFields(t, "form", HonourFormEnum, "The form.", (row) => row.form),
    ...decisionFields(t),
  }),
});

const DisciplineRef = builder.objectRef<DisciplineRow>("Discipline").implement({
  description:
    "A Party discipline of the member (kỷ luật): its form, the day, the authority and what it was for.",
  fields: (t) => ({
    ...labelledFields(t, "form", DisciplineFormEnum, "The form.", (row) => row.form),
    ...decisionFields(t),
  }),
});

/** The days of a person's Party discipline, oldest first: what a rating of a year reads. */
export async function disciplineDaysOf(personId: string, context: Context): Promise<string[]> {
  return (await recordsOf(personId, context))
    .filter((row) => row.kind === "DISCIPLINE")
    .map((row) => row.decided_on);
}

builder.objectFields(PersonRef, (t) => ({
  honours: t.field({
    type: [HonourRef],
    nullable: true,
    description:
      "Honours, oldest first. Personal: the person, their cell's secretary and the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: async (person, _args, context) =>
      (await recordsOf(person.id, context)).filter((row): row is HonourRow => row.kind === "HONOUR"),
  }),
  disciplines: t.field({
    type: [DisciplineRef],
    nullable: true,
    description:
      "Party discipline, oldest first; a discipline of a year counts in that year's rating. Personal: the person, " +
      "their cell's secretary and the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: async (person, _args, context) =>
      (await recordsOf(person.id, context)).filter((row): row is DisciplineRow => row.kind === "DISCIPLINE"),
  }),
}));

/** The input every decision has. */
function decisionInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    decidedOn: t.field({ type: "Date", required: true, description: "The day it was decided." }),
    authority: t.string({ required: true, description: "Who decided it, as written." }),
    decisionDocumentId: t.globalID({
      for: DocumentRef,
      description: "The decision, if recorded as a document.",
    }),
    reason: t.string({ description: "What it was for." }),
  };
}

async function decisionRow(
  context: Context,
  person: PersonRow,
  input: {
    decidedOn: string;
    authority: string;
    decisionDocumentId?: { id: string } | null;
    reason?: string | null;
  },
) {
  return {
    id: newId(),
    person_id: person.id,
    decided_on: input.decidedOn,
    authority: validAuthority(input.authority),
    decision_document_id: await optionalDocumentId(context, input.decisionDocumentId, "decisionDocumentId"),
    reason: input.reason ? normalizeName(input.reason) || null : null,
    recorded_by: context.viewer?.principal ?? null,
  };
}

defineMutation("recordHonour", {
  description:
    "Records an honour of a member (khen thưởng) in their file: its form, the day and the authority.",
  inputFields: (t) => ({
    ...decisionInputFields(t),
    form: t.field({ type: HonourFormEnum, required: true, description: "The form." }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their honours." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertDecided(input.decidedOn, context.today);
    const row = await decisionRow(context, person, input);
    return writePerson(context, person, {}, [
      insertHonourOrDiscipline(context.db, { ...row, kind: "HONOUR", form: input.form }),
    ]);
  },
});

defineMutation("recordDiscipline", {
  description:
    "Records a Party discipline of a member (kỷ luật) in their file: its form, the day and the authority. The " +
    "member must have been in the Party that day, and a probationary member is only reprimanded or warned; the " +
    "year's rating then counts the member as disciplined. An expulsion is recorded here; the membership is ended " +
    "with endMembership (EXPELLED), a write of its own.",
  inputFields: (t) => ({
    ...decisionInputFields(t),
    form: t.field({ type: DisciplineFormEnum, required: true, description: "The form." }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their discipline." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertDecided(input.decidedOn, context.today);
    const memberships = await context.loaders.membershipsOfPerson.load(person.id);
    assertDisciplinable(
      input.form,
      input.decidedOn,
      memberships.map((membership) => ({ from: membership.started_on, until: membership.ended_on })),
      partyStatusOn(
        { partyStatus: person.party_status, admittedOn: person.admitted_on, officialOn: person.official_on },
        input.decidedOn,
      ),
    );
    const row = await decisionRow(context, person, input);
    return writePerson(context, person, {}, [
      insertHonourOrDiscipline(context.db, { ...row, kind: "DISCIPLINE", form: input.form }),
    ]);
  },
});
