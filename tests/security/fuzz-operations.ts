/**
 * Operations generated from the schema: for every argument of every Query and Mutation field and of every field
 * with arguments of the node types (`Cell.members(on:)`), and every input field inside it (lists and nested
 * inputs included), requests whose value there is hostile while the rest is plausible. Sent as variables (of the
 * declared type, or of a wrong one) or written into the document, by POST or GET, to every kind of viewer.
 *
 * A viewer that may write gets, in every ID of a mutation's input, an ID that names nothing (well-formed, of the
 * type the field takes, when plausible; `writerSafeId` when hostile), and never a null there: whatever else its
 * input holds, the mutation has nothing to act on and must be refused.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import type { Random } from "./fuzz-random";
import type { FuzzRequest, Viewer } from "./fuzz-requests";
import {
  DEMO_ROWS,
  EnumName,
  existingId,
  HOSTILE_STRINGS,
  hostileDate,
  hostileFloat,
  hostileId,
  hostileInt,
  hostileString,
  idTypeOf,
  missingId,
  type Value,
  wrongType,
} from "./fuzz-values";

type Root = "query" | "mutation";

/** Where in a field's arguments a hostile value goes: the argument, then input fields, 0 through lists. */
type Path = readonly (string | 0)[];

interface Target {
  root: Root;
  /** The node type whose field this is, reached through `node(id:)`; null for a field of Query or Mutation. */
  host: string | null;
  field: GraphQLField<unknown, unknown>;
  path: Path;
  /** The type at the path; null for a field without arguments, asked for plainly. */
  type: GraphQLInputType | null;
}

/** The argument positions of a field, down through input objects and lists. */
function targetsOf(root: Root, field: GraphQLField<unknown, unknown>, host: string | null): Target[] {
  const targets: Target[] = [];
  const visit = (path: Path, type: GraphQLInputType, seen: ReadonlySet<string>) => {
    targets.push({ root, host, field, path, type });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      visit([...path, 0], inner.ofType, seen);
    } else if (isInputObjectType(inner) && !seen.has(inner.name)) {
      for (const child of Object.values(inner.getFields())) {
        visit([...path, child.name], child.type, new Set([...seen, inner.name]));
      }
    }
  };
  for (const argument of field.args) visit([argument.name], argument.type, new Set());
  return targets;
}

/** Whether a type holds an ID anywhere (itself, its items, its input fields). */
function holdsId(type: GraphQLInputType, seen: ReadonlySet<string> = new Set()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === "ID";
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  return Object.values(named.getFields()).some((field) =>
    holdsId(field.type, new Set([...seen, named.name])),
  );
}

interface Plausible {
  random: Random;
  /** Every ID position is filled with an ID that names nothing, optional ones included. */
  writer: boolean;
}

function plausibleScalar(name: string, fieldName: string, options: Plausible): Value {
  switch (name) {
    case "ID":
      // A writer's IDs pass decoding, so that its mutations reach their resolvers, and name nothing there.
      return options.writer
        ? missingId(options.random, idTypeOf(fieldName))
        : existingId(options.random, idTypeOf(fieldName));
    case "Int":
      return /year/i.test(fieldName) ? 2017 : /month/i.test(fieldName) ? 6 : 1;
    case "Float":
      return 50;
    case "Boolean":
      return options.random.chance(0.5);
    case "Date":
      return "2017-12-23";
    case "DateTime":
      return "2017-12-23T14:00:00+07:00";
    case "PartialDate":
      return "2017";
    case "File":
      return null;
    default:
      return `Chi bộ ${fieldName}`;
  }
}

/**
 * A value of the type that validates: required input fields always, optional ones at random, every ID of a
 * writer's input; `along` is the rest of the target's path, kept whatever the dice say.
 */
