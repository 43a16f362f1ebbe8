/// <reference types="vite/types/importMeta.d.ts" />
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import manifest from "../../src/http/persisted-operations.json";
import { adminToken, DEMO, globalId, send } from "../helpers";

const operations = import.meta.glob<string>("../../examples/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

const trusted: Record<string, string> = manifest;
const committeeSubtree =
  Object.values(trusted).find((text) => text.startsWith("query CommitteeSubtree")) ?? "";

async function post(body: object, settings: { PERSISTED_OPERATIONS?: string } = {}) {
  const sent = await send({ token: await adminToken(), body }, settings);
  return { status: sent.status, ...sent.body };
}

const byId = async (document: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(document) } },
  variables: { committeeId: globalId("Cell", DEMO.bloc) },
});

describe("persisted operations", () => {
  it("holds every example client operation under the SHA-256 of its normalized text (npm run operations:persist)", async () => {
    const names = Object.values(operations).map((source) => {
      const [definition] = parse(source).definitions;
      return definition?.kind === "OperationDefinition" ? definition.name?.value : undefined;
    });
    const held = Object.values(trusted).map(
      (text) => /(?:^|} )(?:query|mutation|subscription) (\w+)/.exec(text)?.[1],
    );
    expect(held.sort()).toEqual(names.sort());
    for (const [id, text] of Object.entries(trusted)) expect(await sha256(text)).toBe(id);
    // The clients' normalized caches add __typename; the trusted texts have it already, so the hash is the same.
    expect(committeeSubtree).toContain("descendants(first: $first, after: $after) { __typename");
  });

  it("takes the id as Apollo and urql send it, as the GraphQL-over-HTTP documentId and as Relay's doc_id", async () => {
    const [id] = Object.keys(trusted).filter((key) => trusted[key] === committeeSubtree);
    const variables = { committeeId: globalId("Cell", DEMO.bloc), first: 1 };
    const strict = { PERSISTED_OPERATIONS: "strict" };
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${id}` } }, variables },
      { documentId: `sha256:${id}`, variables },
      { doc_id: id, variables },
    ]) {
      const answer = await post(body, strict);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.cell.descendants.edges).toHaveLength(1);
    }
  });

  it("runs a trusted operation named by its id", async () => {
    const result = await post(await byId(committeeSubtree));
    expect(result.errors).toBeUndefined();
    expect(result.data?.cell.id).toBe(globalId("Cell", DEMO.bloc));
  });

  it("refuses an id that is not in the manifest", async () => {
    const result = await post(await byId("query Unknown { __typename }"));
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("in strict mode, runs trusted operations and refuses any other document", async () => {
    const strict = { PERSISTED_OPERATIONS: "strict" };
    const trusted = await post(await byId(committeeSubtree), strict);
    expect(trusted.errors).toBeUndefined();
    const adHoc = await post({ query: "{ cells(first: 1) { totalCount } }" }, strict);
    expect(adHoc.status).toBe(400);
    expect(adHoc.errors?.map((error) => error.extensions.code)).toEqual(["PERSISTED_QUERY_ONLY"]);
    expect(adHoc.data).toBeUndefined();
    const sameTextAsTrusted = await post(
      { query: committeeSubtree, variables: { committeeId: globalId("Cell", DEMO.bloc) } },
      strict,
    );
    expect(sameTextAsTrusted.errors?.map((error) => error.extensions.code)).toEqual(["PERSISTED_QUERY_ONLY"]);
  });
});
