import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import type { DocumentRow } from "../../db/document-rows";
import { assignmentsOfCellFor } from "../../db/documents";
import { memberIdsOn, type PersonRow } from "../../db/people";
import {
  type MonthlyRow,
  monthlyEvaluationsOfCells,
  qualityRatingOf,
  type RatingRow,
  ratingSummaryRows,
  ratingsByIds,
  ratingsOfCellsInYear,
  type SettingRow,
  type StageRow,
  settingsOf,
  stagesOfRatings,
  targetsOf,
  type YearFacts,
  yearFactsOfCells,
} from "../../db/ratings";
import type { Scheme, SchemeLevel } from "../../domain/ratings";
import {
  countRatings,
  type LevelCount,
  type RatingCounts,
  STAGE_LABELS,
  schemeForYear,
} from "../../domain/ratings";
import { CellRef } from "../cells/refs";
import { AssignmentRef, DocumentRef } from "../documents/refs";
import { complianceOf } from "../meetings/compliance";
import { ComplianceRef, MeetingRef } from "../meetings/types";
import { PersonRef } from "../people/refs";
import { schemes } from "./schemes";

export const RatingStageEnum = builder.enumType("RatingStage", {
  description: "A stage of a rating: the subject's own, the proposal, the committee's decision.",
  values: Object.fromEntries(
    Object.entries(STAGE_LABELS).map(([code, label]) => [code, { description: label }]),
  ) as Record<keyof typeof STAGE_LABELS, { description: string }>,
});

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
    minScore: t.float({
      nullable: true,
      description: "Lowest score of the level (from 2025).",
      resolve: (l) => l.minScore,
    }),
  }),
});

export const RatingSchemeRef = builder.objectRef<Scheme>("RatingScheme").implement({
  description: "The rules of a period's ratings: levels, quotas, conditions, and (from 2025) score bands.",
  fields: (t) => ({
    code: t.exposeString("id", { description: "Stable code of the scheme (scheme-2014 …)." }),
    name: t.exposeString("name", { description: "The regulation it follows." }),
    fromYear: t.exposeInt("fromYear", { description: "First year it applies to." }),
    toYear: t.int({
      nullable: true,
      description: "Last year; null while in force.",
      resolve: (s) => s.toYear,
    }),
    regulation: t.field({
      type: DocumentRef,
      nullable: true,
      description: "The regulation document.",
      resolve: (s, _args, context) => context.loaders.document.load(`regulation-${regulationSuffix(s.id)}`),
    }),
    memberLevels: t.field({
      type: [RatingLevelRef],
      description: "Levels for members, best first.",
      resolve: (s) => [...s.levels.MEMBER],
    }),
    organizationLevels: t.field({
      type: [RatingLevelRef],
      description: "Levels for cells and committees, best first.",
      resolve: (s) => [...s.levels.ORGANIZATION],
    }),
    memberQuotaPercent: t.exposeInt("memberQuotaPercent", {
      description: "Excellent members at most this % of those rated good.",
    }),
    memberQuotaApplies: t.boolean({
      nullable: true,
      description:
        "Whether the member quota applies; null when left open (a committee chooses, else it applies).",
      resolve: (s) => s.memberQuotaApplies,
    }),
    organizationQuotaPercent: t.exposeInt("organizationQuotaPercent", {
      description: "Excellent organizations at most this % of those of similar role rated good.",
    }),
    organizationQuotaApplies: t.boolean({
      nullable: true,
      description: "Whether the organization quota applies; null when left open.",
      resolve: (s) => s.organizationQuotaApplies,
    }),
    conditions: t.stringList({
      description: "Conditions checked (DISCIPLINED_MEMBER, MAJORITY_NOT_COMPLETED …).",
      resolve: (s) => [...s.conditions],
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
    stage: t.field({ type: RatingStageEnum, description: "Which stage.", resolve: (s) => s.stage }),
    stageLabel: t.string({
      description: "Vietnamese label of stage.",
      resolve: (s) => STAGE_LABELS[s.stage],
    }),
    level: t.field({
      type: RatingLevelRef,
      description: "The level given.",
      resolve: async (s, _args, context) =>
        (await levelOfCode(s.subject_rating, s.level_code, context)) as SchemeLevel,
    }),
    score: t.float({ nullable: true, description: "The score (from 2025).", resolve: (s) => s.score }),
    comment: t.exposeString("comment", { nullable: true, description: "The text given with it." }),
    reason: t.exposeString("reason", { nullable: true, description: "Why a decided rating changed." }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: "The meeting that proposed it.",
      resolve: (s, _args, context) => (s.meeting_id ? context.loaders.meeting.load(s.meeting_id) : null),
    }),
    decisionDocument: t.field({
      type: DocumentRef,
      nullable: true,
      description: "The decision that recognized it.",
      resolve: (s, _args, context) =>
        s.decision_document_id ? context.loaders.document.load(s.decision_document_id) : null,
    }),
    recordedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who recorded it, where the token named a person.",
      resolve: (s, _args, context) => (s.recorded_by ? context.loaders.person.load(s.recorded_by) : null),
    }),
    recordedAt: t.expose("recorded_at", { type: "DateTime", description: "When." }),
  }),
});

