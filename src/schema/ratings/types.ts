import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import { type YearFacts, yearFactsOfCells } from "../../db/annual-review";
import {
  type RatingRow,
  ratingsByIds,
  ratingsOfCellsInYear,
  type SettingRow,
  type StageRow,
  settingsOf,
  stagesOfRatings,
} from "../../db/ratings";
import type { Scheme, SchemeLevel } from "../../domain/ratings";
import { STAGE_LABELS } from "../../domain/ratings";
import { CellRef, cellReference } from "../cells/refs";
import { loadableReferenceFields } from "../common/fields";
import { labelledEnum, labelledFields } from "../common/labels";
import { loadableNode } from "../common/nodes";
import { DocumentRef, documentReference } from "../documents/refs";
import { meetingReference } from "../meetings/refs";
import { personReference } from "../people/refs";
import { MonthlyEvaluationRef, monthlyOf } from "./monthly";
import { schemes } from "./schemes";

export const RatingStageEnum = labelledEnum(
  "RatingStage",
  "A stage of a rating: the subject's own, the proposal, the committee's decision.",
  STAGE_LABELS,
);

const RatingLevelRef = builder.objectRef<SchemeLevel>("RatingLevel").implement({
  description: "A level of a rating scheme.",
  fields: (t) => ({
    code: t.exposeString("code", {
      description: "Stable code: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED, CLEAN_STRONG, WEAK.",
    }),
    label: t.exposeString("label", { description: "The level as the regulation words it." }),
    rank: t.exposeInt("rank", {
      description: "1 for the best: levels of different schemes compare by rank.",
    }),
    minScore: t.exposeFloat("minScore", {
      nullable: true,
      description: "Lowest score of the level (from 2025).",
    }),
  }),
});

export const RatingSchemeRef = builder.objectRef<Scheme>("RatingScheme").implement({
  description: "The rules of a period's ratings: levels, quotas, conditions, and (from 2025) score bands.",
  fields: (t) => ({
    code: t.exposeString("id", { description: "Stable code of the scheme (scheme-2014 …)." }),
    name: t.exposeString("name", { description: "The regulation it follows." }),
    fromYear: t.exposeInt("fromYear", { description: "First year it applies to." }),
    toYear: t.exposeInt("toYear", { nullable: true, description: "Last year; null while in force." }),
    regulation: t.field({
      type: DocumentRef,
      nullable: true,
      description: "The regulation document.",
      resolve: (scheme, _args, context) =>
        context.loaders.document.load(`regulation-${regulationSuffix(scheme.id)}`),
    }),
    memberLevels: t.field({
      type: [RatingLevelRef],
      description: "Levels for members, best first.",
      resolve: (scheme) => [...scheme.levels.MEMBER],
    }),
    organizationLevels: t.field({
      type: [RatingLevelRef],
      description: "Levels for cells and committees, best first.",
      resolve: (scheme) => [...scheme.levels.ORGANIZATION],
    }),
    memberQuotaPercent: t.exposeInt("memberQuotaPercent", {
      description: "Excellent members at most this % of those rated good.",
    }),
    memberQuotaApplies: t.exposeBoolean("memberQuotaApplies", {
      nullable: true,
      description:
        "Whether the member quota applies; null when left open (a committee chooses, else it applies).",
    }),
    organizationQuotaPercent: t.exposeInt("organizationQuotaPercent", {
      description: "Excellent organizations at most this % of those of similar role rated good.",
    }),
    organizationQuotaApplies: t.exposeBoolean("organizationQuotaApplies", {
      nullable: true,
      description: "Whether the organization quota applies; null when left open.",
    }),
    conditions: t.stringList({
      description: "Conditions checked (DISCIPLINED_MEMBER, MAJORITY_NOT_COMPLETED …).",
      resolve: (scheme) => [...scheme.conditions],
    }),
    usesScores: t.exposeBoolean("usesScores", {
      description: "Whether levels follow from a 100-point score.",
    }),
  }),
});

const REGULATIONS: Record<string, string> = {
  "scheme-2014": "27-hd-btctw",
  "scheme-2018": "132-qd-tw",
  "scheme-2023": "124-qd-tw",
  "scheme-2025": "366-qd-tw",
};
function regulationSuffix(schemeId: string): string {
  return REGULATIONS[schemeId] ?? "";
}

