import { describe, expect, it } from "vitest";
import { monthsFrom } from "../../src/domain/dates";
import {
  assertBasisComplete,
  type DuesBasis,
  memberDuesMonths,
  owedFor,
  regulationFor,
  shareOf,
  validDuesYear,
} from "../../src/domain/dues";
import {
  allocatePayment,
  arrearsDayOf,
  arrearsOf,
  assertAmountPositive,
  assertArrearsDay,
  assertClosable,
  assertCorrection,
  assertIsPayment,
  assertMonthsOpen,
  assertOwesToCell,
  assertPaidBy,
  assertRemittable,
  assertShare,
  duesCellOf,
  entryMonths,
  monthsDueBy,
  remittanceMonths,
  splitCollected,
  validReason,
} from "../../src/domain/dues-ledger";
import { expectRefusal } from "./refusal-helpers";

const salary = (fromMonth: string, figure: number, monthlyAmount: number | null = null): DuesBasis => ({
  fromMonth,
  category: "INSURED_SALARY",
  figure,
  monthlyAmount,
});

describe("what a member owes (Quyết định 342-QĐ/TW, Quy định 01-QĐ/TW)", () => {
  it("takes each month's regulation: 342 until February 2026, 01-QĐ/TW from March 2026, none before 2011", () => {
    expect(regulationFor("2010-12")).toBeNull();
    expect(regulationFor("2011-01")?.code).toBe("342-QĐ/TW");
    expect(regulationFor("2026-02")?.code).toBe("342-QĐ/TW");
    expect(regulationFor("2026-03")?.code).toBe("01-QĐ/TW");
  });

  it("owes 1% of the insured salary and 0.5% of a pension, in whole đồng, half a đồng rounded up", () => {
    expect(owedFor(salary("2024-01", 8_450_050), "2024-05")).toBe(84_501);
    expect(shareOf(8_450_049, 100)).toBe(84_500);
    expect(
      owedFor(
        { fromMonth: "2024-01", category: "PENSION", figure: 6_000_000, monthlyAmount: null },
        "2025-01",
      ),
    ).toBe(30_000);
  });

  it("owes a student's 5,000 đồng from 01-QĐ/TW on; before it, the committee's amount", () => {
    const student: DuesBasis = {
      fromMonth: "2025-09",
      category: "STUDENT",
      figure: null,
      monthlyAmount: 3_000,
    };
    expect(owedFor(student, "2026-02")).toBe(3_000);
    expect(owedFor(student, "2026-03")).toBe(5_000);
    expect(owedFor({ ...student, monthlyAmount: null }, "2026-02")).toBeNull();
  });

  it("owes a higher amount chosen by the member, never less than the rule", () => {
    expect(owedFor(salary("2024-01", 5_000_000, 100_000), "2024-01")).toBe(100_000);
    expectRefusal(() => assertBasisComplete(salary("2024-01", 5_000_000, 40_000)), "DUES_BELOW_RULE");
  });

  it("refuses a basis missing what its regulation needs, a month before any regulation, amounts not positive", () => {
    expect(() => assertBasisComplete(salary("2024-01", 5_000_000))).not.toThrow();
    expectRefusal(() => assertBasisComplete(salary("2010-06", 5_000_000)), "NO_DUES_REGULATION");
    expectRefusal(
      () =>
        assertBasisComplete({ fromMonth: "2024-01", category: "PENSION", figure: null, monthlyAmount: null }),
      "FIGURE_REQUIRED",
    );
    expectRefusal(
      () =>
        assertBasisComplete({ fromMonth: "2024-01", category: "OTHER", figure: null, monthlyAmount: null }),
      "AMOUNT_REQUIRED",
    );
    expectRefusal(() => assertBasisComplete(salary("2024-01", -5)), "AMOUNT_NOT_POSITIVE");
    expectRefusal(() => assertAmountPositive(1.5, ["amount"]), "AMOUNT_NOT_POSITIVE");
    expectRefusal(() => assertAmountPositive(0, ["amount"]), "AMOUNT_NOT_POSITIVE");
  });

  it("reads years of the book from 1930 to 2200 only", () => {
    expect(validDuesYear(2026)).toBe(2026);
    expectRefusal(() => validDuesYear(-1), "INVALID_YEAR");
    expectRefusal(() => validDuesYear(1_000_000), "INVALID_YEAR");
  });
});

