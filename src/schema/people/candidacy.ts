import { builder } from "../../builder";
import { type CandidacyRow, candidaciesByPersonIds, writeCandidacy } from "../../db/candidacies";
import type { PersonRow } from "../../db/people";
import {
  assertCandidate,
  assertIntroducers,
  assertStepDone,
  CANDIDACY_STEP_LABELS,
  missingSteps,
} from "../../domain/candidacy";
import { assertExpectedVersion } from "../../domain/versions";
import { withoutErrors } from "../common/connections";
import { labelledEnum } from "../common/labels";
import { rowByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { optionalDocumentId, personOrRefuse } from "../common/references";
import { DocumentRef, documentReference } from "../documents/refs";
import { expectedVersionField, writePerson, writesPersonCell } from "./person-writes";
import { PersonRef } from "./refs";

/** An outstanding candidate's way to admission: the steps recorded and those still missing. */

const CandidacyStepEnum = labelledEnum("CandidacyStep", "A step towards admission.", CANDIDACY_STEP_LABELS);

interface Candidacy {
  row: CandidacyRow | null;
}

export const candidacyOf = rowByKey("candidacies", candidaciesByPersonIds, (row) => row.person_id);

function introducerIdsOf(row: CandidacyRow | null): string[] {
  return [row?.first_introducer_id, row?.second_introducer_id].filter((id): id is string => Boolean(id));
}

/** The steps a candidate's recorded candidacy (none: null) still lacks. */
export function missingStepsOf(row: CandidacyRow | null) {
  return missingSteps(
    row && {
      awarenessCourseOn: row.awareness_course_on,
      applicationOn: row.application_on,
      backgroundCheckedOn: row.background_checked_on,
      introducers: introducerIdsOf(row).length,
      admissionDecision: row.admission_decision_document_id !== null,
    },
  );
}

const CandidacyRef = builder.objectRef<Candidacy>("Candidacy").implement({
  description: "An outstanding candidate's steps towards admission (Điều lệ Đảng, Điều 4; 01-HD/TW).",
  fields: (t) => ({
    awarenessCourseOn: t.field({
      type: "Date",
      nullable: true,
      description: "When the awareness course was passed.",
      resolve: (candidacy) => candidacy.row?.awareness_course_on ?? null,
    }),
    applicationOn: t.field({
      type: "Date",
      nullable: true,
      description: "When the application was written.",
      resolve: (candidacy) => candidacy.row?.application_on ?? null,
    }),
    backgroundCheckedOn: t.field({
      type: "Date",
      nullable: true,
      description: "When the background check was completed.",
      resolve: (candidacy) => candidacy.row?.background_checked_on ?? null,
    }),
    introducers: t.field({
      type: [PersonRef],
      description: "The official members who introduce the candidate.",
      resolve: async (candidacy, _args, context) =>
        withoutErrors(await context.loaders.person.loadMany(introducerIdsOf(candidacy.row))).filter(
          (person): person is PersonRow => person !== null,
        ),
    }),
    admissionDecision: documentReference.optional(
      t,
      "The competent committee's admission decision, once issued (before the ceremony).",
      (candidacy) => candidacy.row?.admission_decision_document_id ?? null,
    ),
    missingSteps: t.field({
      type: [CandidacyStepEnum],
      description: "The steps not yet recorded, in their order.",
      resolve: (candidacy) => missingStepsOf(candidacy.row),
    }),
  }),
});

builder.objectField(PersonRef, "candidacy", (t) =>
  t.field({
    type: CandidacyRef,
    nullable: true,
    description:
      "For an outstanding candidate, or a member whose steps were recorded: the steps towards admission. Personal: " +
      "the person, their cell's secretary and the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: async (person, _args, context) => {
      const row = await candidacyOf(person.id, context);
      return row || person.party_status === "CANDIDATE" ? { row } : null;
    },
  }),
);

defineMutation("recordCandidacy", {
  description:
    "Records an outstanding candidate's steps towards admission: the awareness course, the application, the " +
    "background check, the two official members introducing them, the admission decision. Fields not given keep " +
    "their value; null clears.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The candidate." }),
    awarenessCourseOn: t.field({ type: "Date", description: "When the awareness course was passed." }),
    applicationOn: t.field({ type: "Date", description: "When the application was written." }),
    backgroundCheckedOn: t.field({ type: "Date", description: "When the background check was completed." }),
    introducerIds: t.globalIDList({
      for: PersonRef,
      description: "The two official members introducing them.",
    }),
    admissionDecisionId: t.globalID({
      for: DocumentRef,
      description:
        "The competent committee's admission decision, once issued; admitMember takes it by default.",
    }),
    expectedVersion: t.int(expectedVersionField),
  }),
  output: { field: "person", type: PersonRef, description: "The candidate, with their candidacy." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertExpectedVersion(person, input.expectedVersion);
    assertCandidate(person.party_status);
    const current = await candidacyOf(person.id, context);
    const kept = <Value>(given: Value | null | undefined, recorded: Value | null) =>
      given === undefined ? recorded : (given ?? null);
    const row: CandidacyRow = {
      person_id: person.id,
      awareness_course_on: kept(input.awarenessCourseOn, current?.awareness_course_on ?? null),
      application_on: kept(input.applicationOn, current?.application_on ?? null),
      background_checked_on: kept(input.backgroundCheckedOn, current?.background_checked_on ?? null),
      first_introducer_id: current?.first_introducer_id ?? null,
      second_introducer_id: current?.second_introducer_id ?? null,
      admission_decision_document_id:
        input.admissionDecisionId === undefined
          ? (current?.admission_decision_document_id ?? null)
          : await optionalDocumentId(context, input.admissionDecisionId, "admissionDecisionId"),
    };
    assertStepDone(row.awareness_course_on, context.today, "awarenessCourseOn");
    assertStepDone(row.application_on, context.today, "applicationOn");
    assertStepDone(row.background_checked_on, context.today, "backgroundCheckedOn");
    if (input.introducerIds !== undefined) {
      const ids = (input.introducerIds ?? []).map((id) => id.id);
      const introducers = await Promise.all(
        ids.map((id, index) => personOrRefuse(context, id, ["introducerIds", String(index)])),
      );
      assertIntroducers(
        person.id,
        introducers.map((introducer) => ({
          id: introducer.id,
          fullName: introducer.full_name,
          partyStatus: introducer.party_status,
        })),
      );
      row.first_introducer_id = ids[0] ?? null;
      row.second_introducer_id = ids[1] ?? null;
    }
    return writePerson(context, person, {}, [writeCandidacy(context.db, row)]);
  },
});