async function schemeOf(rating: RatingRow, context: Context): Promise<Scheme> {
  return (await schemes(context)).find((scheme) => scheme.id === rating.scheme_id) as Scheme;
}

function stagesOf(rating: RatingRow, context: Context) {
  return context.loaders
    .grouped(
      "ratingStages",
      (ids) => stagesOfRatings(context.db, ids),
      (stage) => stage.rating_id,
    )
    .load(rating.id);
}

async function levelOfCode(rating: RatingRow, code: string | null | undefined, context: Context) {
  if (!code) return null;
  const scheme = await schemeOf(rating, context);
  return scheme.levels[rating.subject].find((level) => level.code === code) ?? null;
}

type StageShape = StageRow & { subject_rating: RatingRow };

const StageRecordRef = builder.objectRef<StageShape>("RatingStageRecord").implement({
  description: "One stage of a rating, kept as recorded.",
  fields: (t) => ({
    ...labelledFields(t, "stage", RatingStageEnum, "Which stage.", (record) => record.stage),
    level: t.field({
      type: RatingLevelRef,
      description: "The level given.",
      resolve: async (stage, _args, context) =>
        (await levelOfCode(stage.subject_rating, stage.level_code, context)) as SchemeLevel,
    }),
    score: t.exposeFloat("score", { nullable: true, description: "The score (from 2025)." }),
    comment: t.exposeString("comment", { nullable: true, description: "The text given with it." }),
    reason: t.exposeString("reason", { nullable: true, description: "Why a decided rating changed." }),
    meeting: meetingReference.optional(t, "The meeting that proposed it.", (stage) => stage.meeting_id),
    decisionDocument: documentReference.optional(
      t,
      "The decision that recognized it.",
      (stage) => stage.decision_document_id,
    ),
    recordedBy: personReference.optional(
      t,
      "Who recorded it, where the token named a person.",
      (stage) => stage.recorded_by,
    ),
    recordedAt: t.expose("recorded_at", { type: "DateTime", description: "When." }),
  }),
});

/** Fields common to member and organization ratings. */
function ratingFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, RatingRow>) {
  return {
    cell: cellReference.required(
      t,
      "The cell (for a member: the cell that rates them).",
      (rating) => rating.cell_id,
    ),
    year: t.exposeInt("year", { description: "The year rated." }),
    scheme: t.field({
      type: RatingSchemeRef,
      description: "The scheme of that year.",
      resolve: (rating, _args, context) => schemeOf(rating, context),
    }),
    stage: t.expose("current_stage", {
      type: RatingStageEnum,
      nullable: true,
      description: "The latest stage.",
    }),
    level: t.field({
      type: RatingLevelRef,
      nullable: true,
      description: "The current level: the latest stage's.",
      resolve: (rating, _args, context) => levelOfCode(rating, rating.current_level, context),
    }),
    decided: t.boolean({
      description: "Whether the committee decided it (then it is locked).",
      resolve: (rating) => rating.decided_level !== null,
    }),
    stages: t.field({
      type: [StageRecordRef],
      description: "Every stage, oldest first.",
      resolve: async (rating, _args, context) =>
        (await stagesOf(rating, context)).map((stage) => ({ ...stage, subject_rating: rating })),
    }),
    version: t.exposeInt("version", { description: "Increases with every change." }),
  };
}

export const MemberRatingRef = loadableNode<RatingRow>("MemberRating", ratingsByIds);
export const memberRatingReference = loadableReferenceFields(MemberRatingRef);

