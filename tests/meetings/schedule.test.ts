import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  createDocument,
  DEMO,
  globalId,
  gql,
  heldMeeting,
  mutate,
  mutationCodes,
  scheduleMeeting,
} from "../helpers";

const MEETING = "meeting { id version status qualityChecks { criterion met detail } }";

describe("scheduling and recording meetings", () => {
  it("refuses dates in the wrong order, a held meeting without times, and officers from outside", async () => {
    const { cell, members } = await cellWithMembers("Lịch họp", 1);
    const reversed = await mutate(
      "scheduleMeeting",
      {
        cellId: cell.id,
        kind: "REGULAR",
        title: "X",
        scheduledStart: "2024-05-06T16:00:00+07:00",
        scheduledEnd: "2024-05-06T14:00:00+07:00",
      },
      MEETING,
    );
    expect(mutationCodes(reversed, "scheduleMeeting")).toEqual(["INVALID_DATE_RANGE"]);
    const outsider = await mutate(
      "scheduleMeeting",
      {
        cellId: cell.id,
        kind: "REGULAR",
        title: "X",
        scheduledStart: "2024-05-06T14:00:00+07:00",
        scheduledEnd: "2024-05-06T16:00:00+07:00",
        secretaryId: globalId("Person", DEMO.secretary),
      },
      MEETING,
    );
    expect(mutationCodes(outsider, "scheduleMeeting")).toEqual(["NOT_AN_ATTENDEE"]);
    const meeting = await scheduleMeeting({
      cellId: cell.id,
      kind: "REGULAR",
      title: "Tháng 5",
      scheduledStart: "2024-05-06T14:00:00+07:00",
      scheduledEnd: "2024-05-06T16:00:00+07:00",
      secretaryId: members[0],
      chairId: globalId("Person", DEMO.secretary),
      guests: [{ personId: globalId("Person", DEMO.secretary), capacity: "Đảng ủy viên, dự và chỉ đạo" }],
    });
    const guests = await gql(
      `query ($id: ID!) { meeting(id: $id) { chair { id } guests { name capacity person { id } } } }`,
      { id: meeting.id },
      await adminToken(),
    );
    expect(guests.data?.meeting).toEqual({
      chair: { id: globalId("Person", DEMO.secretary) },
      guests: [
        {
          name: "Nguyễn Tiến Hạnh",
          capacity: "Đảng ủy viên, dự và chỉ đạo",
          person: { id: globalId("Person", DEMO.secretary) },
        },
      ],
    });
    const noTimes = await mutate(
      "updateMeeting",
      { meetingId: meeting.id, expectedVersion: meeting.version, status: "HELD" },
      MEETING,
    );
    expect(mutationCodes(noTimes, "updateMeeting")).toEqual(["ACTUAL_TIMES_REQUIRED"]);
    const backwards = await mutate(
      "updateMeeting",
      {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        actualStart: "2024-05-06T15:00:00+07:00",
        actualEnd: "2024-05-06T14:00:00+07:00",
      },
      MEETING,
    );
    expect(mutationCodes(backwards, "updateMeeting")).toEqual(["INVALID_DATE_RANGE"]);
    const notMinutes = await createDocument({
      type: "REPORT",
      title: "Báo cáo",
      issuerId: cell.id,
      issuedOn: "2024-05-06",
    });
    const wrongType = await mutate(
      "updateMeeting",
      { meetingId: meeting.id, expectedVersion: meeting.version, minutesDocumentId: notMinutes.id },
      MEETING,
    );
    expect(mutationCodes(wrongType, "updateMeeting")).toEqual(["WRONG_DOCUMENT_TYPE"]);
    const stale = await mutate(
      "updateMeeting",
      { meetingId: meeting.id, expectedVersion: meeting.version + 5, title: "Y" },
      MEETING,
    );
    expect(mutationCodes(stale, "updateMeeting")).toEqual(["CONFLICT"]);
  });

  it("shows which quality criteria a held regular meeting met and which it did not", async () => {
    const { cell, members } = await cellWithMembers("Chất lượng", 7);
    const statuses = members.map((id, index): [string, string] => [
      id,
      index === 0 ? "ABSENT_UNEXCUSED" : "PRESENT",
    ]);
    const held = await heldMeeting(cell.id, "2024-09-09", statuses);
    const minutes = await createDocument({
      type: "MINUTES",
      title: "Biên bản",
      issuerId: cell.id,
      issuedOn: "2024-09-09",
    });
    const result = await mutate(
      "updateMeeting",
      {
        meetingId: held.id,
        expectedVersion: held.version,
        actualStart: "2024-09-09T14:20:00+07:00",
        actualEnd: "2024-09-09T15:30:00+07:00",
        minutesDocumentId: minutes.id,
        contentPrepared: true,
        membersWhoSpoke: 4,
        agenda: [
          { kind: "REPORT_DISCUSSION", title: "Kết quả tháng 8", covered: true },
          { kind: "OTHER", title: "Việc khác", covered: false },
        ],
      },
      MEETING,
    );
    expect(result.data?.updateMeeting.errors).toEqual([]);
    const checks = Object.fromEntries(
      result.data?.updateMeeting.meeting.qualityChecks.map((c: any) => [c.criterion, c.met]),
    );
    expect(checks).toEqual({
      ATTENDANCE_ABOVE_85: true,
      NO_UNEXCUSED_ABSENCE: false,
      NO_REPEATED_ABSENCE: true,
      CONTENT_PREPARED: true,
      DRAFT_RESOLUTION_PREPARED: null,
      STARTED_ON_TIME: false,
      FULL_AGENDA_COVERED: false,
      LONG_ENOUGH: false,
      MANY_MEMBERS_SPOKE: true,
      MINUTES_RECORDED: true,
    });
  });

  it("links a congress to the term it elected, and refuses another kind of meeting", async () => {
    const { cell } = await cellWithMembers("Đại hội", 1);
    const term = await mutate(
      "createTerm",
      { cellId: cell.id, startsOn: "2025-06", endsOn: "2027-12" },
      "term { id }",
    );
    const termId = term.data?.createTerm.term.id;
    const regular = await heldMeeting(cell.id, "2025-06-02", []);
    const wrong = await mutate("linkTermToCongress", { termId, meetingId: regular.id }, "meeting { id }");
    expect(mutationCodes(wrong, "linkTermToCongress")).toEqual(["NOT_A_CONGRESS"]);
    const congress = await heldMeeting(cell.id, "2025-06-10", [], "CONGRESS");
    const linked = await mutate(
      "linkTermToCongress",
      { termId, meetingId: congress.id },
      "meeting { electedTerms { id } }",
    );
    expect(linked.data?.linkTermToCongress.meeting.electedTerms).toEqual([{ id: termId }]);
  });
});

