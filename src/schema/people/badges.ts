import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import {
  awardBadgeStatement,
  type BadgeAwardRow,
  badgesByPersonIds,
  proposeBadgeStatement,
} from "../../db/badges";
import { newId } from "../../db/database";
import type { PersonRow } from "../../db/people";
import {
  assertBadgeAwardable,
  BADGE_OCCASION_LABELS,
  type BadgeOccasion,
  badgesDue,
  EARLY_AWARD_LABELS,
  type EarlyAwardReason,
  interruptionsOf,
  occasionDay,
  type PartyHistory,
  partyAgeOn,
} from "../../domain/badges";
import { CellRef } from "../cells/refs";
import { membersOn } from "../cells/types";
import { withoutErrors } from "../common/connections";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { documentOrRefuse, personOrRefuse } from "../common/references";
import { DocumentRef, documentReference } from "../documents/refs";
import { writePerson } from "./person-writes";
import { PersonRef, personReference } from "./refs";

/** Party age and the Party badge (Huy hiệu Đảng): the rules are src/domain/badges.ts's, cited in docs/badges.md. */

const BadgeOccasionEnum = labelledEnum(
  "BadgeOccasion",
  "An anniversary on which badges are awarded.",
  BADGE_OCCASION_LABELS,
);
const EarlyAwardEnum = labelledEnum(
  "EarlyAwardReason",
  "Why a badge is awarded before it is due.",
  EARLY_AWARD_LABELS,
);
const BadgeStageEnum = labelledEnum("BadgeStage", "Where a badge is.", {
  PROPOSED: "Chi bộ đề nghị",
  AWARDED: "Cấp ủy quyết định tặng",
});

async function historyOf(person: PersonRow, context: Context): Promise<PartyHistory> {
  const memberships = await context.loaders.membershipsOfPerson.load(person.id);
  return {
    admittedOn: person.admitted_on,
    officialOn: person.official_on,
    memberships: memberships.map((membership) => ({
      startedOn: membership.started_on,
      endedOn: membership.ended_on,
    })),
  };
}

const badgesOf = listByKey("badgesOfPerson", badgesByPersonIds, (row) => row.person_id);

const BadgeAwardRef = builder.objectRef<BadgeAwardRow>("BadgeAward").implement({
  description: "A Party badge proposed by a member's cell or awarded by the committee above.",
  fields: (t) => ({
    years: t.exposeInt("years", { description: "Years of party age the badge marks (30, 40, 45, … 90)." }),
    ...labelledFields(
      t,
      "occasion",
      BadgeOccasionEnum,
      "The anniversary it is awarded on.",
      (row) => row.occasion,
    ),
    awardOn: t.expose("award_on", { type: "Date", description: "The day of that anniversary." }),
    ...labelledFields(
      t,
      "earlyReason",
      EarlyAwardEnum,
      "Why before it is due, if it is.",
      (row) => row.early_reason,
    ),
    ...labelledFields(t, "stage", BadgeStageEnum, "Proposed by the cell, or awarded.", (row) => row.stage),
    decision: documentReference.optional(
      t,
      "The committee's decision awarding it.",
      (row) => row.decision_document_id,
    ),
  }),
});

const PartyInterruptionRef = builder
  .objectRef<{ from: string; until: string; days: number }>("PartyInterruption")
  .implement({
    description: "A time out of Party activity, which party age does not count.",
    fields: (t) => ({
      from: t.expose("from", { type: "Date", description: "The day the membership ended." }),
      until: t.expose("until", { type: "Date", description: "The day the next one began." }),
      days: t.exposeInt("days", { description: "Days not counted." }),
    }),
  });

interface PartyAge {
  years: number;
  history: PartyHistory;
  received: number[];
  today: string;
}

