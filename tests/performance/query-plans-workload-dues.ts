type Data = Record<string, any>;
type Variables = Record<string, unknown>;

/** The workload's two ways to send a request (query-plans-workload.ts). */
export interface Requests {
  read: (label: string, query: string, variables?: Variables, token?: string) => Promise<Data>;
  write: (name: string, input: Variables, selection: string, token?: string) => Promise<Data>;
}

/**
 * Party dues in a cell of the volume: a basis, a payment for two months, a correction, a month closed, the
 * committee's settings, a remittance, a reason for arrears; then the roll, the arrears and the committee's summary.
 */
export async function duesWorkload(
  { read, write }: Requests,
  { cellId, committeeId, governor, secretary, payer, other }: Record<string, string>,
): Promise<void> {
  await write(
    "setDuesBasis",
    { personId: payer, fromMonth: "2026-01", category: "INSURED_SALARY", figure: 6_000_000 },
    "person { duesBases { figure categoryLabel } }",
    secretary,
  );
  const paid = await write(
    "recordDuesPayment",
    { cellId, personId: payer, paidOn: "2026-02-05", months: ["2026-01", "2026-02"], amount: 120_000 },
    "entry { id receiptNumber months { month amount } }",
    secretary,
  );
  await write(
    "correctDuesPayment",
    {
      entryId: paid.entry.id,
      changes: [{ month: "2026-02", amount: -10_000 }],
      reason: "Ghi nhầm",
    },
    "entry { amount corrects { receiptNumber } }",
    secretary,
  );
  await write(
    "closeDuesMonth",
    { cellId, month: "2026-01" },
    "roll { closed owed collected lines { owed paid } }",
    secretary,
  );
  await write(
    "setDuesSettings",
    { cellId, retainedBasisPoints: 3_000, remitEvery: "MONTH" },
    "cell { duesSettings { retainedBasisPoints remitEvery } }",
  );
  await write(
    "recordDuesRemittance",
    { cellId, month: "2026-01", remittedOn: "2026-02-10" },
    "remittance { collected retained remitted }",
    secretary,
  );
  await write(
    "recordDuesArrearsReason",
    { personId: other, year: 2026, reason: "Ốm dài ngày" },
    "person { duesArrears(year: 2026) { outstanding reason } duesMonths(year: 2026) { owed paid } }",
    secretary,
  );
  await read(
    "a cell's dues roll",
    `query ($id: ID!) { cell(id: $id) {
      duesRoll(month: "2026-02") { closed lines { person { fullName } owed paid outstanding }
        entries { receiptNumber amount months { month amount } } }
      duesRemittances(year: 2026) { collected retained remitted }
    } }`,
    { id: cellId },
    secretary,
  );
  await read(
    "a cell's dues arrears",
    `query ($id: ID!) { duesArrears(cellId: $id, on: "2026-06-30") {
      person { fullName } unpaidMonths outstanding consideredForRemoval reason } }`,
    { id: cellId },
    secretary,
  );
  await read(
    "a committee's dues summary",
    `query ($id: ID!) { cell(id: $id) { duesSummary(year: 2026) {
      total { collected retained remitted notRemitted }
      children { organization { name } months { month collected remitted } } } } }`,
    { id: committeeId },
    governor,
  );
}