function plausible(type: GraphQLInputType, fieldName: string, options: Plausible, along: Path): Value {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausible(inner.ofType, fieldName, options, along.slice(1))];
  if (isEnumType(inner)) return new EnumName(options.random.pick(inner.getValues()).name);
  if (isScalarType(inner)) return plausibleScalar(inner.name, fieldName, options);
  if (!isInputObjectType(inner)) return null;
  const value: Record<string, Value> = {};
  for (const child of Object.values(inner.getFields())) {
    const onPath = along[0] === child.name;
    const needed =
      onPath ||
      isNonNullType(child.type) ||
      (options.writer && holdsId(child.type)) ||
      options.random.chance(0.4);
    if (needed) value[child.name] = plausible(child.type, child.name, options, onPath ? along.slice(1) : []);
  }
  return value;
}

function hostileScalar(name: string, fieldName: string, random: Random, writer: boolean): Value {
  if (name === "ID") return hostileId(random, idTypeOf(fieldName), writer);
  if (random.chance(0.12)) return wrongType(random);
  switch (name) {
    case "Int":
      return hostileInt(random);
    case "Float":
      return hostileFloat(random);
    case "Boolean":
      return random.pick<Value>(["true", 1, 0, "false", [], null]);
    case "Date":
    case "DateTime":
    case "PartialDate":
      return hostileDate(random);
    case "File":
      return random.pick<Value>(["file.pdf", {}, { name: "x.pdf", size: 1 }, 0]);
    default:
      return hostileString(random);
  }
}

/**
 * A hostile value for the target. For a writer, an ID position gets an ID that names nothing, never null; a
 * list or input holding the mutation's only IDs keeps at least one such ID.
 */
function hostileValue(
  type: GraphQLInputType,
  target: Target,
  random: Random,
  writer: boolean,
  idsElsewhere: boolean,
): Value {
  const fieldName = String(target.path.filter((step) => step !== 0).at(-1));
  const inner = isNonNullType(type) ? type.ofType : type;
  const mustKeepId = writer && holdsId(type) && !idsElsewhere;
  if (isListType(inner)) {
    const item = () => plausible(inner.ofType, fieldName, { random, writer }, []);
    const shapes: (() => Value)[] = [
      () => Array.from({ length: random.pick([2, 50, 201, 1000]) }, item),
      () => [item(), item()],
      () => item(),
      () => [[item()]],
    ];
    if (!mustKeepId)
      shapes.push(
        () => [],
        () => [null],
        () => wrongType(random),
      );
    return random.pick(shapes)();
  }
  if (isInputObjectType(inner)) {
    const base = plausible(inner, fieldName, { random, writer }, []) as Record<string, Value>;
    const shapes: (() => Value)[] = [
      () => ({ ...base, nope: 1 }),
      () => ({ ...base, ...JSON.parse('{"__proto__": {"isAdmin": true}}') }),
      () => [base],
      () => hostileString(random),
    ];
    if (!mustKeepId)
      shapes.push(
        () => ({}),
        () => wrongType(random),
      );
    return random.pick(shapes)();
  }
  if (isEnumType(inner)) {
    const valid = random.pick(inner.getValues()).name;
    return random.pick<Value>([
      new EnumName("NOPE"),
      new EnumName(valid.toLowerCase()),
      new EnumName("null"),
      new EnumName("true"),
      valid,
      valid.toLowerCase(),
      hostileString(random),
      1,
      null,
    ]);
  }
  return hostileScalar(getNamedType(type).name, fieldName, random, writer);
}

function withValueAt(container: Value, path: Path, value: Value): Value {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (step === 0) {
    const list = Array.isArray(container) && container.length > 0 ? container : [null];
    return [withValueAt(list[0] ?? null, rest, value), ...list.slice(1)];
  }
  const object =
    container &&
    typeof container === "object" &&
    !Array.isArray(container) &&
    !(container instanceof EnumName)
      ? container
      : {};
  return { ...object, [step as string]: withValueAt(object[step as string] ?? null, rest, value) };
}

/** A GraphQL literal of the value: strings escaped as JSON does (a lone surrogate becomes a refused escape). */
function literal(value: Value): string {
  if (value === null) return "null";
  if (value instanceof EnumName) return value.name;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${literal(item)}`)
    .join(", ")}}`;
}

