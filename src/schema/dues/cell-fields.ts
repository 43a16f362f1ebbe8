import { builder } from "../../builder";
import type { Context } from "../../context";
import { type CellRow, childOrganizations } from "../../db/cells";
import {
  duesRollRows,
  duesSettingsByCellIds,
  duesTalliesWithChildren,
  remittancesOfCell,
} from "../../db/dues";
import { daysOfPartialDate } from "../../domain/dates";
import { validDuesYear } from "../../domain/dues";
import { CellRef } from "../cells/refs";
import { labelledFields } from "../common/labels";
import { rowByKey } from "../common/lists";
import { RemittancePeriodEnum } from "./refs";
import {
  cellPeriodOf,
  type DuesRoll,
  DuesRollRef,
  type DuesSummary,
  DuesSummaryRef,
  personMonths,
  primeEntryMonths,
  RemittanceRef,
} from "./types";

/** A cell's dues: the roll of a month, its remittances, the committee's settings, a subtree's summary. */

/**
 * A cell's roll of a month: every member who owed the month's dues to it, with what they owed and paid, and the
 * month's entries — read in one round trip, the members' people (vouched for) and the entries' months primed.
 */
export async function duesRollOf(cell: CellRow, month: string, context: Context): Promise<DuesRoll> {
  const { first, last } = daysOfPartialDate(month);
  const rows = await duesRollRows(context.db, cell.id, month, first, last);
  for (const person of rows.people) context.loaders.person.prime(person.id, person);
  // The roll's reader writes the cell (its scope), so reads the people who were its members that month.
  context.access.vouchForPeople(rows.people.map((person) => person.id));
  primeEntryMonths(
    context,
    rows.entries.map((entry) => entry.id),
    rows.entryMonths,
  );
  const lines = rows.people.flatMap((person) => {
    const periods = rows.memberships
      .filter((membership) => membership.person_id === person.id)
      .map(cellPeriodOf);
    return personMonths(person.id, periods, rows.bases, rows.paid, [month], cell.id).map((due) => ({
      personId: person.id,
      basis: due.basis,
      owed: due.owed,
      paid: due.paid,
    }));
  });
  return { cell, month, closed: rows.closed, lines, entries: rows.entries };
}

export const settingsOf = rowByKey("duesSettingsOfCell", duesSettingsByCellIds, (row) => row.cell_id);

const SettingsRef = builder
  .objectRef<{ retained_basis_points: number; remit_every: "MONTH" | "QUARTER" }>("DuesSettings")
  .implement({
    description:
      "What the committee above set for a cell's dues: the share it keeps and how often it remits.",
    fields: (t) => ({
      retainedBasisPoints: t.exposeInt("retained_basis_points", {
        description: "The share of collected dues the cell keeps, in hundredths of a percent (3000 = 30%).",
      }),
      ...labelledFields(
        t,
        "remitEvery",
        RemittancePeriodEnum,
        "How often it remits the rest.",
        (row) => row.remit_every,
      ),
    }),
  });

export async function duesSummaryOf(cell: CellRow, year: number, context: Context): Promise<DuesSummary> {
  const [children, tallies] = await Promise.all([
    childOrganizations(context.db, cell.id, `${year}-01-01`),
    duesTalliesWithChildren(context.db, cell.id, `${year}-01`, `${year}-12`),
  ]);
  const of = (org: CellRow, nested: DuesSummary[]): DuesSummary => ({
    cell: org,
    year,
    tallies: tallies.filter((tally) => tally.org_id === org.id),
    children: nested,
  });
  return of(
    cell,
    children.map((child) => of(child, [])),
  );
}

builder.objectFields(CellRef, (t) => ({
  duesRoll: t.field({
    type: DuesRollRef,
    nullable: true,
    description:
      "The cell's dues of a month: what each member owed and paid (personal amounts: the cell's writers only).",
    authScopes: (cell) => ({ writeCell: cell.id }),
    args: { month: t.arg({ type: "Month", required: true, description: "The month." }) },
    resolve: (cell, args, context) => duesRollOf(cell, args.month, context),
  }),
  duesSettings: t.field({
    type: SettingsRef,
    nullable: true,
    description: "The share of dues the cell keeps and how often it remits, as the committee above set them.",
    authScopes: (cell) => ({ readFigures: cell.id }),
    resolve: (cell, _args, context) => settingsOf(cell.id, context),
  }),
  duesRemittances: t.field({
    type: [RemittanceRef],
    nullable: true,
    description:
      "The cell's remittances of a year to the level above, for its writers (a small cell's totals would tell what " +
      "each member paid).",
    authScopes: (cell) => ({ writeCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => {
      const year = validDuesYear(args.year);
      return remittancesOfCell(context.db, cell.id, `${year}-01`, `${year}-12`);
    },
  }),
  duesSummary: t.field({
    type: DuesSummaryRef,
    nullable: true,
    description:
      "Dues of a year collected, kept and remitted by the organization's whole subtree, month by month, and by each " +
      "organization directly under it (kept on write: twelve rows per organization). For the organization's writers: a " +
      "small cell's totals would tell what each member paid.",
    authScopes: (cell) => ({ writeCell: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => duesSummaryOf(cell, validDuesYear(args.year), context),
  }),
}));
