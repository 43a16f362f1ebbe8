/// <reference types="vite/types/importMeta.d.ts" />
import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
} from "graphql";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_COST, measureCost } from "../../src/http/cost";
import { schema } from "../../src/schema";
import { adminToken, codes, gql, send } from "../helpers";

const examples = import.meta.glob<string>("../../examples/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

const SAMPLE_SCALARS: Record<string, unknown> = {
  String: "x",
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: "2024-01-01",
  Month: "2024-01",
  Dong: 1,
  PartialDate: "2024",
  DateTime: "2024-01-01T00:00:00Z",
};

/** A global ID of the type its name says (`cellId`, `personIds` → Cell, Person; a committee is a Cell). */
function sampleId(name: string): string {
  const stem = name.replace(/Ids?$/, "").replace(/^committee$/, "cell");
  return btoa(`${stem[0]?.toUpperCase()}${stem.slice(1)}:x`);
}

/** A value of the type, required fields filled: costs depend on page sizes, which examples pass literally. */
function sampleOf(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType, name);
  if (isListType(type)) return [sampleOf(type.ofType, name)];
  if (getNamedType(type).name === "ID") return sampleId(name);
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleOf(field.type, field.name)]),
    );
  }
  return SAMPLE_SCALARS[getNamedType(type).name];
}

interface CostedResponse {
  errors?: { extensions?: { code?: string } }[];
  data?: unknown;
  extensions?: { cost?: { requestedQueryCost: number; maximumAvailable: number }; d1RoundTrips?: number };
}

async function costed(query: string, variables: Record<string, unknown> = {}): Promise<CostedResponse> {
  return (await send({ token: await adminToken(), body: { query, variables } })).body as CostedResponse;
}

const NESTED = `query ($outer: Int, $inner: Int) {
  cells(first: $outer) { edges { node { name children(first: $inner) { edges { node { name } } } } } }
}`;

describe("query cost", () => {
  it("reports each operation's cost, from its page sizes, in extensions.cost", async () => {
    const small = await costed("{ cells(first: 5) { edges { node { name } } } }");
    // cells 1 + 5 × (edges 1 + node 1 + name 0)
    expect(small.extensions?.cost).toEqual({ requestedQueryCost: 11, maximumAvailable: MAX_QUERY_COST });
    const nested = await costed(NESTED, { outer: 10, inner: 10 });
    // cells 1 + 10 × (edges 1 + node 1 + children (1 + 10 × (edges 1 + node 1)))
    expect(nested.extensions?.cost?.requestedQueryCost).toBe(1 + 10 * (2 + 21));
    const defaults = await costed(NESTED);
    expect(defaults.extensions?.cost?.requestedQueryCost).toBe(1 + 20 * (2 + 1 + 20 * 2));
  });

  it("refuses an operation over the maximum before any resolver runs", async () => {
    const deep = `{ cells(first: 100) { edges { node { children(first: 100) { edges { node {
      members(first: 100) { edges { node { id } } } } } } } } } }`;
    const result = await costed(deep);
    expect(codes({ status: 400, ...result } as never)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      cost: { requestedQueryCost: expect.any(Number) },
    });
  });

  it("measures every field of an operation whatever its arguments, so a bad ID opens no way round", async () => {
    const deep = `{ bad: cell(id: "!!") { name } cells(first: 100) { edges { node { children(first: 100) {
      edges { node { members(first: 100) { edges { node { id } } } } } } } } } }`;
    const result = await costed(deep);
    expect(codes({ status: 400, ...result } as never)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(result.data).toBeUndefined();
    const modest = await costed(
      `{ bad: cell(id: "!!") { name } cells(first: 2) { edges { node { name } } } }`,
    );
    expect(codes({ status: 200, ...modest } as never)).toEqual(["INVALID_ID"]);
    // the cell field 1, cells 1 + 2 × (edges 1 + node 1)
    expect(modest.extensions?.cost?.requestedQueryCost).toBe(1 + 1 + 2 * 2);
  });

  it("leaves invalid variables to their usual error", async () => {
    const result = await gql(NESTED, { outer: "many" }, await adminToken());
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each(Object.entries(examples).map(([path, source]) => [path.split("/").pop() ?? path, source]))(
    "keeps the example client's %s well under the maximum",
    (_file, source) => {
      const document = parse(source);
      const operation = document.definitions.find(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const variables = Object.fromEntries(
        (operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : []).map(
          (definition) => [
            definition.variable.name.value,
            sampleOf(
              typeFromAST(schema, definition.type as never) as GraphQLInputType,
              definition.variable.name.value,
            ),
          ],
        ),
      );
      const { cost } = measureCost(schema, document, variables, null, {});
      expect(cost?.requestedQueryCost).toBeGreaterThan(0);
      expect(cost?.requestedQueryCost).toBeLessThan(MAX_QUERY_COST / 4);
    },
  );
});
