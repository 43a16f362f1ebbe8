import type { DuesCategory } from "../domain/dues";
import type { RemittancePeriod } from "../domain/dues-ledger";
import { type Database, insertRow, nowIso, rowsWhereIn, upsertRow } from "./database";
import type { MembershipRow, PersonRow } from "./people";

/** Party dues (migration 0057): bases, the book's entries and their months, closings, remittances, tallies. */

export interface DuesBasisRow {
  id: string;
  person_id: string;
  from_month: string;
  category: DuesCategory;
  figure: number | null;
  monthly_amount: number | null;
  recorded_by: string | null;
  created_at: string;
}

export interface DuesEntryRow {
  id: string;
  cell_id: string;
  person_id: string;
  paid_on: string;
  amount: number;
  receipt_year: number;
  receipt_number: number;
  corrects_id: string | null;
  reason: string | null;
  recorded_by: string | null;
  created_at: string;
}

export interface DuesEntryMonthRow {
  entry_id: string;
  month: string;
  cell_id: string;
  person_id: string;
  amount: number;
}

/** What was paid for a member's month, all entries and corrections summed. */
export interface PaidMonthRow {
  person_id: string;
  month: string;
  paid: number;
}

export interface DuesSettingsRow {
  cell_id: string;
  retained_basis_points: number;
  remit_every: RemittancePeriod;
}

export interface DuesRemittanceRow {
  id: string;
  cell_id: string;
  first_month: string;
  last_month: string;
  collected: number;
  retained: number;
  remitted: number;
  remitted_on: string;
  recorded_by: string | null;
}

export interface DuesTallyRow {
  org_id: string;
  month: string;
  collected: number;
  retained: number;
  remitted: number;
}

/** Bases of some people, in the order they apply: by first month, a later entry after an earlier one. */
export function duesBasesByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<DuesBasisRow>(
    db,
    "dues_bases",
    "person_id",
    personIds,
    "person_id, from_month, created_at",
  );
}

/** What was paid to a cell for each member's month from `first` to `last`. */
export function paidMonthsOfCell(db: Database, cellId: string, first: string, last: string) {
  return db.all<PaidMonthRow>(
    `SELECT person_id, month, SUM(amount) AS paid FROM dues_entry_months
     WHERE cell_id = ?1 AND month BETWEEN ?2 AND ?3 GROUP BY person_id, month`,
    [cellId, first, last],
  );
}

/** What was paid for each of some people's months from `first` to `last`, to any cell. */
export function paidMonthsOfPeople(db: Database, personIds: readonly string[], first: string, last: string) {
  return db.all<PaidMonthRow>(
    `SELECT person_id, month, SUM(amount) AS paid FROM dues_entry_months
     WHERE person_id IN (SELECT value FROM json_each(?1)) AND month BETWEEN ?2 AND ?3 GROUP BY person_id, month`,
    [JSON.stringify(personIds), first, last],
  );
}

export async function closedMonthsOf(db: Database, cellId: string, first: string, last: string) {
  const rows = await db.all<{ month: string }>(
    "SELECT month FROM dues_closed_months WHERE cell_id = ?1 AND month BETWEEN ?2 AND ?3",
    [cellId, first, last],
  );
  return new Set(rows.map((row) => row.month));
}

/** The remittances of a cell that cover a month from `first` to `last`. */
export function remittancesOfCell(db: Database, cellId: string, first: string, last: string) {
  return db.all<DuesRemittanceRow>(
    `SELECT * FROM dues_remittances WHERE cell_id = ?1 AND last_month >= ?2 AND first_month <= ?3
     ORDER BY first_month`,
    [cellId, first, last],
  );
}

export function duesSettingsByCellIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<DuesSettingsRow>(db, "dues_settings", "cell_id", cellIds, "cell_id");
}

export function duesEntriesByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<DuesEntryRow>(db, "dues_entries", "id", ids, "id");
}

export function entryMonthsByEntryIds(db: Database, entryIds: readonly string[]) {
  return rowsWhereIn<DuesEntryMonthRow>(db, "dues_entry_months", "entry_id", entryIds, "entry_id, month");
}

/** An entry's months and those of the corrections naming it. */
export function monthsOfEntryAndCorrections(db: Database, entryId: string) {
  return db.all<DuesEntryMonthRow>(
    `SELECT * FROM dues_entry_months WHERE entry_id = ?1
     UNION ALL
     SELECT m.* FROM dues_entries e JOIN dues_entry_months m ON m.entry_id = e.id WHERE e.corrects_id = ?1`,
    [entryId],
  );
}

export function arrearsReasonsOf(db: Database, personIds: readonly string[], year: number) {
  return db.all<{ person_id: string; reason: string }>(
    `SELECT person_id, reason FROM dues_arrears_reasons
     WHERE person_id IN (SELECT value FROM json_each(?1)) AND year = ?2`,
    [JSON.stringify(personIds), year],
  );
}

/**
 * Everything a cell's roll of a month shows. The statements are asked together, so they leave in one round trip
 * (reads of one moment are batched: database.ts); the members' rows are found by a subquery, not a second trip.
 */
