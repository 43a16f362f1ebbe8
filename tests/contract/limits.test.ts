import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/http/limits";
import worker from "../../src/index";
import { DEMO, globalId } from "../helpers";

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  milliseconds: number;
}

const GRAPHQL_HEADERS = { accept: "application/graphql-response+json" };

/** Sends a request to the Worker (as deployed, or with other settings) and reads its GraphQL answer. */
async function send(request: Request, settings?: Record<string, string>): Promise<Answer> {
  const started = Date.now();
  const response = settings
    ? await worker.fetch(request, { ...env, ...settings }, createExecutionContext())
    : await exports.default.fetch(request);
  const body = (await response.json()) as Omit<Answer, "status" | "milliseconds">;
  return { status: response.status, ...body, milliseconds: Date.now() - started };
}

function postJson(body: BodyInit): Request {
  return new Request("http://chibo.test/graphql", {
    method: "POST",
    headers: { ...GRAPHQL_HEADERS, "content-type": "application/json" },
    body,
  });
}

function query(text: string, variables: Record<string, unknown> = {}, settings?: Record<string, string>) {
  return send(postJson(JSON.stringify({ query: text, variables })), settings);
}

/** The text in chunks, with no content-length: the limit must be found while reading. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.byteLength; offset += 64 * 1024) {
        controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
      }
      controller.close();
    },
  });
}

/** A JSON body of exactly `size` bytes (ASCII) asking `{ __typename }`: JSON allows trailing white space. */
function jsonOfSize(size: number): string {
  return JSON.stringify({ query: "{ __typename }" }).padEnd(size, " ");
}

/** A multipart request of about `size` bytes: one operation and a file the operation does not use. */
function multipartOfSize(size: number): Request {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: "{ __typename }" }));
  body.set("map", "{}");
  body.set("0", new File([new Uint8Array(size - 1024)], "scan.pdf", { type: "application/pdf" }));
  return new Request("http://chibo.test/graphql", { method: "POST", headers: GRAPHQL_HEADERS, body });
}

function expectRefused(answer: Answer, code: string, status = 400) {
  expect(answer.status).toBe(status);
  expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(answer.data ?? undefined).toBeUndefined();
}

function expectPassed(answer: Answer) {
  expect(answer.errors).toBeUndefined();
  expect(answer.status).toBe(200);
}

const aliases = (count: number) =>
  Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(" ");

