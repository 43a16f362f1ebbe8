import { describe, expect, it } from "vitest";
import { monthsFrom } from "../../src/domain/dates";
import { cellWithMembers, gql, mutate, rawId, tokenFor } from "../helpers";

/** A small deterministic generator (mulberry32): the same seed, the same sequence of writes. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const MONTHS = monthsFrom("2026-01", "2026-06");

describe("the dues book balances, whatever the payments and corrections", () => {
  it("keeps owed − paid = arrears per member and collected = kept + remitted per month, through the API", async () => {
    const { cell, committee, members } = await cellWithMembers("Sổ cân đối", 3);
    const figures = [4_000_000, 6_500_050, 9_000_000];
    for (const [index, personId] of members.entries()) {
      await mutate(
        "setDuesBasis",
        { personId, fromMonth: "2026-01", category: "INSURED_SALARY", figure: figures[index] },
        "person { id }",
      );
    }
    const next = generator(20_261_205);
    const payments: { id: string; months: Map<string, number> }[] = [];
    for (let step = 0; step < 40; step += 1) {
      if (payments.length > 0 && next(4) === 0) {
        const payment = payments[next(payments.length)] as (typeof payments)[number];
        const [month, amount] = [...payment.months.entries()][next(payment.months.size)] as [string, number];
        const change = next(2) === 0 ? -next(amount + 1) || 1 : 1 + next(30_000);
        const corrected = await mutate(
          "correctDuesPayment",
          { entryId: payment.id, changes: [{ month, amount: change }], reason: "Điều chỉnh thử" },
          "entry { id }",
        );
        const codes = corrected.data?.correctDuesPayment.errors.map((error: { code: string }) => error.code);
        // The only refusal a random correction may meet: taking back more than the payment gave the month.
        if (codes.length > 0) expect(codes).toEqual(["CORRECTION_EXCEEDS_PAYMENT"]);
        else payment.months.set(month, amount + change);
        continue;
      }
      const start = next(MONTHS.length);
      const months = MONTHS.slice(start, start + 1 + next(3));
      const paid = await mutate(
        "recordDuesPayment",
        {
          cellId: cell.id,
          personId: members[next(members.length)],
          paidOn: "2026-07-01",
          months,
          amount: 1 + next(150_000),
        },
        "entry { id months { month amount } }",
      );
      expect(paid.data?.recordDuesPayment.errors).toEqual([]);
      const entry = paid.data?.recordDuesPayment.entry;
      payments.push({
        id: entry.id,
        months: new Map(
          entry.months.map((row: { month: string; amount: number }) => [row.month, row.amount]),
        ),
      });
    }

    const admin = await tokenFor("ADMIN");
    await mutate(
      "setDuesSettings",
      { cellId: cell.id, retainedBasisPoints: 3_333, remitEvery: "MONTH" },
      "cell { id }",
      await tokenFor("COMMITTEE", rawId(committee.id)),
    );
    let collectedOverall = 0;
    const owedOf = new Map<string, number>();
    const paidTowardsOwed = new Map<string, number>();
    for (const month of MONTHS) {
      await mutate("closeDuesMonth", { cellId: cell.id, month }, "roll { closed }");
      const remitted = await mutate(
        "recordDuesRemittance",
        { cellId: cell.id, month, remittedOn: "2026-07-02" },
        "remittance { collected retained remitted }",
      );
      const remittance = remitted.data?.recordDuesRemittance.remittance;
      expect(remittance.retained + remittance.remitted).toBe(remittance.collected);
      const roll = (
        await gql(
          `query ($id: ID!, $month: Month!) { node(id: $id) { ... on Cell { duesRoll(month: $month) {
            collected lines { person { id } owed paid } entries { months { month amount } } } } } }`,
          { id: cell.id, month },
          admin,
        )
      ).data?.node.duesRoll;
      const fromEntries = roll.entries
        .flatMap((entry: { months: { month: string; amount: number }[] }) => entry.months)
        .filter((row: { month: string }) => row.month === month)
        .reduce((sum: number, row: { amount: number }) => sum + row.amount, 0);
      expect(roll.collected).toBe(fromEntries);
      expect(remittance.collected).toBe(roll.collected);
      collectedOverall += roll.collected;
      for (const line of roll.lines) {
        owedOf.set(line.person.id, (owedOf.get(line.person.id) ?? 0) + line.owed);
        paidTowardsOwed.set(
          line.person.id,
          (paidTowardsOwed.get(line.person.id) ?? 0) + Math.min(line.owed, line.paid),
        );
      }
    }
    const arrears = (
      await gql(
        `query ($id: ID!) { duesArrears(cellId: $id, on: "2026-06-30") { person { id } outstanding } }`,
        { id: cell.id },
        admin,
      )
    ).data?.duesArrears as { person: { id: string }; outstanding: number }[];
    for (const personId of members) {
      const outstanding = arrears.find((row) => row.person.id === personId)?.outstanding ?? 0;
      expect(outstanding, personId).toBe((owedOf.get(personId) ?? 0) - (paidTowardsOwed.get(personId) ?? 0));
    }
    const summary = (
      await gql(
        `query ($id: ID!) { node(id: $id) { ... on Cell { duesSummary(year: 2026) {
          total { collected retained remitted notRemitted } } } } }`,
        { id: committee.id },
        admin,
      )
    ).data?.node.duesSummary.total;
    expect(summary.collected).toBe(collectedOverall);
    expect(summary.retained + summary.remitted).toBe(collectedOverall);
    expect(summary.notRemitted).toBe(0);
    expect(payments.length).toBeGreaterThan(20);
  });
});
