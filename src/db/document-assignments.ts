import type { DocumentReader, ImplementationStatus } from "../domain/documents";
import { Conditions, onLineOf } from "./conditions";
import { type Database, nowIso, rowsWhereIn } from "./database";
import { visibilityCondition } from "./documents";
import type { ListQuery } from "./pages";

/** Documents assigned to cells to implement, and what each cell reported. */

export interface AssignmentRow {
  id: string;
  document_id: string;
  cell_id: string;
  assigned_by_cell_id: string;
  deadline: string | null;
  status: ImplementationStatus;
  report_document_id: string | null;
  reported_on: string | null;
  note: string | null;
  version: number;
}

/** A cell's assignments for some documents: how far it implemented each. */
export async function assignmentsOfCellFor(db: Database, cellId: string, documentIds: readonly string[]) {
  return (
    await rowsWhereIn<AssignmentRow>(db, "implementation_assignments", "document_id", documentIds, "id")
  ).filter((row) => row.cell_id === cellId);
}

export function assignmentsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AssignmentRow>(db, "implementation_assignments", "id", ids, "id");
}

export interface AssignmentFilter {
  underPath?: string | null;
  status?: ImplementationStatus | null;
  overdueOn?: string | null;
  /**
   * Only cells on the line of these paths (the viewer's grants); null: every cell (admins). A document read
   * everywhere (a directive of the Secretariat) must not show every cell's implementation record to everyone.
   */
  readerPaths?: readonly string[] | null;
  /** Only assignments of documents this reader may read (a cell's list: a deleted or unreadable one is left out). */
  documentsReadBy?: DocumentReader;
}

function assignmentConditions(filter: AssignmentFilter): Conditions {
  const where = new Conditions();
  if (filter.underPath) {
    // The document's assignments within the subtree's path range (implementation_by_document_path, 0048), not every
    // cell of the subtree and then its assignment, nor every cell the document was assigned to (a provincial plan:
    // every cell of the province).
    where.add("a.cell_path >= ? AND a.cell_path < ? || '~'", filter.underPath, filter.underPath);
  }
  if (filter.readerPaths) {
    // The reader's line is tested on each assignment's own path: the unary + keeps it from being taken as the way in.
    const line = onLineOf("+a.cell_path", filter.readerPaths);
    where.add(line.sql, ...line.binds);
  }
  if (filter.status) where.add("a.status = ?", filter.status);
  if (filter.overdueOn) where.add("a.status <> 'REPORTED' AND a.deadline < ?", filter.overdueOn);
  if (filter.documentsReadBy) {
    const readable = visibilityCondition("ad", filter.documentsReadBy, false);
    where.add(
      `EXISTS (SELECT 1 FROM documents ad WHERE ad.id = a.document_id AND ${readable.sql})`,
      ...readable.binds,
    );
  }
  return where;
}

/** A document's assignments (one per assigned cell), by deadline. */
export function assignmentsOfDocumentQuery(filter: AssignmentFilter): ListQuery {
  return assignmentsQuery("a.document_id", filter);
}

/** A cell's documents to implement, by deadline. */
export function assignmentsOfCellQuery(filter: AssignmentFilter): ListQuery {
  return assignmentsQuery("a.cell_id", filter);
}

function assignmentsQuery(parentColumn: string, filter: AssignmentFilter): ListQuery {
  const where = assignmentConditions(filter);
  return {
    select: "a.*",
    from: "implementation_assignments a",
    where: where.sql,
    binds: where.binds,
    parentColumn,
    sortKey: "coalesce(a.deadline, '9999')",
    id: "a.id",
  };
}

export function insertAssignment(db: Database, row: Omit<AssignmentRow, "version">) {
  return db.prepare(
    `INSERT INTO implementation_assignments (id, document_id, cell_id, assigned_by_cell_id, deadline, status,
       report_document_id, reported_on, note)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
     ON CONFLICT (document_id, cell_id) DO UPDATE SET deadline = excluded.deadline,
       assigned_by_cell_id = excluded.assigned_by_cell_id, version = version + 1, updated_at = ?10`,
    [
      row.id,
      row.document_id,
      row.cell_id,
      row.assigned_by_cell_id,
      row.deadline,
      row.status,
      row.report_document_id,
      row.reported_on,
      row.note,
      nowIso(),
    ],
  );
}

export function recordImplementation(
  db: Database,
  id: string,
  changes: Pick<AssignmentRow, "status" | "report_document_id" | "reported_on" | "note">,
) {
  return db.prepare(
    `UPDATE implementation_assignments SET status = ?2, report_document_id = ?3, reported_on = ?4, note = ?5,
       version = version + 1, updated_at = ?6 WHERE id = ?1`,
    [id, changes.status, changes.report_document_id, changes.reported_on, changes.note, nowIso()],
  );
}

/**
 * Cells of a subtree that are cells (chi bộ) and active: where a committee sends a document to implement. The
 * unary + keeps the kind from choosing cells_by_kind over the subtree's path range.
 */
export function activeCellsUnder(db: Database, path: string) {
  return db.all<{ id: string }>(
    `SELECT id FROM cells WHERE path > ?1 AND path < ?1 || '~' AND dissolved_on IS NULL
       AND +kind IN ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')`,
    [path],
  );
}

/** Some cells' assignments past their deadline without a report (20 at most each), with the document's number. */
export function overdueAssignmentsOf(db: Database, cellIds: readonly string[], today: string) {
  return db.all<{ cell_id: string; deadline: string; number: string | null; title: string }>(
    `SELECT cell_id, deadline, number, title FROM (
       SELECT a.cell_id, a.deadline, d.number, d.title,
         row_number() OVER (PARTITION BY a.cell_id ORDER BY a.deadline) AS nth
       FROM implementation_assignments a JOIN documents d ON d.id = a.document_id
       WHERE a.cell_id IN (SELECT value FROM json_each(?1)) AND a.status <> 'REPORTED' AND a.deadline < ?2)
     WHERE nth <= 20 ORDER BY deadline`,
    [JSON.stringify(cellIds), today],
  );
}
