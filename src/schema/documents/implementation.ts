import { newId } from "../../db/database";
import {
  type AssignmentRow,
  activeCellsUnder,
  assignmentsByIds,
  insertAssignment,
  recordImplementation,
} from "../../db/document-assignments";
import {
  assertAssignmentSize,
  assertCellMayImplement,
  assertImplementationReport,
} from "../../domain/implementation";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, documentOrRefuse } from "../common/references";
import { reloadDocument } from "./document-writes";
import { AssignmentRef, DocumentRef } from "./refs";
import { ImplementationStatusEnum } from "./types";

/** Assigning a document to cells to implement, and recording how far each has come. */

defineMutation("assignDocument", {
  description:
    "A committee gives a document to cells of its subtree to implement, with a deadline (again: a new deadline).",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document to implement." }),
    committeeId: t.globalID({ for: CellRef, required: true, description: "The committee assigning it." }),
    cellIds: t.globalIDList({
      for: CellRef,
      description: "The organizations of its subtree; by default every active cell in it.",
    }),
    deadline: t.field({ type: "Date", description: "When the cells report on it." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The document, with its assignments." },
  authorize: (input) => ({ governUnder: input.committeeId.id }),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    const committee = await cellOrRefuse(context, input.committeeId.id, "committeeId");
    const cellIds = input.cellIds
      ? input.cellIds.map((id) => id.id)
      : (await activeCellsUnder(context.db, committee.path)).map((row) => row.id);
    assertAssignmentSize(committee, cellIds.length);
    const cells = await context.loaders.cell.loadMany(cellIds);
    const issuerPath = document.issuer_cell_id
      ? ((await context.loaders.cell.load(document.issuer_cell_id))?.path ?? null)
      : null;
    cells.forEach((cell, index) => {
      if (!cell || cell instanceof Error)
        refuse("NOT_FOUND", { vi: "Không có tổ chức nào có ID này.", en: "No organization has this ID." }, [
          "cellIds",
          String(index),
        ]);
      assertCellMayImplement(cell, committee, { status: document.status, issuerPath }, [
        "cellIds",
        String(index),
      ]);
    });
    await context.db.write([
      context.db.guardVersion("documents", document.id, document.version),
      ...cellIds.map((cellId) =>
        insertAssignment(context.db, {
          id: newId(),
          document_id: document.id,
          cell_id: cellId,
          assigned_by_cell_id: committee.id,
          deadline: input.deadline ?? null,
          status: "NOT_STARTED",
          report_document_id: null,
          reported_on: null,
          note: null,
        }),
      ),
    ]);
    return reloadDocument(context, document.id);
  },
});

defineMutation("recordImplementation", {
  description: "A cell records where it stands on a document it implements, with its own plan or report.",
  inputFields: (t) => ({
    assignmentId: t.globalID({ for: AssignmentRef, required: true, description: "The assignment." }),
    status: t.field({
      type: ImplementationStatusEnum,
      required: true,
      description: "Where the cell stands.",
    }),
    reportDocumentId: t.globalID({ for: DocumentRef, description: "The cell's own plan or report on it." }),
    reportedOn: t.field({ type: "Date", description: "Date of the record (required when REPORTED)." }),
    note: t.string({ description: "Note." }),
    expectedVersion: t.int({ description: "The version read; when given, a newer one means CONFLICT." }),
  }),
  output: { field: "assignment", type: AssignmentRef, description: "The assignment as recorded." },
  // An assignment out of the viewer's reach is answered as one that does not exist.
  authorize: async (input, context) => {
    const [assignment] = await assignmentsByIds(context.db, [input.assignmentId.id]);
    return assignment && (await context.access.canRead(assignment.cell_id))
      ? { writeCell: assignment.cell_id }
      : { authenticated: true };
  },
  run: async (input, context) => {
    const [assignment] = await assignmentsByIds(context.db, [input.assignmentId.id]);
    if (!assignment || !(await context.access.canRead(assignment.cell_id))) {
      refuse(
        "NOT_FOUND",
        {
          vi: "Không có việc giao thực hiện nào đồng chí được xem có ID này.",
          en: "No assignment you can see has this ID.",
        },
        ["assignmentId"],
      );
    }
    if (input.expectedVersion != null) assertExpectedVersion(assignment, input.expectedVersion);
    const report = input.reportDocumentId
      ? await documentOrRefuse(context, input.reportDocumentId.id, "reportDocumentId")
      : null;
    assertImplementationReport(
      { status: input.status, reportedOn: input.reportedOn },
      report ? report.issuer_cell_id : undefined,
      assignment.cell_id,
    );
    const reportDocumentId = report?.id ?? assignment.report_document_id;
    await context.db.write([
      context.db.guardVersion("implementation_assignments", assignment.id, assignment.version),
      recordImplementation(context.db, assignment.id, {
        status: input.status,
        report_document_id: reportDocumentId,
        reported_on: input.reportedOn ?? null,
        note: input.note?.trim() || assignment.note,
      }),
    ]);
    return (await assignmentsByIds(context.db, [assignment.id]))[0] as AssignmentRow;
  },
});
