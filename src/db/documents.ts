import type { DocumentTypeCode } from "../domain/document-numbers";
import type {
  DocumentReader,
  DocumentStatus,
  ImplementationStatus,
  RelationDirection,
  RelationKind,
} from "../domain/documents";
import { Conditions, onLineOf, withinOneOf } from "./conditions";
import { type Bind, chunks, type Database, nowIso, questionMarks, rowsWhereIn } from "./database";
import { addFilterConditions, type DocumentFilter, readableRow } from "./document-filters";
import type { DocumentContent, DocumentRow } from "./document-rows";
import { indexDocument, unindexDocument } from "./document-search";
import type { ListQuery } from "./pages";

export interface ExternalBodyRow {
  id: string;
  name: string;
  issuer_code: string;
}

export interface DocumentVersionRow {
  id: string;
  document_id: string;
  version: number;
  title: string;
  summary: string | null;
  body: string | null;
  saved_by: string | null;
  saved_at: string;
  note: string | null;
}

export interface RelationRow {
  id: string;
  from_id: string;
  to_id: string;
  kind: RelationKind;
  related_on: string | null;
  note: string | null;
}

export interface AttachmentRow {
  id: string;
  document_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  r2_key: string;
  uploaded_by: string | null;
  purged_at: string | null;
  created_at: string;
}

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

export function documentsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<DocumentRow>(db, "documents", "id", ids, "id");
}

export function externalBodiesByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<ExternalBodyRow>(db, "external_bodies", "id", ids, "id");
}

export function allExternalBodies(db: Database) {
  return db.all<ExternalBodyRow>("SELECT * FROM external_bodies ORDER BY name");
}

export function versionsByDocumentIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<DocumentVersionRow>(db, "document_versions", "document_id", ids, "version");
}

export function attachmentsByDocumentIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AttachmentRow>(db, "attachments", "document_id", ids, "created_at, id");
}

export function attachmentsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AttachmentRow>(db, "attachments", "id", ids, "id");
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

export function cellsFoundedByDocuments(db: Database, ids: readonly string[]) {
  return rowsWhereIn<{ id: string; founding_document_id: string }>(
    db,
    "cells",
    "founding_document_id",
    ids,
    "sort_key",
  );
}

export function successionsDecidedByDocuments(db: Database, ids: readonly string[]) {
  return rowsWhereIn<{ decision_document_id: string }>(db, "cell_lineage", "decision_document_id", ids, "id");
}

/** The key of a numbering sequence: issuer, type code and term. */
export interface SequenceKey {
  issuerId: string;
  typeCode: DocumentTypeCode;
  sequenceTerm: string;
}

export function serialsInSequence(db: Database, key: SequenceKey) {
  return db.all<{ id: string; serial: number; number: string; title: string }>(
    `SELECT id, serial, number, title FROM documents
     WHERE coalesce(issuer_cell_id, issuer_body_id) = ?1 AND type_code = ?2 AND sequence_term = ?3
       AND serial IS NOT NULL AND deleted_at IS NULL ORDER BY serial`,
    [key.issuerId, key.typeCode, key.sequenceTerm],
  );
}

/** Whether `laterId` already supersedes `earlierId`, directly or through a chain of supersessions. */
export async function supersedesThroughChain(
  db: Database,
  laterId: string,
  earlierId: string,
): Promise<boolean> {
  const row = await db.first<{ found: number }>(
    `WITH RECURSIVE superseded (id) AS (
       SELECT ?1 UNION SELECT r.to_id FROM document_relations r JOIN superseded s ON r.from_id = s.id
       WHERE r.kind = 'SUPERSEDES'
     ) SELECT 1 AS found FROM superseded WHERE id = ?2 LIMIT 1`,
    [laterId, earlierId],
  );
  return row !== null;
}

export async function relationExists(db: Database, fromId: string, toId: string, kind: RelationKind) {
  return (
    (await db.first("SELECT 1 FROM document_relations WHERE from_id = ?1 AND to_id = ?2 AND kind = ?3", [
      fromId,
      toId,
      kind,
    ])) !== null
  );
}

