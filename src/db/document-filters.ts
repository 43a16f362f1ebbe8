import type { DocumentReader, DocumentStatus, DocumentType } from "../domain/documents";
import { type Conditions, onLineOf, withinOneOf } from "./conditions";
import type { Bind } from "./database";

/**
 * `canReadDocument` on a row of `document_reads` (0014_document_reads.sql), which only live documents have: the row
 * holds the issuer's path, so the rule reads nothing else. Null for a reader who reads every live document.
 */
export function readableRow(alias: string, reader: DocumentReader): { sql: string; binds: Bind[] } | null {
  if (reader.everything) return null;
  const issued = onLineOf(`${alias}.issuer_path`, reader.readPaths);
  const drafts = withinOneOf(`${alias}.issuer_path`, reader.draftPaths);
  return {
    sql: `((${alias}.status <> 'DRAFT' AND (${alias}.issuer_cell_id IS NULL OR ${issued.sql})) OR ${drafts.sql})`,
    binds: [...issued.binds, ...drafts.binds],
  };
}

export interface DocumentFilter {
  search?: string | null;
  type?: DocumentType | null;
  issuerCellId?: string | null;
  issuerBodyId?: string | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  number?: string | null;
  status?: DocumentStatus | null;
}

/** The filter's conditions (all but the search) on a row of `documents` or `document_reads`: their columns agree. */
export function addFilterConditions(where: Conditions, alias: string, filter: DocumentFilter): void {
  if (filter.type) where.add(`${alias}.type = ?`, filter.type);
  if (filter.issuerCellId) where.add(`${alias}.issuer_cell_id = ?`, filter.issuerCellId);
  if (filter.issuerBodyId) where.add(`${alias}.issuer_body_id = ?`, filter.issuerBodyId);
  if (filter.issuedFrom) where.add(`${alias}.issued_on >= ?`, filter.issuedFrom);
  if (filter.issuedTo) where.add(`${alias}.issued_on <= ?`, filter.issuedTo);
  if (filter.number) where.add(`${alias}.number = ?`, filter.number);
  if (filter.status) where.add(`${alias}.status = ?`, filter.status);
}
