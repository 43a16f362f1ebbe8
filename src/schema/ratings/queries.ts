import { builder } from "../../builder";
import { schemes } from "./schemes";
import { RatingSchemeRef } from "./types";

builder.queryField("ratingSchemes", (t) =>
  t.field({
    type: [RatingSchemeRef],
    description: "The rating schemes, oldest first; the year of a rating picks its scheme.",
    resolve: (_root, _args, context) => schemes(context),
  }),
);
