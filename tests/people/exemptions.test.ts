import { describe, expect, it } from "vitest";
import { cellWithMembers, heldMeeting, mutate, payloadCodes } from "../helpers";

describe("exemption from Party activities", () => {
  it("records an exempted member's absence as exempted, and no one's 'everyone present' summons them", async () => {
    const { cell, members } = await cellWithMembers("Miễn sinh hoạt", 3);
    const [a, b, c] = members as [string, string, string];
    const exempted = await mutate(
      "recordExemption",
      { personId: c, from: "2023-01-01", until: "2024-01-01", reason: "AGE" },
      "person { exemptions { from until reasonLabel } }",
    );
    expect(exempted.data?.recordExemption.person.exemptions).toEqual([
      { from: "2023-01-01", until: "2024-01-01", reasonLabel: "Tuổi cao" },
    ]);
    const during = await heldMeeting(cell.id, "2023-03-10", []);
    const recorded = await mutate(
      "recordAttendance",
      { meetingId: during.id, entries: [{ personId: b, status: "ABSENT_UNEXCUSED" }], othersPresent: true },
      "meeting { attendance { person { id } status exempted } attendanceSummary { attendanceRate membersWhoCount } }",
    );
    expect(recorded.data?.recordAttendance.errors).toEqual([]);
    const rows = recorded.data?.recordAttendance.meeting.attendance as any[];
    const of = (id: string) => rows.find((row) => row.person.id === id);
    expect([of(a).status, of(b).status, of(c).status]).toEqual(["PRESENT", "ABSENT_UNEXCUSED", "EXEMPTED"]);
    expect(of(c).exempted).toBe(true);
    // Out of the rate and of the vote's count: 1 present of 2 who count.
    expect(recorded.data?.recordAttendance.meeting.attendanceSummary).toEqual({
      attendanceRate: 0.5,
      membersWhoCount: 2,
    });

    const absentAnyway = await mutate(
      "recordAttendance",
      { meetingId: during.id, entries: [{ personId: c, status: "ABSENT_UNEXCUSED" }] },
      "meeting { attendance { person { id } status } }",
    );
    const again = ((absentAnyway.data?.recordAttendance.meeting.attendance ?? []) as any[]).find(
      (row) => row.person.id === c,
    );
    expect(again.status).toBe("EXEMPTED");

    const after = await heldMeeting(cell.id, "2024-03-10", []);
    const later = await mutate(
      "recordAttendance",
      { meetingId: after.id, entries: [], othersPresent: true },
      "meeting { attendance { person { id } status exempted } }",
    );
    const cLater = ((later.data?.recordAttendance.meeting.attendance ?? []) as any[]).find(
      (row) => row.person.id === c,
    );
    expect(cLater).toEqual({ person: { id: c }, status: "PRESENT", exempted: false });
  });

  it("refuses an overlapping exemption, an end before the start, and a person who is not a member", async () => {
    const { cell, members } = await cellWithMembers("Miễn trùng", 1);
    const [member] = members as [string];
    const exempt = async (personId: string, from: string, until?: string) =>
      (
        await mutate(
          "recordExemption",
          { personId, from, ...(until ? { until } : {}), reason: "HEALTH" },
          "person { id }",
        )
      ).data?.recordExemption;
    expect(payloadCodes(await exempt(member, "2023-01-01", "2023-06-01"))).toEqual([]);
    expect(payloadCodes(await exempt(member, "2023-05-01"))).toEqual(["EXEMPTION_OVERLAPS"]);
    expect(payloadCodes(await exempt(member, "2024-05-01", "2024-01-01"))).toEqual(["INVALID_DATE_RANGE"]);
    const candidate = await mutate(
      "createCandidate",
      { fullName: "Quần chúng miễn", cellId: cell.id },
      "person { id }",
    );
    expect(payloadCodes(await exempt(candidate.data?.createCandidate.person.id, "2023-01-01"))).toEqual([
      "NOT_A_MEMBER",
    ]);
  });
});
