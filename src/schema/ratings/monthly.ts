import { builder } from "../../builder";
import type { Context } from "../../context";
import { type MonthlyRow, monthlyEvaluationsOfCells } from "../../db/annual-review";
import { personReference } from "../people/refs";

/** Monthly evaluations of members (Hướng dẫn 21-HD/BTCTW): a level a month, recorded by the cell. */

export function monthlyOf(cellId: string, year: number, context: Context) {
  return context.loaders
    .grouped(
      `monthly:${year}`,
      (ids) => monthlyEvaluationsOfCells(context.db, ids, year),
      (row) => row.cell_id,
    )
    .load(cellId);
}

export const MonthlyEvaluationRef = builder.objectRef<MonthlyRow>("MonthlyEvaluation").implement({
  description: "A member's evaluation for a month.",
  fields: (t) => ({
    person: personReference.required(t, "The member.", (row) => row.person_id),
    month: t.exposeInt("month", { description: "1–12." }),
    levelCode: t.exposeString("level_code", {
      description: "The level, a member level of the year's scheme.",
    }),
    note: t.exposeString("note", { nullable: true, description: "Note." }),
  }),
});

/** A cell's year facts, read once per request however many fields of the report and its targets ask. */
