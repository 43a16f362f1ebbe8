import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import {
  type DuesBasisRow,
  type DuesEntryMonthRow,
  type DuesEntryRow,
  type DuesRemittanceRow,
  type DuesTallyRow,
  duesBasesByPersonIds,
  entryMonthsByEntryIds,
  type PaidMonthRow,
} from "../../db/dues";
import type { MembershipRow } from "../../db/people";
import { type DuesRegulation, memberDuesMonths, regulationFor } from "../../domain/dues";
import type { CellPeriod } from "../../domain/dues-ledger";
import { CellRef, cellReference } from "../cells/refs";
import { labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { PersonRef, personReference } from "../people/refs";
import { DuesCategoryEnum, DuesEntryRef, duesEntryReference } from "./refs";

/** Party dues as the API shows them: bases, the book's entries, a cell's monthly roll, figures, arrears. */

export interface RollLine {
  personId: string;
  basis: DuesBasisRow | null;
  owed: number | null;
  paid: number;
}

export interface DuesRoll {
  cell: CellRow;
  month: string;
  closed: boolean;
  lines: RollLine[];
  entries: DuesEntryRow[];
}

export interface DuesSummary {
  cell: CellRow;
  year: number;
  tallies: DuesTallyRow[];
  children: DuesSummary[];
}

export const duesBasesOf = listByKey("duesBasesOfPerson", duesBasesByPersonIds, (row) => row.person_id);

/** A membership as the dues rules read it: the cell and the period. */
export function cellPeriodOf(membership: MembershipRow): CellPeriod {
  return { cellId: membership.cell_id, from: membership.started_on, until: membership.ended_on };
}

export async function cellPeriodsOf(personId: string, context: Context): Promise<CellPeriod[]> {
  return (await context.loaders.membershipsOfPerson.load(personId)).map(cellPeriodOf);
}

function basisOf(row: DuesBasisRow) {
  return { ...row, fromMonth: row.from_month, figure: row.figure, monthlyAmount: row.monthly_amount };
}

/**
 * One person's months among rows read for many (their cells' periods, every person's bases and payments): what each
 * month owed under its regulation and what was paid, in `cellId` only when given.
 */
export function personMonths(
  personId: string,
  periods: readonly CellPeriod[],
  bases: readonly DuesBasisRow[],
  paid: readonly PaidMonthRow[],
  months: readonly string[],
  cellId: string | null = null,
) {
  return memberDuesMonths(
    periods,
    bases.filter((row) => row.person_id === personId).map(basisOf),
    new Map(paid.filter((row) => row.person_id === personId).map((row) => [row.month, row.paid])),
    months,
    cellId,
  );
}

const RegulationRef = builder.objectRef<DuesRegulation>("DuesRegulation").implement({
  description: "A regulation of the Party's dues regime, and the first month whose dues it sets.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Its number, e.g. 01-QĐ/TW." }),
    title: t.exposeString("title", { description: "Its title, in Vietnamese." }),
    signedOn: t.expose("signedOn", { type: "Date", description: "The day it was signed." }),
    appliesFrom: t.expose("appliesFrom", {
      type: "Month",
      description: "The first month whose dues it sets.",
    }),
  }),
});

export const DuesBasisRef = builder.objectRef<DuesBasisRow>("DuesBasis").implement({
  description: "What a member's dues are computed from, from a month on, until a later basis replaces it.",
  fields: (t) => ({
    fromMonth: t.field({ type: "Month", description: "The first month.", resolve: (row) => row.from_month }),
    ...labelledFields(t, "category", DuesCategoryEnum, "The category.", (row) => row.category),
    figure: t.expose("figure", {
      type: "Dong",
      nullable: true,
      description: "The salary, pension or benefit in đồng a share is taken of.",
    }),
    monthlyAmount: t.expose("monthly_amount", {
      type: "Dong",
      nullable: true,
      description: "The monthly amount in đồng: the committee's, or a higher one the member chose.",
    }),
    recordedAt: t.expose("created_at", { type: "DateTime", description: "When it was entered." }),
  }),
});

