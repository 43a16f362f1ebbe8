import { builder } from "../../builder";
import { memberIdsOn } from "../../db/people";
import { CellRef } from "../cells/refs";
import { MonthlyEvaluationRef, monthlyOf } from "./monthly";
import { ProgressRef, SummaryRef, summaryOf } from "./summary";
import { QualityRatingRef, qualityRatingShape, TargetsRef, targetsShape } from "./targets";
import { MemberRatingRef, OrganizationRatingRef, ratingsOf } from "./types";

/** A cell's ratings, evaluations, summary and targets of a year. */

builder.objectFields(CellRef, (t) => ({
  memberRatings: t.field({
    type: [MemberRatingRef],
    nullable: true,
    description: "Its members' ratings of a year.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (cell, args, context) =>
      (await ratingsOf(cell.id, args.year, context)).filter((rating) => rating.subject === "MEMBER"),
  }),
  organizationRating: t.field({
    type: OrganizationRatingRef,
    nullable: true,
    description: "Its own rating of a year.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (cell, args, context) =>
      (await ratingsOf(cell.id, args.year, context)).find((rating) => rating.subject === "ORGANIZATION") ??
      null,
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
        rating: ratings.find((rating) => rating.person_id === personId) ?? null,
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
