import type { DocumentReader, RelationDirection, RelationKind } from "../domain/documents";
import { Conditions } from "./conditions";
import { type Bind, chunks, type Database, insertRow, questionMarks, rowsWhereIn } from "./database";
import { readableRow, readableSourceArms } from "./document-filters";
import type { ListQuery } from "./pages";

/** Relations between documents (one implements, amends or replaces another), as the reader may see them. */

export interface RelationRow {
  id: string;
  from_id: string;
  to_id: string;
  kind: RelationKind;
  related_on: string | null;
  note: string | null;
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
function relationSource(filter: RelationFilter): { from: string; fromBinds: Bind[]; where: Conditions } {
  const where = new Conditions();
  if (filter.kind) where.add("rel.kind = ?", filter.kind);
  if (filter.direction === "INCOMING") {
    // Hundreds of documents may implement one: the reader's rule is read off each relation's own copy of its source's
    // reach (0053), arm by arm, so only the sources the reader may read are walked.
    // INDEXED BY: each arm walks its path range; the target's date index would read every source to sort the page.
    const { arms, binds } = readableSourceArms(filter.reader);
    const sources = `SELECT *, to_id AS document_id, from_id AS other_id
      FROM document_relations INDEXED BY document_relations_by_target_reach`;
    return {
      from: `(${arms.map((arm) => `${sources} WHERE ${arm}`).join(" UNION ALL ")}) rel`,
      fromBinds: binds,
      where,
    };
  }
  const readable = readableRow("other", filter.reader);
  if (readable) where.add(readable.sql, ...readable.binds);
  return {
    from: `(${RELATION_ENDS[filter.direction]}) rel JOIN document_reads other ON other.id = rel.other_id`,
    fromBinds: [],
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
  const { from, fromBinds, where } = relationSource(filter);
  const statements = chunks(documentIds).map((chunk) =>
    db.prepare(
      `SELECT rel.* FROM ${from} WHERE rel.document_id IN (${questionMarks(chunk.length)})
       ${where.sql ? `AND ${where.sql}` : ""} ORDER BY ${RELATION_ORDER}`,
      [...fromBinds, ...chunk, ...where.binds],
    ),
  );
  return (await db.readBatch<RelationEnd>(statements)).flat();
}

/** A document's relations a page at a time, by date. */
export function relationListQuery(filter: RelationFilter): ListQuery {
  const { from, fromBinds, where } = relationSource(filter);
  return {
    select: "rel.*",
    from,
    fromBinds,
    where: where.sql,
    binds: where.binds,
    parentColumn: "rel.document_id",
    sortKey: "coalesce(rel.related_on, '')",
    id: "rel.id",
  };
}

export function insertRelation(db: Database, row: RelationRow) {
  return insertRow(db, "document_relations", ["id", "from_id", "to_id", "kind", "related_on", "note"], row);
}

export function deleteRelation(db: Database, id: string) {
  return db.prepare("DELETE FROM document_relations WHERE id = ?1", [id]);
}

export function relationsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<RelationRow>(db, "document_relations", "id", ids, "id");
}
