import { builder } from "../../builder";
import {
  type ConsultationRow,
  openConsultationsOf,
  organizationConsultationsListQuery,
} from "../../db/consultations";
import { organizationsOnLines } from "../../domain/cells";
import { CellRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { currentCellsOf } from "../common/references";
import { DraftConsultationRef } from "./refs";

/** The drafts open to a member, and an organization's consultations. */

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
      const line = organizationsOnLines((await currentCellsOf(context, personId)).map((cell) => cell.path));
      const open = await openConsultationsOf(context.db, line, context.today);
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
      connectionOf<ConsultationRow>(
        context,
        "organizationConsultations",
        organizationConsultationsListQuery(),
        cell.id,
        args,
      ),
  }),
);