/** A selection of the type, two object levels deep: its leaves, a few object fields, `__typename`. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (isUnionType(named) || !(isObjectType(named) || isInterfaceType(named))) return "{ __typename }";
  const fields = Object.values(named.getFields()).filter((field) =>
    field.args.every((argument) => !isNonNullType(argument.type)),
  );
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type))).slice(0, 12);
  const objects =
    depth > 0
      ? fields
          .filter((field) => !isLeafType(getNamedType(field.type)))
          .filter(
            (field) =>
              ["errors", "edges", "node", "pageInfo"].includes(field.name) || field.args.length === 0,
          )
          .slice(0, 4)
      : [];
  const parts = [
    "__typename",
    ...leaves.map((field) => field.name),
    ...objects.map((field) => `${field.name} ${selectionOf(field.type, depth - 1)}`),
  ];
  return `{ ${parts.join(" ")} }`;
}

/** A type to declare a variable with instead of the argument's own. */
const WRONG_VARIABLE_TYPES = [
  "String",
  "Int!",
  "[ID!]!",
  "Boolean",
  "CellFilter",
  "Nope",
  "ID",
  "[[String]]",
];

interface Operation {
  document: string;
  variables: Record<string, Value>;
}

/**
 * The operation asking for the target's field with these arguments, written into the document or passed as
 * variables; a field of a node type is asked for through `node(id:)` with the ID of a demo row.
 */
function operationOf(
  target: Target,
  args: Record<string, Value>,
  random: Random,
  inline: boolean,
): Operation {
  const { field, root, host } = target;
  const selection = selectionOf(field.type, root === "mutation" || host ? 1 : 2);
  const used = field.args.filter((argument: GraphQLArgument) => argument.name in args);
  const nodeId = host ? existingId(random, host) : null;
  const wrap = (call: string, nodeRef: string) =>
    host ? `node(id: ${nodeRef}) { __typename ... on ${host} { ${call} } }` : call;
  if (inline) {
    const written = used.map((argument) => `${argument.name}: ${literal(args[argument.name] ?? null)}`);
    const call = `${field.name}${written.length > 0 ? `(${written.join(", ")})` : ""} ${selection}`;
    return { document: `${root} Fuzz { ${wrap(call, JSON.stringify(nodeId))} }`, variables: {} };
  }
  const declared = used.map((argument, index) => {
    const type = random.chance(0.08) ? random.pick(WRONG_VARIABLE_TYPES) : String(argument.type);
    return `$v${index}: ${type}`;
  });
  const passed = used.map((argument, index) => `${argument.name}: $v${index}`);
  const variables: Record<string, Value> = Object.fromEntries(
    used.map((argument, index) => [`v${index}`, args[argument.name] ?? null]),
  );
  if (nodeId) {
    declared.unshift("$node: ID!");
    variables.node = nodeId;
  }
  const call = `${field.name}${passed.length > 0 ? `(${passed.join(", ")})` : ""} ${selection}`;
  const declarations = declared.length > 0 ? `(${declared.join(", ")})` : "";
  return { document: `${root} Fuzz${declarations} { ${wrap(call, "$node")} }`, variables };
}

/** How a report names the target: `query cells(filter.search)`, `query Cell.members(on)`. */
function nameOf(target: Target): string {
  return `${target.root} ${target.host ? `${target.host}.` : ""}${target.field.name}(${target.path.join(".")})`;
}

const ACCEPTS = [
  "application/graphql-response+json",
  "application/json",
  "*/*",
  "application/graphql-response+json, application/json;q=0.9",
];

/**
 * Idempotency-Key values for mutations: well-formed ones (a refused mutation claims nothing, so even these must
 * leave the database as it was) and malformed ones.
 */
const IDEMPOTENCY_KEYS = [
  "fuzz-key-1",
  "fuzz-key-2",
  "",
  " ",
  "x".repeat(256),
  "' OR 1=1 --",
  "%",
  "a\tb",
  "\u00ff",
];