/** Fields common to member and organization ratings. */
function ratingFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, RatingRow>) {
  return {
    cell: t.field({
      type: CellRef,
      description: "The cell (for a member: the cell that rates them).",
      resolve: async (r, _args, context) => (await context.loaders.cell.load(r.cell_id)) as CellRow,
    }),
    year: t.exposeInt("year", { description: "The year rated." }),
    scheme: t.field({
      type: RatingSchemeRef,
      description: "The scheme of that year.",
      resolve: (r, _args, context) => schemeOf(r, context),
    }),
    stage: t.field({
      type: RatingStageEnum,
      nullable: true,
      description: "The latest stage.",
      resolve: (r) => r.current_stage,
    }),
    level: t.field({
      type: RatingLevelRef,
      nullable: true,
      description: "The current level: the latest stage's.",
      resolve: (r, _args, context) => levelOfCode(r, r.current_level, context),
    }),
    decided: t.boolean({
      description: "Whether the committee decided it (then it is locked).",
      resolve: (r) => r.decided_level !== null,
    }),
    stages: t.field({
      type: [StageRecordRef],
      description: "Every stage, oldest first.",
      resolve: async (r, _args, context) =>
        (await stagesOf(r, context)).map((s) => ({ ...s, subject_rating: r })),
    }),
    version: t.exposeInt("version", { description: "Increases with every change." }),
  };
}

export const MemberRatingRef = builder.loadableNodeRef<RatingRow>("MemberRating", {
  id: { resolve: (r) => r.id },
  load: (ids: string[], context) => ratingsByIds(context.db, ids),
  sort: (r) => r.id,
});

MemberRatingRef.implement({
  description:
    "A member's rating of a year, with its stages: self-assessment, the cell's proposal, the committee's decision.",
  runScopesOnType: true,
  authScopes: (rating) => ({ readCell: rating.cell_id }),
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: "The member.",
      resolve: async (r, _args, context) =>
        (await context.loaders.person.load(r.person_id as string)) as PersonRow,
    }),
    ...ratingFields(t),
    disciplined: t.boolean({
      nullable: true,
      description:
        "Disciplined in the year. Personal: only the member, their cell's secretary and the committees above read it.",
      authScopes: (r) => ({ readPersonal: r.person_id as string }),
      resolve: (r) => r.disciplined === 1,
    }),
    remedied: t.boolean({
      nullable: true,
      description: "The fault was found and fully remedied by the member. Personal, like disciplined.",
      authScopes: (r) => ({ readPersonal: r.person_id as string }),
      resolve: (r) => r.remedied === 1,
    }),
    monthlyEvaluations: t.field({
      type: [MonthlyEvaluationRef],
      description: "The member's monthly evaluations of the year, beside the annual rating.",
      resolve: async (r, _args, context) =>
        (await monthlyOf(r.cell_id, r.year, context)).filter((row) => row.person_id === r.person_id),
    }),
  }),
});

export const OrganizationRatingRef = builder.loadableNodeRef<RatingRow>("OrganizationRating", {
  id: { resolve: (r) => r.id },
  load: (ids: string[], context) => ratingsByIds(context.db, ids),
  sort: (r) => r.id,
});

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
      authScopes: (r) => ({ writeCell: r.cell_id }),
      resolve: (r) => r.disciplined === 1,
    }),
    remedied: t.boolean({
      nullable: true,
      description: "The organization found and fully remedied it itself. Personal, like disciplined.",
      authScopes: (r) => ({ writeCell: r.cell_id }),
      resolve: (r) => r.remedied === 1,
    }),
    tasksOnTimePercent: t.float({
      nullable: true,
      description: "Share of tasks done on time (from 2025).",
      resolve: (r) => r.tasks_on_time_percent,
    }),
    tasksExceedingPercent: t.float({
      nullable: true,
      description: "Share of tasks exceeding requirements.",
      resolve: (r) => r.tasks_exceeding_percent,
    }),
    tasksLatePercent: t.float({
      nullable: true,
      description: "Share of tasks done late.",
      resolve: (r) => r.tasks_late_percent,
    }),
  }),
});

