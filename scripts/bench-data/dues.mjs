// Party dues of the last year: every member of a cell has a basis (mostly a salary on which social insurance is paid,
// some pensions, a few amounts the committee set), pays each month at the cell — one in twenty months is missed —
// and each cell closes and remits every month at the committee's 30%. Drawn from its own generator, so the data and
// fixtures drawn before it stay as they were.
import { pad2 } from "./calendar.mjs";
import { isCell, YEARS } from "./organizations.mjs";
import { progressBar } from "./progress.mjs";
import { Random } from "./random.mjs";

const YEAR = YEARS.at(-1);
const RETAINED_BASIS_POINTS = 3_000;

function basisOf(random, personId) {
  const category = random.weighted([
    ["INSURED_SALARY", 80],
    ["PENSION", 15],
    ["OTHER", 5],
  ]);
  return {
    id: random.id(),
    person_id: personId,
    from_month: `${YEAR}-01`,
    category,
    figure: category === "OTHER" ? null : random.int(300, 2_000) * 10_000,
    monthly_amount: category === "OTHER" ? 20_000 : null,
    recorded_by: null,
  };
}

export function writeDues(world, organizations, people, loader, seed) {
  const random = new Random(seed + 17);
  const { owedFor, splitCollected } = world.domain;
  const bases = loader.table("dues_bases", [
    "id",
    "person_id",
    "from_month",
    "category",
    "figure",
    "monthly_amount",
    "recorded_by",
  ]);
  const entries = loader.table("dues_entries", [
    "id",
    "cell_id",
    "person_id",
    "paid_on",
    "amount",
    "receipt_year",
    "receipt_number",
    "recorded_by",
  ]);
  const entryMonths = loader.table("dues_entry_months", [
    "entry_id",
    "month",
    "cell_id",
    "person_id",
    "amount",
  ]);
  const closed = loader.table("dues_closed_months", ["cell_id", "month", "closed_by"]);
  const remittances = loader.table("dues_remittances", [
    "id",
    "cell_id",
    "first_month",
    "last_month",
    "collected",
    "retained",
    "remitted",
    "remitted_on",
    "recorded_by",
  ]);
  const settings = loader.table("dues_settings", [
    "cell_id",
    "retained_basis_points",
    "remit_every",
    "set_by",
  ]);
  const basisByPerson = new Map();
  const cells = organizations.all.filter((organization) => isCell(organization));
  const progress = progressBar("dues", cells.length);
  cells.forEach((cell, index) => {
    settings.insert({
      cell_id: cell.id,
      retained_basis_points: RETAINED_BASIS_POINTS,
      remit_every: "MONTH",
      set_by: null,
    });
    let receipt = 0;
    for (let month = 1; month <= 12; month += 1) {
      const key = `${YEAR}-${pad2(month)}`;
      let collected = 0;
      for (const membership of people.membersOn(cell, `${key}-15`)) {
        const personId = membership.person.id;
        if (!basisByPerson.has(personId)) {
          const basis = basisOf(random, personId);
          basisByPerson.set(personId, basis);
          bases.insert(basis);
        }
        if (random.chance(0.05)) continue;
        const basis = basisByPerson.get(personId);
        const amount = owedFor(
          {
            fromMonth: basis.from_month,
            category: basis.category,
            figure: basis.figure,
            monthlyAmount: basis.monthly_amount,
          },
          key,
        );
        const id = random.id();
        receipt += 1;
        entries.insert({
          id,
          cell_id: cell.id,
          person_id: personId,
          paid_on: `${key}-${pad2(random.int(1, 20))}`,
          amount,
          receipt_year: YEAR,
          receipt_number: receipt,
          recorded_by: null,
        });
        entryMonths.insert({ entry_id: id, month: key, cell_id: cell.id, person_id: personId, amount });
        collected += amount;
      }
      closed.insert({ cell_id: cell.id, month: key, closed_by: null });
      remittances.insert({
        id: random.id(),
        cell_id: cell.id,
        first_month: key,
        last_month: key,
        collected,
        ...splitCollected(collected, RETAINED_BASIS_POINTS),
        remitted_on: `${key}-25`,
        recorded_by: null,
      });
    }
    progress.update(index + 1);
  });
  progress.done();
}
