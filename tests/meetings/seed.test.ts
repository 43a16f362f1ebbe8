import { describe, expect, it } from "vitest";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

describe("the seed article's meetings", () => {
  it("holds the review of 23/12/2017: its four items in order, the secretary directing, members present, the draft discussed", async () => {
    const result = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Meeting {
        kind title date status chair { fullName }
        agenda { position kind title documents { title status } }
        attendanceSummary { expected attendanceRate membersWhoCount voters official { present } probationary { present } }
        decisions { motion votesFor passed }
      } } }`,
      { id: globalId("Meeting", DEMO.review) },
      await tokenFor("MEMBER", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const meeting = result.data?.node;
    expect(meeting).toMatchObject({
      kind: "ANNUAL_REVIEW",
      date: "2017-12-23",
      status: "HELD",
      chair: { fullName: "Nguyễn Tiến Hạnh" },
    });
    expect(meeting.agenda.map((item: any) => item.kind)).toEqual([
      "REPORT_DISCUSSION",
      "SELF_CRITICISM_REVIEW",
      "MEMBER_RATING",
      "MEETING_QUALITY_RATING",
    ]);
    expect(meeting.agenda[0].documents).toEqual([]);
    expect(meeting.attendanceSummary).toEqual({
      expected: 12,
      attendanceRate: 1,
      membersWhoCount: 11,
      voters: 11,
      official: { present: 11 },
      probationary: { present: 1 },
    });
    expect(meeting.decisions[0].passed).toBe(true);
  });

  it("shows the draft under item 1 to the cell's secretary, and the congress that elected the 2017–2020 term", async () => {
    const result = await gql(
      `query ($review: ID!, $cell: ID!) {
        review: node(id: $review) { ... on Meeting { agenda { documents { title status } } } }
        cell(id: $cell) {
          terms { label electedAt { kind title date } }
          meetings(kind: REGULAR, from: "2017-01-01", to: "2017-12-31") { totalCount }
          meetingCompliance(year: 2017) { cells { monthsWithoutRegularMeeting quartersWithoutThematicMeeting } }
        }
      }`,
      { review: globalId("Meeting", DEMO.review), cell: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.review.agenda[0].documents).toEqual([
      {
        title: "Báo cáo tổng kết công tác xây dựng Đảng năm 2017, phương hướng nhiệm vụ năm 2018",
        status: "DRAFT",
      },
    ]);
    expect(result.data?.cell.terms[0]).toMatchObject({ label: "2017–2020", electedAt: { kind: "CONGRESS" } });
    expect(result.data?.cell.meetings.totalCount).toBe(12);
    expect(result.data?.cell.meetingCompliance.cells[0].monthsWithoutRegularMeeting).toEqual([]);
  });
});