MemberRatingRef.implement({
  description:
    "A member's rating of a year, with its stages: self-assessment, the cell's proposal, the committee's decision.",
  runScopesOnType: true,
  authScopes: (rating) => ({ readCell: rating.cell_id }),
  fields: (t) => ({
    person: personReference.required(t, "The member.", (rating) => rating.person_id as string),
    ...ratingFields(t),
    disciplined: t.boolean({
      nullable: true,
      description:
        "Disciplined in the year. Personal: only the member, their cell's secretary and the committees above read it.",
      authScopes: (rating) => ({ readPersonal: rating.person_id as string }),
      resolve: (rating) => rating.disciplined === 1,
    }),
    remedied: t.boolean({
      nullable: true,
      description: "The fault was found and fully remedied by the member. Personal, like disciplined.",
      authScopes: (rating) => ({ readPersonal: rating.person_id as string }),
      resolve: (rating) => rating.remedied === 1,
    }),
    selfAssessed: t.boolean({
      description:
        "Whether the member's own assessment is recorded; a proposal or decision without it is flagged for the " +
        "secretary to collect it (most members never sign in: recordSelfAssessment enters the paper form).",
      resolve: async (rating, _args, context) =>
        (await stagesOf(rating, context)).some((stage) => stage.stage === "SELF"),
    }),
    monthlyEvaluations: t.field({
      type: [MonthlyEvaluationRef],
      description: "The member's monthly evaluations of the year, beside the annual rating.",
      resolve: async (rating, _args, context) =>
        (await monthlyOf(rating.cell_id, rating.year, context)).filter(
          (row) => row.person_id === rating.person_id,
        ),
    }),
  }),
});

export const OrganizationRatingRef = loadableNode<RatingRow>("OrganizationRating", ratingsByIds);

OrganizationRatingRef.implement({
  description: "A cell's or committee's rating of a year, with its stages.",
  runScopesOnType: true,
  authScopes: (rating) => ({ readCell: rating.cell_id }),
  fields: (t) => ({
    ...ratingFields(t),
    disciplined: t.boolean({
      nullable: true,
      description:
        "A leadership member or subordinate unit was disciplined in the year. Personal, as it points at " +
        "identifiable leaders: only the organization's writers (its secretary, the committees above) read it.",
      authScopes: (rating) => ({ writeCell: rating.cell_id }),
      resolve: (rating) => rating.disciplined === 1,
    }),
    remedied: t.boolean({
      nullable: true,
      description: "The organization found and fully remedied it itself. Personal, like disciplined.",
      authScopes: (rating) => ({ writeCell: rating.cell_id }),
      resolve: (rating) => rating.remedied === 1,
    }),
    tasksOnTimePercent: t.exposeFloat("tasks_on_time_percent", {
      nullable: true,
      description: "Share of tasks done on time (from 2025).",
    }),
    tasksExceedingPercent: t.exposeFloat("tasks_exceeding_percent", {
      nullable: true,
      description: "Share of tasks exceeding requirements.",
    }),
    tasksLatePercent: t.exposeFloat("tasks_late_percent", {
      nullable: true,
      description: "Share of tasks done late.",
    }),
  }),
});

export async function yearFactsOf(cellId: string, year: number, context: Context): Promise<YearFacts> {
  const [facts] = await context.loaders
    .grouped(
      `yearFacts:${year}`,
      (ids) => yearFactsOfCells(context.db, ids, year),
      (row) => row.cell_id,
    )
    .load(cellId);
  return facts as YearFacts;
}

export function ratingsOf(cellId: string, year: number, context: Context) {
  return context.loaders
    .grouped(
      `ratings:${year}`,
      (ids) => ratingsOfCellsInYear(context.db, ids, year),
      (row) => row.cell_id,
    )
    .load(cellId);
}

const SettingRecordRef = builder.objectRef<SettingRow>("RatingSchemeSettingRecord").implement({
  description: "A committee's choice where a scheme leaves something open, as recorded.",
  fields: (t) => ({
    schemeCode: t.exposeString("scheme_id", { description: "The scheme." }),
    setting: t.exposeString("setting", {
      description: "MEMBER_QUOTA_APPLIES or ORGANIZATION_QUOTA_APPLIES.",
    }),
    applies: t.boolean({ description: "The choice.", resolve: (row) => row.value === 1 }),
    note: t.exposeString("note", { nullable: true, description: "Why." }),
    setBy: personReference.optional(t, "Who chose, where the token named a person.", (row) => row.set_by),
    setAt: t.expose("set_at", { type: "DateTime", description: "When." }),
  }),
});

builder.objectField(CellRef, "ratingSchemeSettings", (t) =>
  t.field({
    type: [SettingRecordRef],
    nullable: true,
    description:
      "Every choice this committee made for its subtree where a rating scheme leaves it open, oldest first. " +
      "Readers of the committee's ratings only.",
    authScopes: (cell) => ({ readCell: cell.id }),
    resolve: (cell, _args, context) => settingsOf(context.db, [cell.id]),
  }),
);
