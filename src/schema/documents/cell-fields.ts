import { builder } from "../../builder";
import { type AssignmentRow, assignmentsOfCellQuery } from "../../db/document-assignments";
import { CellRef } from "../cells/refs";
import { SuccessionRef } from "../cells/types";
import { connectionOf } from "../common/connections";
import { AssignmentRef, documentReference } from "./refs";
import { ImplementationStatusEnum } from "./types";

/** A cell's documents to implement, and the decision behind a succession of cells. */
builder.objectFields(CellRef, (t) => ({
  foundingDocument: documentReference.optional(
    t,
    "The decision that founded it.",
    (cell) => cell.founding_document_id,
  ),
  documentsToImplement: t.connection({
    type: AssignmentRef,
    nullable: true,
    description: "Documents assigned to this cell to implement, by deadline, with their state.",
    authScopes: (cell) => ({ readCell: cell.id }),
    args: {
      status: t.arg({ type: ImplementationStatusEnum, description: "Only assignments in this state." }),
      overdueOn: t.arg({
        type: "Date",
        description: "Only assignments not reported whose deadline fell before this day.",
      }),
    },
    resolve: async (cell, args, context) =>
      connectionOf<AssignmentRow>(
        context,
        "cellAssignments",
        assignmentsOfCellQuery({
          status: args.status ?? null,
          overdueOn: args.overdueOn ?? null,
          documentsReadBy: await context.access.reader(),
        }),
        cell.id,
        args,
      ),
  }),
}));

builder.objectField(SuccessionRef, "decisionDocument", (t) =>
  documentReference.optional(t, "The decision that recorded it.", (lineage) => lineage.decision_document_id),
);
