import { describe, expect, it } from "vitest";
import { cellWithMembers, codes, download, gql, mutate, payloadCodes, rawId, tokenFor } from "../helpers";

const ROLL = `query ($cell: ID!, $month: Month!) { node(id: $cell) { ... on Cell { duesRoll(month: $month) {
  month closed owed collected regulation { code }
  lines { person { id } basis { category } owed paid outstanding }
  entries { receiptNumber amount months { month amount } }
} } } }`;

async function rollOf(cell: string, month: string, token?: string) {
  const result = await gql(ROLL, { cell, month }, token ?? (await tokenFor("ADMIN")));
  return { result, roll: result.data?.node?.duesRoll };
}

const pay = (cellId: string, personId: string, months: string[], amount: unknown, paidOn = "2026-06-05") =>
  mutate(
    "recordDuesPayment",
    { cellId, personId, paidOn, months, amount },
    "entry { id receiptNumber amount months { month amount } }",
  );

const salaryOf = (personId: string, figure: number, fromMonth = "2026-01") =>
  mutate(
    "setDuesBasis",
    { personId, fromMonth, category: "INSURED_SALARY", figure },
    "person { duesBases { fromMonth category categoryLabel figure monthlyAmount } }",
  );

describe("a cell's dues book", () => {
  it("computes each member's month from their basis and the regulation of the month", async () => {
    const { cell, members } = await cellWithMembers("Đảng phí", 2);
    const [worker, student] = members as [string, string];
    const based = await salaryOf(worker, 8_450_050);
    expect(based.data?.setDuesBasis.person.duesBases).toEqual([
      {
        fromMonth: "2026-01",
        category: "INSURED_SALARY",
        categoryLabel: "Tham gia bảo hiểm xã hội bắt buộc (theo tiền lương đóng BHXH)",
        figure: 8_450_050,
        monthlyAmount: null,
      },
    ]);
    await mutate(
      "setDuesBasis",
      { personId: student, fromMonth: "2025-09", category: "STUDENT", monthlyAmount: 3_000 },
      "person { id }",
    );
    const february = (await rollOf(cell.id, "2026-02")).roll;
    expect(february.regulation.code).toBe("342-QĐ/TW");
    expect(february.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: { id: worker }, owed: 84_501, paid: 0, outstanding: 84_501 }),
        expect.objectContaining({ person: { id: student }, owed: 3_000 }),
      ]),
    );
    const may = (await rollOf(cell.id, "2026-05")).roll;
    expect(may.regulation.code).toBe("01-QĐ/TW");
    expect(may.lines.find((line: any) => line.person.id === student).owed).toBe(5_000);
    expect(may.owed).toBe(84_501 + 5_000);
  });

  it("holds amounts past a 32-bit integer exactly (money is whole đồng, not Int)", async () => {
    const { cell, members } = await cellWithMembers("Lương cao", 1);
    const [member] = members as [string];
    await salaryOf(member, 3_000_000_050);
    const { roll } = await rollOf(cell.id, "2026-05");
    expect(roll.lines[0].owed).toBe(30_000_001);
    expect(roll.lines[0].basis).toEqual({ category: "INSURED_SALARY" });
  });

  it("records payments for several months with receipt numbers, and corrections as entries of their own", async () => {
    const { cell, members } = await cellWithMembers("Thu đảng phí", 1);
    const [member] = members as [string];
    await salaryOf(member, 6_000_000);
    const first = await pay(cell.id, member, ["2026-05", "2026-04"], 130_000);
    expect(first.data?.recordDuesPayment.errors).toEqual([]);
    expect(first.data?.recordDuesPayment.entry).toMatchObject({
      receiptNumber: "1/2026",
      amount: 130_000,
      months: [
        { month: "2026-04", amount: 60_000 },
        { month: "2026-05", amount: 70_000 },
      ],
    });
    const second = await pay(cell.id, member, ["2026-06"], 60_000);
    expect(second.data?.recordDuesPayment.entry.receiptNumber).toBe("2/2026");

    const entryId = first.data?.recordDuesPayment.entry.id;
    const correction = await mutate(
      "correctDuesPayment",
      { entryId, changes: [{ month: "2026-05", amount: -10_000 }], reason: "  Ghi   nhầm số tiền " },
      "entry { amount reason corrects { receiptNumber } months { month amount } }",
    );
    expect(correction.data?.correctDuesPayment.entry).toEqual({
      amount: -10_000,
      reason: "Ghi nhầm số tiền",
      corrects: { receiptNumber: "1/2026" },
      months: [{ month: "2026-05", amount: -10_000 }],
    });
    const { roll } = await rollOf(cell.id, "2026-05");
    expect(roll.lines[0]).toMatchObject({ owed: 60_000, paid: 60_000, outstanding: 0 });
    expect(roll.entries.map((entry: any) => entry.receiptNumber)).toEqual(["1/2026", "3/2026"]);

    const correctionId = (
      await gql(
        `query ($cell: ID!) { node(id: $cell) { ... on Cell { duesRoll(month: "2026-05") { entries { id } } } } }`,
        { cell: cell.id },
        await tokenFor("ADMIN"),
      )
    ).data?.node.duesRoll.entries[1].id;
    const ofCorrection = await mutate(
      "correctDuesPayment",
      { entryId: correctionId, changes: [{ month: "2026-05", amount: 1 }], reason: "lần nữa" },
      "entry { id }",
    );
    expect(payloadCodes(ofCorrection.data?.correctDuesPayment)).toEqual(["NOT_A_PAYMENT"]);
    const overdrawn = await mutate(
      "correctDuesPayment",
      { entryId, changes: [{ month: "2026-05", amount: -60_001 }], reason: "quá" },
      "entry { id }",
    );
    expect(payloadCodes(overdrawn.data?.correctDuesPayment)).toEqual(["CORRECTION_EXCEEDS_PAYMENT"]);
    const unreasoned = await mutate(
      "correctDuesPayment",
      { entryId, changes: [{ month: "2026-05", amount: -1 }], reason: "   " },
      "entry { id }",
    );
    expect(payloadCodes(unreasoned.data?.correctDuesPayment)).toEqual(["REASON_REQUIRED"]);
  });

  it("refuses bad amounts and months the member did not owe here, and writes nothing", async () => {
    const { cell, members } = await cellWithMembers("Đảng phí sai", 1);
    const [member] = members as [string];
    await salaryOf(member, 5_000_000);
    const asFloat = await gql(
      `mutation ($cell: ID!, $person: ID!) { recordDuesPayment(input: {
        cellId: $cell, personId: $person, paidOn: "2026-03-01", months: ["2026-03"], amount: 50000.5
      }) { errors { code } } }`,
      { cell: cell.id, person: member },
      await tokenFor("ADMIN"),
    );
    expect(codes(asFloat)).toEqual(["INVALID_AMOUNT"]);
    const asFloatVariable = await pay(cell.id, member, ["2026-03"], 50_000.5);
    expect(codes(asFloatVariable)).toEqual(["INVALID_AMOUNT"]);
    const asText = await pay(cell.id, member, ["2026-03"], "50000");
    expect(codes(asText)).toEqual(["INVALID_AMOUNT"]);
    const negative = await pay(cell.id, member, ["2026-03"], -50_000);
    expect(payloadCodes(negative.data?.recordDuesPayment)).toEqual(["AMOUNT_NOT_POSITIVE"]);
    const notYetMember = await pay(cell.id, member, ["2015-01"], 5_000, "2015-01-10");
    expect(payloadCodes(notYetMember.data?.recordDuesPayment)).toEqual(["NOT_A_MEMBER_THAT_MONTH"]);
    const twice = await pay(cell.id, member, ["2026-03", "2026-03"], 50_000);
    expect(payloadCodes(twice.data?.recordDuesPayment)).toEqual(["DUPLICATE_MONTH"]);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const early = await pay(cell.id, member, ["2026-03"], 50_000, tomorrow);
    expect(payloadCodes(early.data?.recordDuesPayment)).toEqual(["DATE_IN_FUTURE"]);
    const belowRule = await mutate(
      "setDuesBasis",
      {
        personId: member,
        fromMonth: "2026-04",
        category: "INSURED_SALARY",
        figure: 5_000_000,
        monthlyAmount: 1,
      },
      "person { id }",
    );
    expect(payloadCodes(belowRule.data?.setDuesBasis)).toEqual(["DUES_BELOW_RULE"]);
    const { roll } = await rollOf(cell.id, "2026-03");
    expect(roll.collected).toBe(0);
    expect(roll.entries).toEqual([]);
  });

  it("closes a month: no payment for it after, only corrections; once, and not before it begins", async () => {
    const { cell, members } = await cellWithMembers("Khóa sổ", 1);
    const [member] = members as [string];
    await salaryOf(member, 4_000_000);
    const paid = await pay(cell.id, member, ["2026-02"], 40_000);
    const closed = await mutate(
      "closeDuesMonth",
      { cellId: cell.id, month: "2026-02" },
      "roll { closed collected }",
    );
    expect(closed.data?.closeDuesMonth.roll).toEqual({ closed: true, collected: 40_000 });
    const late = await pay(cell.id, member, ["2026-02"], 1_000);
    expect(payloadCodes(late.data?.recordDuesPayment)).toEqual(["MONTH_CLOSED"]);
    const corrected = await mutate(
      "correctDuesPayment",
      {
        entryId: paid.data?.recordDuesPayment.entry.id,
        changes: [
          { month: "2026-02", amount: -40_000 },
          { month: "2026-03", amount: 40_000 },
        ],
        reason: "Nộp cho tháng 3",
      },
      "entry { amount }",
    );
    expect(corrected.data?.correctDuesPayment).toEqual({ entry: { amount: 0 }, errors: [] });
    const again = await mutate("closeDuesMonth", { cellId: cell.id, month: "2026-02" }, "roll { closed }");
    expect(payloadCodes(again.data?.closeDuesMonth)).toEqual(["MONTH_ALREADY_CLOSED"]);
    const future = await mutate("closeDuesMonth", { cellId: cell.id, month: "2199-01" }, "roll { closed }");
    expect(payloadCodes(future.data?.closeDuesMonth)).toEqual(["MONTH_NOT_STARTED"]);
  });

  it("shows the roll to the cell's writers only; a member reads their own months", async () => {
    const { cell, members } = await cellWithMembers("Riêng tư đảng phí", 2);
    const [member, other] = members as [string, string];
    await salaryOf(member, 5_000_000);
    await pay(cell.id, member, ["2026-01"], 50_000);
    const ownToken = await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(member) });
    const refused = await rollOf(cell.id, "2026-01", ownToken);
    expect(codes(refused.result)).toEqual(["FORBIDDEN"]);
    const secretary = await rollOf(cell.id, "2026-01", await tokenFor("SECRETARY", rawId(cell.id)));
    expect(secretary.roll.collected).toBe(50_000);
    const own = await gql(
      `query ($me: ID!, $other: ID!) {
        me: person(id: $me) { duesMonths(year: 2026) { month owed paid } }
        other: person(id: $other) { duesMonths(year: 2026) { month } }
      }`,
      { me: member, other },
      ownToken,
    );
    expect(own.data?.me.duesMonths[0]).toEqual({ month: "2026-01", owed: 50_000, paid: 50_000 });
    expect(own.data?.other.duesMonths).toBeNull();
    expect(codes(own)).toEqual(["FORBIDDEN"]);
  });

  it("owes a month to the cell the member belongs to at its end: a transfer in mid-month pays the new cell", async () => {
    const { cell, members } = await cellWithMembers("Chuyển sinh hoạt", 1);
    const [member] = members as [string];
    const receiving = await cellWithMembers("Chi bộ nhận", 0);
    const version = (
      await gql(`query ($id: ID!) { person(id: $id) { version } }`, { id: member }, await tokenFor("ADMIN"))
    ).data?.person.version;
    const moved = await mutate(
      "transferMember",
      { personId: member, toCellId: receiving.cell.id, on: "2026-04-15", expectedVersion: version },
      "person { id }",
    );
    expect(moved.data?.transferMember.errors).toEqual([]);
    await salaryOf(member, 5_000_000);
    const toOld = await pay(cell.id, member, ["2026-04"], 50_000);
    expect(payloadCodes(toOld.data?.recordDuesPayment)).toEqual(["NOT_A_MEMBER_THAT_MONTH"]);
    const toNew = await pay(receiving.cell.id, member, ["2026-04"], 50_000);
    expect(toNew.data?.recordDuesPayment.errors).toEqual([]);
    const march = await pay(cell.id, member, ["2026-03"], 50_000);
    expect(march.data?.recordDuesPayment.errors).toEqual([]);
  });
});