describe("the cell's book", () => {
  const movedMidApril = [
    { cellId: "old", from: "2015-03-01", until: "2024-04-15" },
    { cellId: "new", from: "2024-04-15", until: null },
  ];

  it("owes a month to the cell whose membership of the month started last", () => {
    expect(duesCellOf(movedMidApril, "2024-03")).toBe("old");
    expect(duesCellOf(movedMidApril, "2024-04")).toBe("new");
    expect(duesCellOf(movedMidApril, "2015-02")).toBeNull();
    expect(() => assertOwesToCell(movedMidApril, "new", ["2024-04", "2024-05"], ["months"])).not.toThrow();
    expectRefusal(
      () => assertOwesToCell(movedMidApril, "old", ["2024-04"], ["months"]),
      "NOT_A_MEMBER_THAT_MONTH",
    );
  });

  it("lists a member's months with what they owed and paid, in their cell only when asked", () => {
    const months = memberDuesMonths(
      movedMidApril,
      [salary("2024-01", 5_000_000)],
      new Map([["2024-03", 50_000]]),
      ["2024-03", "2024-04"],
      "old",
    );
    expect(months).toEqual([
      expect.objectContaining({ month: "2024-03", cellId: "old", owed: 50_000, paid: 50_000 }),
    ]);
  });

  it("names each month once, at least one", () => {
    expect(entryMonths(["2024-03", "2024-01"])).toEqual(["2024-01", "2024-03"]);
    expectRefusal(() => entryMonths([]), "MONTHS_REQUIRED");
    expectRefusal(() => entryMonths(["2024-01", "2024-01"]), "DUPLICATE_MONTH");
  });

  it("takes no payment dated later than today, nor for a closed month", () => {
    expectRefusal(() => assertPaidBy("2026-12-06", "2026-12-05"), "DATE_IN_FUTURE");
    expectRefusal(
      () => assertMonthsOpen(["2024-01", "2024-02"], new Set(["2024-02"]), ["months"]),
      "MONTH_CLOSED",
    );
  });

  it("spreads a payment over its months by what each still owes, the rest to the last", () => {
    expect(
      allocatePayment(130_000, [
        { month: "2024-01", outstanding: 50_000 },
        { month: "2024-02", outstanding: 50_000 },
        { month: "2024-03", outstanding: null },
      ]),
    ).toEqual([
      { month: "2024-01", amount: 50_000 },
      { month: "2024-02", amount: 50_000 },
      { month: "2024-03", amount: 30_000 },
    ]);
    expect(allocatePayment(20_000, [{ month: "2024-01", outstanding: 50_000 }])).toEqual([
      { month: "2024-01", amount: 20_000 },
    ]);
  });

  it("corrects a payment by signed amounts with a reason, never below zero for a month, never a correction", () => {
    const paid = new Map([["2024-01", 50_000]]);
    expect(() => assertCorrection([{ month: "2024-01", amount: -50_000 }], paid)).not.toThrow();
    expectRefusal(
      () => assertCorrection([{ month: "2024-01", amount: -50_001 }], paid),
      "CORRECTION_EXCEEDS_PAYMENT",
    );
    expectRefusal(() => assertCorrection([{ month: "2024-01", amount: 0 }], paid), "CORRECTION_EMPTY");
    expectRefusal(() => validReason("  "), "REASON_REQUIRED");
    expectRefusal(() => assertIsPayment("entry-1"), "NOT_A_PAYMENT");
  });

  it("closes a month once it has begun, and only once", () => {
    expect(() => assertClosable("2026-12", "2026-12-05", false)).not.toThrow();
    expectRefusal(() => assertClosable("2027-01", "2026-12-05", false), "MONTH_NOT_STARTED");
    expectRefusal(() => assertClosable("2026-11", "2026-12-05", true), "MONTH_ALREADY_CLOSED");
  });

  it("remits a closed month or quarter once, by the share the committee set", () => {
    expect(remittanceMonths("2026-05", "QUARTER")).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(remittanceMonths("2026-05", "MONTH")).toEqual(["2026-05"]);
    const closed = new Set(["2026-04", "2026-05", "2026-06"]);
    expect(() => assertRemittable(["2026-05"], closed, new Set(), 3_000)).not.toThrow();
    expectRefusal(() => assertRemittable(["2026-05"], closed, new Set(), null), "DUES_SHARE_NOT_SET");
    expectRefusal(() => assertRemittable(["2026-05"], closed, new Set(["2026-05"]), 3_000), "REMITTED_TWICE");
    expectRefusal(() => assertRemittable(["2026-07"], closed, new Set(), 3_000), "MONTH_NOT_CLOSED");
    expectRefusal(() => assertShare(10_001), "INVALID_SHARE");
  });

  it("counts arrears over the months that ended by the day, never a month still running", () => {
    expect(monthsDueBy("2026-06-30")).toEqual(monthsFrom("2026-01", "2026-06"));
    expect(monthsDueBy("2026-12-05")).toEqual(monthsFrom("2026-01", "2026-11"));
    expect(monthsDueBy("2026-01-15")).toEqual([]);
    expect(arrearsDayOf(2025, "2026-12-05")).toBe("2025-12-31");
    expect(arrearsDayOf(2026, "2026-12-05")).toBe("2026-12-05");
    expect(arrearsDayOf(2027, "2026-12-05")).toBeNull();
    expectRefusal(() => assertArrearsDay("2026-12-06", "2026-12-05"), "DATE_IN_FUTURE");
  });

  it("flags three unpaid months of a year without a reason; a month paid in part was paid", () => {
    const months = monthsFrom("2026-01", "2026-04").map((month, index) => ({
      month,
      owed: 50_000,
      paid: [0, 20_000, 0, 0][index] as number,
    }));
    expect(arrearsOf(months, false)).toEqual({
      shortMonths: ["2026-01", "2026-02", "2026-03", "2026-04"],
      unpaidMonths: ["2026-01", "2026-03", "2026-04"],
      outstanding: 180_000,
      consideredForRemoval: true,
    });
    expect(arrearsOf(months, true).consideredForRemoval).toBe(false);
    expect(arrearsOf(months.slice(0, 3), false).consideredForRemoval).toBe(false);
  });
});