const EntryMonthRef = builder.objectRef<{ month: string; amount: number }>("DuesEntryMonth").implement({
  description: "What an entry paid (or, for a correction, changed) for one month.",
  fields: (t) => ({
    month: t.field({ type: "Month", description: "The month.", resolve: (row) => row.month }),
    amount: t.expose("amount", {
      type: "Dong",
      description: "Đồng; negative where a correction takes back.",
    }),
  }),
});

/** Each entry's months, by entry: one statement per level; a roll primes it with what it read. */
const entryMonthsLoader = (context: Context) =>
  context.loaders.grouped(
    "duesEntryMonths",
    (ids) => entryMonthsByEntryIds(context.db, ids),
    (row: DuesEntryMonthRow) => row.entry_id,
  );

export function primeEntryMonths(
  context: Context,
  entryIds: readonly string[],
  rows: readonly DuesEntryMonthRow[],
) {
  const loader = entryMonthsLoader(context);
  for (const id of entryIds)
    loader.prime(
      id,
      rows.filter((row) => row.entry_id === id),
    );
}

DuesEntryRef.implement({
  description:
    "An entry of a cell's dues book: a payment with its receipt number, or a correction of one (never an edit).",
  runScopesOnType: true,
  // The book's writers, else the member it is about (asked only then: it reads the member's cells).
  authScopes: async (entry, context) =>
    (await context.access.canWrite(entry.cell_id))
      ? { writeCell: entry.cell_id }
      : { readPersonal: entry.person_id },
  fields: (t) => ({
    receiptNumber: t.string({
      description:
        "The receipt number: the entry's number in the cell's book of the year, then the year (12/2026).",
      resolve: (entry) => `${entry.receipt_number}/${entry.receipt_year}`,
    }),
    person: personReference.required(t, "The member.", (entry) => entry.person_id),
    cell: cellReference.required(t, "The cell whose book it is in.", (entry) => entry.cell_id),
    paidOn: t.field({ type: "Date", description: "The day of payment.", resolve: (entry) => entry.paid_on }),
    amount: t.expose("amount", {
      type: "Dong",
      description: "Đồng; for a correction, the sum of its changes.",
    }),
    months: t.field({
      type: [EntryMonthRef],
      description: "What it paid for each month.",
      resolve: (entry, _args, context) => entryMonthsLoader(context).load(entry.id),
    }),
    corrects: duesEntryReference.optional(
      t,
      "For a correction, the payment it corrects.",
      (entry) => entry.corrects_id,
    ),
    reason: t.exposeString("reason", { nullable: true, description: "Why a correction was made." }),
    recordedAt: t.expose("created_at", { type: "DateTime", description: "When it was entered." }),
  }),
});

const RollLineRef = builder.objectRef<RollLine>("DuesRollLine").implement({
  description: "A member's line of a cell's monthly dues roll.",
  fields: (t) => ({
    person: personReference.required(t, "The member.", (line) => line.personId),
    basis: t.expose("basis", {
      type: DuesBasisRef,
      nullable: true,
      description: "The basis in force that month; null where none is entered.",
    }),
    owed: t.expose("owed", {
      type: "Dong",
      nullable: true,
      description: "What the member owes for the month, in đồng; null where the basis does not say.",
    }),
    paid: t.expose("paid", {
      type: "Dong",
      description: "What was paid for the month, corrections included.",
    }),
    outstanding: t.field({
      type: "Dong",
      nullable: true,
      description: "What is still owed (0 when paid in full or more); null where the amount owed is unknown.",
      resolve: (line) => (line.owed === null ? null : Math.max(0, line.owed - line.paid)),
    }),
  }),
});

