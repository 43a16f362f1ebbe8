import { assertValidSchema, parse, printSchema, validate } from "graphql";
import { describe, expect, it } from "vitest";
import printed from "../../schema/schema.graphql?raw";
import { WELCOME_QUERY } from "../../src/graphiql";
import { schema } from "../../src/schema";

describe("schema/schema.graphql", () => {
  it("is a valid schema", () => {
    expect(() => assertValidSchema(schema)).not.toThrow();
  });

  it("is in step with the code (run `npm run schema:print` after changing the schema)", () => {
    expect(printed).toBe(`${printSchema(schema)}\n`);
  });

  it("describes every type and field", () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) undocumented.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe("GraphiQL's welcome query", () => {
  it("is valid against the schema", () => {
    expect(validate(schema, parse(WELCOME_QUERY))).toEqual([]);
  });
});
