import { newId } from "../../db/database";
import {
  closedMonthsOf,
  insertClosedMonth,
  insertRemittance,
  paidMonthsOfCell,
  remittancesOfCell,
  upsertDuesSettings,
} from "../../db/dues";
import { monthsFrom } from "../../domain/dates";
import {
  assertClosable,
  assertPaidBy,
  assertRemittable,
  assertShare,
  remittanceMonths,
  splitCollected,
} from "../../domain/dues-ledger";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";
import { duesRollOf, settingsOf } from "./cell-fields";
import { writeOnce } from "./dues-writes";
import { RemittancePeriodEnum } from "./refs";
import { DuesRollRef, RemittanceRef } from "./types";

/** Closing a month of a cell's dues book, the committee's settings, and the cell's remittance upward. */

defineMutation("closeDuesMonth", {
  description:
    "Closes a month of the cell's dues book (khóa sổ): no payment for it after, only corrections of recorded ones.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    month: t.field({ type: "Month", required: true, description: "The month." }),
  }),
  output: { field: "roll", type: DuesRollRef, description: "The month's roll, closed." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const closed = await closedMonthsOf(context.db, cell.id, input.month, input.month);
    assertClosable(input.month, context.today, closed.has(input.month));
    await writeOnce(
      context,
      [insertClosedMonth(context.db, cell.id, input.month, context.viewer?.principal ?? null)],
      {
        code: "MONTH_ALREADY_CLOSED",
        message: {
          vi: `Sổ đảng phí tháng ${input.month} đã khóa.`,
          en: `The dues of ${input.month} are already closed.`,
        },
        field: ["month"],
      },
    );
    return duesRollOf(cell, input.month, context);
  },
});

defineMutation("setDuesSettings", {
  description:
    "Sets, for a cell, the share of collected dues it keeps and how often it remits the rest: the committee " +
    "directly above decides (by the guidance in force, docs/party-dues.md).",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    retainedBasisPoints: t.int({
      required: true,
      description: "The share kept, in hundredths of a percent (3000 = 30%).",
    }),
    remitEvery: t.field({ type: RemittancePeriodEnum, required: true, description: "How often it remits." }),
  }),
  output: { field: "cell", type: CellRef, description: "The cell, with its settings." },
  authorize: async (input, context) => {
    const cell = await context.loaders.cell.load(input.cellId.id);
    if (!cell) return { authenticated: true };
    return cell.parent_id ? { governUnder: cell.parent_id } : { admin: true };
  },
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertShare(input.retainedBasisPoints);
    await context.db.write([
      upsertDuesSettings(
        context.db,
        { cell_id: cell.id, retained_basis_points: input.retainedBasisPoints, remit_every: input.remitEvery },
        context.viewer?.principal ?? null,
      ),
    ]);
    return cell;
  },
});

defineMutation("recordDuesRemittance", {
  description:
    "Records the cell's remittance of a month's (or, by its settings, a quarter's) dues to the level above: what it " +
    "collected, the share it keeps and the rest remitted, once per period and after its months are closed.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    month: t.field({ type: "Month", required: true, description: "The month (any month of the quarter)." }),
    remittedOn: t.field({ type: "Date", required: true, description: "The day it was remitted." }),
  }),
  output: { field: "remittance", type: RemittanceRef, description: "The remittance." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertPaidBy(input.remittedOn, context.today);
    const settings = await settingsOf(cell.id, context);
    const months = remittanceMonths(input.month, settings?.remit_every ?? "MONTH");
    const first = months[0] as string;
    const last = months[months.length - 1] as string;
    const [closed, remittances, paid] = await Promise.all([
      closedMonthsOf(context.db, cell.id, first, last),
      remittancesOfCell(context.db, cell.id, first, last),
      paidMonthsOfCell(context.db, cell.id, first, last),
    ]);
    const remitted = new Set(remittances.flatMap((row) => monthsFrom(row.first_month, row.last_month)));
    const retainedBasisPoints = settings?.retained_basis_points ?? null;
    assertRemittable(months, closed, remitted, retainedBasisPoints);
    const collected = paid.reduce((sum, row) => sum + row.paid, 0);
    const row = {
      id: newId(),
      cell_id: cell.id,
      first_month: first,
      last_month: last,
      collected,
      ...splitCollected(collected, retainedBasisPoints),
      remitted_on: input.remittedOn,
      recorded_by: context.viewer?.principal ?? null,
    };
    await writeOnce(context, [insertRemittance(context.db, row)], {
      code: "REMITTED_TWICE",
      message: {
        vi: `Đảng phí từ tháng ${first} đã được nộp lên cấp trên.`,
        en: `The dues from ${first} were already remitted.`,
      },
      field: ["month"],
    });
    return row;
  },
});
