import { builder } from "../../builder";
import { newId } from "../../db/database";
import {
  closedMonthsOf,
  guardMonthsOpen,
  insertDuesBasis,
  insertDuesEntry,
  monthsOfEntryAndCorrections,
  paidMonthsOfPeople,
  upsertArrearsReason,
} from "../../db/dues";
import { assertBasisComplete, validDuesYear } from "../../domain/dues";
import {
  allocatePayment,
  assertAmountPositive,
  assertCorrection,
  assertIsPayment,
  assertMonthsOpen,
  assertOwesToCell,
  assertPaidBy,
  entryMonths,
  validReason,
} from "../../domain/dues-ledger";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, personOrRefuse } from "../common/references";
import { writesPersonCell } from "../people/person-writes";
import { PersonRef } from "../people/refs";
import { entryOrRefuse } from "./dues-writes";
import { DuesCategoryEnum, DuesEntryRef } from "./refs";
import { cellPeriodsOf, duesBasesOf, personMonths } from "./types";

/** A member's dues basis, the book's payments and corrections, and the reason for arrears. */

defineMutation("setDuesBasis", {
  description:
    "Enters what a member's dues are computed from, from a month on (a later basis replaces it for the months " +
    "after its own; nothing is edited). For the writers of the member's cell; the basis is personal data.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    fromMonth: t.field({ type: "Month", required: true, description: "The first month it applies to." }),
    category: t.field({ type: DuesCategoryEnum, required: true, description: "The category." }),
    figure: t.field({
      type: "Dong",
      description: "The salary, pension or benefit in đồng, where the category takes a share of it.",
    }),
    monthlyAmount: t.field({
      type: "Dong",
      description:
        "The monthly amount in đồng: required where the committee sets it; else a higher one by choice.",
    }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their bases." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    const basis = {
      fromMonth: input.fromMonth,
      category: input.category,
      figure: input.figure ?? null,
      monthlyAmount: input.monthlyAmount ?? null,
    };
    assertBasisComplete(basis);
    await context.db.write([
      insertDuesBasis(context.db, {
        id: newId(),
        person_id: person.id,
        from_month: basis.fromMonth,
        category: basis.category,
        figure: basis.figure,
        monthly_amount: basis.monthlyAmount,
        recorded_by: context.viewer?.principal ?? null,
      }),
    ]);
    return person;
  },
});

defineMutation("recordDuesPayment", {
  description:
    "Records a member's payment of dues to the cell for one or more months (several at once, or in advance), with " +
    "the next receipt number of the cell's book. The amount goes to the months in order, each taking what it still " +
    "owes; what is left is the last month's. A closed month takes no payment.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell whose book it is." }),
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    paidOn: t.field({ type: "Date", required: true, description: "The day it was paid." }),
    months: t.field({ type: ["Month"], required: true, description: "The months it pays for." }),
    amount: t.field({ type: "Dong", required: true, description: "Đồng, a positive whole number." }),
  }),
  output: { field: "entry", type: DuesEntryRef, description: "The entry, with its receipt number." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const person = await personOrRefuse(context, input.personId.id);
    const months = entryMonths(input.months);
    assertAmountPositive(input.amount, ["amount"]);
    assertPaidBy(input.paidOn, context.today);
    const first = months[0] as string;
    const last = months[months.length - 1] as string;
    const [periods, bases, paid, closed] = await Promise.all([
      cellPeriodsOf(person.id, context),
      duesBasesOf(person.id, context),
      paidMonthsOfPeople(context.db, [person.id], first, last),
      closedMonthsOf(context.db, cell.id, first, last),
    ]);
    assertOwesToCell(periods, cell.id, months, ["months"]);
    assertMonthsOpen(months, closed, ["months"]);
    const dues = personMonths(person.id, periods, bases, paid, months, cell.id);
    const shares = allocatePayment(
      input.amount,
      dues.map((due) => ({ month: due.month, outstanding: due.owed === null ? null : due.owed - due.paid })),
    );
    const id = newId();
    await context.db.write([
      guardMonthsOpen(context.db, cell.id, months),
      ...insertDuesEntry(
        context.db,
        {
          id,
          cell_id: cell.id,
          person_id: person.id,
          paid_on: input.paidOn,
          amount: input.amount,
          receipt_year: Number(input.paidOn.slice(0, 4)),
          corrects_id: null,
          reason: null,
          recorded_by: context.viewer?.principal ?? null,
        },
        shares,
      ),
    ]);
    return DuesEntryRef.getDataloader(context).load(id);
  },
});