describe("the dues book of a month, printable and CSV", () => {
  it("prints each member's line and the month's receipts for the cell's writers", async () => {
    const { cell, members } = await cellWithMembers("Sổ đảng phí", 1);
    const [member] = members as [string];
    await salaryOf(member, 8_450_050);
    await pay(cell.id, member, ["2026-05"], 84_501);
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const page = await download(`/cells/${rawId(cell.id)}/dues/2026-05`, secretary);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("SỔ THU NỘP ĐẢNG PHÍ");
    expect(html).toContain("84.501");
    expect(html).toContain("1/2026");
    const csv = await download(`/cells/${rawId(cell.id)}/dues/2026-05.csv`, secretary);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Họ và tên,Diện đóng,Phải đóng tháng 2026-05 (đồng),Đã đóng (đồng),Còn thiếu (đồng)",
    );
    expect(lines[1]).toMatch(
      /^Thành viên 1 .*,Tham gia bảo hiểm xã hội bắt buộc \(theo tiền lương đóng BHXH\),84501,84501,0$/,
    );
    const asMember = await download(
      `/cells/${rawId(cell.id)}/dues/2026-05`,
      await tokenFor("MEMBER", rawId(cell.id)),
    );
    expect(asMember.status).toBe(403);
    expect((await download(`/cells/${rawId(cell.id)}/dues/2026-13`, secretary)).status).toBe(400);
  });
});