describe("what a meeting rests on and who spoke", () => {
  const PROCEEDINGS =
    "meeting { version basisDocuments { number } speeches { position name person { id } agendaPosition summary } qualityChecks { criterion met } }";

  it("records the basis documents and the speeches, counting the members who spoke, and refuses an absent speaker", async () => {
    const { cell, members } = await cellWithMembers("Phát biểu", 3);
    const [a, b, c] = members as [string, string, string];
    const meeting = await heldMeeting(cell.id, "2024-06-03", [
      [a, "PRESENT"],
      [b, "PRESENT"],
      [c, "ABSENT_EXCUSED"],
    ]);
    const version = async () =>
      (
        await gql(
          "query ($id: ID!) { node(id: $id) { ... on Meeting { version } } }",
          { id: meeting.id },
          await adminToken(),
        )
      ).data?.node.version;
    const absent = await mutate(
      "updateMeeting",
      {
        meetingId: meeting.id,
        expectedVersion: await version(),
        speeches: [{ personId: c, summary: "Ý kiến" }],
      },
      PROCEEDINGS,
    );
    expect(absent.errors).toBeUndefined();
    expect(mutationCodes(absent, "updateMeeting")).toEqual(["SPEAKER_ABSENT"]);
    const recorded = await mutate(
      "updateMeeting",
      {
        meetingId: meeting.id,
        expectedVersion: await version(),
        agenda: [{ kind: "REPORT_DISCUSSION", title: "Kiểm điểm tháng 5" }],
        basisDocumentIds: [globalId("Document", DEMO.directive10), globalId("Document", DEMO.conclusion18)],
        speeches: [
          { personId: a, agendaPosition: 1, summary: "Báo cáo kết quả tháng 5" },
          { personId: b, agendaPosition: 1 },
          { name: "Đồng chí đại diện Đảng ủy cấp trên", summary: "Chỉ đạo" },
        ],
      },
      PROCEEDINGS,
    );
    expect(recorded.data?.updateMeeting.errors).toEqual([]);
    const written = recorded.data?.updateMeeting.meeting;
    expect(written.basisDocuments.map((document: any) => document.number)).toEqual(["10-CT/TW", "18-KL/TW"]);
    const spoke = written.qualityChecks.find((check: any) => check.criterion === "MANY_MEMBERS_SPOKE");
    expect(spoke.met).not.toBeNull();
    expect(
      written.speeches.map((speech: any) => [speech.position, speech.person?.id ?? speech.name]),
    ).toEqual([
      [1, a],
      [2, b],
      [3, "Đồng chí đại diện Đảng ủy cấp trên"],
    ]);
    expect(written.speeches[1].name).toMatch(/^Thành viên 2 /);
  });
});
