import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { createChiboApolloClient } from "../../examples/apollo";
import {
  CellPageDocument,
  CommitteeSubtreeDocument,
  RenameCellDocument,
  ScheduleMeetingDocument,
} from "../../examples/generated/graphql";
import { createBranch, globalId, workerFetch } from "../helpers";
import { committeeOfThree, meetingCount, meetingNextMonth, STRICT, secretaryOf } from "./fixtures";

function apolloAs(token: string) {
  const worker = workerFetch(STRICT);
  const client = createChiboApolloClient({
    endpoint: "http://chibo.test/graphql",
    token: () => token,
    fetch: worker.fetch,
  });
  return { client, worker };
}

describe("Apollo Client 4 against a server in strict mode", () => {
  it("sends each query by its trusted id in one request, and merges the next page into the cached connection", async () => {
    const { committee, token } = await committeeOfThree("Apollo pages");
    const { client, worker } = apolloAs(token);
    const variables = { committeeId: committee.id, first: 2 };
    const first = await client.query({ query: CommitteeSubtreeDocument, variables });
    expect(worker.sent).toHaveLength(1);
    const body = (await worker.sent[0]?.json()) as { query?: string; extensions: any };
    expect(body.query).toBeUndefined();
    expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const firstPage = first.data?.cell?.descendants;
    expect(firstPage?.edges).toHaveLength(2);
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);

    const second = await client.query({
      query: CommitteeSubtreeDocument,
      variables: { ...variables, after: firstPage?.pageInfo.endCursor },
      fetchPolicy: "network-only",
    });
    expect(worker.sent).toHaveLength(2);
    // The cache answers both the page's query and a read of the first one with the merged connection.
    const merged = client.readQuery({ query: CommitteeSubtreeDocument, variables });
    const ids = merged?.cell?.descendants.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toHaveLength(3);
    expect(ids.slice(0, 2)).toEqual(firstPage?.edges.map((edge) => edge.node.id));
    expect(second.data?.cell?.descendants.edges.map((edge) => edge.node.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("retries a mutation whose answer was lost with the same Idempotency-Key, and the server writes it once", async () => {
    const { cell } = await createBranch("Apollo retry");
    const { client, worker } = apolloAs(await secretaryOf(cell.id));
    worker.loseNextResponse();
    const result = await client.mutate({
      mutation: ScheduleMeetingDocument,
      variables: { input: meetingNextMonth(cell.id) },
    });
    expect(result.data?.scheduleMeeting.errors).toEqual([]);
    const keys = worker.sent.map((request) => request.headers.get("idempotency-key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await meetingCount(cell.id)).toBe(1);
  });

  it("updates a cached cell from a mutation's answer, without refetching", async () => {
    const { cell } = await createBranch("Apollo cache");
    const { client, worker } = apolloAs(await secretaryOf(cell.id));
    const year = new Date().getFullYear();
    const page = await client.query({ query: CellPageDocument, variables: { cellId: cell.id, year } });
    const renamed = await client.mutate({
      mutation: RenameCellDocument,
      variables: {
        input: { cellId: cell.id, expectedVersion: page.data?.cell?.version ?? 0, name: "Chi bộ đổi tên" },
      },
    });
    expect(renamed.data?.updateCell.errors).toEqual([]);
    const cached = client.readQuery({ query: CellPageDocument, variables: { cellId: cell.id, year } });
    expect(cached?.cell?.name).toBe("Chi bộ đổi tên");
    expect(worker.sent).toHaveLength(2);
  });

  it("exposes a refusal as the library does: typed payload errors, and GraphQL errors with their code", async () => {
    const { cell } = await createBranch("Apollo errors");
    const { client } = apolloAs(await secretaryOf(cell.id));
    const stale = await client.mutate({
      mutation: RenameCellDocument,
      variables: { input: { cellId: cell.id, expectedVersion: 99, name: "Không được" } },
    });
    expect(stale.data?.updateCell.errors.map((error) => error.code)).toEqual(["CONFLICT"]);
    expect(stale.data?.updateCell.errors[0]?.message).toMatch(/phiên bản/);

    const { client: outsider } = apolloAs(await secretaryOf(globalId("Cell", "no-such-cell")));
    const forbidden = await outsider
      .mutate({
        mutation: RenameCellDocument,
        variables: { input: { cellId: cell.id, expectedVersion: 1, name: "Không được" } },
        errorPolicy: "none",
      })
      .catch((error: unknown) => error);
    expect(CombinedGraphQLErrors.is(forbidden)).toBe(true);
    const codes = CombinedGraphQLErrors.is(forbidden)
      ? forbidden.errors.map((error) => error.extensions?.code)
      : [];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => ["FORBIDDEN", "NOT_FOUND"].includes(String(code)))).toBe(true);
  });
});
