import { describe, expect, it } from "vitest";
import {
  cellWithMembers,
  codes,
  createBranch,
  download,
  gql,
  mutate,
  payloadCodes,
  rawId,
  tokenFor,
} from "../helpers";

const pay = (cellId: string, personId: string, months: string[], amount: number) =>
  mutate("recordDuesPayment", { cellId, personId, paidOn: "2026-06-05", months, amount }, "entry { id }");

const SUMMARY = `query ($id: ID!) { node(id: $id) { ... on Cell { duesSummary(year: 2026) {
  total { collected retained remitted notRemitted }
  months { month collected retained remitted }
  children { organization { id } total { collected retained remitted } }
} } } }`;

async function summaryOf(id: string) {
  return (await gql(SUMMARY, { id }, await tokenFor("ADMIN"))).data?.node.duesSummary;
}

describe("remitting dues to the level above", () => {
  it("keeps the committee's share and remits the rest of a closed month, once; the committee sees its subtree", async () => {
    const { cell, committee, members } = await cellWithMembers("Nộp cấp trên", 2);
    const [first, second] = members as [string, string];
    for (const member of [first, second]) {
      await mutate(
        "setDuesBasis",
        { personId: member, fromMonth: "2026-01", category: "PENSION", figure: 7_000_000 },
        "person { id }",
      );
    }
    await pay(cell.id, first, ["2026-03"], 35_000);
    await pay(cell.id, second, ["2026-03"], 35_001);

    const remit = () =>
      mutate(
        "recordDuesRemittance",
        { cellId: cell.id, month: "2026-03", remittedOn: "2026-04-10" },
        "remittance { firstMonth lastMonth collected retained remitted }",
      );
    expect(payloadCodes((await remit()).data?.recordDuesRemittance)).toEqual(["DUES_SHARE_NOT_SET"]);
    const bySecretary = await mutate(
      "setDuesSettings",
      { cellId: cell.id, retainedBasisPoints: 3_000, remitEvery: "MONTH" },
      "cell { id }",
      await tokenFor("SECRETARY", rawId(cell.id)),
    );
    expect(codes(bySecretary)).toEqual(["FORBIDDEN"]);
    const set = await mutate(
      "setDuesSettings",
      { cellId: cell.id, retainedBasisPoints: 3_000, remitEvery: "MONTH" },
      "cell { duesSettings { retainedBasisPoints remitEvery remitEveryLabel } }",
      await tokenFor("COMMITTEE", rawId(committee.id)),
    );
    expect(set.data?.setDuesSettings.cell.duesSettings).toEqual({
      retainedBasisPoints: 3_000,
      remitEvery: "MONTH",
      remitEveryLabel: "Hằng tháng",
    });
    expect(payloadCodes((await remit()).data?.recordDuesRemittance)).toEqual(["MONTH_NOT_CLOSED"]);
    await mutate("closeDuesMonth", { cellId: cell.id, month: "2026-03" }, "roll { closed }");
    const remitted = await remit();
    expect(remitted.data?.recordDuesRemittance.remittance).toEqual({
      firstMonth: "2026-03",
      lastMonth: "2026-03",
      collected: 70_001,
      retained: 21_000,
      remitted: 49_001,
    });
    expect(payloadCodes((await remit()).data?.recordDuesRemittance)).toEqual(["REMITTED_TWICE"]);

    await pay(cell.id, first, ["2026-04"], 35_000);
    const ofCommittee = await summaryOf(committee.id);
    expect(ofCommittee.total).toEqual({
      collected: 105_001,
      retained: 21_000,
      remitted: 49_001,
      notRemitted: 35_000,
    });
    expect(ofCommittee.months).toEqual([
      { month: "2026-03", collected: 70_001, retained: 21_000, remitted: 49_001 },
      { month: "2026-04", collected: 35_000, retained: 0, remitted: 0 },
    ]);
    expect(ofCommittee.children).toEqual([
      { organization: { id: cell.id }, total: { collected: 105_001, retained: 21_000, remitted: 49_001 } },
    ]);

    // A member reads the cell's figures, but not its dues: two members' total less one's own is the other's.
    const asMember = await gql(
      `query ($cell: ID!) {
        node(id: $cell) { ... on Cell { duesSettings { retainedBasisPoints } duesSummary(year: 2026) { year } } }
        annualReport(cellId: $cell, year: 2026) { membersAtEnd dues { collected } }
      }`,
      { cell: cell.id },
      await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(first) }),
    );
    expect(codes(asMember)).toEqual(["FORBIDDEN"]);
    expect(asMember.data?.node).toEqual({ duesSettings: { retainedBasisPoints: 3_000 }, duesSummary: null });
    expect(asMember.data?.annualReport).toEqual({ membersAtEnd: 2, dues: null });
    const remittancesAsMember = await gql(
      `query ($cell: ID!) { node(id: $cell) { ... on Cell { duesRemittances(year: 2026) { collected } } } }`,
      { cell: cell.id },
      await tokenFor("MEMBER", rawId(cell.id)),
    );
    expect(codes(remittancesAsMember)).toEqual(["FORBIDDEN"]);
    const printedForMember = await (
      await download(`/cells/${rawId(cell.id)}/reports/2026`, await tokenFor("MEMBER", rawId(cell.id)))
    ).text();
    expect(printedForMember).toContain("BÁO CÁO");
    expect(printedForMember).not.toContain("Thu, nộp đảng phí");
  });

  it("remits a quarter when the committee says so, after its three months are closed", async () => {
    const { cell, committee, members } = await cellWithMembers("Nộp theo quý", 1);
    const [member] = members as [string];
    await mutate(
      "setDuesBasis",
      { personId: member, fromMonth: "2026-01", category: "OTHER", monthlyAmount: 20_000 },
      "person { id }",
    );
    await pay(cell.id, member, ["2026-01", "2026-02", "2026-03"], 60_000);
    await mutate(
      "setDuesSettings",
      { cellId: cell.id, retainedBasisPoints: 5_000, remitEvery: "QUARTER" },
      "cell { id }",
      await tokenFor("COMMITTEE", rawId(committee.id)),
    );
    for (const month of ["2026-01", "2026-02"]) {
      await mutate("closeDuesMonth", { cellId: cell.id, month }, "roll { closed }");
    }
    const remit = () =>
      mutate(
        "recordDuesRemittance",
        { cellId: cell.id, month: "2026-02", remittedOn: "2026-04-05" },
        "remittance { firstMonth lastMonth collected retained remitted }",
      );
    expect(payloadCodes((await remit()).data?.recordDuesRemittance)).toEqual(["MONTH_NOT_CLOSED"]);
    await mutate("closeDuesMonth", { cellId: cell.id, month: "2026-03" }, "roll { closed }");
    expect((await remit()).data?.recordDuesRemittance.remittance).toEqual({
      firstMonth: "2026-01",
      lastMonth: "2026-03",
      collected: 60_000,
      retained: 30_000,
      remitted: 30_000,
    });
  });

  it("carries a moved cell's dues from the committee it leaves to the one it joins", async () => {
    const { cell, committee, members } = await cellWithMembers("Chuyển chi bộ", 1);
    const [member] = members as [string];
    await mutate(
      "setDuesBasis",
      { personId: member, fromMonth: "2026-01", category: "OTHER", monthlyAmount: 10_000 },
      "person { id }",
    );
    await pay(cell.id, member, ["2026-02"], 10_000);
    const other = await createBranch("Đảng bộ nhận");
    const version = (
      await gql(`query ($id: ID!) { cell(id: $id) { version } }`, { id: cell.id }, await tokenFor("ADMIN"))
    ).data?.cell.version;
    const moved = await mutate(
      "moveCell",
      { cellId: cell.id, newParentId: other.committee.id, expectedVersion: version },
      "cell { id }",
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    expect((await summaryOf(committee.id)).total.collected).toBe(0);
    expect((await summaryOf(other.committee.id)).total.collected).toBe(10_000);
  });
});

