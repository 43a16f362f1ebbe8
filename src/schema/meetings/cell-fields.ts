import { builder } from "../../builder";
import type { TermRow } from "../../db/cells";
import { type MeetingRow, meetingListQuery } from "../../db/meetings";
import type { PersonRow } from "../../db/people";
import type { judgeYear } from "../../domain/compliance";
import { CellRef, cellReference, TermRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { PersonRef } from "../people/refs";
import { complianceOf, type QualityGrade, qualityScaleOf } from "./compliance";
import { MeetingKindEnum, MeetingRef, MeetingStatusEnum, meetingReference } from "./refs";

/** A cell's meetings and their compliance with the meeting rules of a year, and the congress that elected a term. */

const CellComplianceRef = builder.objectRef<ReturnType<typeof judgeYear>>("CellMeetingCompliance").implement({
  description: "A cell's meeting record over a year against the rules.",
  fields: (t) => ({
    cell: cellReference.required(t, "The cell.", (cellCompliance) => cellCompliance.cellId),
    monthsWithoutRegularMeeting: t.exposeIntList("monthsWithoutRegularMeeting", {
      description:
        "Months (1–12) with no held regular meeting, among the months that are over and that the cell existed for " +
        "in full (a founding or dissolution date known only to the year or month counts from its first day).",
    }),
    quartersWithoutThematicMeeting: t.exposeIntList("quartersWithoutThematicMeeting", {
      description:
        "Quarters (1–4) with no held thematic meeting, among the quarters that are over and that the cell existed " +
        "for in full.",
    }),
    attendanceRate: t.exposeFloat("attendanceRate", {
      nullable: true,
      description: "Present over counted, all held meetings.",
    }),
    membersAbsentThreeInARow: t.field({
      type: [PersonRef],
      description: "Members absent from three or more regular meetings in a row.",
      resolve: async (cellCompliance, _args, context) => {
        // Only the people the viewer may read: a refusal per hidden person would count them.
        const readable = await Promise.all(
          cellCompliance.membersAbsentThreeInARow.map((personId) => context.access.canReadPerson(personId)),
        );
        const people = await context.loaders.person.loadMany(
          cellCompliance.membersAbsentThreeInARow.filter((_personId, index) => readable[index]),
        );
        return people.filter((row): row is PersonRow => row !== null && !(row instanceof Error));
      },
    }),
    fallsShort: t.exposeBoolean("fallsShort", { description: "Whether any of the above falls short." }),
  }),
});

export const ComplianceRef = builder
  .objectRef<Awaited<ReturnType<typeof complianceOf>>>("MeetingCompliance")
  .implement({
    description:
      "Meeting compliance over a year: for a cell, its own; for a committee, rolled up over its subtree.",
    fields: (t) => ({
      year: t.exposeInt("year", { description: "The year." }),
      cellCount: t.exposeInt("cellCount", { description: "Cells judged." }),
      attendanceRate: t.exposeFloat("attendanceRate", {
        nullable: true,
        description: "Over all held meetings of those cells.",
      }),
      cells: t.expose("cells", {
        type: [CellComplianceRef],
        description: "Each cell's record (for a cell: itself).",
      }),
      cellsFallingShort: t.expose("cellsFallingShort", {
        type: [CellComplianceRef],
        description: "The cells that fall short.",
      }),
    }),
  });

const QualityGradeRef = builder.objectRef<QualityGrade>("MeetingQualityGrade").implement({
  description: "A grade of the meeting-quality scale.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable code (EXCELLENT, GOOD …, or the committee's own)." }),
    label: t.exposeString("label", { description: "Vietnamese label (Tốt, Khá …)." }),
    rank: t.exposeInt("rank", { description: "1 for the best grade." }),
  }),
});

builder.objectFields(CellRef, (t) => ({
  meetings: t.connection({
    type: MeetingRef,
    nullable: true,
    description: "This organization's meetings, newest first.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: {
      kind: t.arg({ type: MeetingKindEnum, description: "Only this kind." }),
      status: t.arg({ type: MeetingStatusEnum, description: "Only this status." }),
      from: t.arg({ type: "Date", description: "On or after this day." }),
      to: t.arg({ type: "Date", description: "On or before this day." }),
    },
    resolve: async (cell, args, context) =>
      connectionOf<MeetingRow>(
        context,
        "cellMeetings",
        meetingListQuery(
          {
            kind: args.kind ?? null,
            status: args.status ?? null,
            from: args.from ?? null,
            to: args.to ?? null,
          },
          { everything: true, readPaths: [] },
          true,
        ),
        cell.id,
        args,
      ),
  }),
  meetingCompliance: t.field({
    type: ComplianceRef,
    nullable: true,
    description:
      "Months without a held regular meeting, quarters without a thematic one, attendance, members absent three " +
      "times in a row — for a committee, over every cell of its subtree (a fixed number of D1 queries).",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => complianceOf(context, cell, args.year),
  }),
  meetingQualityScale: t.field({
    type: [QualityGradeRef],
    description:
      "The grade scale for meeting quality that applies here: set by the nearest committee above, else the default.",
    resolve: (cell, _args, context) => qualityScaleOf(context, cell),
  }),
}));

builder.objectField(TermRef, "electedAt", (t) =>
  meetingReference.optional(
    t,
    "The congress that elected this term's leadership.",
    (term) => (term as TermRow & { elected_at_meeting_id?: string | null }).elected_at_meeting_id ?? null,
  ),
);
