import { describe, expect, it } from "vitest";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

describe("the demo's draft open for comments", () => {
  it("is the bloc committee's resolution for 2027, commented on by three of the seed cell's members", async () => {
    const committee = await gql(
      `query ($bloc: ID!) { cell(id: $bloc) { draftConsultations(first: 1) { edges { node {
        title closesOn document { status }
        comments { totalCount edges { node { section } } }
        tally { comments commenters children { edges { node { organization { id } comments } } } }
      } } } } }`,
      { bloc: globalId("Cell", DEMO.bloc) },
      await tokenFor("COMMITTEE", DEMO.bloc),
    );
    expect(committee.errors).toBeUndefined();
    const consultation = committee.data?.cell.draftConsultations.edges[0].node;
    expect(consultation).toMatchObject({
      title: "Dự thảo Nghị quyết về nhiệm vụ công tác xây dựng Đảng năm 2027",
      closesOn: "2027-01-31",
      document: { status: "DRAFT" },
      comments: { totalCount: 4 },
      tally: { comments: 4, commenters: 3 },
    });
    expect(consultation.comments.edges.map((edge: any) => edge.node.section)).toEqual([
      "II.1",
      "II.2",
      null,
      "I",
    ]);

    // The secretary (a member of the seed cell) reads the draft's text there, not the committee's draft itself.
    const member = await gql(
      `query ($bloc: ID!) { cell(id: $bloc) { draftConsultations(first: 1) { edges { node {
        body document { id } tally { comments } } } } } }`,
      { bloc: globalId("Cell", DEMO.bloc) },
      await tokenFor("MEMBER", DEMO.cell, { personId: DEMO.secretary }),
    );
    expect(member.data?.cell.draftConsultations.edges[0].node).toEqual({
      body: expect.stringContaining("II.2"),
      document: null,
      tally: null,
    });
  });
});
