import { builder } from "../../builder";
import { type GrantRow, grantListQuery } from "../../db/grants";
import { normalizePrincipal } from "../../domain/grants";
import { CellRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { GrantRef } from "./types";

const GrantFilter = builder.inputType("GrantFilter", {
  description: "Which grants to list.",
  fields: (t) => ({
    principal: t.string({ description: "Only this principal's grants." }),
    cellId: t.globalID({ for: CellRef, description: "Only grants on this organization." }),
    includeRevoked: t.boolean({ description: "Also list revoked grants (default false)." }),
  }),
});

builder.queryField("grants", (t) =>
  t.connection({
    type: GrantRef,
    description: "Grants managed in the API, by principal (admins only).",
    authScopes: { admin: true },
    args: { filter: t.arg({ type: GrantFilter, description: "What to list; active grants by default." }) },
    resolve: async (_root, args, context) => {
      const filter = args.filter ?? {};
      const query = grantListQuery({
        principal: filter.principal ? normalizePrincipal(filter.principal) : null,
        cellId: filter.cellId?.id ?? null,
        includeRevoked: filter.includeRevoked ?? false,
      });
      return connectionOf<GrantRow>(context, "grants", query, "", args);
    },
  }),
);
