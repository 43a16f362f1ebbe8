/// <reference types="vite/types/importMeta.d.ts" />
/**
 * The example clients' operations (examples/operations) against the committed schema: a schema change that
 * breaks a front-end or mobile client's query fails here, before a release.
 */
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import printed from "../../schema/schema.graphql?raw";

const operations = import.meta.glob<string>("../../examples/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

const schema = buildSchema(printed);

describe("examples/operations", () => {
  it("holds the example clients' operations", () => {
    expect(Object.keys(operations).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(operations).map(([path, source]) => [path.split("/").pop() ?? path, source]))(
    "%s is valid against schema/schema.graphql",
    (_file, source) => {
      const errors = validate(schema, parse(source)).map((error) => error.message);
      expect(errors).toEqual([]);
    },
  );
});
