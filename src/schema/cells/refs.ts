import { builder } from "../../builder";
import { type CellRow, type TermRow, termsByIds } from "../../db/cells";
import { referenceFields } from "../common/fields";
import { loadableNode } from "../common/nodes";

export const CellRef = builder.objectRef<CellRow>("Cell");

/** A row's organization, by its id. */
export const cellReference = referenceFields(CellRef, "cell");

export const TermRef = loadableNode<TermRow>("Term", termsByIds);