/**
 * The SQL form of `canReadDocument` (src/domain/documents.ts), for lists. `drives`: the condition is the list's
 * only narrowing, so it is written to drive the query — from the external bodies and the cells of the reader's
 * line (path index) to their documents (documents_by_issuer_body, documents_by_issuer_cell) — rather than tested
 * on every document; when another filter narrows the list (a number, an issuer), each of its documents is tested
 * instead.
 */
function visibilityCondition(
  alias: string,
  visibility: DocumentReader,
  drives: boolean,
): { sql: string; binds: Bind[] } {
  if (visibility.everything) return { sql: `${alias}.deleted_at IS NULL`, binds: [] };
  if (drives) {
    const issued = onLineOf("ic.path", visibility.readPaths);
    const drafts = withinOneOf("dc.path", visibility.draftPaths);
    // CROSS JOIN: from the few external bodies to their documents, not the other way round.
    const sources = [
      `SELECT bd.id FROM external_bodies b CROSS JOIN documents bd ON bd.issuer_body_id = b.id
         WHERE bd.status <> 'DRAFT'`,
      `SELECT cd.id FROM cells ic JOIN documents cd ON cd.issuer_cell_id = ic.id
         WHERE cd.status <> 'DRAFT' AND ${issued.sql}`,
    ];
    if (visibility.draftPaths.length > 0) {
      sources.push(
        `SELECT dd.id FROM cells dc JOIN documents dd ON dd.issuer_cell_id = dc.id WHERE ${drafts.sql}`,
      );
    }
    return {
      sql: `${alias}.deleted_at IS NULL AND ${alias}.id IN (${sources.join(" UNION ALL ")})`,
      binds: [...issued.binds, ...drafts.binds],
    };
  }
  const issued = onLineOf("ic.path", visibility.readPaths);
  const drafts = withinOneOf("ic.path", visibility.draftPaths);
  return {
    sql: `${alias}.deleted_at IS NULL AND (
      (${alias}.issuer_cell_id IS NULL AND ${alias}.status <> 'DRAFT')
      OR EXISTS (SELECT 1 FROM cells ic WHERE ic.id = ${alias}.issuer_cell_id
        AND ((${alias}.status <> 'DRAFT' AND ${issued.sql}) OR ${drafts.sql})))`,
    binds: [...issued.binds, ...drafts.binds],
  };
}

/** Documents matching a filter that the viewer may see, newest first (a search with words: `searchDocuments`). */
export function documentListQuery(filter: DocumentFilter, visibility: DocumentReader): ListQuery {
  const where = new Conditions();
  const narrowed = Boolean(filter.search || filter.number || filter.issuerCellId || filter.issuerBodyId);
  const visible = visibilityCondition("d", visibility, !narrowed);
  where.add(visible.sql, ...visible.binds);
  addFilterConditions(where, "d", filter);
  // A search without a word to look for (only quotes, stars …) finds nothing.
  if (filter.search) where.add("0");
  // A whole table when the reader sees everything and no filter is set (each is tested by truthiness above).
  const whole = visibility.everything && Object.values(filter).every((value) => !value);
  return {
    select: "d.*",
    from: "documents d",
    where: where.sql,
    binds: where.binds,
    parentColumn: null,
    sortKey: "d.sort_key",
    id: "d.id",
    descending: true,
    total: whole ? "live_documents" : undefined,
  };
}

/** A relation seen from one of its documents (`document_id`), with the document at its other end (`other_id`). */
export interface RelationEnd extends RelationRow {
  document_id: string;
  other_id: string;
}

export interface RelationFilter {
  direction: RelationDirection;
  kind?: RelationKind | null;
  /** Only relations whose other end this reader may read (and is live). */
  reader: DocumentReader;
}

const OUTGOING_ENDS = "SELECT *, from_id AS document_id, to_id AS other_id FROM document_relations";
const INCOMING_ENDS = "SELECT *, to_id AS document_id, from_id AS other_id FROM document_relations";
const RELATION_ENDS: Record<RelationDirection, string> = {
  OUTGOING: OUTGOING_ENDS,
  INCOMING: INCOMING_ENDS,
  BOTH: `${OUTGOING_ENDS} UNION ALL ${INCOMING_ENDS}`,
};