const ChangeInput = builder.inputType("DuesCorrectionChangeInput", {
  description: "What a correction changes for one month.",
  fields: (t) => ({
    month: t.field({ type: "Month", required: true, description: "The month." }),
    amount: t.field({ type: "Dong", required: true, description: "Đồng to add (negative: to take back)." }),
  }),
});

defineMutation("correctDuesPayment", {
  description:
    "Corrects a recorded payment with an entry of its own that names it (the payment stays as it was): signed " +
    "amounts per month and the reason. Closed months may be corrected this way, and only this way.",
  inputFields: (t) => ({
    entryId: t.globalID({ for: DuesEntryRef, required: true, description: "The payment corrected." }),
    changes: t.field({ type: [ChangeInput], required: true, description: "What changes, month by month." }),
    reason: t.string({ required: true, description: "Why." }),
  }),
  output: { field: "entry", type: DuesEntryRef, description: "The correction." },
  authorize: async (input, context) => {
    const entry = await DuesEntryRef.getDataloader(context)
      .load(input.entryId.id)
      .catch(() => null);
    // Out of the viewer's line passes like an unknown entry, for entryOrRefuse to answer both alike.
    return entry && (await context.access.canRead(entry.cell_id))
      ? { writeCell: entry.cell_id }
      : { authenticated: true };
  },
  run: async (input, context) => {
    const entry = await entryOrRefuse(context, input.entryId.id, ["entryId"]);
    assertIsPayment(entry.corrects_id);
    const months = entryMonths(input.changes.map((change) => change.month));
    const [recorded, periods] = await Promise.all([
      monthsOfEntryAndCorrections(context.db, entry.id),
      cellPeriodsOf(entry.person_id, context),
    ]);
    const paidByEntry = new Map<string, number>();
    for (const row of recorded) paidByEntry.set(row.month, (paidByEntry.get(row.month) ?? 0) + row.amount);
    const reason = validReason(input.reason);
    assertCorrection(input.changes, paidByEntry);
    assertOwesToCell(
      periods,
      entry.cell_id,
      months.filter((month) => !paidByEntry.has(month)),
      ["changes"],
    );
    const id = newId();
    await context.db.write(
      insertDuesEntry(
        context.db,
        {
          id,
          cell_id: entry.cell_id,
          person_id: entry.person_id,
          paid_on: context.today,
          amount: input.changes.reduce((sum, change) => sum + change.amount, 0),
          receipt_year: Number(context.today.slice(0, 4)),
          corrects_id: entry.id,
          reason,
          recorded_by: context.viewer?.principal ?? null,
        },
        input.changes.map((change) => ({ month: change.month, amount: change.amount })),
      ),
    );
    return DuesEntryRef.getDataloader(context).load(id);
  },
});

defineMutation("recordDuesArrearsReason", {
  description:
    "Records why a member did not pay dues in a year (illness, hardship …): with a reason recorded, three unpaid " +
    "months no longer put the member up for removal.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    year: t.int({ required: true, description: "The year." }),
    reason: t.string({ required: true, description: "The reason, as the cell accepted it." }),
  }),
  output: { field: "person", type: PersonRef, description: "The member, with their arrears." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    const year = validDuesYear(input.year);
    const reason = validReason(input.reason);
    await context.db.write([
      upsertArrearsReason(context.db, person.id, year, reason, context.viewer?.principal ?? null),
    ]);
    return person;
  },
});
