import { describe, expect, it } from "vitest";
import { adminToken, cellWithMembers, createCell, gql, heldMeeting, tokenFor } from "../helpers";

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