/**
 * A document's relations (one direction or both, one kind or all) whose other end the reader may read: the kind and
 * the rule are conditions of the query, on the other end's `document_reads` row, so a plan implemented by hundreds of
 * documents, most of them off the reader's line, loads no document to judge and returns only what the reader sees.
 */
function relationSource(filter: RelationFilter): { from: string; where: Conditions } {
  const where = new Conditions();
  if (filter.kind) where.add("rel.kind = ?", filter.kind);
  const readable = readableRow("other", filter.reader);
  if (readable) where.add(readable.sql, ...readable.binds);
  return {
    from: `(${RELATION_ENDS[filter.direction]}) rel JOIN document_reads other ON other.id = rel.other_id`,
    where,
  };
}

/** By date (undated first), as document_relations_by_target orders a document's incoming relations of a kind. */
const RELATION_ORDER = "coalesce(rel.related_on, ''), rel.id";

/** The relations of some documents (each relation once per document it is seen from), by date. */
export async function relationsOfDocuments(
  db: Database,
  documentIds: readonly string[],
  filter: RelationFilter,
): Promise<RelationEnd[]> {
  const { from, where } = relationSource(filter);
  const statements = chunks(documentIds).map((chunk) =>
    db.prepare(
      `SELECT rel.* FROM ${from} WHERE rel.document_id IN (${questionMarks(chunk.length)})
       ${where.sql ? `AND ${where.sql}` : ""} ORDER BY ${RELATION_ORDER}`,
      [...chunk, ...where.binds],
    ),
  );
  return (await db.readBatch<RelationEnd>(statements)).flat();
}

/** A document's relations a page at a time, by date. */
export function relationListQuery(filter: RelationFilter): ListQuery {
  const { from, where } = relationSource(filter);
  return {
    select: "rel.*",
    from,
    where: where.sql,
    binds: where.binds,
    parentColumn: "rel.document_id",
    sortKey: "coalesce(rel.related_on, '')",
    id: "rel.id",
  };
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
    // From the subtree's cells to their assignments of the document (the UNIQUE (document_id, cell_id) index), not
    // from every cell the document was assigned to (a provincial plan: every cell of the province) to its path.
    const cells = new Conditions().add(
      "ac.path >= ? AND ac.path < ? || '~'",
      filter.underPath,
      filter.underPath,
    );
    if (filter.readerPaths) {
      // The reader's line is tested on each cell of the subtree: the unary + keeps it from being taken as the way in.
      const line = onLineOf("+ac.path", filter.readerPaths);
      cells.add(line.sql, ...line.binds);
    }
    where.add(`a.cell_id IN (SELECT ac.id FROM cells ac WHERE ${cells.sql})`, ...cells.binds);
  } else if (filter.readerPaths) {
    const line = onLineOf("rc.path", filter.readerPaths);
    where.add(`EXISTS (SELECT 1 FROM cells rc WHERE rc.id = a.cell_id AND ${line.sql})`, ...line.binds);
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
  const where = assignmentConditions(filter);
  return {
    select: "a.*",
    from: "implementation_assignments a",
    where: where.sql,
    binds: where.binds,
    parentColumn: "a.document_id",
    sortKey: "coalesce(a.deadline, '9999')",
    id: "a.id",
  };
}

/** A cell's documents to implement, by deadline. */
export function assignmentsOfCellQuery(filter: AssignmentFilter): ListQuery {
  const where = assignmentConditions(filter);
  return {
    select: "a.*",
    from: "implementation_assignments a",
    where: where.sql,
    binds: where.binds,
    parentColumn: "a.cell_id",
    sortKey: "coalesce(a.deadline, '9999')",
    id: "a.id",
  };
}

