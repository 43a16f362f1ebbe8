import { describe, expect, it } from "vitest";
import { cellWithMembers, DEMO, globalId, gql, heldMeeting, rawId, tokenFor } from "../helpers";

const MEETINGS = `query ($filter: MeetingFilter) { meetings(filter: $filter) { totalCount edges { node { id kind date guests { name capacity } } } } }`;

describe("meetings query", () => {
  it("lists the meetings a viewer may see, newest first, filtered by cell, kind and dates", async () => {
    const member = await tokenFor("MEMBER", DEMO.cell);
    const review = await gql(
      MEETINGS,
      { filter: { kind: "ANNUAL_REVIEW", from: "2017-12-01", to: "2017-12-31" } },
      member,
    );
    expect(review.data?.meetings.edges.map((e: any) => e.node.id)).toEqual([
      globalId("Meeting", DEMO.review),
    ]);
    const regular = await gql(
      MEETINGS,
      { filter: { cellId: globalId("Cell", DEMO.cell), kind: "REGULAR", to: "2017-12-31" } },
      member,
    );
    expect(regular.data?.meetings.totalCount).toBe(12);
    expect(regular.data?.meetings.edges[0].node.date).toBe("2017-12-05");
  });

  it("hides another branch's meetings from its lists", async () => {
    const { cell } = await cellWithMembers("Họp riêng", 1);
    await heldMeeting(cell.id, "2024-02-02", []);
    const outsider = await tokenFor("MEMBER", DEMO.cell);
    const listed = await gql(MEETINGS, { filter: { cellId: cell.id } }, outsider);
    expect(listed.data?.meetings.totalCount).toBe(0);
    const own = await gql(
      MEETINGS,
      { filter: { cellId: cell.id } },
      await tokenFor("MEMBER", rawId(cell.id)),
    );
    expect(own.data?.meetings.totalCount).toBe(1);
  });
});
