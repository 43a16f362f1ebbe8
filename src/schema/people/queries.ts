import { builder, visibleOrNull } from "../../builder";
import { type PersonRow, peopleListQuery } from "../../db/people";
import { CellRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { prefetchSelected } from "../common/prefetch";
import { PersonRef } from "./refs";
import { PartyStatusEnum } from "./types";

const PersonFilter = builder.inputType("PersonFilter", {
  description: "Which people to list.",
  fields: (t) => ({
    search: t.string({
      description: "Words of the name, ignoring case and diacritics (“nguyen tien hanh”).",
    }),
    cellId: t.globalID({
      for: CellRef,
      description: "Only the cell's people today: its current members and its candidates.",
    }),
    status: t.field({ type: PartyStatusEnum, description: "Only people of this standing." }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: "A person by global ID; null if there is none the viewer may read.",
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ for: PersonRef, required: true, description: "The person's global ID." }) },
    resolve: async (_root, args, context, info) => {
      prefetchSelected("Person", args.id.id, info, context);
      return visibleOrNull(await context.loaders.person.load(args.id.id), "Person", context, info);
    },
  }),
  people: t.connection({
    type: PersonRef,
    description:
      "People the viewer may read (members and candidates of cells on the line of their grants), by given name.",
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: PersonFilter, description: "Whom to list; everyone by default." }) },
    resolve: async (_root, args, context) => {
      const filter = args.filter ?? {};
      return connectionOf<PersonRow>(
        context,
        "people",
        peopleListQuery(
          { ...filter, cellId: filter.cellId?.id ?? null },
          { ...(await context.access.reader()), personId: context.viewer?.personId ?? null },
        ),
        "",
        args,
      );
    },
  }),
}));
