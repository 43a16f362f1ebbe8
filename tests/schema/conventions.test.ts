/**
 * The schema's conventions, checked on the schema object (the equivalent of graphql-eslint's schema rules:
 * naming-convention, input-name, require-description, relay-* and the mutation contract in README). Each rule
 * lists every violation, so a failure names what to fix. Type and field descriptions are checked in
 * schema-in-step.test.ts; this file covers arguments, input fields and enum values.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedDirective,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema";

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING_SNAKE_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Input object types that deliberately do not end in Input or Filter (none so far). */
const INPUT_NAME_EXCEPTIONS: string[] = [];

const types: GraphQLNamedType[] = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith("__"),
);
const objectTypes = types.filter(isObjectType);
const customDirectives = schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive));

/** Every output field (objects and interfaces) with its coordinate, e.g. `Cell.members`. */
const outputFields: [coordinate: string, field: GraphQLField<unknown, unknown>][] = types.flatMap((type) =>
  isObjectType(type) || isInterfaceType(type)
    ? Object.values(type.getFields()).map(
        (field) => [`${type.name}.${field.name}`, field] as [string, GraphQLField<unknown, unknown>],
      )
    : [],
);

/** Every argument of a field or a custom directive, e.g. `Cell.members(on:)`. */
const args: [coordinate: string, arg: GraphQLArgument][] = [
  ...outputFields.flatMap(([coordinate, field]) =>
    field.args.map((arg) => [`${coordinate}(${arg.name}:)`, arg] as [string, GraphQLArgument]),
  ),
  ...customDirectives.flatMap((directive) =>
    directive.args.map((arg) => [`@${directive.name}(${arg.name}:)`, arg] as [string, GraphQLArgument]),
  ),
];

/** Every input field, e.g. `CellFilter.search`. */
const inputFields: [coordinate: string, field: GraphQLInputField][] = types.flatMap((type) =>
  isInputObjectType(type)
    ? Object.values(type.getFields()).map(
        (field) => [`${type.name}.${field.name}`, field] as [string, GraphQLInputField],
      )
    : [],
);

const enumValues: [coordinate: string, description: string | null | undefined][] = types.flatMap((type) =>
  isEnumType(type)
    ? type
        .getValues()
        .map(
          (value) => [`${type.name}.${value.name}`, value.description] as [string, string | null | undefined],
        )
    : [],
);

/** `[Edge!]!` → Edge; anything else → null. */
function nonNullListOfNonNull(type: GraphQLOutputType): GraphQLNamedType | null {
  if (!isNonNullType(type) || !isListType(type.ofType) || !isNonNullType(type.ofType.ofType)) return null;
  return getNamedType(type);
}

function isNamed(type: GraphQLOutputType, name: string, nonNull: boolean): boolean {
  if (nonNull !== isNonNullType(type)) return false;
  const inner = isNonNullType(type) ? type.ofType : type;
  return !isListType(inner) && inner.name === name;
}

function fieldOf(type: GraphQLObjectType, name: string) {
  return type.getFields()[name];
}