function monthlyOf(cellId: string, year: number, context: Context) {
  return context.loaders
    .grouped(
      `monthly:${year}`,
      (ids) => monthlyEvaluationsOfCells(context.db, ids, year),
      (row) => row.cell_id,
    )
    .load(cellId);
}

const MonthlyEvaluationRef = builder.objectRef<MonthlyRow>("MonthlyEvaluation").implement({
  description: "A member's evaluation for a month.",
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: "The member.",
      resolve: async (row, _args, context) => (await context.loaders.person.load(row.person_id)) as PersonRow,
    }),
    month: t.exposeInt("month", { description: "1–12." }),
    levelCode: t.exposeString("level_code", {
      description: "The level, a member level of the year's scheme.",
    }),
    note: t.exposeString("note", { nullable: true, description: "Note." }),
  }),
});

/** A cell's year facts, read once per request however many fields of the report and its targets ask. */
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

interface ProgressEntry {
  personId: string;
  rating: RatingRow | null;
}

const ProgressRef = builder.objectRef<ProgressEntry>("RatingProgressEntry").implement({
  description: "A member of the cell on 31 December and where their rating stands.",
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: "The member.",
      resolve: async (e, _args, context) => (await context.loaders.person.load(e.personId)) as PersonRow,
    }),
    rating: t.field({
      type: MemberRatingRef,
      nullable: true,
      description: "Their rating; null if not rated yet.",
      resolve: (e) => e.rating,
    }),
    stage: t.field({
      type: RatingStageEnum,
      nullable: true,
      description: "The rating's latest stage; null if not rated yet.",
      resolve: (e) => e.rating?.current_stage ?? null,
    }),
  }),
});

const LevelCountRef = builder.objectRef<LevelCount>("RatingLevelCount").implement({
  description: "How many ratings stand at a level.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "The level's code." }),
    count: t.exposeInt("count", { description: "How many." }),
  }),
});

export const RatingCountsRef = builder.objectRef<RatingCounts>("RatingCounts").implement({
  description: "Ratings counted by current level and stage.",
  fields: (t) => ({
    rated: t.exposeInt("rated", { description: "Ratings recorded." }),
    byLevel: t.field({ type: [LevelCountRef], description: "By current level.", resolve: (s) => s.byLevel }),
    byStage: t.field({
      type: [LevelCountRef],
      description: "By latest stage (SELF, PROPOSAL, DECISION).",
      resolve: (s) => s.byStage,
    }),
    goodOrBetter: t.exposeInt("goodOrBetter", { description: "Rated good or better (rank 1 or 2)." }),
    shareGoodOrBetter: t.float({
      nullable: true,
      description: "Share rated good or better (0–1).",
      resolve: (s) => s.shareGoodOrBetter,
    }),
    proposedExcellent: t.exposeInt("proposedExcellent", {
      description: "Whose latest proposal is the top level.",
    }),
    decidedExcellent: t.exposeInt("decidedExcellent", {
      description: "Whose latest decision is the top level.",
    }),
  }),
});

interface Summary {
  year: number;
  members: RatingCounts;
  organizations: RatingCounts;
  own: RatingRow | null;
}

export const SummaryRef = builder.objectRef<Summary>("RatingSummary").implement({
  description: "A year's ratings: for a cell, its members and itself; for a committee, its whole subtree.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "The year." }),
    members: t.field({ type: RatingCountsRef, description: "Member ratings.", resolve: (s) => s.members }),
    organizations: t.field({
      type: RatingCountsRef,
      description: "Organization ratings (the cell itself, or the subtree).",
      resolve: (s) => s.organizations,
    }),
    own: t.field({
      type: OrganizationRatingRef,
      nullable: true,
      description: "The organization's own rating.",
      resolve: (s) => s.own,
    }),
  }),
});

