import { describe, expect, it } from "vitest";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

describe("the demo's announcement", () => {
  it("is the bloc committee's, half read in the seed cell, with the resolution sent along", async () => {
    const announcement = globalId("Announcement", "demo-announcement-resolution-02");
    const committee = await gql(
      `query ($id: ID!, $cell: ID!) {
        node(id: $id) { ... on Announcement { title acknowledgeBy documents { id } tally { delivered read acknowledged } } }
        cell(id: $cell) { announcementTallies(first: 1) { edges { node { delivered read acknowledged
          receipts(unreadOnly: true) { totalCount } } } } }
      }`,
      { id: announcement, cell: globalId("Cell", DEMO.cell) },
      await tokenFor("COMMITTEE", DEMO.bloc),
    );
    expect(committee.errors).toBeUndefined();
    const { node, cell } = committee.data as Record<string, any>;
    expect(node).toMatchObject({
      acknowledgeBy: "2026-12-20",
      documents: [{ id: globalId("Document", DEMO.resolution02) }],
    });
    expect(node.tally.delivered).toBeGreaterThanOrEqual(12);
    expect(node.tally).toMatchObject({ read: 6, acknowledged: 3 });
    expect(cell.announcementTallies.edges).toEqual([
      { node: { delivered: 12, read: 6, acknowledged: 3, receipts: { totalCount: 6 } } },
    ]);

    const secretary = await gql(
      "{ inbox { unreadCount announcements { edges { node { readAt announcement { title } } } } } }",
      {},
      await tokenFor("MEMBER", DEMO.cell, { personId: DEMO.secretary }),
    );
    expect(secretary.data?.inbox.announcements.edges).toHaveLength(2);
  });

  it("has a study of the resolution under way: four of the seed cell have recorded it", async () => {
    const report = await gql(
      `query ($cell: ID!) { annualReport(cellId: $cell, year: 2026) {
        studies { study { kind acknowledgeBy documents { id } } members studied }
      } }`,
      { cell: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.annualReport.studies).toEqual([
      {
        study: {
          kind: "STUDY",
          acknowledgeBy: "2026-12-31",
          documents: [{ id: globalId("Document", DEMO.resolution02) }],
        },
        members: 12,
        studied: 4,
      },
    ]);
  });
});

describe("the demo's next meeting", () => {
  it("has five members attending, two excused with their reason, the others still to answer", async () => {
    const result = await gql(
      `query ($id: ID!) { meeting(id: $id) { status invitationAnswers { response reason } notAnswered { id } } }`,
      { id: globalId("Meeting", "demo-meeting-regular-2027-01") },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const meeting = result.data?.meeting;
    expect(meeting.status).toBe("SCHEDULED");
    const responses = meeting.invitationAnswers.map((answer: { response: string }) => answer.response);
    expect(responses.filter((response: string) => response === "ATTENDING")).toHaveLength(5);
    expect(
      meeting.invitationAnswers.filter((answer: { reason: string | null }) => answer.reason),
    ).toHaveLength(2);
    expect(meeting.notAnswered).toHaveLength(5);
  });
});