export function contentOf(row: DocumentRow): DocumentContent {
  return {
    type: row.type,
    status: row.status,
    number: row.number,
    serial: row.serial,
    typeCode: row.type_code,
    issuerCode: row.issuer_code,
    issuerCellId: row.issuer_cell_id,
    issuerBodyId: row.issuer_body_id,
    issuerTerm: row.issuer_term,
    sequenceTerm: row.sequence_term,
    title: row.title,
    summary: row.summary,
    body: row.body,
    issuedOn: row.issued_on,
    source: row.source,
  };
}

function contentBinds(content: DocumentContent): Bind[] {
  return [
    content.type,
    content.status,
    content.number,
    content.serial,
    content.typeCode,
    content.issuerCode,
    content.issuerCellId,
    content.issuerBodyId,
    content.issuerTerm,
    content.sequenceTerm,
    content.title,
    content.summary,
    content.body,
    content.issuedOn,
    content.source,
  ];
}

function sortKeyOf(content: DocumentContent): string {
  return content.issuedOn ?? nowIso().slice(0, 10);
}

export function insertDocument(db: Database, id: string, content: DocumentContent) {
  return [
    db.prepare(
      `INSERT INTO documents (id, type, status, number, serial, type_code, issuer_code, issuer_cell_id, issuer_body_id,
         issuer_term, sequence_term, title, summary, body, issued_on, source, sort_key)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)`,
      [id, ...contentBinds(content), sortKeyOf(content)],
    ),
    indexDocument(db, id, content),
  ];
}

/** Rewrites a document and its search row; the version moves. */
export function updateDocument(db: Database, id: string, content: DocumentContent) {
  return [
    unindexDocument(db, id),
    db.prepare(
      `UPDATE documents SET type = ?2, status = ?3, number = ?4, serial = ?5, type_code = ?6, issuer_code = ?7,
         issuer_cell_id = ?8, issuer_body_id = ?9, issuer_term = ?10, sequence_term = ?11, title = ?12, summary = ?13,
         body = ?14, issued_on = ?15, source = ?16, sort_key = ?17, version = version + 1, updated_at = ?18
       WHERE id = ?1`,
      [id, ...contentBinds(content), sortKeyOf(content), nowIso()],
    ),
    indexDocument(db, id, content),
  ];
}

export function softDeleteDocument(db: Database, id: string) {
  return [
    unindexDocument(db, id),
    db.prepare("UPDATE documents SET deleted_at = ?2, version = version + 1, updated_at = ?2 WHERE id = ?1", [
      id,
      nowIso(),
    ]),
  ];
}

export function setDocumentStatus(db: Database, id: string, status: DocumentStatus) {
  return db.prepare(
    "UPDATE documents SET status = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1",
    [id, status, nowIso()],
  );
}

export function insertVersion(db: Database, row: DocumentVersionRow) {
  return db.prepare(
    `INSERT INTO document_versions (id, document_id, version, title, summary, body, saved_by, saved_at, note)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    [
      row.id,
      row.document_id,
      row.version,
      row.title,
      row.summary,
      row.body,
      row.saved_by,
      row.saved_at,
      row.note,
    ],
  );
}

export function insertRelation(db: Database, row: RelationRow) {
  return db.prepare(
    `INSERT INTO document_relations (id, from_id, to_id, kind, related_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    [row.id, row.from_id, row.to_id, row.kind, row.related_on, row.note],
  );
}

export function deleteRelation(db: Database, id: string) {
  return db.prepare("DELETE FROM document_relations WHERE id = ?1", [id]);
}

export function relationsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<RelationRow>(db, "document_relations", "id", ids, "id");
}

export function insertAttachment(db: Database, row: AttachmentRow) {
  return db.prepare(
    `INSERT INTO attachments (id, document_id, file_name, content_type, size, sha256, r2_key, uploaded_by, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    [
      row.id,
      row.document_id,
      row.file_name,
      row.content_type,
      row.size,
      row.sha256,
      row.r2_key,
      row.uploaded_by,
      row.created_at,
    ],
  );
}

export function markAttachmentsPurged(db: Database, documentId: string) {
  return db.prepare("UPDATE attachments SET purged_at = ?2 WHERE document_id = ?1 AND purged_at IS NULL", [
    documentId,
    nowIso(),
  ]);
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
