import { builder } from "../../builder";
import type { Context } from "../../context";
import { type CellRow, childOrganizations } from "../../db/cells";
import {
  closedMonthsOf,
  duesBasesByPersonIds,
  duesSettingsByCellIds,
  duesTalliesOf,
  paidMonthsOfCell,
  remittancesOfCell,
} from "../../db/dues";
import { membershipsOfCellBetween } from "../../db/people";
import { daysOfPartialDate } from "../../domain/dates";
import { basisIn, memberDuesMonths, validDuesYear } from "../../domain/dues";
import { CellRef } from "../cells/refs";
import { labelledFields } from "../common/labels";
import { rowByKey } from "../common/lists";
import { RemittancePeriodEnum } from "./refs";
import {
  basisOf,
  cellPeriodsOf,
  type DuesRoll,
  DuesRollRef,
  type DuesSummary,
  DuesSummaryRef,
  RemittanceRef,
} from "./types";

/** A cell's dues: the roll of a month, its remittances, the committee's settings, a subtree's summary. */

/** A cell's roll of a month: every member who owed the month's dues to it, with what they owed and paid. */
export async function duesRollOf(cell: CellRow, month: string, context: Context): Promise<DuesRoll> {
  const { first, last } = daysOfPartialDate(month);
  const [memberships, paid, closed] = await Promise.all([
    membershipsOfCellBetween(context.db, cell.id, first, last),
    paidMonthsOfCell(context.db, cell.id, month, month),
    closedMonthsOf(context.db, cell.id, month, month),
  ]);
  const personIds = [...new Set(memberships.map((membership) => membership.person_id))];
  const [periods, bases] = await Promise.all([
    Promise.all(personIds.map((personId) => cellPeriodsOf(personId, context))),
    duesBasesByPersonIds(context.db, personIds),
  ]);
  const lines = personIds.flatMap((personId, index) => {
    const paidByMonth = new Map(
      paid.filter((row) => row.person_id === personId).map((row) => [row.month, row.paid]),
    );
    const ownBases = bases.filter((row) => row.person_id === personId).map(basisOf);
    return memberDuesMonths(periods[index] ?? [], ownBases, paidByMonth, [month], cell.id).map((due) => ({
      personId,
      basis: basisIn(ownBases, month),
      owed: due.owed,
      paid: due.paid,
    }));
  });
  return { cell, month, closed: closed.has(month), lines };
}

const settingsOf = rowByKey(
  "duesSettingsOfCell",
  (ids, context) => duesSettingsByCellIds(context.db, ids),
  (row) => row.cell_id,
);

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
  const children = await childOrganizations(context.db, cell.id, `${year}-01-01`);
  const tallies = await duesTalliesOf(
    context.db,
    [cell.id, ...children.map((child) => child.id)],
    `${year}-01`,
    `${year}-12`,
  );
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
    description: "The cell's remittances of a year to the level above.",
    authScopes: (cell) => ({ readFigures: cell.id }),
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
      "organization directly under it (kept on write: twelve rows per organization).",
    authScopes: (cell) => ({ readFigures: cell.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: (cell, args, context) => duesSummaryOf(cell, validDuesYear(args.year), context),
  }),
}));