export async function duesRollRows(
  db: Database,
  cellId: string,
  month: string,
  firstDay: string,
  lastDay: string,
) {
  const members = `SELECT person_id FROM memberships WHERE cell_id = ?1 AND ended_on IS NULL AND started_on <= ?3
    UNION SELECT person_id FROM memberships WHERE cell_id = ?1 AND ended_on > ?2 AND started_on <= ?3`;
  const ofMonth = [cellId, firstDay, lastDay];
  const [memberships, people, bases, paid, closed, entries, entryMonths] = await Promise.all([
    db.all<MembershipRow>(
      `SELECT * FROM memberships WHERE person_id IN (${members}) ORDER BY person_id, started_on`,
      ofMonth,
    ),
    db.all<PersonRow>(`SELECT * FROM people WHERE id IN (${members})`, ofMonth),
    db.all<DuesBasisRow>(
      `SELECT * FROM dues_bases WHERE person_id IN (${members}) ORDER BY person_id, from_month, created_at`,
      ofMonth,
    ),
    paidMonthsOfCell(db, cellId, month, month),
    closedMonthsOf(db, cellId, month, month),
    db.all<DuesEntryRow>(
      `SELECT e.* FROM dues_entry_months m JOIN dues_entries e ON e.id = m.entry_id
       WHERE m.cell_id = ?1 AND m.month = ?2 ORDER BY e.receipt_year, e.receipt_number`,
      [cellId, month],
    ),
    db.all<DuesEntryMonthRow>(
      `SELECT * FROM dues_entry_months WHERE entry_id IN (
         SELECT entry_id FROM dues_entry_months WHERE cell_id = ?1 AND month = ?2) ORDER BY entry_id, month`,
      [cellId, month],
    ),
  ]);
  return { memberships, people, bases, paid, closed: closed.has(month), entries, entryMonths };
}

/**
 * The kept dues of an organization and of the organizations directly under it (dissolved ones too: the caller keeps
 * those it shows), asked with them so that both leave in one round trip.
 */
export function duesTalliesWithChildren(db: Database, orgId: string, first: string, last: string) {
  return db.all<DuesTallyRow>(
    `SELECT * FROM dues_tallies WHERE org_id IN (SELECT ?1 UNION ALL SELECT id FROM cells WHERE parent_id = ?1)
       AND month BETWEEN ?2 AND ?3
     ORDER BY org_id, month`,
    [orgId, first, last],
  );
}

/** Kept dues figures of some organizations' months from `first` to `last`. */
export function duesTalliesOf(db: Database, orgIds: readonly string[], first: string, last: string) {
  return db.all<DuesTallyRow>(
    `SELECT * FROM dues_tallies WHERE org_id IN (SELECT value FROM json_each(?1)) AND month BETWEEN ?2 AND ?3
     ORDER BY org_id, month`,
    [JSON.stringify(orgIds), first, last],
  );
}

export function insertDuesBasis(db: Database, row: Omit<DuesBasisRow, "created_at">) {
  return insertRow(
    db,
    "dues_bases",
    ["id", "person_id", "from_month", "category", "figure", "monthly_amount", "recorded_by"],
    row,
  );
}

/**
 * An entry and its months. Its receipt number is the next of the cell's year, taken in the statement that writes
 * it (a batch is one transaction; the unique key guards the rest).
 */
export function insertDuesEntry(
  db: Database,
  entry: Omit<DuesEntryRow, "receipt_number" | "created_at">,
  months: readonly { month: string; amount: number }[],
) {
  return [
    db.prepare(
      `INSERT INTO dues_entries (id, cell_id, person_id, paid_on, amount, receipt_year, receipt_number, corrects_id,
         reason, recorded_by)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, COALESCE(MAX(receipt_number), 0) + 1, ?7, ?8, ?9
       FROM dues_entries WHERE cell_id = ?2 AND receipt_year = ?6`,
      [
        entry.id,
        entry.cell_id,
        entry.person_id,
        entry.paid_on,
        entry.amount,
        entry.receipt_year,
        entry.corrects_id,
        entry.reason,
        entry.recorded_by,
      ],
    ),
    db.prepare(
      `INSERT INTO dues_entry_months (entry_id, month, cell_id, person_id, amount)
       SELECT ?1, json_extract(r.value, '$.month'), ?2, ?3, json_extract(r.value, '$.amount') FROM json_each(?4) r`,
      [entry.id, entry.cell_id, entry.person_id, JSON.stringify(months)],
    ),
  ];
}

export function insertClosedMonth(db: Database, cellId: string, month: string, closedBy: string | null) {
  return insertRow(db, "dues_closed_months", ["cell_id", "month", "closed_by"], {
    cell_id: cellId,
    month,
    closed_by: closedBy,
  });
}

export function upsertDuesSettings(db: Database, row: DuesSettingsRow, setBy: string | null) {
  return upsertRow(
    db,
    "dues_settings",
    ["cell_id"],
    ["cell_id", "retained_basis_points", "remit_every", "set_by", "updated_at"],
    { ...row, set_by: setBy, updated_at: nowIso() },
  );
}

export function insertRemittance(db: Database, row: DuesRemittanceRow) {
  return insertRow(
    db,
    "dues_remittances",
    [
      "id",
      "cell_id",
      "first_month",
      "last_month",
      "collected",
      "retained",
      "remitted",
      "remitted_on",
      "recorded_by",
    ],
    row,
  );
}

export function upsertArrearsReason(
  db: Database,
  personId: string,
  year: number,
  reason: string,
  recordedBy: string | null,
) {
  return upsertRow(
    db,
    "dues_arrears_reasons",
    ["person_id", "year"],
    ["person_id", "year", "reason", "recorded_by"],
    { person_id: personId, year, reason, recorded_by: recordedBy },
  );
}

/**
 * The first statement of a payment's batch: it aborts the batch (a CONFLICT) when one of the months was closed
 * after the payment's rules read them open.
 */
export function guardMonthsOpen(db: Database, cellId: string, months: readonly string[]) {
  return db.prepare(
    `UPDATE write_guard SET unchanged = (
       SELECT 1 WHERE NOT EXISTS (
         SELECT 1 FROM dues_closed_months WHERE cell_id = ?1 AND month IN (SELECT value FROM json_each(?2))))
     WHERE id = 1`,
    [cellId, JSON.stringify(months)],
  );
}
