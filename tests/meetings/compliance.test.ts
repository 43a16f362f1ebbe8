import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  createBranch,
  createCell,
  gql,
  heldMeeting,
  mutate,
  tokenFor,
} from "../helpers";

const COMPLIANCE = `query ($id: ID!, $year: Int!) { cell(id: $id) { meetingCompliance(year: $year) {
  cellCount attendanceRate
  cells { cell { id } monthsWithoutRegularMeeting quartersWithoutThematicMeeting attendanceRate membersAbsentThreeInARow { id } fallsShort }
  cellsFallingShort { cell { id } }
} } }`;

describe("meeting compliance", () => {
  it("finds the months without a regular meeting, the quarters without a thematic one and repeated absences", async () => {
    const { cell, committee, members, unique } = await cellWithMembers("Tuân thủ", 2);
    const [a, b] = members as [string, string];
    const months = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const month of months) {
      const day = `2023-${String(month).padStart(2, "0")}-10`;
      const absent = month >= 5 && month <= 7;
      await heldMeeting(cell.id, day, [
        [a, "PRESENT"],
        [b, absent ? "ABSENT_EXCUSED" : "PRESENT"],
      ]);
    }
    await heldMeeting(cell.id, "2023-02-20", [], "THEMATIC");
    await heldMeeting(cell.id, "2023-11-20", [], "THEMATIC");

    const second = await createCell({
      name: `Chi bộ đủ ${unique}`,
      kind: "SUBORDINATE_CELL",
      parentId: committee.id,
    });
    const token = await tokenFor("COMMITTEE", atob(committee.id).split(":")[1] ?? null);
    const result = await gql(COMPLIANCE, { id: cell.id, year: 2023 }, token);
    expect(result.errors).toBeUndefined();
    const own = result.data?.cell.meetingCompliance.cells[0];
    expect(own).toEqual({
      cell: { id: cell.id },
      monthsWithoutRegularMeeting: [4],
      quartersWithoutThematicMeeting: [2, 3],
      attendanceRate: 19 / 22,
      membersAbsentThreeInARow: [{ id: b }],
      fallsShort: true,
    });

    const rollup = await gql(COMPLIANCE, { id: committee.id, year: 2023 }, token);
    const compliance = rollup.data?.cell.meetingCompliance;
    expect(compliance.cellCount).toBe(2);
    expect(compliance.cellsFallingShort.map((c: any) => c.cell.id).sort()).toEqual(
      [cell.id, second.id].sort(),
    );
    const empty = compliance.cells.find((c: any) => c.cell.id === second.id);
    expect(empty.monthsWithoutRegularMeeting).toHaveLength(12);
  });

  it("judges a cell founded or dissolved during the year only on the months and quarters it existed for", async () => {
    const { committee, cell: dissolved, unique } = await createBranch("Thành lập giải thể");
    const founded = await createCell({
      name: `Chi bộ mới ${unique}`,
      kind: "SUBORDINATE_CELL",
      parentId: committee.id,
      foundedOn: "2023-05-10",
    });
    const day = (month: number, date: number) => `2023-${String(month).padStart(2, "0")}-${date}`;
    for (const month of [6, 7, 8, 9, 11, 12]) await heldMeeting(founded.id, day(month, 10), []);
    await heldMeeting(founded.id, day(8, 20), [], "THEMATIC");
    for (const month of [1, 2, 3, 4, 5, 6, 7]) await heldMeeting(dissolved.id, day(month, 10), []);
    await heldMeeting(dissolved.id, day(2, 20), [], "THEMATIC");
    await heldMeeting(dissolved.id, day(5, 20), [], "THEMATIC");
    const dissolution = await mutate(
      "dissolveCell",
      { cellId: dissolved.id, dissolvedOn: "2023-08-15", expectedVersion: 1 },
      "cell { id }",
    );
    expect(dissolution.data?.dissolveCell.errors).toEqual([]);

    const result = await gql(COMPLIANCE, { id: committee.id, year: 2023 }, await adminToken());
    expect(result.errors).toBeUndefined();
    const compliance = result.data?.cell.meetingCompliance;
    const judged = (id: string) => compliance.cells.find((c: any) => c.cell.id === id);
    // Founded on 10 May: judged from June (October is missing) and from the third quarter (the fourth is).
    expect(judged(founded.id)).toMatchObject({
      monthsWithoutRegularMeeting: [10],
      quartersWithoutThematicMeeting: [4],
      fallsShort: true,
    });
    // Dissolved on 15 August: judged through July and the second quarter, all held.
    expect(judged(dissolved.id)).toMatchObject({
      monthsWithoutRegularMeeting: [],
      quartersWithoutThematicMeeting: [],
      fallsShort: false,
    });
    expect(compliance.cellsFallingShort).toEqual([{ cell: { id: founded.id } }]);
  });

  it("counts, at each regular meeting, the members absent three times in a row up to that day", async () => {
    const { cell, members } = await cellWithMembers("Vắng liên tiếp", 2);
    const [a, b] = members as [string, string];
    const absentFrom = ["2023-02-10", "2023-03-10", "2023-04-10"];
    for (const day of ["2023-01-10", ...absentFrom, "2023-05-10"]) {
      await heldMeeting(cell.id, day, [
        [a, "PRESENT"],
        [b, absentFrom.includes(day) ? "ABSENT_UNEXCUSED" : "PRESENT"],
      ]);
    }
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) { meetings(first: 12, kind: REGULAR, status: HELD) { edges { node {
        date qualityChecks { criterion met } } } } } }`,
      { id: cell.id },
      await adminToken(),
    );
    expect(result.errors).toBeUndefined();
    const noRepeatedAbsence = Object.fromEntries(
      result.data?.cell.meetings.edges.map((edge: any) => [
        edge.node.date,
        edge.node.qualityChecks.find((check: any) => check.criterion === "NO_REPEATED_ABSENCE").met,
      ]),
    );
    // The third absence in a row is April's; a meeting does not see the absences after it, May's presence ends the run.
    expect(noRepeatedAbsence).toEqual({
      "2023-01-10": true,
      "2023-02-10": true,
      "2023-03-10": true,
      "2023-04-10": false,
      "2023-05-10": true,
    });
  });

  it("costs the same number of D1 round trips whatever the size of the subtree", async () => {
    const token = await adminToken();
    const small = await gql(COMPLIANCE, { id: btoa("Cell:demo-office-committee"), year: 2017 }, token);
    const large = await gql(COMPLIANCE, { id: btoa("Cell:demo-bloc-committee"), year: 2017 }, token);
    expect(small.errors).toBeUndefined();
    expect((large as any).extensions.d1RoundTrips).toBe((small as any).extensions.d1RoundTrips);
  });

  it("refuses a committee's rollup to readers of another branch", async () => {
    const mine = await cellWithMembers("Quyền tuân thủ", 1);
    const other = await cellWithMembers("Nhánh khác", 1);
    const result = await gql(
      COMPLIANCE,
      { id: mine.committee.id, year: 2023 },
      await tokenFor("MEMBER", atob(other.cell.id).split(":")[1] ?? null),
    );
    expect(result.data?.cell.meetingCompliance).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