describe("schema conventions", () => {
  describe("naming", () => {
    it("type names are PascalCase", () => {
      expect(types.map((type) => type.name).filter((name) => !PASCAL_CASE.test(name))).toEqual([]);
    });

    it("field and input field names are camelCase", () => {
      const names = [...outputFields, ...inputFields].map(([coordinate]) => coordinate);
      expect(names.filter((coordinate) => !CAMEL_CASE.test(coordinate.split(".")[1] ?? ""))).toEqual([]);
    });

    it("argument names are camelCase", () => {
      expect(args.filter(([, arg]) => !CAMEL_CASE.test(arg.name)).map(([coordinate]) => coordinate)).toEqual(
        [],
      );
    });

    it("enum values are SCREAMING_SNAKE_CASE", () => {
      expect(
        enumValues
          .map(([coordinate]) => coordinate)
          .filter((coordinate) => !SCREAMING_SNAKE_CASE.test(coordinate.split(".")[1] ?? "")),
      ).toEqual([]);
    });

    it('input types end with "Input" (mutation inputs and their parts) or "Filter" (list arguments)', () => {
      const misnamed = types
        .filter(isInputObjectType)
        .map((type) => type.name)
        .filter((name) => !/(Input|Filter)$/.test(name) && !INPUT_NAME_EXCEPTIONS.includes(name));
      expect(misnamed).toEqual([]);
    });
  });

  describe("descriptions", () => {
    it("describes every argument", () => {
      expect(args.filter(([, arg]) => !arg.description?.trim()).map(([coordinate]) => coordinate)).toEqual(
        [],
      );
    });

    it("describes every input field", () => {
      expect(
        inputFields.filter(([, field]) => !field.description?.trim()).map(([coordinate]) => coordinate),
      ).toEqual([]);
    });

    it("describes every enum value", () => {
      expect(
        enumValues.filter(([, description]) => !description?.trim()).map(([coordinate]) => coordinate),
      ).toEqual([]);
    });

    it("describes every custom directive", () => {
      expect(customDirectives.filter((directive) => !directive.description).map((d) => d.name)).toEqual([]);
    });
  });

  describe("Relay", () => {
    const node = schema.getType("Node");

    it("has interface Node { id: ID! }", () => {
      expect(isInterfaceType(node)).toBe(true);
      if (!isInterfaceType(node)) return;
      expect(String(node.getFields().id?.type)).toBe("ID!");
    });

    it("every type implementing Node has id: ID!", () => {
      const implementations = objectTypes.filter((type) =>
        type.getInterfaces().some((i) => i.name === "Node"),
      );
      expect(implementations.length).toBeGreaterThan(0);
      expect(
        implementations
          .filter((type) => String(fieldOf(type, "id")?.type) !== "ID!")
          .map((type) => type.name),
      ).toEqual([]);
    });

    const connections = types.filter((type) => type.name.endsWith("Connection"));

    it('every "…Connection" type has edges: [XEdge!]!, pageInfo: PageInfo!, totalCount: Int!', () => {
      expect(connections.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const connection of connections) {
        if (!isObjectType(connection)) {
          problems.push(`${connection.name} is not an object type`);
          continue;
        }
        const edges = fieldOf(connection, "edges");
        const edge = edges && nonNullListOfNonNull(edges.type);
        if (!edge || !isObjectType(edge) || !edge.name.endsWith("Edge")) {
          problems.push(`${connection.name}.edges: ${edges?.type ?? "missing"} (want [<Name>Edge!]!)`);
        }
        const pageInfo = fieldOf(connection, "pageInfo");
        if (!pageInfo || !isNamed(pageInfo.type, "PageInfo", true)) {
          problems.push(`${connection.name}.pageInfo: ${pageInfo?.type ?? "missing"} (want PageInfo!)`);
        }
        const totalCount = fieldOf(connection, "totalCount");
        if (!totalCount || !isNamed(totalCount.type, "Int", true)) {
          problems.push(`${connection.name}.totalCount: ${totalCount?.type ?? "missing"} (want Int!)`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("each connection's edge type is named after it (<Connection>Edge)", () => {
      const misnamed = connections.filter(isObjectType).flatMap((connection) => {
        const edges = fieldOf(connection, "edges");
        const edge = edges && getNamedType(edges.type);
        return edge && edge.name !== `${connection.name}Edge` ? [`${connection.name} → ${edge.name}`] : [];
      });
      expect(misnamed).toEqual([]);
    });

    it('every "…Edge" type has cursor: String! and a non-null node that implements Node', () => {
      const edges = types.filter((type) => type.name.endsWith("Edge"));
      expect(edges.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const edge of edges) {
        if (!isObjectType(edge)) {
          problems.push(`${edge.name} is not an object type`);
          continue;
        }
        const cursor = fieldOf(edge, "cursor");
        if (!cursor || !isNamed(cursor.type, "String", true)) {
          problems.push(`${edge.name}.cursor: ${cursor?.type ?? "missing"} (want String!)`);
        }
        const nodeField = fieldOf(edge, "node");
        if (!nodeField || !isNonNullType(nodeField.type) || isListType(nodeField.type.ofType)) {
          problems.push(
            `${edge.name}.node: ${nodeField?.type ?? "missing"} (want a non-null, non-list type)`,
          );
          continue;
        }
        const target = getNamedType(nodeField.type);
        if (!isObjectType(target) || !target.getInterfaces().some((i) => i.name === "Node")) {
          problems.push(`${edge.name}.node: ${target.name} does not implement Node`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("every field returning a connection takes first, after, last, before", () => {
      const expected: Record<string, string> = {
        first: "Int",
        after: "String",
        last: "Int",
        before: "String",
      };
      const problems: string[] = [];
      for (const [coordinate, field] of outputFields) {
        if (!getNamedType(field.type).name.endsWith("Connection")) continue;
        for (const [name, type] of Object.entries(expected)) {
          const arg = field.args.find((candidate) => candidate.name === name);
          if (String(arg?.type) !== type) problems.push(`${coordinate}(${name}:) ${arg?.type ?? "missing"}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("PageInfo has hasNextPage, hasPreviousPage: Boolean!, startCursor, endCursor: String", () => {
      const pageInfo = schema.getType("PageInfo");
      expect(isObjectType(pageInfo)).toBe(true);
      if (!isObjectType(pageInfo)) return;
      expect(
        Object.fromEntries(
          ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"].map((name) => [
            name,
            String(fieldOf(pageInfo, name)?.type),
          ]),
        ),
      ).toEqual({
        hasNextPage: "Boolean!",
        hasPreviousPage: "Boolean!",
        startCursor: "String",
        endCursor: "String",
      });
    });
  });

  describe("mutations", () => {
    const mutationType = schema.getMutationType();
    const mutations = mutationType ? Object.values(mutationType.getFields()) : [];
    const userError = schema.getType("UserError");

    it("has mutations and a UserError type", () => {
      expect(mutations.length).toBeGreaterThan(0);
      expect(isObjectType(userError)).toBe(true);
    });

    it("every mutation takes exactly one argument, input, of a non-null input type", () => {
      const problems = mutations.flatMap((mutation) => {
        const [arg, ...rest] = mutation.args;
        if (!arg || rest.length > 0 || arg.name !== "input") {
          return [`${mutation.name}(${mutation.args.map((a) => a.name).join(", ")})`];
        }
        if (!isNonNullType(arg.type) || !isInputObjectType(arg.type.ofType)) {
          return [`${mutation.name}(input: ${arg.type})`];
        }
        return [];
      });
      expect(problems).toEqual([]);
    });

    it("every mutation returns a payload object with errors: [UserError!]!", () => {
      const problems = mutations.flatMap((mutation) => {
        const payload = getNamedType(mutation.type);
        if (
          !isObjectType(payload) ||
          isListType(isNonNullType(mutation.type) ? mutation.type.ofType : mutation.type)
        ) {
          return [`${mutation.name}: ${mutation.type} is not a payload object`];
        }
        const errors = payload.getFields().errors;
        const element = errors && nonNullListOfNonNull(errors.type);
        return element?.name === "UserError" ? [] : [`${payload.name}.errors: ${errors?.type ?? "missing"}`];
      });
      expect(problems).toEqual([]);
    });

    it("each mutation's input and payload are named after it (<Mutation>Input, <Mutation>Payload)", () => {
      const problems = mutations.flatMap((mutation) => {
        const base = `${mutation.name[0]?.toUpperCase()}${mutation.name.slice(1)}`;
        const input = mutation.args[0] && getNamedType(mutation.args[0].type).name;
        const payload = getNamedType(mutation.type).name;
        return [
          ...(input === `${base}Input` ? [] : [`${mutation.name}(input: ${input})`]),
          ...(payload === `${base}Payload` ? [] : [`${mutation.name}: ${payload}`]),
        ];
      });
      expect(problems).toEqual([]);
    });
  });
});