export const DuesRollRef = builder.objectRef<DuesRoll>("DuesRoll").implement({
  description:
    "A cell's dues of a month (sổ thu đảng phí): what each member owed and paid, and whether it is closed.",
  fields: (t) => ({
    cell: t.field({ type: CellRef, description: "The cell.", resolve: (roll) => roll.cell }),
    month: t.field({ type: "Month", description: "The month.", resolve: (roll) => roll.month }),
    regulation: t.field({
      type: RegulationRef,
      nullable: true,
      description: "The regulation that sets the month's dues.",
      resolve: (roll) => regulationFor(roll.month),
    }),
    closed: t.exposeBoolean("closed", {
      description: "Closed by the secretary: only corrections change it now.",
    }),
    entries: t.expose("entries", {
      type: [DuesEntryRef],
      description: "The book's entries paying for the month (or correcting what was paid), in receipt order.",
    }),
    lines: t.expose("lines", {
      type: [RollLineRef],
      description: "A line per member who owed the month's dues to the cell.",
    }),
    owed: t.field({
      type: "Dong",
      description: "What the members owed, in đồng, where known.",
      resolve: (roll) => roll.lines.reduce((sum, line) => sum + (line.owed ?? 0), 0),
    }),
    collected: t.field({
      type: "Dong",
      description: "What was paid for the month.",
      resolve: (roll) => roll.lines.reduce((sum, line) => sum + line.paid, 0),
    }),
  }),
});

const MonthFiguresRef = builder.objectRef<DuesTallyRow>("DuesMonthFigures").implement({
  description:
    "What an organization's cells collected, kept and remitted for a month (a remittance in its first).",
  fields: (t) => ({
    month: t.field({ type: "Month", description: "The month.", resolve: (row) => row.month }),
    collected: t.expose("collected", { type: "Dong", description: "Paid by members, in đồng." }),
    retained: t.expose("retained", { type: "Dong", description: "Kept by the cells." }),
    remitted: t.expose("remitted", { type: "Dong", description: "Remitted to the level above." }),
    notRemitted: t.field({
      type: "Dong",
      description: "Collected and neither kept nor remitted yet (a period not yet remitted).",
      resolve: (row) => row.collected - row.retained - row.remitted,
    }),
  }),
});

export const DuesSummaryRef = builder.objectRef<DuesSummary>("DuesSummary");
DuesSummaryRef.implement({
  description:
    "An organization's dues of a year, month by month, and those of each organization directly under it.",
  fields: (t) => ({
    organization: t.field({ type: CellRef, description: "The organization.", resolve: (row) => row.cell }),
    year: t.exposeInt("year", { description: "The year." }),
    months: t.expose("tallies", {
      type: [MonthFiguresRef],
      description: "Months with any figure, oldest first.",
    }),
    total: t.field({
      type: MonthFiguresRef,
      description: "The year's figures (month: the year's first).",
      resolve: (row) => ({
        org_id: row.cell.id,
        month: `${row.year}-01`,
        collected: row.tallies.reduce((sum, tally) => sum + tally.collected, 0),
        retained: row.tallies.reduce((sum, tally) => sum + tally.retained, 0),
        remitted: row.tallies.reduce((sum, tally) => sum + tally.remitted, 0),
      }),
    }),
    children: t.expose("children", {
      type: [DuesSummaryRef],
      description: "The organizations directly under it (empty for a cell).",
    }),
  }),
});

export const RemittanceRef = builder.objectRef<DuesRemittanceRow>("DuesRemittance").implement({
  description: "A cell's remittance of a month or quarter to the level above.",
  fields: (t) => ({
    firstMonth: t.expose("first_month", { type: "Month", description: "The first month." }),
    lastMonth: t.field({ type: "Month", description: "The last month.", resolve: (row) => row.last_month }),
    collected: t.expose("collected", {
      type: "Dong",
      description: "What the cell collected for them, in đồng.",
    }),
    retained: t.expose("retained", { type: "Dong", description: "What it keeps." }),
    remitted: t.expose("remitted", { type: "Dong", description: "What it remits." }),
    remittedOn: t.field({ type: "Date", description: "The day.", resolve: (row) => row.remitted_on }),
  }),
});

builder.objectFields(PersonRef, (t) => ({
  duesBases: t.field({
    type: [DuesBasisRef],
    nullable: true,
    description:
      "The member's dues bases, oldest first. Personal: the person, their secretary, committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: (person, _args, context) => duesBasesOf(person.id, context),
  }),
}));