export async function summaryOf(cell: CellRow, year: number, context: Context): Promise<Summary> {
  const [rows, allSchemes, own] = await Promise.all([
    ratingSummaryRows(context.db, cell.id, year),
    schemes(context),
    ratingsOf(cell.id, year, context).then(
      (ratings) => ratings.find((r) => r.subject === "ORGANIZATION") ?? null,
    ),
  ]);
  const scheme = schemeForYear(allSchemes, year);
  return {
    year,
    members: countRatings(rows, scheme, "MEMBER"),
    organizations: countRatings(rows, scheme, "ORGANIZATION"),
    own,
  };
}

export const QualityRatingRef = builder
  .objectRef<{
    cell: CellRow;
    year: number;
    grade: { code: string; label: string } | null;
    meetingId: string | null;
  }>("MeetingQualityRating")
  .implement({
    description:
      "The yearly rating of a cell's meeting quality, on the committee's scale, with the year's compliance.",
    fields: (t) => ({
      gradeCode: t.string({
        nullable: true,
        description: "The grade's code; null while not rated.",
        resolve: (q) => q.grade?.code ?? null,
      }),
      gradeLabel: t.string({
        nullable: true,
        description: "The grade (Tốt, Khá …).",
        resolve: (q) => q.grade?.label ?? null,
      }),
      meeting: t.field({
        type: MeetingRef,
        nullable: true,
        description: "The meeting that rated it (agenda item of the review).",
        resolve: (q, _args, context) => (q.meetingId ? context.loaders.meeting.load(q.meetingId) : null),
      }),
      compliance: t.field({
        type: ComplianceRef,
        description: "The year's meeting figures the grade rests on.",
        resolve: (q, _args, context) => complianceOf(context, q.cell, q.year),
      }),
    }),
  });

interface TargetsShape {
  cell: CellRow;
  year: number;
  admissionsMin: number | null;
  admissionsMax: number | null;
  recognitions: number | null;
  registeredLevelCode: string | null;
  registeredLabel: string | null;
  documentIds: string[];
  tasks: string[];
}

export const TargetsRef = builder.objectRef<TargetsShape>("AnnualTargets").implement({
  description: "A cell's targets for a year, with progress computed from the records (not typed in).",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "The year." }),
    admissionsMin: t.int({
      nullable: true,
      description: "Admissions aimed at, at least.",
      resolve: (x) => x.admissionsMin,
    }),
    admissionsMax: t.int({ nullable: true, description: "… at most.", resolve: (x) => x.admissionsMax }),
    admissionsRecorded: t.int({
      description: "Admissions recorded in the year.",
      resolve: async (x, _args, context) => (await yearFactsOf(x.cell.id, x.year, context)).admissions,
    }),
    recognitions: t.int({
      nullable: true,
      description: "Probationary members to recognize as official.",
      resolve: (x) => x.recognitions,
    }),
    recognitionsRecorded: t.int({
      description: "Recognitions recorded in the year.",
      resolve: async (x, _args, context) => (await yearFactsOf(x.cell.id, x.year, context)).recognitions,
    }),
    registeredLevelCode: t.string({
      nullable: true,
      description: "The rating the cell registers for (a level code of the year).",
      resolve: (x) => x.registeredLevelCode,
    }),
    registeredLabel: t.string({
      nullable: true,
      description: "As the cell wrote it (“chi bộ trong sạch vững mạnh”).",
      resolve: (x) => x.registeredLabel,
    }),
    ratingObtained: t.field({
      type: OrganizationRatingRef,
      nullable: true,
      description: "The cell's rating of that year, when recorded.",
      resolve: async (x, _args, context) =>
        (await ratingsOf(x.cell.id, x.year, context)).find((r) => r.subject === "ORGANIZATION") ?? null,
    }),
    documents: t.field({
      type: [DocumentRef],
      description: "Documents to implement (those the viewer may read).",
      resolve: async (x, _args, context) => readableDocuments(x.documentIds, context),
    }),
    documentsProgress: t.field({
      type: [AssignmentRef],
      description:
        "For each document to implement that was assigned to the cell, where its implementation stands (for the " +
        "documents the viewer may read).",
      resolve: async (x, _args, context) => {
        const readable = new Set((await readableDocuments(x.documentIds, context)).map((row) => row.id));
        return (await assignmentsOfCellFor(context.db, x.cell.id, x.documentIds)).filter((assignment) =>
          readable.has(assignment.document_id),
        );
      },
    }),
    tasks: t.stringList({ description: "Other tasks, as written.", resolve: (x) => x.tasks }),
  }),
});

