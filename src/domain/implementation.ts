import { isWithinSubtree } from "./cells";
import { canReadDocument, type DocumentStatus, type ImplementationStatus } from "./documents";
import { refuse } from "./refusal";

/**
 * A committee assigns a document to the cells of its subtree to implement (quán triệt, triển khai); each cell
 * reports on it with a plan or report of its own.
 */

export const MAX_ASSIGNED_CELLS = 2000;

export interface AssigningCommittee {
  id: string;
  name: string;
  path: string;
}

export function assertAssignmentSize(committee: AssigningCommittee, cells: number): void {
  if (cells === 0)
    refuse(
      "NO_CELLS",
      {
        vi: `${committee.name} không có chi bộ nào đang hoạt động để giao thực hiện.`,
        en: `${committee.name} has no active cells to assign it to.`,
      },
      ["cellIds"],
    );
  if (cells > MAX_ASSIGNED_CELLS)
    refuse(
      "TOO_MANY_CELLS",
      { vi: "Mỗi lần giao tối đa 2.000 chi bộ.", en: "Assign at most 2,000 cells at once." },
      ["cellIds"],
    );
}

/**
 * A cell implements what its committee assigns: a cell below the committee, whose members can read the document
 * (an issued document on their line, not a draft).
 */
export function assertCellMayImplement(
  cell: { id: string; name: string; path: string },
  committee: AssigningCommittee,
  document: { status: DocumentStatus; issuerPath: string | null },
  field: string[],
): void {
  if (cell.id === committee.id || !isWithinSubtree(cell.path, committee.path)) {
    refuse(
      "NOT_IN_SUBTREE",
      {
        vi: `${cell.name} không trực thuộc ${committee.name}.`,
        en: `${cell.name} is not below ${committee.name}.`,
      },
      field,
    );
  }
  const membersOfCell = { everything: false, readPaths: [cell.path], draftPaths: [] };
  if (!canReadDocument({ status: document.status, deletedAt: null }, document.issuerPath, membersOfCell)) {
    refuse(
      "NOT_READABLE_BY_CELL",
      {
        vi:
          `Đảng viên của ${cell.name} không đọc được văn bản này (dự thảo, hoặc văn bản của tổ chức ngoài ` +
          "hệ thống của họ): hãy ban hành trước, hoặc giao văn bản họ đọc được.",
        en:
          `The members of ${cell.name} cannot read this document (a draft, or a document of an organization off ` +
          "their line): issue it first, or assign one they can read.",
      },
      field,
    );
  }
}

/** A report is dated; the plan or report attached is the implementing cell's own document. */
export function assertImplementationReport(
  report: { status: ImplementationStatus; reportedOn: string | null | undefined },
  reportIssuerCellId: string | null | undefined,
  cellId: string,
): void {
  if (report.status === "REPORTED" && !report.reportedOn)
    refuse("REPORT_DATE_REQUIRED", { vi: "Báo cáo phải có ngày báo cáo.", en: "A report needs its date." }, [
      "reportedOn",
    ]);
  if (reportIssuerCellId !== undefined && reportIssuerCellId !== cellId) {
    refuse(
      "REPORT_NOT_OWN",
      {
        vi: "Kế hoạch hoặc báo cáo phải là văn bản của chi bộ thực hiện.",
        en: "The plan or report must be a document of the implementing cell.",
      },
      ["reportDocumentId"],
    );
  }
}
