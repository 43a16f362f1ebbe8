/// <reference types="vite/types/importMeta.d.ts" />
import { parse, print } from "graphql";
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

const committeeSubtree = print(
  parse(operations["../../examples/operations/committee-subtree.graphql"] as string),
);

async function post(body: object, settings: { PERSISTED_OPERATIONS?: string } = {}) {
  const sent = await send({ token: await adminToken(), body }, settings);
  return { status: sent.status, ...sent.body };
}

const byId = async (document: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(document) } },
  variables: { committeeId: globalId("Cell", DEMO.bloc) },
});

describe("persisted operations", () => {
  it("holds every example client operation under the SHA-256 of its printed document (npm run operations:persist)", async () => {
    const expected: Record<string, string> = {};
    for (const source of Object.values(operations)) {
      const document = print(parse(source));
      expected[await sha256(document)] = document;
    }
    expect(manifest).toEqual(expected);
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
