import { builder } from "../../builder";
import type { Context } from "../../context";
import type { YearFacts } from "../../db/annual-review";
import type { CellRow } from "../../db/cells";
import { StudyLineRef, studiesOfOrganization } from "../announcements/studies";
import { CellRef } from "../cells/refs";
import { DuesYearRef } from "../dues/arrears";
import { ComplianceRef } from "../meetings/cell-fields";
import { complianceOf } from "../meetings/compliance";
import { SummaryRef, summaryOf } from "./summary";
import { QualityRatingRef, qualityRatingShape, TargetsRef, targetsShape } from "./targets";
import { yearFactsOf } from "./types";

interface Report {
  cell: CellRow;
  year: number;
}

/**
 * A count of the year's facts. Each field reads them through the request's loader: one statement for the report,
 * sent with the other reads of its level, and shared with its targets' recorded admissions and recognitions.
 */
function yearFact(fact: Exclude<keyof YearFacts, "cell_id">) {
  return async (report: Report, _args: object, context: Context) =>
    (await yearFactsOf(report.cell.id, report.year, context))[fact];
}

const AnnualReportRef = builder.objectRef<Report>("AnnualReport").implement({
  description:
    "What a cell's year-end report needs, gathered in one query (also printable: GET /cells/{id}/reports/{year}).",
  fields: (t) => ({
    cell: t.expose("cell", { type: CellRef, description: "The cell." }),
    year: t.exposeInt("year", { description: "The year." }),
    membersAtStart: t.int({
      description:
        "Members when the year began (on 31 December before it): with admissions, transfers in, members carried " +
        "over and reinstatements, less departures, the members at its end.",
      resolve: yearFact("members_at_start"),
    }),
    membersAtEnd: t.int({ description: "Members on 31 December.", resolve: yearFact("members_at_end") }),
    admissions: t.int({ description: "Admissions in the year.", resolve: yearFact("admissions") }),
    recognitions: t.int({
      description: "Recognitions as official members in the year.",
      resolve: yearFact("recognitions"),
    }),
    transfersIn: t.int({ description: "Members transferred in.", resolve: yearFact("transfers_in") }),
    carriedOver: t.int({
      description: "Members who came with the organization when it succeeded another (not transfers in).",
      resolve: yearFact("carried_over"),
    }),
    reinstatements: t.int({ description: "Members reinstated.", resolve: yearFact("reinstatements") }),
    departures: t.int({
      description: "Memberships that ended (transfers out, removals …).",
      resolve: yearFact("departures"),
    }),
    meetingsHeld: t.int({ description: "Meetings held.", resolve: yearFact("meetings_held") }),
    regularMeetingsHeld: t.int({
      description: "Regular meetings held.",
      resolve: yearFact("regular_meetings_held"),
    }),
    thematicMeetingsHeld: t.int({
      description: "Thematic meetings held.",
      resolve: yearFact("thematic_meetings_held"),
    }),
    meetingCompliance: t.field({
      type: ComplianceRef,
      description: "The year's meeting compliance.",
      resolve: (report, _args, context) => complianceOf(context, report.cell, report.year),
    }),
    documentsReported: t.int({
      description: "Documents whose implementation the cell reported in the year.",
      resolve: yearFact("documents_reported"),
    }),
    ratings: t.field({
      type: SummaryRef,
      description: "Ratings of the year: members and the cell.",
      resolve: (report, _args, context) => summaryOf(report.cell, report.year, context),
    }),
    meetingQuality: t.field({
      type: QualityRatingRef,
      description: "The year's meeting-quality rating.",
      resolve: (report, _args, context) => qualityRatingShape(report.cell, report.year, context),
    }),
    targets: t.field({
      type: TargetsRef,
      nullable: true,
      description: "The year's targets and their outcome.",
      resolve: (report, _args, context) => targetsShape(report.cell, report.year, context),
    }),
    dues: t.field({
      type: DuesYearRef,
      nullable: true,
      description:
        "The year's Party dues: collected, kept, remitted; for a cell, members up for removal. For the " +
        "organization's writers (a small cell's totals would tell what each member paid); null for its members.",
      resolve: async (report, _args, context) =>
        (await context.access.canWrite(report.cell.id)) ? report : null,
    }),
    studies: t.field({
      type: [StudyLineRef],
      nullable: true,
      description:
        "The studies of resolutions sent to the organization's members during the year, and how many studied each. " +
        "For the organization's writers (in a small cell the count tells who has not); null for its members.",
      resolve: async (report, _args, context) =>
        (await context.access.canWrite(report.cell.id))
          ? studiesOfOrganization(report.cell.id, report.year, context)
          : null,
    }),
    nextYearTargets: t.field({
      type: TargetsRef,
      nullable: true,
      description: "Next year's targets (the directions the report proposes).",
      resolve: (report, _args, context) => targetsShape(report.cell, report.year + 1, context),
    }),
  }),
});

builder.queryField("annualReport", (t) =>
  t.field({
    type: AnnualReportRef,
    nullable: true,
    description:
      "An organization's year-end report: a basic cell's for its members, any organization's for its committee and those above.",
    args: {
      cellId: t.arg.globalID({ for: CellRef, required: true, description: "The cell." }),
      year: t.arg.int({ required: true, description: "The year." }),
    },
    authScopes: (_root, args) => ({ readFigures: args.cellId.id }),
    resolve: async (_root, args, context) => {
      const cell = await context.loaders.cell.load(args.cellId.id);
      return cell ? { cell, year: args.year } : null;
    },
  }),
);