/** Targets name documents by ID; a writer may pick a draft the cell's members cannot read yet. */
async function readableDocuments(ids: readonly string[], context: Context): Promise<DocumentRow[]> {
  const rows = (await context.loaders.document.loadMany(ids)).filter(
    (row): row is DocumentRow => row !== null && !(row instanceof Error),
  );
  const readable = await Promise.all(rows.map((row) => context.access.canReadDocument(row)));
  return rows.filter((_row, index) => readable[index]);
}

export async function targetsShape(
  cell: CellRow,
  year: number,
  context: Context,
): Promise<TargetsShape | null> {
  const row = await targetsOf(context.db, cell.id, year);
  if (!row) return null;
  return {
    cell,
    year,
    admissionsMin: row.admissions_min,
    admissionsMax: row.admissions_max,
    recognitions: row.recognitions,
    registeredLevelCode: row.registered_level_code,
    registeredLabel: row.registered_label,
    documentIds: JSON.parse(row.document_ids) as string[],
    tasks: JSON.parse(row.tasks) as string[],
  };
}

export async function qualityRatingShape(cell: CellRow, year: number, context: Context) {
  const row = await qualityRatingOf(context.db, cell.id, year);
  return {
    cell,
    year,
    grade: row ? { code: row.grade_code, label: row.grade_label } : null,
    meetingId: row?.meeting_id ?? null,
  };
}

builder.objectFields(CellRef, (t) => ({
  memberRatings: t.field({
    type: [MemberRatingRef],
    nullable: true,
    description: "Its members' ratings of a year.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (cell, args, context) =>
      (await ratingsOf(cell.id, args.year, context)).filter((r) => r.subject === "MEMBER"),
  }),
  organizationRating: t.field({
    type: OrganizationRatingRef,
    nullable: true,
    description: "Its own rating of a year.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (cell, args, context) =>
      (await ratingsOf(cell.id, args.year, context)).find((r) => r.subject === "ORGANIZATION") ?? null,
  }),
  ratingProgress: t.field({
    type: [ProgressRef],
    nullable: true,
    description: "Every member of the cell on 31 December of the year, and where their rating stands.",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (cell, args, context) => {
      const [members, ratings] = await Promise.all([
        memberIdsOn(context.db, cell.id, `${args.year}-12-31`),
        ratingsOf(cell.id, args.year, context),
      ]);
      return members.map((personId) => ({
        personId,
        rating: ratings.find((r) => r.person_id === personId) ?? null,
      }));
    },
  }),
  ratingSummary: t.field({
    type: SummaryRef,
    nullable: true,
    description: "A year's ratings counted: for a committee, over its whole subtree (one aggregate query).",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => summaryOf(cell, args.year, context),
  }),
  monthlyEvaluations: t.field({
    type: [MonthlyEvaluationRef],
    nullable: true,
    description: "Monthly evaluations of its members in a year.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => monthlyOf(cell.id, args.year, context),
  }),
  meetingQualityRating: t.field({
    type: QualityRatingRef,
    nullable: true,
    description: "Its meeting quality of a year, on the scale its committee set, with the year's compliance.",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => qualityRatingShape(cell, args.year, context),
  }),
  annualTargets: t.field({
    type: TargetsRef,
    nullable: true,
    description: "Its targets for a year with their progress.",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => targetsShape(cell, args.year, context),
  }),
}));

const SettingRecordRef = builder.objectRef<SettingRow>("RatingSchemeSettingRecord").implement({
  description: "A committee's choice where a scheme leaves something open, as recorded.",
  fields: (t) => ({
    schemeCode: t.exposeString("scheme_id", { description: "The scheme." }),
    setting: t.exposeString("setting", {
      description: "MEMBER_QUOTA_APPLIES or ORGANIZATION_QUOTA_APPLIES.",
    }),
    applies: t.boolean({ description: "The choice.", resolve: (row) => row.value === 1 }),
    note: t.exposeString("note", { nullable: true, description: "Why." }),
    setBy: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who chose, where the token named a person.",
      resolve: (row, _args, context) => (row.set_by ? context.loaders.person.load(row.set_by) : null),
    }),
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

builder.queryField("ratingSchemes", (t) =>
  t.field({
    type: [RatingSchemeRef],
    description: "The rating schemes, oldest first; the year of a rating picks its scheme.",
    resolve: (_root, _args, context) => schemes(context),
  }),
);
