import { describe, expect, it } from "vitest";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

describe("the seed's 2017 ratings and 2018 targets", () => {
  it("says what the article says: 100% good or better, 2 proposed excellent, the cell proposed clean and strong", async () => {
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) {
        ratingSummary(year: 2017) {
          members { rated goodOrBetter shareGoodOrBetter proposedExcellent decidedExcellent byLevel { code count } byStage { code count } }
          own { stage level { code label } scheme { name regulation { number } } stages { meeting { date } } }
        }
        ratingProgress(year: 2017) { stage }
      } }`,
      { id: globalId("Cell", DEMO.cell) },
      await tokenFor("MEMBER", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const summary = result.data?.cell.ratingSummary;
    expect(summary.members).toEqual({
      rated: 12,
      goodOrBetter: 12,
      shareGoodOrBetter: 1,
      proposedExcellent: 2,
      decidedExcellent: 0,
      byLevel: [
        { code: "EXCELLENT", count: 2 },
        { code: "GOOD", count: 10 },
      ],
      byStage: [{ code: "PROPOSAL", count: 12 }],
    });
    expect(summary.own).toEqual({
      stage: "SELF",
      level: { code: "CLEAN_STRONG", label: "Trong sạch, vững mạnh" },
      scheme: { name: "Hướng dẫn 27-HD/BTCTW", regulation: { number: "27-HD/BTCTW" } },
      stages: [{ meeting: { date: "2017-12-23" } }],
    });
    expect(result.data?.cell.ratingProgress.every((entry: any) => entry.stage === "PROPOSAL")).toBe(true);
  });

  it("gathers the annual report of 2017 and the 2018 directions", async () => {
    const result = await gql(
      `query ($id: ID!) { annualReport(cellId: $id, year: 2017) {
        membersAtStart membersAtEnd admissions transfersIn carriedOver reinstatements departures
        regularMeetingsHeld meetingsHeld
        ratings { members { proposedExcellent shareGoodOrBetter } own { level { code } } }
        nextYearTargets {
          admissionsMin admissionsMax recognitions registeredLevelCode registeredLabel documents { number }
          documentsProgress { status document { number } }
        }
      } }`,
      { id: globalId("Cell", DEMO.cell) },
      await tokenFor("MEMBER", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.annualReport;
    expect(report).toMatchObject({
      membersAtEnd: 12,
      admissions: 1,
      regularMeetingsHeld: 12,
      meetingsHeld: 14,
    });
    // The cell began in 2017 as its predecessor's successor: its members came with it, they did not transfer in,
    // and the year's figures add up.
    expect(report).toMatchObject({ membersAtStart: 0, carriedOver: 11, transfersIn: 0, departures: 0 });
    const { membersAtStart, admissions, transfersIn, carriedOver, reinstatements, departures } = report;
    expect(membersAtStart + admissions + transfersIn + carriedOver + reinstatements - departures).toBe(
      report.membersAtEnd,
    );
    expect(report.ratings).toEqual({
      members: { proposedExcellent: 2, shareGoodOrBetter: 1 },
      own: { level: { code: "CLEAN_STRONG" } },
    });
    expect(report.nextYearTargets).toMatchObject({
      admissionsMin: 1,
      admissionsMax: 2,
      recognitions: 1,
      registeredLevelCode: "EXCELLENT",
    });
    expect(report.nextYearTargets.documents.map((d: any) => d.number).sort()).toEqual([
      "02-NQ/ĐUK",
      "04-NQ/TW",
      "18-KL/TW",
    ]);
    expect(report.nextYearTargets.documentsProgress.map((a: any) => a.status)).toEqual([
      "IN_PROGRESS",
      "IN_PROGRESS",
      "IN_PROGRESS",
    ]);
  });
});
