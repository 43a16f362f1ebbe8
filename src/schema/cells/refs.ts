import { builder } from "../../builder";
import { type CellRow, type TermRow, termsByIds } from "../../db/cells";
import { referenceFields } from "../common/fields";

export const CellRef = builder.objectRef<CellRow>("Cell");

/** A row's organization, by its id. */
export const cellReference = referenceFields(CellRef, "cell");

export const TermRef = builder.loadableNodeRef<TermRow>("Term", {
  id: { resolve: (term) => term.id },
  load: (ids: string[], context) => termsByIds(context.db, ids),
  sort: (term) => term.id,
});
