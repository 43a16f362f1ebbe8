import type { Context } from "../../context";
import { type CellRow, cellFacts } from "../../db/cells";
import type { DocumentRow } from "../../db/document-rows";
import type { PersonRow } from "../../db/people";
import { assertCommittee } from "../../domain/cells";
import { refuse, type Text } from "../../domain/refusal";

/** The organization a row names by a nullable column, loaded, or null where it names none. */
export const cellOf = (id: string | null | undefined, context: Context) =>
  id ? context.loaders.cell.load(id) : null;

/** The organization an input names, or NOT_FOUND on the input's field. */
export async function cellOrRefuse(context: Context, id: string, field: string | string[]): Promise<CellRow> {
  const cell = await context.loaders.cell.load(id);
  if (!cell)
    refuse(
      "NOT_FOUND",
      { vi: "Không có tổ chức nào có ID này.", en: "No organization has this ID." },
      Array.isArray(field) ? field : [field],
    );
  return cell;
}

/** A person the viewer may read, or NOT_FOUND on the input's field: one out of reach is answered as none. */
export async function personOrRefuse(
  context: Context,
  id: string,
  field: string[] = ["personId"],
): Promise<PersonRow> {
  const person = await context.loaders.person.load(id);
  if (!person || !(await context.access.canReadPerson(person.id))) {
    refuse(
      "NOT_FOUND",
      { vi: "Không có người nào đồng chí được xem có ID này.", en: "No person you can see has this ID." },
      field,
    );
  }
  return person;
}

/** The committee an input names (committeeId): NOT_FOUND, or the rule's own refusal when it names a cell. */
export async function committeeOrRefuse(context: Context, id: string, notACommittee: Text): Promise<CellRow> {
  const committee = await cellOrRefuse(context, id, "committeeId");
  assertCommittee(cellFacts(committee), notACommittee, ["committeeId"]);
  return committee;
}

/** A document the viewer may read, or NOT_FOUND on the input's field: one out of reach is answered as none. */
export async function documentOrRefuse(
  context: Context,
  id: string,
  field: string | string[] = "documentId",
): Promise<DocumentRow> {
  const document = await context.loaders.document.load(id);
  if (!document || !(await context.access.canReadDocument(document))) {
    refuse(
      "NOT_FOUND",
      { vi: "Không có văn bản nào đồng chí được xem có ID này.", en: "No document you can see has this ID." },
      Array.isArray(field) ? field : [field],
    );
  }
  return document;
}

/** The ID of a document an input may name (a decision, a form); null where it names none. */
export async function optionalDocumentId(
  context: Context,
  id: { id: string } | null | undefined,
  field: string,
): Promise<string | null> {
  return id ? (await documentOrRefuse(context, id.id, field)).id : null;
}

/** The documents of a list the viewer may read, in the list's order; the others are left out, as if absent. */
export async function readableDocuments(context: Context, ids: readonly string[]): Promise<DocumentRow[]> {
  const rows = (await context.loaders.document.loadMany(ids)).filter(
    (row): row is DocumentRow => row !== null && !(row instanceof Error),
  );
  const readable = await Promise.all(rows.map((row) => context.access.canReadDocument(row)));
  return rows.filter((_row, index) => readable[index]);
}

/** The cells a person belongs to today. */
export async function currentCellIdsOf(context: Context, personId: string): Promise<string[]> {
  return (await context.loaders.membershipsOfPerson.load(personId))
    .filter((membership) => membership.ended_on === null || membership.ended_on > context.today)
    .map((membership) => membership.cell_id);
}

/** The cells a person belongs to today, with where they stand in the tree. */
export async function currentCellsOf(context: Context, personId: string) {
  const cells = await Promise.all(
    (await currentCellIdsOf(context, personId)).map((id) => context.loaders.cell.load(id)),
  );
  return cells.flatMap((cell) => (cell ? [{ cellId: cell.id, path: cell.path }] : []));
}