const PartyAgeRef = builder.objectRef<PartyAge>("PartyAge").implement({
  description:
    "Party age (tuổi đảng): from the admission decision, once official, minus the time out of Party activity " +
    "(Quy định 24-QĐ/TW, 4.5.1).",
  fields: (t) => ({
    years: t.exposeInt("years", { description: "Full years today." }),
    since: t.field({
      type: "Date",
      description: "The admission decision's day it counts from.",
      resolve: (age) => age.history.admittedOn ?? "",
    }),
    interruptions: t.field({
      type: [PartyInterruptionRef],
      description: "The times out that it does not count, oldest first.",
      resolve: (age) => interruptionsOf(age.history),
    }),
    nextBadge: t.int({
      nullable: true,
      description:
        "The next badge not yet proposed or awarded, in years of party age; null after the 90-year badge.",
      resolve: (age) => badgesDue(age.history, age.received, "9999-12-31")[0]?.years ?? null,
    }),
    nextBadgeOn: t.field({
      type: "Date",
      nullable: true,
      description: "The day the member reaches it.",
      resolve: (age) => badgesDue(age.history, age.received, "9999-12-31")[0]?.reachedOn ?? null,
    }),
  }),
});

builder.objectFields(PersonRef, (t) => ({
  partyAge: t.field({
    type: PartyAgeRef,
    nullable: true,
    description: "Party age, for an official member (or one who was); null before recognition.",
    resolve: async (person, _args, context) => {
      const [history, badges] = await Promise.all([historyOf(person, context), badgesOf(person.id, context)]);
      const years = partyAgeOn(history, context.today);
      if (years === null) return null;
      return { years, history, received: badges.map((badge) => badge.years), today: context.today };
    },
  }),
  badges: t.field({
    type: [BadgeAwardRef],
    nullable: true,
    description:
      "Party badges proposed and awarded, by years. Personal: the person, their cell's secretary and the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: (person, _args, context) => badgesOf(person.id, context),
  }),
}));

const BadgeDueRef = builder
  .objectRef<{ personId: string; years: number; reachedOn: string; early: boolean }>("BadgeDue")
  .implement({
    description: "A member who reaches a badge by an occasion and has not been proposed for it.",
    fields: (t) => ({
      person: personReference.required(t, "The member.", (due) => due.personId),
      years: t.exposeInt("years", { description: "The badge, in years of party age." }),
      reachedOn: t.expose("reachedOn", { type: "Date", description: "The day the member reaches it." }),
      early: t.exposeBoolean("early", {
        description:
          "Reached after the occasion: only an early award for serious illness fits (earlyReason).",
      }),
    }),
  });

builder.objectField(CellRef, "badgesDue", (t) =>
  t.field({
    type: [BadgeDueRef],
    nullable: true,
    description:
      "The cell's members who reach a Party badge by an occasion and have not been proposed for it, the lowest " +
      "badge first; with includeEarly, also those a serious illness lets the cell propose early. For a cell's " +
      "secretary and the committees above; null for a committee, which reads its cells' on `descendants`.",
    args: {
      occasion: t.arg({ type: BadgeOccasionEnum, required: true, description: "The anniversary." }),
      year: t.arg.int({ required: true, description: "Its year." }),
      includeEarly: t.arg.boolean({
        defaultValue: false,
        description: "Also members an illness lets be early.",
      }),
    },
    // Whether a member was proposed is in their file (personal): the cell's writers read it, not fellow members.
    authScopes: (cell) => ({ writeCell: cell.id }),
    resolve: async (cell, args, context) => {
      if (cell.kind !== "GRASSROOTS_CELL" && cell.kind !== "SUBORDINATE_CELL") return null;
      const awardOn = occasionDay(args.occasion, args.year);
      const memberIds = await membersOn(cell.id, awardOn, context);
      // The cell's members are read by its writers (the rule of its member list): no further look-up per member.
      context.access.vouchForPeople(memberIds);
      const people = withoutErrors(await context.loaders.person.loadMany(memberIds)).filter(
        (person): person is PersonRow => person?.party_status === "OFFICIAL",
      );
      const dues = await Promise.all(
        people.map(async (person) => {
          const [history, badges] = await Promise.all([
            historyOf(person, context),
            badgesOf(person.id, context),
          ]);
          const received = badges.map((badge) => badge.years);
          return badgesDue(history, received, awardOn, args.includeEarly ? "SERIOUS_ILLNESS" : null).map(
            (due) => ({
              personId: person.id,
              years: due.years,
              reachedOn: due.reachedOn,
              early: due.reachedOn > awardOn,
            }),
          );
        }),
      );
      return dues.flat().sort((a, b) => a.years - b.years || a.reachedOn.localeCompare(b.reachedOn));
    },
  }),
);

