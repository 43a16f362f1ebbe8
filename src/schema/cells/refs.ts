import { builder } from "../../builder";
import { type CellRow, type TermRow, termsByIds } from "../../db/cells";

export const CellRef = builder.objectRef<CellRow>("Cell");

export const TermRef = builder.loadableNodeRef<TermRow>("Term", {
  id: { resolve: (term) => term.id },
  load: (ids: string[], context) => termsByIds(context.db, ids),
  sort: (term) => term.id,
});
