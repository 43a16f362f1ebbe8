import { builder } from "../../builder";
import type { Context } from "../../context";
import {
  type ConsultationRow,
  openConsultationsOf,
  organizationConsultationsListQuery,
} from "../../db/consultations";
import { CellRef } from "../cells/refs";
import { asConnection } from "../common/connections";
import { DraftConsultationRef } from "./refs";

/** The drafts open to a member, and an organization's consultations. */

/** The viewer's cells today, with where they stand in the tree. */
export async function viewerCellsOnLine(context: Context, personId: string) {
  const cellIds = (await context.loaders.membershipsOfPerson.load(personId))
    .filter((membership) => membership.ended_on === null || membership.ended_on > context.today)
    .map((membership) => membership.cell_id);
  const cells = await Promise.all(cellIds.map((id) => context.loaders.cell.load(id)));
  return cells.flatMap((cell) => (cell ? [{ cellId: cell.id, path: cell.path }] : []));
}

builder.queryField("draftConsultations", (t) =>
  t.field({
    type: [DraftConsultationRef],
    description:
      "The drafts open for the viewer's comments today — of their cells and the committees above — closing " +
      "soonest first. Empty for a token that names no member.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, context) => {
      const personId = context.viewer?.personId;
      if (!personId) return [];
      const line = new Set(
        (await viewerCellsOnLine(context, personId)).flatMap((cell) => cell.path.split("/").filter(Boolean)),
      );
      const open = await openConsultationsOf(context.db, [...line], context.today);
      const loader = DraftConsultationRef.getDataloader(context);
      for (const consultation of open) loader.prime(consultation.id, consultation);
      return open;
    },
  }),
);

builder.objectField(CellRef, "draftConsultations", (t) =>
  t.connection({
    type: DraftConsultationRef,
    description: "The drafts this organization opened for comments, the latest first.",
    authScopes: (cell) => ({ readCell: cell.id }),
    resolve: async (cell, args, context) =>
      asConnection(
        await context.loaders.page<ConsultationRow>(
          "organizationConsultations",
          organizationConsultationsListQuery(),
          cell.id,
          args,
        ),
      ),
  }),
);