/** The cell a member was last in: their cell, or for a deceased member the one they died in. */
async function lastCellOf(personId: string, context: Context): Promise<string | null> {
  const memberships = await context.loaders.membershipsOfPerson.load(personId);
  return memberships.at(-1)?.cell_id ?? null;
}

/** The member's cell proposes; the committee directly above it awards. Out of reach passes, for NOT_FOUND. */
async function badgeScopes(personId: string, stage: "PROPOSED" | "AWARDED", context: Context) {
  if (!(await context.access.canReadPerson(personId))) return { authenticated: true };
  const cellId = await lastCellOf(personId, context);
  if (!cellId) return { admin: true };
  if (stage === "PROPOSED") return { writeCell: cellId };
  const cell = await context.loaders.cell.load(cellId);
  return cell?.parent_id ? { governUnder: cell.parent_id } : { admin: true };
}

async function checkedBadge(
  input: {
    personId: { id: string };
    years: number;
    occasion: BadgeOccasion;
    year: number;
    earlyReason?: EarlyAwardReason | null;
  },
  stage: "PROPOSED" | "AWARDED",
  context: Context,
) {
  const person = await personOrRefuse(context, input.personId.id);
  const [history, badges] = await Promise.all([historyOf(person, context), badgesOf(person.id, context)]);
  const awardOn = occasionDay(input.occasion, input.year);
  // A proposal stands in the way of a second proposal; the award decides the proposal of the same badge.
  const received = badges
    .filter((badge) => stage === "PROPOSED" || badge.stage === "AWARDED")
    .map((badge) => badge.years);
  assertBadgeAwardable({
    years: input.years,
    awardOn,
    earlyReason: input.earlyReason ?? null,
    status: person.party_status,
    history,
    received,
  });
  const badge = {
    id: newId(),
    person_id: person.id,
    years: input.years,
    occasion: input.occasion,
    award_on: awardOn,
    early_reason: input.earlyReason ?? null,
  };
  return { person, badge };
}

/** What names a badge for a member and an occasion: a proposal's whole input, an award's with its decision. */
function badgeFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    years: t.int({ required: true, description: "The badge, in years of party age (30, 40, 45, … 90)." }),
    occasion: t.field({ type: BadgeOccasionEnum, required: true, description: "The anniversary." }),
    year: t.int({ required: true, description: "Its year." }),
    earlyReason: t.field({ type: EarlyAwardEnum, description: "Why before it is due, if it is." }),
  };
}

defineMutation("proposeBadge", {
  description:
    "The member's cell proposes a Party badge for an occasion: refused before the member reaches it, unless a " +
    "serious illness or death allows it early (12 or 24 months; 01-HD/TW, section 18), and refused twice.",
  inputFields: (t) => badgeFields(t),
  output: { field: "person", type: PersonRef, description: "The member, with their badges." },
  authorize: (input, context) => badgeScopes(input.personId.id, "PROPOSED", context),
  run: async (input, context) => {
    const { person, badge } = await checkedBadge(input, "PROPOSED", context);
    return writePerson(context, person, {}, [
      proposeBadgeStatement(context.db, { ...badge, proposed_by: context.viewer?.principal ?? null }),
    ]);
  },
});

defineMutation("recordBadgeAward", {
  description:
    "The committee above the member's cell awards a Party badge by its decision (the cell's proposal, or " +
    "directly): the same rules as a proposal; a badge is awarded once.",
  inputFields: (t) => ({
    ...badgeFields(t),
    decisionDocumentId: t.globalID({
      for: DocumentRef,
      required: true,
      description: "The committee's decision awarding it.",
    }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their badges." },
  authorize: (input, context) => badgeScopes(input.personId.id, "AWARDED", context),
  run: async (input, context) => {
    const { person, badge } = await checkedBadge(input, "AWARDED", context);
    const decision = await documentOrRefuse(context, input.decisionDocumentId.id, "decisionDocumentId");
    return writePerson(context, person, {}, [
      awardBadgeStatement(context.db, {
        ...badge,
        decision_document_id: decision.id,
        decided_by: context.viewer?.principal ?? null,
      }),
    ]);
  },
});