describe("dues arrears", () => {
  const ARREARS = `query ($cell: ID!) { duesArrears(cellId: $cell, on: "2026-06-30") {
    person { id } shortMonths unpaidMonths outstanding consideredForRemoval reason
  } }`;

  it("puts a member with three months unpaid in the year up for removal, unless a reason is recorded", async () => {
    const { cell, committee, members } = await cellWithMembers("Nợ đảng phí", 2);
    const [late, punctual] = members as [string, string];
    for (const member of [late, punctual]) {
      await mutate(
        "setDuesBasis",
        { personId: member, fromMonth: "2026-03", category: "STUDENT" },
        "person { id }",
      );
    }
    await pay(cell.id, late, ["2026-03"], 2_000);
    await pay(cell.id, punctual, ["2026-03", "2026-04", "2026-05", "2026-06"], 20_000);
    const token = await tokenFor("SECRETARY", rawId(cell.id));
    const before = await gql(ARREARS, { cell: cell.id }, token);
    expect(before.data?.duesArrears).toEqual([
      {
        person: { id: late },
        shortMonths: ["2026-03", "2026-04", "2026-05", "2026-06"],
        unpaidMonths: ["2026-04", "2026-05", "2026-06"],
        outstanding: 18_000,
        consideredForRemoval: true,
        reason: null,
      },
    ]);
    const REPORT = `query ($cell: ID!, $committee: ID!) {
      cell: annualReport(cellId: $cell, year: 2026) { dues { collected membersUpForRemoval } }
      committee: annualReport(cellId: $committee, year: 2026) { dues { collected membersUpForRemoval } }
    }`;
    const reportBefore = await gql(
      REPORT,
      { cell: cell.id, committee: committee.id },
      await tokenFor("ADMIN"),
    );
    // The punctual member paid to June only: by the year's end, both have three months unpaid.
    expect(reportBefore.data?.cell.dues).toEqual({ collected: 22_000, membersUpForRemoval: 2 });
    expect(reportBefore.data?.committee.dues).toEqual({ collected: 22_000, membersUpForRemoval: null });
    const reasoned = await mutate(
      "recordDuesArrearsReason",
      { personId: late, year: 2026, reason: "Ốm dài ngày, điều trị tại bệnh viện" },
      "person { duesArrears(year: 2026) { consideredForRemoval reason } }",
    );
    expect(reasoned.data?.recordDuesArrearsReason.person.duesArrears).toEqual({
      consideredForRemoval: false,
      reason: "Ốm dài ngày, điều trị tại bệnh viện",
    });
    const reportAfter = await gql(
      REPORT,
      { cell: cell.id, committee: committee.id },
      await tokenFor("ADMIN"),
    );
    expect(reportAfter.data?.cell.dues.membersUpForRemoval).toBe(1);
    const printed = await (await download(`/cells/${rawId(cell.id)}/reports/2026`, token)).text();
    expect(printed).toContain("5. Thu, nộp đảng phí");
    expect(printed).toMatch(/Đảng phí đã thu \(đồng\)<\/th><td>22\.000</);
    const member = await gql(ARREARS, { cell: cell.id }, await tokenFor("MEMBER", rawId(cell.id)));
    expect(codes(member)).toEqual(["FORBIDDEN"]);
    const badYear = await gql(
      `query ($id: ID!) { person(id: $id) { duesArrears(year: 99999) { outstanding } } }`,
      { id: late },
      token,
    );
    expect(codes(badYear)).toEqual(["INVALID_YEAR"]);
    const ahead = await gql(
      `query ($cell: ID!) { duesArrears(cellId: $cell, on: "2199-01-31") { outstanding } }`,
      { cell: cell.id },
      token,
    );
    expect(codes(ahead)).toEqual(["DATE_IN_FUTURE"]);
  });
});
