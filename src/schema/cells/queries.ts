import { builder } from "../../builder";
import { type CellRow, cellListQuery } from "../../db/cells";
import { connectionOf } from "../common/connections";
import { CellRef } from "./refs";
import { CellKindEnum } from "./types";

const CellFilter = builder.inputType("CellFilter", {
  description: "Which organizations to list.",
  fields: (t) => ({
    search: t.string({
      description: "Words to find in the name or an alias, ignoring case and diacritics (“dang uy khoi”).",
    }),
    parentId: t.globalID({ for: CellRef, description: "Only organizations directly under this one." }),
    kind: t.field({ type: CellKindEnum, description: "Only organizations of this kind." }),
    includeDissolved: t.boolean({ description: "Also list dissolved organizations (default false)." }),
  }),
});

builder.queryFields((t) => ({
  cell: t.field({
    type: CellRef,
    nullable: true,
    description: "An organization by its global ID; null if there is none.",
    args: { id: t.arg.globalID({ for: CellRef, required: true, description: "The cell's global ID." }) },
    resolve: (_root, args, context) => context.loaders.cell.load(args.id.id),
  }),
  cells: t.connection({
    type: CellRef,
    description: "Organizations, by name.",
    args: { filter: t.arg({ type: CellFilter, description: "What to list; everything active by default." }) },
    resolve: async (_root, args, context) => {
      const filter = args.filter ?? {};
      return connectionOf<CellRow>(
        context,
        "cells",
        cellListQuery({ ...filter, parentId: filter.parentId?.id ?? null }),
        "",
        args,
      );
    },
  }),
}));