describe("request limits", () => {
  it(`refuses a JSON body over ${LIMITS.requestBytes} bytes, by content-length or while reading it`, async () => {
    expectPassed(await send(postJson(jsonOfSize(LIMITS.requestBytes))));
    expectRefused(await send(postJson(jsonOfSize(LIMITS.requestBytes + 1))), "REQUEST_TOO_LARGE", 413);

    expectPassed(await send(postJson(chunked(jsonOfSize(LIMITS.requestBytes)))));
    expectRefused(
      await send(postJson(chunked(jsonOfSize(LIMITS.requestBytes + 1)))),
      "REQUEST_TOO_LARGE",
      413,
    );

    // The header alone is enough: the body is never read.
    const declared = postJson(jsonOfSize(100));
    declared.headers.set("content-length", String(LIMITS.requestBytes + 1));
    expectRefused(await send(declared), "REQUEST_TOO_LARGE", 413);
  });

  it(`lets a multipart upload reach ${LIMITS.multipartRequestBytes} bytes, and refuses more`, async () => {
    const under = await send(multipartOfSize(LIMITS.multipartRequestBytes - 64 * 1024));
    expectPassed(under);
    expect(under.data).toEqual({ __typename: "Query" });

    expectRefused(await send(multipartOfSize(LIMITS.multipartRequestBytes + 1024)), "REQUEST_TOO_LARGE", 413);

    const over = multipartOfSize(LIMITS.multipartRequestBytes + 1024);
    const withoutLength = new Request(over.url, {
      method: "POST",
      headers: { ...GRAPHQL_HEADERS, "content-type": over.headers.get("content-type") ?? "" },
      body: over.body,
    });
    expectRefused(await send(withoutLength), "REQUEST_TOO_LARGE", 413);
  });

  it(`refuses variables over ${LIMITS.variablesBytes} bytes of JSON, counting UTF-8 bytes`, async () => {
    // {"pad":"…"} is 10 bytes around the text.
    const text = "x".repeat(LIMITS.variablesBytes - 10);
    expectPassed(await query("{ __typename }", { pad: text }));
    expectRefused(await query("{ __typename }", { pad: `${text}x` }), "VARIABLES_TOO_LARGE", 413);
    // "đ" is one character and two bytes.
    const vietnamese = "đ".repeat((LIMITS.variablesBytes - 10) / 2 + 1);
    expectRefused(await query("{ __typename }", { pad: vietnamese }), "VARIABLES_TOO_LARGE", 413);
  });

  it(`refuses a query longer than ${LIMITS.queryCharacters} characters`, async () => {
    const comment = (length: number) => `{ __typename }\n#${"x".repeat(length - "{ __typename }\n#".length)}`;
    expectPassed(await query(comment(LIMITS.queryCharacters)));
    expectRefused(await query(comment(LIMITS.queryCharacters + 1)), "QUERY_TOO_LARGE");
  });

  it(`refuses a query of more than ${LIMITS.queryTokens} tokens, before parsing it`, async () => {
    // 10 tokens around the spreads and in the fragment, 2 for each `...F` (repeated spreads merge: valid and cheap).
    const spreads = (count: number, extra = "") =>
      `query {${" ...F".repeat(count)} } fragment F on Query { __typename ${extra}}`;
    const count = (LIMITS.queryTokens - 10) / 2;
    const under = await query(spreads(count));
    expectPassed(under);
    expect(under.data).toEqual({ __typename: "Query" });
    expectRefused(await query(spreads(count, "__typename")), "TOO_MANY_TOKENS");
    // Comments are not tokens.
    expectPassed(await query(`${spreads(count)}\n# ${"word ".repeat(1000)}`));
  });

  it("refuses brackets nested past the parser's safe depth with QUERY_TOO_DEEP, not a stack overflow", async () => {
    const list = (depth: number) =>
      `{ cells(first: ${"[".repeat(depth)}1${"]".repeat(depth)}) { totalCount } }`;
    // `{` and `(` open two levels before the list.
    const nested = await query(list(LIMITS.queryNesting - 2));
    expect(nested.status).toBe(400);
    expect(nested.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expectRefused(await query(list(LIMITS.queryNesting - 1)), "QUERY_TOO_DEEP");
    expectRefused(await query(list(2400)), "QUERY_TOO_DEEP");
  });

  it(`refuses more than ${LIMITS.aliases} aliases in an operation, counting fragments at each spread`, async () => {
    const under = await query(`{ ${aliases(LIMITS.aliases)} }`);
    expectPassed(under);
    expect(Object.keys(under.data ?? {})).toHaveLength(LIMITS.aliases);
    expectRefused(await query(`{ ${aliases(LIMITS.aliases + 1)} }`), "TOO_MANY_ALIASES");

    const half = LIMITS.aliases / 2;
    const spreadTwice = (count: number) =>
      `query ($id: ID!) { first: cell(id: $id) { ...Named } second: cell(id: $id) { ...Named } }
       fragment Named on Cell { ${Array.from({ length: count }, (_, index) => `n${index}: name`).join(" ")} }`;
    const id = globalId("Cell", DEMO.cell);
    expectPassed(await query(spreadTwice(half - 1), { id }));
    expectRefused(await query(spreadTwice(half), { id }), "TOO_MANY_ALIASES");
  });

  it(`refuses more than ${LIMITS.directives} directives in an operation`, async () => {
    const directives = (count: number) => `{ ${"__typename @include(if: true) ".repeat(count)}}`;
    const under = await query(directives(LIMITS.directives));
    expectPassed(under);
    expect(under.data).toEqual({ __typename: "Query" });
    expectRefused(await query(directives(LIMITS.directives + 1)), "TOO_MANY_DIRECTIVES");
  });

  it(`refuses field selections nested more than ${LIMITS.depth} deep, through fragments too`, async () => {
    const id = globalId("Cell", DEMO.cell);
    // cell { parent { … { name } } }: the cell, the parents, the name.
    const parents = (count: number) =>
      `query ($id: ID!) { cell(id: $id) { ${"parent { ".repeat(count)}name${" }".repeat(count)} } }`;
    expectPassed(await query(parents(LIMITS.depth - 2), { id }));
    expectRefused(await query(parents(LIMITS.depth - 1), { id }), "QUERY_TOO_DEEP");

    const viaFragments = (up: number, higher: number) =>
      `query ($id: ID!) { cell(id: $id) { ...Up } }
       fragment Up on Cell { ${"parent { ".repeat(up)}...Higher${" }".repeat(up)} }
       fragment Higher on Cell { ${"parent { ".repeat(higher)}name${" }".repeat(higher)} }`;
    expectPassed(await query(viaFragments(5, LIMITS.depth - 7), { id }));
    expectRefused(await query(viaFragments(5, LIMITS.depth - 6), { id }), "QUERY_TOO_DEEP");

    // GraphiQL's introspection query nests 15 levels: introspection counts as one.
    const introspection = await query(getIntrospectionQuery());
    expectPassed(introspection);
    expect(introspection.data?.__schema.queryType).toMatchObject({ name: "Query" });
  });

  it("refuses a batch (a JSON array of operations) with its own code", async () => {
    const one = { query: "{ __typename }" };
    expectPassed(await send(postJson(JSON.stringify(one))));
    expectRefused(await send(postJson(JSON.stringify([one, one]))), "BATCHING_NOT_SUPPORTED");
  });

  it("answers hostile documents quickly, with their codes", async () => {
    // A deeply nested cycle of 200 fragments, each a level deeper than the last.
    const cycle = Array.from(
      { length: 200 },
      (_, index) => `fragment F${index} on Cell { name parent { ...F${(index + 1) % 200} } }`,
    ).join("\n");
    const deepCycle = await query(`query ($id: ID!) { cell(id: $id) { ...F0 } }\n${cycle}`, {
      id: globalId("Cell", DEMO.cell),
    });
    expectRefused(deepCycle, "QUERY_TOO_DEEP");
    expect(deepCycle.milliseconds).toBeLessThan(1000);

    // A short cycle stays within the depth: graphql's own rule refuses it.
    const shortCycle = await query(
      `{ cells { edges { node { ...A } } } }
       fragment A on Cell { parent { ...B } } fragment B on Cell { parent { ...A } }`,
    );
    expect(shortCycle.status).toBe(400);
    expect(shortCycle.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(shortCycle.milliseconds).toBeLessThan(1000);

    // An alias bomb: 40 levels of fragments, each spreading the next twice — 2^40 aliases once expanded.
    const bomb = Array.from(
      { length: 40 },
      (_, index) => `fragment B${index} on Query { a${index}: __typename ...B${index + 1} ...B${index + 1} }`,
    ).join("\n");
    const aliasBomb = await query(`{ ...B0 }\n${bomb}\nfragment B40 on Query { last: __typename }`);
    expectRefused(aliasBomb, "TOO_MANY_ALIASES");
    expect(aliasBomb.milliseconds).toBeLessThan(1000);

    // Many aliases of one field with different arguments: quadratic for the overlapping-fields rule.
    const conflicting = Array.from(
      { length: 450 },
      (_, index) => `x: cells(first: ${index % 100}) { totalCount }`,
    );
    const flat = await query(`{ ${conflicting.join(" ")} }`);
    expectRefused(flat, "TOO_MANY_ALIASES");
    expect(flat.milliseconds).toBeLessThan(1000);
  });

  it("answers application/json clients too, with the codes", async () => {
    const response = await exports.default.fetch(
      new Request("http://chibo.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: `{ ${aliases(LIMITS.aliases + 1)} }` }),
      }),
    );
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["TOO_MANY_ALIASES"]);
    // Like every validation error for application/json clients (GraphQL over HTTP): 200, the error in the body.
    expect(response.status).toBe(200);
  });
});

