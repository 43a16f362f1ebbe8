import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { type RatingRow, ratingSummaryRows } from "../../db/ratings";
import { countRatings, type LevelCount, type RatingCounts } from "../../domain/rating-counts";
import { schemeForYear } from "../../domain/ratings";
import { personReference } from "../people/refs";
import { schemes } from "./schemes";
import { MemberRatingRef, OrganizationRatingRef, RatingStageEnum, ratingsOf } from "./types";

/** How far a subtree's ratings of a year have come, by stage and level. */

interface ProgressEntry {
  personId: string;
  rating: RatingRow | null;
}

export const ProgressRef = builder.objectRef<ProgressEntry>("RatingProgressEntry").implement({
  description: "A member of the cell on 31 December and where their rating stands.",
  fields: (t) => ({
    person: personReference.required(t, "The member.", (progressEntry) => progressEntry.personId),
    rating: t.expose("rating", {
      type: MemberRatingRef,
      nullable: true,
      description: "Their rating; null if not rated yet.",
    }),
    stage: t.field({
      type: RatingStageEnum,
      nullable: true,
      description: "The rating's latest stage; null if not rated yet.",
      resolve: (progressEntry) => progressEntry.rating?.current_stage ?? null,
    }),
  }),
});

const LevelCountRef = builder.objectRef<LevelCount>("RatingLevelCount").implement({
  description: "How many ratings stand at a level.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "The level's code." }),
    label: t.exposeString("label", {
      nullable: true,
      description: "The level (or stage) as the regulation words it, in Vietnamese.",
    }),
    count: t.exposeInt("count", { description: "How many." }),
  }),
});

export const RatingCountsRef = builder.objectRef<RatingCounts>("RatingCounts").implement({
  description: "Ratings counted by current level and stage.",
  fields: (t) => ({
    rated: t.exposeInt("rated", { description: "Ratings recorded." }),
    byLevel: t.expose("byLevel", { type: [LevelCountRef], description: "By current level." }),
    byStage: t.expose("byStage", {
      type: [LevelCountRef],
      description: "By latest stage (SELF, PROPOSAL, DECISION).",
    }),
    goodOrBetter: t.exposeInt("goodOrBetter", { description: "Rated good or better (rank 1 or 2)." }),
    shareGoodOrBetter: t.exposeFloat("shareGoodOrBetter", {
      nullable: true,
      description: "Share rated good or better (0–1).",
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
    members: t.expose("members", { type: RatingCountsRef, description: "Member ratings." }),
    organizations: t.expose("organizations", {
      type: RatingCountsRef,
      description: "Organization ratings (the cell itself, or the subtree).",
    }),
    own: t.expose("own", {
      type: OrganizationRatingRef,
      nullable: true,
      description: "The organization's own rating.",
    }),
  }),
});

export async function summaryOf(cell: CellRow, year: number, context: Context): Promise<Summary> {
  const [rows, allSchemes, own] = await Promise.all([
    ratingSummaryRows(context.db, cell.id, year),
    schemes(context),
    ratingsOf(cell.id, year, context).then(
      (ratings) => ratings.find((rating) => rating.subject === "ORGANIZATION") ?? null,
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
