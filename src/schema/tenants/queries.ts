import { builder } from "../../builder";
import type { Context } from "../../context";
import { Database } from "../../db/database";
import { complianceRows } from "../../db/meetings";
import { ratingSummaryRows } from "../../db/ratings";
import type { Tenant } from "../../db/tenants";
import { type CellYearRecord, judgeYear, rollUp } from "../../domain/compliance";
import { countRatings, type RatingCounts, type RatingTallyRow } from "../../domain/rating-counts";
import { type Scheme, schemeForYear } from "../../domain/ratings";
import { complianceRecords } from "../meetings/compliance";
import { schemes } from "../ratings/schemes";
import { RatingCountsRef } from "../ratings/summary";

/** Every path starts with "/": the whole database. */
const EVERYTHING = "/";

interface Figures {
  cellCount: number;
  attendanceRate: number | null;
  cellsFallingShort: number;
  members: RatingCounts;
  organizations: RatingCounts;
}

interface TenantFigures {
  tenant: Tenant;
  figures: Figures;
}

interface NationalRollup {
  year: number;
  total: Figures;
  tenants: TenantFigures[];
}

const TenantRef = builder.objectRef<Tenant>("Tenant").implement({
  description:
    "The top organization of a province or a central bloc, whose subtree lives in its own database. A request " +
    "names it in the Chibo-Tenant header; IDs of a tenant other than the default carry its key.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Its key: the Chibo-Tenant header's value." }),
    name: t.exposeString("name", { description: "Its name." }),
    isDefault: t.exposeBoolean("isDefault", {
      description: "Whether requests without a Chibo-Tenant header go to it.",
    }),
  }),
});

const FiguresRef = builder.objectRef<Figures>("RollupFigures").implement({
  description: "A year's meeting compliance and ratings, counted over every cell of one or more databases.",
  fields: (t) => ({
    cellCount: t.exposeInt("cellCount", { description: "Cells judged." }),
    attendanceRate: t.exposeFloat("attendanceRate", {
      nullable: true,
      description: "Attendance over all regular meetings (0–1); null without meetings.",
    }),
    cellsFallingShort: t.exposeInt("cellsFallingShort", {
      description: "Cells falling short of the meeting rules.",
    }),
    members: t.expose("members", { type: RatingCountsRef, description: "Member ratings." }),
    organizations: t.expose("organizations", { type: RatingCountsRef, description: "Organization ratings." }),
  }),
});

const TenantFiguresRef = builder.objectRef<TenantFigures>("TenantRollup").implement({
  description: "One tenant's share of a national rollup.",
  fields: (t) => ({
    tenant: t.expose("tenant", { type: TenantRef, description: "The tenant." }),
    figures: t.expose("figures", { type: FiguresRef, description: "Its figures." }),
  }),
});

const NationalRollupRef = builder.objectRef<NationalRollup>("NationalRollup").implement({
  description:
    "A year over every tenant: each database read in parallel (two aggregates each), then combined.",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "The year." }),
    total: t.expose("total", { type: FiguresRef, description: "All tenants together." }),
    tenants: t.expose("tenants", { type: [TenantFiguresRef], description: "Each tenant." }),
  }),
});

interface TenantRows {
  tenant: Tenant;
  ratings: RatingTallyRow[];
  records: CellYearRecord[];
}

/** One tenant's aggregates, through a session of its own database (any replica will do for a rollup). */
async function rowsOf(tenant: Tenant, year: number, context: Context): Promise<TenantRows> {
  const db = new Database(tenant.database.withSession("first-unconstrained"));
  const [ratings, compliance] = await Promise.all([
    ratingSummaryRows(db, null, year),
    complianceRows(db, { subtreePath: EVERYTHING }, year),
  ]);
  context.db.countWith(db);
  return { tenant, ratings, records: complianceRecords(compliance) };
}

/** Figures from the rows of one or more tenants: the rules judge each cell, the counts add up. */
function figuresOf(parts: readonly TenantRows[], year: number, scheme: Scheme, context: Context): Figures {
  const records = parts.flatMap((part) => part.records);
  const ratings = parts.flatMap((part) => part.ratings);
  const cells = records.map((record) => judgeYear(record, year, context.today));
  const { cellCount, attendanceRate, cellsFallingShort } = rollUp(cells, records);
  return {
    cellCount,
    attendanceRate,
    cellsFallingShort: cellsFallingShort.length,
    members: countRatings(ratings, scheme, "MEMBER"),
    organizations: countRatings(ratings, scheme, "ORGANIZATION"),
  };
}

builder.queryFields((t) => ({
  tenants: t.field({
    type: [TenantRef],
    description: "The tenants of this deployment (the default first).",
    resolve: (_root, _args, context) => context.tenants,
  }),
  nationalRollup: t.field({
    type: NationalRollupRef,
    description:
      "Meeting compliance and ratings of a year over every tenant: for the admins of the default tenant, which " +
      "stands for the deployment (an admin recorded in one province's grants is that province's admin only).",
    // A request names its tenant, and a grant from the grants table is read from that tenant's database: only on
    // the default tenant does an ADMIN grant speak for the whole deployment.
    authScopes: (_root, _args, context) => (context.tenant.isDefault ? { admin: true } : false),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (_root, args, context) => {
      const [parts, allSchemes] = await Promise.all([
        Promise.all(context.tenants.map((tenant) => rowsOf(tenant, args.year, context))),
        schemes(context),
      ]);
      const scheme = schemeForYear(allSchemes, args.year);
      return {
        year: args.year,
        total: figuresOf(parts, args.year, scheme, context),
        tenants: parts.map((part) => ({
          tenant: part.tenant,
          figures: figuresOf([part], args.year, scheme, context),
        })),
      };
    },
  }),
}));
