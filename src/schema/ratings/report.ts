import { builder } from "../../builder";
import type { CellRow } from "../../db/cells";
import { type YearFacts, yearFactsOf } from "../../db/ratings";
import { CellRef } from "../cells/refs";
import { complianceOf } from "../meetings/compliance";
import { ComplianceRef } from "../meetings/types";
import {
  QualityRatingRef,
  qualityRatingShape,
  SummaryRef,
  summaryOf,
  TargetsRef,
  targetsShape,
} from "./types";

interface Report {
  cell: CellRow;
  year: number;
  facts: YearFacts;
}

const AnnualReportRef = builder.objectRef<Report>("AnnualReport").implement({
  description:
    "What a cell's year-end report needs, gathered in one query (also printable: GET /cells/{id}/reports/{year}).",
  fields: (t) => ({
    cell: t.field({ type: CellRef, description: "The cell.", resolve: (r) => r.cell }),
    year: t.exposeInt("year", { description: "The year." }),
    membersAtStart: t.int({ description: "Members on 1 January.", resolve: (r) => r.facts.members_at_start }),
    membersAtEnd: t.int({ description: "Members on 31 December.", resolve: (r) => r.facts.members_at_end }),
    admissions: t.int({ description: "Admissions in the year.", resolve: (r) => r.facts.admissions }),
    recognitions: t.int({
      description: "Recognitions as official members in the year.",
      resolve: (r) => r.facts.recognitions,
    }),
    transfersIn: t.int({ description: "Members transferred in.", resolve: (r) => r.facts.transfers_in }),
    departures: t.int({
      description: "Memberships that ended (transfers out, removals …).",
      resolve: (r) => r.facts.departures,
    }),
    meetingsHeld: t.int({ description: "Meetings held.", resolve: (r) => r.facts.meetings_held }),
    regularMeetingsHeld: t.int({
      description: "Regular meetings held.",
      resolve: (r) => r.facts.regular_meetings_held,
    }),
    thematicMeetingsHeld: t.int({
      description: "Thematic meetings held.",
      resolve: (r) => r.facts.thematic_meetings_held,
    }),
    meetingCompliance: t.field({
      type: ComplianceRef,
      description: "The year's meeting compliance.",
      resolve: (r, _args, context) => complianceOf(context, r.cell, r.year),
    }),
    documentsReported: t.int({
      description: "Documents whose implementation the cell reported in the year.",
      resolve: (r) => r.facts.documents_reported,
    }),
    ratings: t.field({
      type: SummaryRef,
      description: "Ratings of the year: members and the cell.",
      resolve: (r, _args, context) => summaryOf(r.cell, r.year, context),
    }),
    meetingQuality: t.field({
      type: QualityRatingRef,
      description: "The year's meeting-quality rating.",
      resolve: (r, _args, context) => qualityRatingShape(r.cell, r.year, context),
    }),
    targets: t.field({
      type: TargetsRef,
      nullable: true,
      description: "The year's targets and their outcome.",
      resolve: (r, _args, context) => targetsShape(r.cell, r.year, context),
    }),
    nextYearTargets: t.field({
      type: TargetsRef,
      nullable: true,
      description: "Next year's targets (the directions the report proposes).",
      resolve: (r, _args, context) => targetsShape(r.cell, r.year + 1, context),
    }),
  }),
});

builder.queryField("annualReport", (t) =>
  t.field({
    type: AnnualReportRef,
    nullable: true,
    description: "A cell's year-end report, for its members and the committees above.",
    args: {
      cellId: t.arg.globalID({ for: CellRef, required: true, description: "The cell." }),
      year: t.arg.int({ required: true, description: "The year." }),
    },
    authScopes: (_root, args) => ({ readCell: args.cellId.id }),
    resolve: async (_root, args, context) => {
      const cell = await context.loaders.cell.load(args.cellId.id);
      if (!cell) return null;
      return { cell, year: args.year, facts: await yearFactsOf(context.db, cell.id, args.year) };
    },
  }),
);
