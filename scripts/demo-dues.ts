/**
 * A year of Party dues for the demo: the seed cell's 2017 book — a basis per member, each month paid, closed and
 * remitted — and, in the illustration cell, a member behind with 2026's dues and one whose reason is recorded. The
 * article gives no incomes: every figure here is an illustration (a round salary on which social insurance is
 * paid), as is the share the committee lets the cell keep (30%, docs/party-dues.md).
 */

import { monthsFrom } from "../src/domain/dates";
import { owedFor } from "../src/domain/dues";
import { splitCollected } from "../src/domain/dues-ledger";
import { ILLUSTRATION, ILLUSTRATION_CELL } from "./demo-member-files";
import { insert } from "./demo-sql";

const RETAINED_BASIS_POINTS = 3_000;

interface Payer {
  id: string;
  /** The first month owed (the membership's). */
  from: string;
  /** The monthly salary the basis takes 1% of. */
  figure: number;
}

function basis(personId: string, fromMonth: string, category: string, figure: number) {
  return insert("dues_bases", {
    id: `demo-dues-basis-${personId}`,
    person_id: personId,
    from_month: fromMonth,
    category,
    figure,
    monthly_amount: null,
    recorded_by: "demo",
  });
}

/** One payment per member and month, numbered in the order of the book. */
function payments(
  cellId: string,
  year: number,
  payers: readonly { id: string; months: string[]; owed: number }[],
) {
  const statements: string[] = [];
  let receipt = 0;
  for (const month of monthsFrom(`${year}-01`, `${year}-12`)) {
    for (const payer of payers.filter((candidate) => candidate.months.includes(month))) {
      receipt += 1;
      const id = `demo-dues-${cellId}-${month}-${payer.id}`;
      statements.push(
        insert("dues_entries", {
          id,
          cell_id: cellId,
          person_id: payer.id,
          paid_on: `${month}-05`,
          amount: payer.owed,
          receipt_year: year,
          receipt_number: receipt,
          recorded_by: "demo",
        }),
        insert("dues_entry_months", {
          entry_id: id,
          month,
          cell_id: cellId,
          person_id: payer.id,
          amount: payer.owed,
        }),
      );
    }
  }
  return statements;
}

export function duesStatements(seedCellId: string, seedPayers: readonly Payer[]): string[] {
  const months = monthsFrom("2017-01", "2017-12");
  const payers = seedPayers.map((payer) => ({
    id: payer.id,
    months: months.filter((month) => month >= payer.from),
    owed: owedFor(
      { fromMonth: payer.from, category: "INSURED_SALARY", figure: payer.figure, monthlyAmount: null },
      payer.from,
    ) as number,
  }));
  const collected = (month: string) =>
    payers.filter((payer) => payer.months.includes(month)).reduce((sum, payer) => sum + payer.owed, 0);
  const statements = [
    insert("dues_settings", {
      cell_id: seedCellId,
      retained_basis_points: RETAINED_BASIS_POINTS,
      remit_every: "MONTH",
      set_by: "demo",
    }),
    ...seedPayers.map((payer) => basis(payer.id, payer.from, "INSURED_SALARY", payer.figure)),
    ...payments(seedCellId, 2017, payers),
    ...months.flatMap((month) => [
      insert("dues_closed_months", { cell_id: seedCellId, month, closed_by: "demo" }),
      insert("dues_remittances", {
        id: `demo-dues-remittance-${seedCellId}-${month}`,
        cell_id: seedCellId,
        first_month: month,
        last_month: month,
        collected: collected(month),
        ...splitCollected(collected(month), RETAINED_BASIS_POINTS),
        remitted_on: `${month}-20`,
        recorded_by: "demo",
      }),
    ]),
  ];
  // The illustration cell's 2026: pensions (0.5%); one member stopped paying after June, one is ill and excused.
  const pension = 6_000_000;
  const owed = (month: string) =>
    owedFor(
      { fromMonth: "2026-01", category: "PENSION", figure: pension, monthlyAmount: null },
      month,
    ) as number;
  const illustrationPayers = [
    { id: ILLUSTRATION.readmitted, months: monthsFrom("2026-01", "2026-06") },
    { id: ILLUSTRATION.exempted, months: monthsFrom("2026-01", "2026-11") },
    { id: ILLUSTRATION.earlyAward, months: monthsFrom("2026-01", "2026-04") },
  ];
  statements.push(
    ...illustrationPayers.map((payer) => basis(payer.id, "2026-01", "PENSION", pension)),
    ...illustrationPayers.flatMap((payer) =>
      payer.months.flatMap((month) => {
        const id = `demo-dues-${ILLUSTRATION_CELL.id}-${month}-${payer.id}`;
        return [
          insert("dues_entries", {
            id,
            cell_id: ILLUSTRATION_CELL.id,
            person_id: payer.id,
            paid_on: `${month}-10`,
            amount: owed(month),
            receipt_year: 2026,
            receipt_number: Number(month.slice(5)) * 10 + illustrationPayers.indexOf(payer),
            recorded_by: "demo",
          }),
          insert("dues_entry_months", {
            entry_id: id,
            month,
            cell_id: ILLUSTRATION_CELL.id,
            person_id: payer.id,
            amount: owed(month),
          }),
        ];
      }),
    ),
    insert("dues_arrears_reasons", {
      person_id: ILLUSTRATION.earlyAward,
      year: 2026,
      reason: "Điều trị bệnh dài ngày, chi bộ đã xem xét",
      recorded_by: "demo",
    }),
  );
  return statements;
}
