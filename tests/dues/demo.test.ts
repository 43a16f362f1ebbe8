import { describe, expect, it } from "vitest";
import { ILLUSTRATION, ILLUSTRATION_CELL } from "../../scripts/demo-member-files";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

describe("the demo's dues", () => {
  it("keeps the seed cell's 2017 book: each month paid, closed and remitted; the report's dues line", async () => {
    const result = await gql(
      `query ($cell: ID!) {
        cell(id: $cell) {
          december: duesRoll(month: "2017-12") { closed owed collected lines { owed paid } }
          june: duesRoll(month: "2017-06") { lines { person { fullName } owed } }
          duesRemittances(year: 2017) { collected retained remitted }
          duesSettings { retainedBasisPoints }
        }
        annualReport(cellId: $cell, year: 2017) { dues { collected retained remitted membersUpForRemoval } }
      }`,
      { cell: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const { cell, annualReport } = result.data as Record<string, any>;
    // Twelve members in December: the secretary (1% of 8,000,000), ten at 1% of 5,000,000, the probationary member.
    expect(cell.december).toMatchObject({ closed: true, owed: 80_000 + 11 * 50_000, collected: 630_000 });
    expect(cell.december.lines).toHaveLength(12);
    expect(cell.june.lines.find((line: any) => line.person.fullName === "Đảng viên 11")?.owed).toBe(50_000);
    expect(cell.duesRemittances).toHaveLength(12);
    for (const remittance of cell.duesRemittances) {
      expect(remittance.retained + remittance.remitted).toBe(remittance.collected);
    }
    const collected = cell.duesRemittances.reduce((sum: number, row: any) => sum + row.collected, 0);
    expect(annualReport.dues).toEqual({
      collected,
      retained: cell.duesRemittances.reduce((sum: number, row: any) => sum + row.retained, 0),
      remitted: cell.duesRemittances.reduce((sum: number, row: any) => sum + row.remitted, 0),
      membersUpForRemoval: 0,
    });
    expect(collected).toBe(5 * 580_000 + 7 * 630_000);
  });

  it("shows, in the illustration cell, a member behind with 2026's dues and one whose reason is recorded", async () => {
    const result = await gql(
      `query ($cell: ID!) { duesArrears(cellId: $cell, on: "2026-11-30") {
        person { id } unpaidMonths consideredForRemoval reason } }`,
      { cell: globalId("Cell", ILLUSTRATION_CELL.id) },
      await tokenFor("SECRETARY", ILLUSTRATION_CELL.id),
    );
    expect(result.data?.duesArrears).toEqual([
      {
        person: { id: globalId("Person", ILLUSTRATION.readmitted) },
        unpaidMonths: ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
        consideredForRemoval: true,
        reason: null,
      },
      {
        person: { id: globalId("Person", ILLUSTRATION.earlyAward) },
        unpaidMonths: ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
        consideredForRemoval: false,
        reason: "Điều trị bệnh dài ngày, chi bộ đã xem xét",
      },
    ]);
  });
});
