import type { DocumentTypeCode } from "../domain/document-numbers";
import type { DocumentReader, DocumentStatus } from "../domain/documents";
import { Conditions, onLineOf, withinOneOf } from "./conditions";
import { type Bind, type Database, insertRow, nowIso, rowsWhereIn } from "./database";
import { addFilterConditions, type DocumentFilter } from "./document-filters";
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

/** The key of a numbering sequence: issuer (a cell's id, or `code:` and an external issuer code), type code and term. */
export interface SequenceKey {
  issuerId: string;
  typeCode: DocumentTypeCode;
  sequenceTerm: string;
}

export function serialsInSequence(db: Database, key: SequenceKey) {
  return db.all<{ id: string; serial: number; number: string; title: string }>(
    `SELECT id, serial, number, title FROM documents
     WHERE coalesce(issuer_cell_id, 'code:' || issuer_code) = ?1 AND type_code = ?2 AND sequence_term = ?3
       AND serial IS NOT NULL AND deleted_at IS NULL ORDER BY serial`,
    [key.issuerId, key.typeCode, key.sequenceTerm],
  );
}

/**
 * The SQL form of `canReadDocument` (src/domain/documents.ts), for lists. `drives`: the condition is the list's
 * only narrowing, so it is written to drive the query — from the external bodies and the cells of the reader's
 * line (path index) to their documents (documents_by_issuer_body, documents_by_issuer_cell) — rather than tested
 * on every document; when another filter narrows the list (a number, an issuer), each of its documents is tested
 * instead.
 */
export function visibilityCondition(
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
  return insertRow(
    db,
    "document_versions",
    ["id", "document_id", "version", "title", "summary", "body", "saved_by", "saved_at", "note"],
    row,
  );
}

export function insertAttachment(db: Database, row: AttachmentRow) {
  return insertRow(
    db,
    "attachments",
    [
      "id",
      "document_id",
      "file_name",
      "content_type",
      "size",
      "sha256",
      "r2_key",
      "uploaded_by",
      "created_at",
    ],
    row,
  );
}

export function markAttachmentsPurged(db: Database, documentId: string) {
  return db.prepare("UPDATE attachments SET purged_at = ?2 WHERE document_id = ?1 AND purged_at IS NULL", [
    documentId,
    nowIso(),
  ]);
}
