import type { DocumentReader, DocumentStatus, DocumentType } from "../domain/documents";
import { ancestorPaths, type Conditions, onLineOf, withinOneOf } from "./conditions";
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

/** The paths of `paths` that no other one contains: their subtrees hold all of the others'. */
function outermost(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((path) => !unique.some((other) => other !== path && path.startsWith(other)));
}

/**
 * `readableRow` for the source documents of `document_relations` (the `from_*` columns, 0053), as disjoint arms of
 * a UNION ALL, each a range or a list on the source's issuer path (document_relations_by_target_reach): external
 * documents; the subtrees the reader reads; the organizations above them; and drafts in the subtrees whose drafts the
 * reader reads (with anything there not already on the reader's line). Each arm is a condition on the table's row.
 */
export function readableSourceArms(reader: DocumentReader): { arms: string[]; binds: Bind[] } {
  if (reader.everything) return { arms: ["from_live = 1"], binds: [] };
  const subtrees = outermost(reader.readPaths);
  const above = [...new Set(subtrees.flatMap(ancestorPaths))].filter(
    (path) => !subtrees.some((subtree) => path.startsWith(subtree)),
  );
  const issued = "from_live = 1 AND from_status <> 'DRAFT'";
  const range = "from_issuer_path >= ? AND from_issuer_path < ? || '~'";
  const onLine = onLineOf("from_issuer_path", reader.readPaths);
  const arms = [`${issued} AND from_issuer_cell_id IS NULL AND from_issuer_path IS NULL`];
  const binds: Bind[] = [];
  for (const subtree of subtrees) {
    arms.push(`${issued} AND ${range}`);
    binds.push(subtree, subtree);
  }
  if (above.length > 0) {
    arms.push(`${issued} AND from_issuer_path IN (${above.map(() => "?").join(", ")})`);
    binds.push(...above);
  }
  for (const drafts of outermost(reader.draftPaths)) {
    arms.push(`from_live = 1 AND ${range} AND (from_status = 'DRAFT' OR NOT ${onLine.sql})`);
    binds.push(drafts, drafts, ...onLine.binds);
  }
  return { arms, binds };
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
