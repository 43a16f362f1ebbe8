import { builder } from "../../builder";
import { newId } from "../../db/database";
import { type ExemptionRow, exemptionsByPersonIds, insertExemption } from "../../db/exemptions";
import { assertPeriodOrder } from "../../domain/dates";
import { assertExemptable, EXEMPTION_REASON_LABELS } from "../../domain/exemptions";
import { normalizeName } from "../../domain/text";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { optionalDocumentId, personOrRefuse } from "../common/references";
import { DocumentRef, documentReference } from "../documents/refs";
import { writePerson, writesPersonCell } from "./person-writes";
import { PersonRef } from "./refs";

/** Exemption from Party work and activities: recorded by the cell, read by meetings' attendance (quorum.ts). */

const ExemptionReasonEnum = labelledEnum(
  "ExemptionReason",
  "Why a member is exempted.",
  EXEMPTION_REASON_LABELS,
);

const exemptionsOf = listByKey("exemptionsOfPerson", exemptionsByPersonIds, (row) => row.person_id);

const ExemptionRef = builder.objectRef<ExemptionRow>("Exemption").implement({
  description: "A period of exemption from Party work and activities (miễn công tác và sinh hoạt đảng).",
  fields: (t) => ({
    from: t.expose("from_on", { type: "Date", description: "First day." }),
    until: t.expose("until_on", {
      type: "Date",
      nullable: true,
      description: "The day it ends; null: open.",
    }),
    ...labelledFields(t, "reason", ExemptionReasonEnum, "Age or health.", (row) => row.reason),
    decision: documentReference.optional(
      t,
      "The cell's decision, if recorded.",
      (row) => row.decision_document_id,
    ),
    note: t.exposeString("note", { nullable: true, description: "A note." }),
  }),
});

builder.objectField(PersonRef, "exemptions", (t) =>
  t.field({
    type: [ExemptionRef],
    nullable: true,
    description:
      "Exemptions from Party work and activities, oldest first. Personal: the person, their cell's secretary and " +
      "the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: (person, _args, context) => exemptionsOf(person.id, context),
  }),
);

defineMutation("recordExemption", {
  description:
    "The cell exempts a member from Party work and activities for age or health, for a period: absent from a " +
    "meeting in it, the member is recorded as exempted (out of the attendance rate and of a vote's count); present, " +
    "they count like any member.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    from: t.field({ type: "Date", required: true, description: "First day." }),
    until: t.field({ type: "Date", description: "The day it ends; omit for an open exemption." }),
    reason: t.field({ type: ExemptionReasonEnum, required: true, description: "Age or health." }),
    decisionDocumentId: t.globalID({ for: DocumentRef, description: "The cell's decision, if recorded." }),
    note: t.string({ description: "A note." }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their exemptions." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertPeriodOrder(input.from, input.until, ["until"]);
    const recorded = await exemptionsOf(person.id, context);
    assertExemptable(
      person.party_status,
      { from: input.from, until: input.until ?? null },
      recorded.map((row) => ({ from: row.from_on, until: row.until_on })),
    );
    return writePerson(context, person, {}, [
      insertExemption(context.db, {
        id: newId(),
        person_id: person.id,
        from_on: input.from,
        until_on: input.until ?? null,
        reason: input.reason,
        decision_document_id: await optionalDocumentId(
          context,
          input.decisionDocumentId,
          "decisionDocumentId",
        ),
        note: input.note ? normalizeName(input.note) || null : null,
        recorded_by: context.viewer?.principal ?? null,
      }),
    ]);
  },
});
