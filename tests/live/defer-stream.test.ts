import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO, globalId, tokenFor } from "../helpers";

/** The parts of a multipart/mixed answer (incremental delivery), parsed. */
async function incremental(query: string, variables: Record<string, unknown>, token: string) {
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "multipart/mixed",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const text = new TextDecoder().decode(await response.arrayBuffer());
  const parts = text
    .split(/\r?\n--[^\r\n]*\r?\n/)
    .map((part) => part.slice(part.search(/\r?\n\r?\n/) + 1).trim())
    .filter((part) => part.startsWith("{"))
    .map((part) => JSON.parse(part));
  return { contentType: response.headers.get("content-type"), parts };
}

describe("@defer and @stream", () => {
  it("send a report's heavy sections after its first part, in the same answer", async () => {
    const { contentType, parts } = await incremental(
      `query ($cell: ID!) { annualReport(cellId: $cell, year: 2017) {
        year
        ... @defer(label: "compliance") { meetingCompliance { cellCount } }
      } }`,
      { cell: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(contentType).toContain("multipart/mixed");
    expect(parts[0]).toMatchObject({ data: { annualReport: { year: 2017 } }, hasNext: true });
    expect(parts[0].data.annualReport.meetingCompliance).toBeUndefined();
    const deferred = parts.flatMap((part) => part.incremental ?? []);
    expect(deferred).toContainEqual(
      expect.objectContaining({ label: "compliance", data: { meetingCompliance: { cellCount: 1 } } }),
    );
    expect(parts.at(-1)?.hasNext).toBe(false);
  });

  it("stream a list item by item after the first ones", async () => {
    const { parts } = await incremental(
      `query ($cell: ID!) { cell(id: $cell) { members(on: "2017-12-31") { edges @stream(initialCount: 2) { node { fullName } } } } }`,
      { cell: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(parts[0].data.cell.members.edges).toHaveLength(2);
    const streamed = parts.flatMap((part) => part.incremental ?? []).flatMap((item: any) => item.items ?? []);
    expect(streamed.length).toBeGreaterThan(0);
  });
});