function requestOf(operation: Operation, viewer: Viewer, random: Random, label: string): FuzzRequest {
  const headers: Record<string, string> = { accept: random.pick(ACCEPTS) };
  if (viewer.authorization) headers.authorization = viewer.authorization;
  if (operation.document.startsWith("mutation") && random.chance(0.25)) {
    headers["idempotency-key"] = random.pick(IDEMPOTENCY_KEYS);
  }
  const search = new URLSearchParams({ query: operation.document });
  if (Object.keys(operation.variables).length > 0)
    search.set("variables", JSON.stringify(operation.variables));
  if (random.chance(0.1) && search.toString().length < 6000) {
    return { label: `${label}, GET`, method: "GET", path: `/graphql?${search}`, headers };
  }
  return {
    label,
    method: "POST",
    path: "/graphql",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({
      query: operation.document,
      variables: operation.variables,
      operationName: "Fuzz",
    }),
  };
}

/** Plausible arguments for the field, the target's path among them. */
function plausibleArgs(target: Target, random: Random, writer: boolean): Record<string, Value> {
  const args: Record<string, Value> = {};
  for (const argument of target.field.args) {
    const onPath = target.path[0] === argument.name;
    if (onPath || isNonNullType(argument.type) || (writer && holdsId(argument.type)) || random.chance(0.4)) {
      args[argument.name] = plausible(
        argument.type,
        argument.name,
        { random, writer },
        onPath ? target.path.slice(1) : [],
      );
    }
  }
  return args;
}

function caseOf(target: Target, viewer: Viewer, random: Random): FuzzRequest {
  const writer = target.root === "mutation" && viewer.mayWrite;
  const args = plausibleArgs(target, random, writer);
  if (target.type) {
    const idsElsewhere = targetsOf(target.root, target.field, target.host).some(
      (other) =>
        other.type !== null &&
        getNamedType(other.type).name === "ID" &&
        !other.path.includes(0) &&
        !target.path.every((step, index) => other.path[index] === step),
    );
    const hostile = hostileValue(target.type, target, random, writer, idsElsewhere);
    const [argument, ...rest] = target.path;
    args[argument as string] = withValueAt(args[argument as string] ?? null, rest, hostile);
  }
  const inline = random.chance(0.3);
  const operation = operationOf(target, args, random, inline);
  const label = `${nameOf(target)} as ${viewer.name}${inline ? ", inline" : ""}`;
  return {
    ...requestOf(operation, viewer, random, label),
    ...(writer ? { refusedMutation: target.field.name } : {}),
  };
}

export interface GeneratedOperations {
  requests: FuzzRequest[];
  /** Argument positions of Query fields, of Mutation fields, and of fields of node types, for the report. */
  positions: { query: number; mutation: number; nested: number };
}

/**
 * The argument positions of the schema: every field of Query and Mutation (one plain position for a field
 * without arguments), and every field with arguments of the node types the demo data has rows of
 * (`Cell.members(on:)`, `Document.assignments(overdueOn:)` …).
 */
function schemaTargets(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  const roots: [Root, ReturnType<GraphQLSchema["getQueryType"]>][] = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ];
  for (const [root, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.length > 0) targets.push(...targetsOf(root, field, null));
      else targets.push({ root, host: null, field, path: [], type: null });
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isObjectType(type) ||
      !DEMO_ROWS[type.name] ||
      !type.getInterfaces().some((node) => node.name === "Node")
    ) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) targets.push(...targetsOf("query", field, type.name));
    }
  }
  return targets;
}

/** Requests for every argument position of the schema (`schemaTargets`), so many per position of each root. */
export function schemaOperations(
  schema: GraphQLSchema,
  viewers: readonly Viewer[],
  random: Random,
  perPosition: Record<Root, number>,
): GeneratedOperations {
  const requests: FuzzRequest[] = [];
  const positions = { query: 0, mutation: 0, nested: 0 };
  for (const target of schemaTargets(schema)) {
    positions[target.host ? "nested" : target.root] += 1;
    for (let index = 0; index < perPosition[target.root]; index += 1) {
      requests.push(caseOf(target, random.pick(viewers), random));
    }
  }
  return { requests, positions };
}

/** Hostile strings sent as each cursor (`after`, `before`). */
const CURSOR_SAMPLES = 12;

/** Long searches and numbers: many words, one long word, combining marks, FTS syntax repeated. */
const LONG_STRINGS = [
  "a ".repeat(30_000),
  "đ".repeat(60_000),
  "NEAR( ".repeat(10_000),
  "\u0301".repeat(100_000),
];

