import { builder } from "../../builder";
import type { Context } from "../../context";
import { qualityRatingOf, targetsOf } from "../../db/annual-review";
import type { CellRow } from "../../db/cells";
import { assignmentsOfCellFor } from "../../db/document-assignments";
import type { DocumentRow } from "../../db/document-rows";
import { AssignmentRef, DocumentRef } from "../documents/refs";
import { ComplianceRef } from "../meetings/cell-fields";
import { complianceOf } from "../meetings/compliance";
import { meetingReference } from "../meetings/refs";
import { OrganizationRatingRef, ratingsOf, yearFactsOf } from "./types";
/** A cell's targets of the year and the quality rating of its meetings: what the annual review weighs. */

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
        resolve: (rating) => rating.grade?.code ?? null,
      }),
      gradeLabel: t.string({
        nullable: true,
        description: "The grade (Tốt, Khá …).",
        resolve: (rating) => rating.grade?.label ?? null,
      }),
      meeting: meetingReference.optional(
        t,
        "The meeting that rated it (agenda item of the review).",
        (rating) => rating.meetingId,
      ),
      compliance: t.field({
        type: ComplianceRef,
        description: "The year's meeting figures the grade rests on.",
        resolve: (rating, _args, context) => complianceOf(context, rating.cell, rating.year),
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
    admissionsMin: t.exposeInt("admissionsMin", {
      nullable: true,
      description: "Admissions aimed at, at least.",
    }),
    admissionsMax: t.exposeInt("admissionsMax", { nullable: true, description: "… at most." }),
    admissionsRecorded: t.int({
      description: "Admissions recorded in the year.",
      resolve: async (targets, _args, context) =>
        (await yearFactsOf(targets.cell.id, targets.year, context)).admissions,
    }),
    recognitions: t.exposeInt("recognitions", {
      nullable: true,
      description: "Probationary members to recognize as official.",
    }),
    recognitionsRecorded: t.int({
      description: "Recognitions recorded in the year.",
      resolve: async (targets, _args, context) =>
        (await yearFactsOf(targets.cell.id, targets.year, context)).recognitions,
    }),
    registeredLevelCode: t.exposeString("registeredLevelCode", {
      nullable: true,
      description: "The rating the cell registers for (a level code of the year).",
    }),
    registeredLabel: t.exposeString("registeredLabel", {
      nullable: true,
      description: "As the cell wrote it (“chi bộ trong sạch vững mạnh”).",
    }),
    ratingObtained: t.field({
      type: OrganizationRatingRef,
      nullable: true,
      description: "The cell's rating of that year, when recorded.",
      resolve: async (targets, _args, context) =>
        (await ratingsOf(targets.cell.id, targets.year, context)).find(
          (rating) => rating.subject === "ORGANIZATION",
        ) ?? null,
    }),
    documents: t.field({
      type: [DocumentRef],
      description: "Documents to implement (those the viewer may read).",
      resolve: async (targets, _args, context) => readableDocuments(targets.documentIds, context),
    }),
    documentsProgress: t.field({
      type: [AssignmentRef],
      description:
        "For each document to implement that was assigned to the cell, where its implementation stands (for the " +
        "documents the viewer may read).",
      resolve: async (targets, _args, context) => {
        const readable = new Set(
          (await readableDocuments(targets.documentIds, context)).map((row) => row.id),
        );
        return (await assignmentsOfCellFor(context.db, targets.cell.id, targets.documentIds)).filter(
          (assignment) => readable.has(assignment.document_id),
        );
      },
    }),
    tasks: t.exposeStringList("tasks", { description: "Other tasks, as written." }),
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
