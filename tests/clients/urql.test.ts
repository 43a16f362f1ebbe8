import { describe, expect, it } from "vitest";
import {
  CellPageDocument,
  CommitteeSubtreeDocument,
  RenameCellDocument,
  ScheduleMeetingDocument,
} from "../../examples/generated/graphql";
import { createChiboUrqlClient } from "../../examples/urql";
import { createBranch, globalId, workerFetch } from "../helpers";
import { committeeOfThree, meetingCount, meetingNextMonth, STRICT, secretaryOf } from "./fixtures";

function urqlAs(token: string) {
  const worker = workerFetch(STRICT);
  const client = createChiboUrqlClient({
    url: "http://chibo.test/graphql",
    token: () => token,
    fetch: worker.fetch,
  });
  return { client, worker };
}

describe("urql with Graphcache against a server in strict mode", () => {
  it("sends each query by its trusted id in one request, and merges the next page into the cached connection", async () => {
    const { committee, token } = await committeeOfThree("urql pages");
    const { client, worker } = urqlAs(token);
    const variables = { committeeId: committee.id, first: 2 };
    const first = await client.query(CommitteeSubtreeDocument, variables).toPromise();
    expect(first.error).toBeUndefined();
    expect(worker.sent).toHaveLength(1);
    const body = (await worker.sent[0]?.json()) as { query?: string; extensions: any };
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const firstPage = first.data?.cell?.descendants;
    expect(firstPage?.edges).toHaveLength(2);

    await client
      .query(CommitteeSubtreeDocument, { ...variables, after: firstPage?.pageInfo.endCursor })
      .toPromise();
    expect(worker.sent).toHaveLength(2);
    const merged = client.readQuery(CommitteeSubtreeDocument, variables)?.data;
    const ids = merged?.cell?.descendants.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toHaveLength(3);
    expect(ids.slice(0, 2)).toEqual(firstPage?.edges.map((edge) => edge.node.id));
  });

  it("retries a mutation whose answer was lost with the same Idempotency-Key, and the server writes it once", async () => {
    const { cell } = await createBranch("urql retry");
    const { client, worker } = urqlAs(await secretaryOf(cell.id));
    worker.loseNextResponse();
    const result = await client
      .mutation(ScheduleMeetingDocument, { input: meetingNextMonth(cell.id) })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.scheduleMeeting.errors).toEqual([]);
    const keys = worker.sent.map((request) => request.headers.get("idempotency-key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await meetingCount(cell.id)).toBe(1);
  });

  it("updates a cached cell from a mutation's answer, without refetching", async () => {
    const { cell } = await createBranch("urql cache");
    const { client, worker } = urqlAs(await secretaryOf(cell.id));
    const variables = { cellId: cell.id, year: new Date().getFullYear() };
    const page = await client.query(CellPageDocument, variables).toPromise();
    const renamed = await client
      .mutation(RenameCellDocument, {
        input: { cellId: cell.id, expectedVersion: page.data?.cell?.version ?? 0, name: "Chi bộ đổi tên" },
      })
      .toPromise();
    expect(renamed.data?.updateCell.errors).toEqual([]);
    expect(client.readQuery(CellPageDocument, variables)?.data?.cell?.name).toBe("Chi bộ đổi tên");
    expect(worker.sent).toHaveLength(2);
  });

  it("exposes a refusal as the library does: typed payload errors, and GraphQL errors with their code", async () => {
    const { cell } = await createBranch("urql errors");
    const { client } = urqlAs(await secretaryOf(cell.id));
    const stale = await client
      .mutation(RenameCellDocument, { input: { cellId: cell.id, expectedVersion: 99, name: "Không được" } })
      .toPromise();
    expect(stale.data?.updateCell.errors.map((error) => error.code)).toEqual(["CONFLICT"]);
    expect(stale.data?.updateCell.errors[0]?.message).toMatch(/phiên bản/);

    const { client: outsider } = urqlAs(await secretaryOf(globalId("Cell", "no-such-cell")));
    const forbidden = await outsider
      .mutation(RenameCellDocument, { input: { cellId: cell.id, expectedVersion: 1, name: "Không được" } })
      .toPromise();
    const codes = forbidden.error?.graphQLErrors.map((error) => error.extensions?.code) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => ["FORBIDDEN", "NOT_FOUND"].includes(String(code)))).toBe(true);
  });
});