describe("settings", () => {
  it('hides "Did you mean …?" suggestions in production (said in Vietnamese by default)', async () => {
    const typo = "{ cels { totalCount } }";
    const development = await query(typo, {}, {});
    expect(development.errors?.[0]?.message).toMatch(/Có phải đồng chí muốn viết "cell" hoặc "cells"\?/);
    const production = await query(typo, {}, { ENVIRONMENT: "production" });
    expect(production.status).toBe(400);
    expect(production.errors?.[0]?.message).toBe('Kiểu "Query" không có trường "cels".');
    expect(production.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    // The same document again: the validation cache must not hand one environment's message to the other.
    expect((await query(typo, {}, {})).errors?.[0]?.message).toMatch(/Có phải đồng chí muốn viết/);

    const enumVariable = "query ($kind: CellKind) { cells(filter: { kind: $kind }) { totalCount } }";
    const inDevelopment = await query(enumVariable, { kind: "GRASSROOTS_CEL" }, {});
    expect(inDevelopment.errors?.[0]?.message).toMatch(/Có phải đồng chí muốn viết/);
    const inProduction = await query(enumVariable, { kind: "GRASSROOTS_CEL" }, { ENVIRONMENT: "production" });
    expect(inProduction.errors?.[0]?.message).toBe(
      'Biến "$kind" có giá trị không hợp lệ "GRASSROOTS_CEL"; "GRASSROOTS_CEL" không phải một giá trị của "CellKind".',
    );
  });

  it('refuses __schema and __type when INTROSPECTION is "off", and allows them otherwise', async () => {
    const schemaQuery = "{ __schema { queryType { name } } }";
    const typeQuery = '{ __type(name: "Cell") { name } }';
    expect((await query(schemaQuery, {}, {})).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await query(typeQuery, {}, {})).data).toEqual({ __type: { name: "Cell" } });

    const off = { INTROSPECTION: "off" };
    expectRefused(await query(schemaQuery, {}, off), "INTROSPECTION_DISABLED");
    expectRefused(
      await query(
        `{ cells { totalCount } ...Meta } fragment Meta on Query { ${typeQuery.slice(2, -2)} }`,
        {},
        off,
      ),
      "INTROSPECTION_DISABLED",
    );
    expect((await query("{ __typename }", {}, off)).data).toEqual({ __typename: "Query" });
    // And the validation cache does not carry the refusal back.
    expect((await query(schemaQuery, {}, {})).errors).toBeUndefined();
  });
});