/**
 * Every string of `HOSTILE_STRINGS` (and a few long ones) in every String argument position of every Query field (searches, document
 * numbers, cursors, audit filters), the rest of the arguments plausible, sent as variables by the given viewers
 * in turn: the positions where SQL, LIKE and FTS5 meet what users type.
 */
export function stringSweep(
  schema: GraphQLSchema,
  viewers: readonly Viewer[],
  random: Random,
): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  const positions = schemaTargets(schema).filter(
    (target) =>
      target.root === "query" &&
      target.type !== null &&
      !isListType(target.type) &&
      getNamedType(target.type).name === "String",
  );
  for (const target of positions) {
    // Cursors are decoded before anything reads them: a sample of the strings is enough there.
    const isCursor = target.path.length === 1 && ["after", "before"].includes(String(target.path[0]));
    const texts = isCursor
      ? Array.from({ length: CURSOR_SAMPLES }, () => random.pick(HOSTILE_STRINGS))
      : [...HOSTILE_STRINGS, ...LONG_STRINGS];
    for (const text of texts) {
      const viewer = viewers[requests.length % viewers.length] as Viewer;
      const [argument, ...rest] = target.path;
      const args = plausibleArgs(target, random, false);
      args[argument as string] = withValueAt(args[argument as string] ?? null, rest, text);
      const label = `${nameOf(target)} = ${JSON.stringify(text.slice(0, 40))} as ${viewer.name}`;
      const { document, variables } = operationOf(target, args, random, false);
      requests.push({
        label,
        method: "POST",
        path: "/graphql",
        headers: {
          accept: "application/graphql-response+json",
          "content-type": "application/json",
          ...(viewer.authorization ? { authorization: viewer.authorization } : {}),
        },
        body: JSON.stringify({ query: document, variables }),
      });
    }
  }
  return requests;
}

/**
 * `importMembers` with `dryRun: true` on a real cell, as its writers: every row checked (names, dates, standings)
 * and the cell's people searched by the hostile names, and nothing written, whether or not the rows pass.
 */
export function dryRunImports(
  schema: GraphQLSchema,
  writers: readonly Viewer[],
  random: Random,
  count: number,
): FuzzRequest[] {
  const field = schema.getMutationType()?.getFields().importMembers;
  if (!field) throw new Error("The schema has no importMembers mutation.");
  const selection = selectionOf(field.type, 1);
  const document = `mutation Fuzz($input: ImportMembersInput!) { importMembers(input: $input) ${selection} }`;
  const standings = ["CANDIDATE", "PROBATIONARY", "OFFICIAL"];
  // Dates the Date scalar accepts, at the edges of the calendar and of the rules, so that rows reach the checks.
  const edgeDates = [
    "1900-01-01",
    "1900-02-28",
    "2024-02-29",
    "2200-12-31",
    "1990-05-01",
    "2015-03-01",
    "2016-03-01",
    "2100-01-01",
  ];
  const date = () => (random.chance(0.05) ? hostileDate(random) : random.pick(edgeDates));
  const row = (): Record<string, Value> => ({
    fullName: random.chance(0.8) ? random.pick(HOSTILE_STRINGS) : "Nguyễn Văn An",
    status: random.chance(0.97) ? random.pick(standings) : hostileString(random),
    ...(random.chance(0.6) ? { birthDate: date() } : {}),
    ...(random.chance(0.6) ? { admittedOn: date() } : {}),
    ...(random.chance(0.4) ? { officialOn: date() } : {}),
    ...(random.chance(0.3) ? { joinedOn: date() } : {}),
  });
  return Array.from({ length: count }, () => {
    const viewer = random.pick(writers);
    const rows = Array.from({ length: random.pick([1, 2, 5, 30, 201]) }, row);
    const input = { cellId: existingId(random, "Cell"), dryRun: true, rows };
    return requestOf(
      { document, variables: { input } },
      viewer,
      random,
      `importMembers dry run as ${viewer.name}`,
    );
  });
}
