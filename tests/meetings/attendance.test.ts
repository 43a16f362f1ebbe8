import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  gql,
  heldMeeting,
  mutate,
  mutationCodes,
  rawId,
  scheduleMeeting,
  tokenFor,
} from "../helpers";

function isoIn(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

describe("check-in", () => {
  it("lets a member check in to their own cell's meeting while it runs, and nowhere else", async () => {
    const mine = await cellWithMembers("Điểm danh", 2);
    const other = await cellWithMembers("Điểm danh khác", 1);
    const running = await scheduleMeeting({
      cellId: mine.cell.id,
      kind: "REGULAR",
      title: "Đang họp",
      scheduledStart: isoIn(-10),
      scheduledEnd: isoIn(80),
    });
    const later = await scheduleMeeting({
      cellId: mine.cell.id,
      kind: "REGULAR",
      title: "Tuần sau",
      scheduledStart: isoIn(7 * 1440),
      scheduledEnd: isoIn(7 * 1440 + 120),
    });
    const elsewhere = await scheduleMeeting({
      cellId: other.cell.id,
      kind: "REGULAR",
      title: "Chi bộ khác",
      scheduledStart: isoIn(-10),
      scheduledEnd: isoIn(80),
    });
    const member = await tokenFor("MEMBER", rawId(mine.cell.id), {
      personId: rawId(mine.members[0] as string),
    });

    const ok = await mutate(
      "checkIn",
      { meetingId: running.id },
      "meeting { attendance { person { id } status history { source } } }",
      member,
    );
    expect(ok.data?.checkIn.errors).toEqual([]);
    const me = ok.data?.checkIn.meeting.attendance.find((a: any) => a.person.id === mine.members[0]);
    expect(me).toMatchObject({ status: "PRESENT", history: [{ source: "CHECK_IN" }] });

    expect(
      mutationCodes(await mutate("checkIn", { meetingId: later.id }, "meeting { id }", member), "checkIn"),
    ).toEqual(["CHECK_IN_CLOSED"]);
    expect(
      mutationCodes(
        await mutate("checkIn", { meetingId: elsewhere.id }, "meeting { id }", member),
        "checkIn",
      ),
    ).toEqual(["NOT_AN_ATTENDEE"]);
    const noPerson = await mutate(
      "checkIn",
      { meetingId: running.id },
      "meeting { id }",
      await tokenFor("MEMBER", rawId(mine.cell.id)),
    );
    expect(mutationCodes(noPerson, "checkIn")).toEqual(["NO_PERSON"]);
  });
});

describe("attendance records", () => {
  it("keeps every correction and derives the figures and the vote denominator", async () => {
    const { cell, members, unique } = await cellWithMembers("Sổ điểm danh", 4);
    const probationary = await mutate(
      "createCandidate",
      { fullName: `Dự bị ${unique}`, cellId: cell.id },
      "person { id }",
    );
    const probationaryId = probationary.data?.createCandidate.person.id;
    await mutate("admitMember", { personId: probationaryId, admittedOn: "2024-01-15" }, "person { id }");
    const [a, b, c, d] = members as [string, string, string, string];
    const meeting = await heldMeeting(cell.id, "2024-05-06", [
      [a, "PRESENT"],
      [b, "ABSENT_EXCUSED"],
      [c, "ABSENT_UNEXCUSED"],
      [d, "EXEMPTED"],
      [probationaryId, "PRESENT"],
    ]);
    const corrected = await mutate(
      "recordAttendance",
      {
        meetingId: meeting.id,
        entries: [{ personId: c, status: "ABSENT_EXCUSED", note: "Đi công tác, đã báo" }],
      },
      `meeting { attendanceSummary {
        expected attendanceRate membersWhoCount voters
        all { present absentExcused absentUnexcused exempted notRecorded }
        official { present } probationary { present }
      } attendance { person { id } partyStatusThen status history { status } } }`,
    );
    expect(corrected.data?.recordAttendance.errors).toEqual([]);
    const summary = corrected.data?.recordAttendance.meeting.attendanceSummary;
    expect(summary).toEqual({
      expected: 5,
      attendanceRate: 0.5,
      membersWhoCount: 1,
      voters: 1,
      all: { present: 2, absentExcused: 2, absentUnexcused: 0, exempted: 1, notRecorded: 0 },
      official: { present: 1 },
      probationary: { present: 1 },
    });
    const cRecord = corrected.data?.recordAttendance.meeting.attendance.find((x: any) => x.person.id === c);
    expect(cRecord.history.map((h: any) => h.status)).toEqual(["ABSENT_UNEXCUSED", "ABSENT_EXCUSED"]);
    const pRecord = corrected.data?.recordAttendance.meeting.attendance.find(
      (x: any) => x.person.id === probationaryId,
    );
    expect(pRecord.partyStatusThen).toBe("PROBATIONARY");
  });

  it("refuses a record for someone who is not a member on the meeting's day, and writes nothing", async () => {
    const { cell, members } = await cellWithMembers("Ngoài danh sách", 1);
    const other = await cellWithMembers("Người ngoài", 1);
    const meeting = await heldMeeting(cell.id, "2024-05-06", []);
    const result = await mutate(
      "recordAttendance",
      {
        meetingId: meeting.id,
        entries: [
          { personId: members[0], status: "PRESENT" },
          { personId: other.members[0], status: "PRESENT" },
        ],
      },
      "meeting { id }",
    );
    expect(mutationCodes(result, "recordAttendance")).toEqual(["NOT_AN_ATTENDEE"]);
    const after = await gql(
      `query ($id: ID!) { meeting(id: $id) { attendanceSummary { all { notRecorded } } } }`,
      { id: meeting.id },
      await adminToken(),
    );
    expect(after.data?.meeting.attendanceSummary.all.notRecorded).toBe(1);
  });
});

describe("the attendance rate, one definition for a meeting and its cell's year", () => {
  it("counts the records that are not exemptions, and has no rate before any record", async () => {
    const { cell, members } = await cellWithMembers("Tỷ lệ dự họp", 4);
    const [a, b, c] = members as [string, string, string];
    const partly = await heldMeeting(cell.id, "2022-03-10", [
      [a, "PRESENT"],
      [b, "ABSENT_UNEXCUSED"],
      [c, "EXEMPTED"],
    ]);
    const unrecorded = await heldMeeting(cell.id, "2022-04-10", []);
    const read = await gql(
      `query ($partly: ID!, $unrecorded: ID!, $cell: ID!) {
        partly: node(id: $partly) { ... on Meeting { attendanceSummary { attendanceRate all { notRecorded } } } }
        unrecorded: node(id: $unrecorded) { ... on Meeting { attendanceSummary { attendanceRate } } }
        cell: node(id: $cell) { ... on Cell { meetingCompliance(year: 2022) { attendanceRate } } }
      }`,
      { partly: partly.id, unrecorded: unrecorded.id, cell: cell.id },
      await adminToken(),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.partly.attendanceSummary).toEqual({ attendanceRate: 0.5, all: { notRecorded: 1 } });
    expect(read.data?.unrecorded.attendanceSummary.attendanceRate).toBeNull();
    expect(read.data?.cell.meetingCompliance.attendanceRate).toBe(0.5);
  });
});

describe("nothing is recorded as having happened in the future", () => {
  it("refuses attendance before the meeting opens and 'held' before it is over", async () => {
    const { cell, members } = await cellWithMembers("Chưa họp", 1);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const meeting = await scheduleMeeting({
      cellId: cell.id,
      kind: "REGULAR",
      title: "Sinh hoạt ngày mai",
      scheduledStart: `${tomorrow}T14:00:00+07:00`,
      scheduledEnd: `${tomorrow}T16:00:00+07:00`,
    });
    const attendance = await mutate(
      "recordAttendance",
      { meetingId: meeting.id, entries: [{ personId: members[0], status: "PRESENT" }] },
      "meeting { id }",
    );
    expect(attendance.data?.recordAttendance.errors.map((error: any) => error.code)).toEqual([
      "NOT_YET_HAPPENED",
    ]);
    const held = await mutate(
      "updateMeeting",
      {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        status: "HELD",
        actualStart: `${tomorrow}T14:00:00+07:00`,
        actualEnd: `${tomorrow}T16:00:00+07:00`,
      },
      "meeting { id }",
    );
    expect(held.data?.updateMeeting.errors.map((error: any) => error.code)).toEqual(["NOT_YET_HAPPENED"]);
  });
});

describe("everyone present except …", () => {
  it("records the others present in one request, and never overwrites a record already made", async () => {
    const { cell, members } = await cellWithMembers("Có mặt trừ", 3);
    const [a, b, c] = members as [string, string, string];
    const meeting = await heldMeeting(cell.id, "2023-03-10", [[c, "EXEMPTED"]]);
    const recorded = await mutate(
      "recordAttendance",
      {
        meetingId: meeting.id,
        entries: [{ personId: b, status: "ABSENT_EXCUSED", note: "Đi công tác" }],
        othersPresent: true,
      },
      "meeting { attendance { person { id } status } }",
    );
    expect(recorded.data?.recordAttendance.errors).toEqual([]);
    const statusOf = (id: string) =>
      recorded.data?.recordAttendance.meeting.attendance.find((row: any) => row.person.id === id)?.status;
    expect([statusOf(a), statusOf(b), statusOf(c)]).toEqual(["PRESENT", "ABSENT_EXCUSED", "EXEMPTED"]);
  });
});