/** A small deterministic generator: the same sequence on every run, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

describe("the book balances for any sequence of payments and corrections", () => {
  it("keeps owed − paid = what is outstanding, and collected = kept + remitted, over 300 random books", () => {
    const next = generator(20_261_205);
    for (let book = 0; book < 300; book += 1) {
      const months = monthsFrom("2026-01", "2026-06");
      const owed = new Map(months.map((month) => [month, 10_000 + next(5) * 10_000]));
      const payments: Map<string, number>[] = [];
      for (let step = 0; step < 1 + next(8); step += 1) {
        const paidSoFar = (month: string) =>
          payments.reduce((sum, entry) => sum + (entry.get(month) ?? 0), 0);
        if (payments.length > 0 && next(3) === 0) {
          const target = payments[next(payments.length)] as Map<string, number>;
          const [month, amount] = [...target.entries()][0] as [string, number];
          const change = -next(amount + 1) || 1;
          assertCorrection([{ month, amount: change }], target);
          target.set(month, amount + change);
          continue;
        }
        const start = next(months.length);
        const chosen = months.slice(start, start + 1 + next(3));
        const amount = 1 + next(200_000);
        const shares = allocatePayment(
          amount,
          chosen.map((month) => ({ month, outstanding: (owed.get(month) as number) - paidSoFar(month) })),
        );
        expect(shares.reduce((sum, share) => sum + share.amount, 0)).toBe(amount);
        payments.push(new Map(shares.map((share) => [share.month, share.amount])));
      }
      const paid = new Map(
        months.map((month) => [month, payments.reduce((sum, entry) => sum + (entry.get(month) ?? 0), 0)]),
      );
      for (const amount of paid.values()) expect(amount).toBeGreaterThanOrEqual(0);
      const arrears = arrearsOf(
        months.map((month) => ({ month, owed: owed.get(month) as number, paid: paid.get(month) as number })),
        false,
      );
      const owedTotal = [...owed.values()].reduce((sum, amount) => sum + amount, 0);
      const paidTowardsOwed = months.reduce(
        (sum, month) => sum + Math.min(owed.get(month) as number, paid.get(month) as number),
        0,
      );
      expect(owedTotal - paidTowardsOwed).toBe(arrears.outstanding);
      const collected = [...paid.values()].reduce((sum, amount) => sum + amount, 0);
      const { retained, remitted } = splitCollected(collected, next(10_001));
      expect(retained + remitted).toBe(collected);
      expect(retained).toBeGreaterThanOrEqual(0);
    }
  });
});
