import { isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema";
import {
  adminToken,
  cellWithMembers,
  codes,
  createDocument,
  DEMO,
  type GraphQLResponse,
  globalId,
  gql,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";
import {
  BIRTH_DATE,
  buildFixtures,
  type Fixtures,
  ROLE_NAMES,
  ROLES,
  type Role,
  uploadPdf,
} from "./matrix-fixtures";
import {
  MUTATION_RULES,
  type MutationCase,
  NODE_MATRIX,
  NODE_RULES,
  PERSONAL_RULES,
  QUERY_RULES,
  REACH,
  type Reach,
} from "./matrix-rules";

/**
 * Every role × every query root, every mutation, `node` on every Node type (in X's subtree and in another one),
 * and every personal field by every route — generated from the schema, so a field without a rule fails.
 */

const REFUSAL: Record<Role, string> = {
  anonymous: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  secretary: "FORBIDDEN",
  committee: "FORBIDDEN",
  outsider: "FORBIDDEN",
  admin: "FORBIDDEN",
};
const AUTHORIZATION_CODES = ["UNAUTHENTICATED", "FORBIDDEN"];

const queryType = schema.getQueryType();
const mutationType = schema.getMutationType();
if (!queryType || !mutationType) throw new Error("The schema has no Query or Mutation type.");
const queryFields = Object.keys(queryType.getFields()).sort();
const mutationFields = Object.keys(mutationType.getFields()).sort();
const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType);
const nodeTypes = objectTypes
  .filter((type) => type.getInterfaces().some((face) => face.name === "Node"))
  .map((type) => type.name)
  .sort();
const personalFields = objectTypes
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => /\bPersonal\b/.test(field.description ?? ""))
      .map((field) => `${type.name}.${field.name}`),
  )
  .sort();

function coverage(fields: readonly string[], rules: Record<string, unknown>) {
  return {
    withoutRule: fields.filter((field) => !(field in rules)),
    ruleWithoutField: Object.keys(rules).filter((field) => !fields.includes(field)),
  };
}

const rolesOf = (allowed: Reach | readonly Role[]): readonly Role[] =>
  typeof allowed === "string" ? REACH[allowed].inX : allowed;

/** Refused viewers first: whatever an allowed one changes cannot then hide a refusal that changes something. */
const refusedFirst = (allowed: readonly Role[]) =>
  [...ROLES].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));

const requestIdOf = (result: GraphQLResponse) =>
  (result as { extensions?: { requestId?: string } }).extensions?.requestId;

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
}, 180_000);

describe("the rules cover the schema", () => {
  it.each([
    ["Query field", queryFields, QUERY_RULES],
    ["Mutation field", mutationFields, MUTATION_RULES],
    ["Node type", nodeTypes, NODE_RULES],
    ["personal field", personalFields, PERSONAL_RULES],
  ] as const)("every %s has a rule in matrix-rules.ts, and every rule its field", (_kind, fields, rules) => {
    expect(coverage(fields, rules)).toEqual({ withoutRule: [], ruleWithoutField: [] });
  });
});

describe.each(queryFields.filter((field) => QUERY_RULES[field] && QUERY_RULES[field] !== NODE_MATRIX))(
  "query %s",
  (field) => {
    const rule = QUERY_RULES[field] as Exclude<(typeof QUERY_RULES)[string], typeof NODE_MATRIX>;
    const allowed = REACH[rule.reach].inX;
    it.each(ROLES)("%s", async (role) => {
      const result = await gql(`{ ${rule.call(f)} }`, {}, f.tokens[role]);
      const value = result.data?.[field];
      if (allowed.includes(role)) {
        expect(result.errors, ROLE_NAMES[role]).toBeUndefined();
        expect(value).not.toBeNull();
        if (rule.filtered) expect(value.totalCount).toBeGreaterThan(0);
      } else if (rule.filtered && role !== "anonymous") {
        expect(result.errors).toBeUndefined();
        expect(value.totalCount, `${ROLE_NAMES[role]} sees none of X's`).toBe(0);
      } else if (rule.byId && role !== "anonymous") {
        expect(result.errors, `${ROLE_NAMES[role]}: as for an ID of nothing`).toBeUndefined();
        expect(value).toBeNull();
      } else {
        expect(codes(result)).toEqual([REFUSAL[role]]);
        expect(value ?? null).toBeNull();
      }
    });
  },
);

const mutationCases = mutationFields.flatMap((name) => {
  const rule = MUTATION_RULES[name];
  if (!rule) return [];
  const cases: readonly MutationCase[] = Array.isArray(rule) ? rule : [rule as MutationCase];
  return cases.map((mutationCase) => ({ name, mutationCase, title: mutationCase.label ?? "aimed at X" }));
});

describe.each(mutationCases)("mutation $name ($title)", ({ name, mutationCase }) => {
  const allowed = rolesOf(mutationCase.allowed);
  const inputType = String(mutationType.getFields()[name]?.args[0]?.type);
  const send = async (role: Role) => {
    const input = await mutationCase.input(f);
    if (mutationCase.send === "multipart") return uploadPdf(input.documentId as string, f.tokens[role]);
    return gql(
      `mutation ($input: ${inputType}) { ${name}(input: $input) { errors { code message } } }`,
      { input },
      f.tokens[role],
    );
  };

  it.each(refusedFirst(allowed))("%s", async (role) => {
    const result = await send(role);
    if (allowed.includes(role)) {
      expect(result.errors, ROLE_NAMES[role]).toBeUndefined();
      const payload = result.data?.[name] as { errors: { code: string }[] } | undefined;
      expect(payload, ROLE_NAMES[role]).toBeDefined();
      const refusals = (payload?.errors ?? []).map((error) => error.code);
      expect(refusals.filter((code) => !mutationCase.outcomes?.includes(code))).toEqual([]);
      return;
    }
    if (mutationCase.notFoundFor?.includes(role)) {
      expect(result.errors, ROLE_NAMES[role]).toBeUndefined();
      const payload = result.data?.[name] as { errors: { code: string }[] };
      expect(payload.errors.map((error) => error.code)).toEqual(["NOT_FOUND"]);
    } else {
      expect(codes(result)).toEqual([REFUSAL[role]]);
      expect(result.data?.[name] ?? null).toBeNull();
    }
    const requestId = requestIdOf(result);
    expect(requestId).toBeTruthy();
    const log = await gql(
      `query ($requestId: String!) { auditLog(filter: { requestId: $requestId }) { totalCount } }`,
      { requestId },
      await adminToken(),
    );
    expect(log.data?.auditLog.totalCount, "a refused mutation writes nothing").toBe(0);
  });
});

const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;

/** Each Node type's objects to ask for: one in X's subtree, one in another, and any outside subtrees. */
function probesOf(rule: (typeof NODE_RULES)[string]) {
  return [
    { where: "in X's subtree", allowed: REACH[rule.reach].inX, id: rule.inX },
    { where: "in another subtree", allowed: REACH[rule.reach].elsewhere, id: rule.elsewhere },
    ...(rule.outside
      ? [{ where: rule.outside.label, allowed: REACH[rule.outside.reach].inX, id: rule.outside.id }]
      : []),
  ];
}

describe.each(nodeTypes.filter((type) => NODE_RULES[type]))("node(id) on a %s", (type) => {
  const rule = NODE_RULES[type] as (typeof NODE_RULES)[string];
  describe.each(probesOf(rule))("$where", ({ allowed, id: idOf }) => {
    it.each(ROLES)("%s", async (role) => {
      const id = idOf(f);
      const result = await gql(NODE, { id }, f.tokens[role]);
      if (allowed.includes(role)) {
        expect(result.errors, ROLE_NAMES[role]).toBeUndefined();
        expect(result.data?.node).toEqual({ __typename: type, id });
      } else {
        // Out of reach is answered as an ID of nothing: null; anonymous viewers are asked to sign in.
        expect(result.data?.node ?? null).toBeNull();
        expect(codes(result)).toEqual(role === "anonymous" ? [REFUSAL[role]] : []);
      }
    });
  });
});

describe("nodes(ids) answers like node(id), object by object", () => {
  it.each(ROLES)("%s", async (role) => {
    const asked = Object.entries(NODE_RULES).flatMap(([type, rule]) =>
      probesOf(rule).map((probe) => ({ type, id: probe.id(f), allowed: probe.allowed.includes(role) })),
    );
    const result = await gql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: asked.map((entry) => entry.id) },
      f.tokens[role],
    );
    expect(result.data?.nodes).toEqual(
      asked.map((entry) => (entry.allowed ? { __typename: entry.type, id: entry.id } : null)),
    );
    const refusedAt = (result.errors ?? [])
      .map((error) => [error.path?.[1], error.extensions?.code])
      .sort(([a], [b]) => Number(a) - Number(b));
    // Anonymous viewers are asked to sign in where a reader is needed; others get null, as for an ID of nothing.
    expect(refusedAt).toEqual(
      role === "anonymous"
        ? asked.flatMap((entry, index) => (entry.allowed ? [] : [[index, REFUSAL[role]]]))
        : [],
    );
  });
});

type PersonalViewer = Role | "subject";
const PERSONAL_VIEWERS: readonly PersonalViewer[] = [...ROLES, "subject"];
const READS_X = new Set<PersonalViewer>([...REACH.line.inX, "subject"]);

describe.each(personalFields.filter((field) => PERSONAL_RULES[field]))("personal %s", (path) => {
  const rule = PERSONAL_RULES[path] as (typeof PERSONAL_RULES)[string];
  const field = path.split(".")[1] as string;
  const routes = rule.routes.map((route, index) => ({ route, index }));
  describe.each(routes)("route $index", ({ route }) => {
    it.each(PERSONAL_VIEWERS)("%s", async (viewer) => {
      const token = viewer === "subject" ? f.subjectToken : f.tokens[viewer];
      const result = await gql(`{ ${route(f)} }`, {}, token);
      const response = JSON.stringify(result);
      const masked = (result.errors ?? []).filter(
        (error) => error.path?.at(-1) === field && error.extensions?.code === "FORBIDDEN",
      );
      const reads = viewer === "subject" ? rule.subjectReads : rule.readers.includes(viewer);
      if (reads) {
        expect(response).toContain(rule.marker);
        // The person themselves reads their own value, not their fellow members' on the same list.
        if (viewer !== "subject") expect(masked).toEqual([]);
        return;
      }
      expect(response, "the value shows nowhere: no data, no error message").not.toContain(rule.marker);
      expect(codes(result).filter((code) => !AUTHORIZATION_CODES.includes(code ?? ""))).toEqual([]);
      if (READS_X.has(viewer)) expect(masked.length, "masked as null with FORBIDDEN").toBeGreaterThan(0);
    });
  });
});

describe("a member's discipline after they leave the cell", () => {
  it("is masked for the committee above the old cell, in the rating and in the audit log, and shown to admins", async () => {
    const old = await cellWithMembers("Kỷ luật cũ", 1);
    const moved = await cellWithMembers("Kỷ luật mới", 0);
    const personId = old.members[0] as string;
    const rated = await mutate(
      "rateMembers",
      {
        cellId: old.cell.id,
        year: 2023,
        stage: "PROPOSAL",
        entries: [{ personId, level: "NOT_COMPLETED", disciplined: true }],
      },
      "cell { id }",
    );
    expect(rated.data?.rateMembers.errors).toEqual([]);
    const requestId = requestIdOf(rated);
    const read = async (token: string) => {
      const ratings = await gql(
        `query ($cell: ID!) { cell(id: $cell) { memberRatings(year: 2023) { disciplined } } }`,
        { cell: old.cell.id },
        token,
      );
      const log = await gql(
        `query ($cell: ID!, $requestId: String!) {
          auditLog(filter: { cellId: $cell, requestId: $requestId }) { edges { node { table after } } }
        }`,
        { cell: old.cell.id, requestId },
        token,
      );
      const entry = log.data?.auditLog.edges
        .map((edge: { node: { table: string; after: string } }) => edge.node)
        .find((node: { table: string }) => node.table === "ratings");
      return {
        rating: ratings.data?.cell.memberRatings?.[0]?.disciplined ?? null,
        logged: entry ? JSON.parse(entry.after).disciplined : "no entry",
        codes: [...codes(ratings), ...codes(log)],
      };
    };
    const oldCommittee = await tokenFor("COMMITTEE", rawId(old.committee.id));
    expect(await read(oldCommittee)).toEqual({ rating: true, logged: 1, codes: [] });

    const transferred = await mutate(
      "transferMember",
      { personId, toCellId: moved.cell.id, on: "2024-06-01" },
      "person { id }",
    );
    expect(transferred.data?.transferMember.errors).toEqual([]);
    expect(await read(oldCommittee)).toEqual({ rating: null, logged: null, codes: ["FORBIDDEN"] });
    // The committee over the new cell reads the person's personal fields, but not the old cell's records.
    const newCommittee = await tokenFor("COMMITTEE", rawId(moved.committee.id));
    expect(await read(newCommittee)).toEqual({
      rating: null,
      logged: "no entry",
      codes: ["FORBIDDEN", "FORBIDDEN"],
    });
    expect(await read(await adminToken())).toEqual({ rating: true, logged: 1, codes: [] });
  });
});

describe("what lists, links and messages show", () => {
  const cellsOf = (edges: { node: { cell: { id: string } } }[]) => edges.map((edge) => edge.node.cell.id);

  it.each(ROLES)("a directive's assignments show %s only the cells on their line", async (role) => {
    const result = await gql(
      `query ($id: ID!) { document(id: $id) { assignments(first: 100) { edges { node { cell { id } } } } } }`,
      { id: globalId("Document", DEMO.conclusion18) },
      f.tokens[role],
    );
    if (role === "anonymous") {
      expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
      return;
    }
    expect(result.errors).toBeUndefined();
    const listed = cellsOf(result.data?.document.assignments.edges);
    expect(listed.includes(f.x.cell)).toBe(REACH.line.inX.includes(role));
    expect(listed.includes(f.other.cell)).toBe(REACH.line.elsewhere.includes(role));
  });

  it.each(ROLES)("a directive's relations show %s only those whose both ends they read", async (role) => {
    const result = await gql(
      `query ($id: ID!) { document(id: $id) { relations(direction: INCOMING) { from { id } } } }`,
      { id: globalId("Document", DEMO.conclusion18) },
      f.tokens[role],
    );
    if (role === "anonymous") {
      expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
      return;
    }
    expect(result.errors).toBeUndefined();
    const from = result.data?.document.relations.map(
      (relation: { from: { id: string } }) => relation.from.id,
    );
    expect(from.includes(f.x.document)).toBe(REACH.line.inX.includes(role));
    expect(from.includes(f.other.document)).toBe(REACH.line.elsewhere.includes(role));
  });

  it("keeps a cell's documents to implement, and a committee's rating choices, to the cell's line", async () => {
    const query = `query ($cell: ID!, $committee: ID!) {
      cell(id: $cell) { documentsToImplement { totalCount } }
      committee: cell(id: $committee) { ratingSchemeSettings { applies } }
    }`;
    const variables = { cell: f.x.cell, committee: f.x.committee };
    expect(codes(await gql(query, variables))).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(codes(await gql(query, variables, f.tokens.outsider))).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const member = await gql(query, variables, f.tokens.member);
    expect(member.errors).toBeUndefined();
    expect(member.data?.cell.documentsToImplement.totalCount).toBeGreaterThan(0);
  });

  it("shows a cell's targets only with the documents its reader may read", async () => {
    const draft = await createDocument({
      type: "PLAN",
      title: `Dự thảo của đảng ủy ${f.x.unique}`,
      issuerId: f.x.committee,
      draft: true,
    });
    const set = await mutate(
      "setAnnualTargets",
      { cellId: f.x.cell, year: 2026, documentIds: [draft.id, globalId("Document", DEMO.directive10)] },
      "cell { id }",
    );
    expect(set.data?.setAnnualTargets.errors).toEqual([]);
    const query = `query ($cell: ID!) { cell(id: $cell) { annualTargets(year: 2026) {
      documents { id } documentsProgress { id }
    } } }`;
    const member = await gql(query, { cell: f.x.cell }, f.tokens.member);
    expect(member.errors).toBeUndefined();
    expect(member.data?.cell.annualTargets.documents).toEqual([
      { id: globalId("Document", DEMO.directive10) },
    ]);
    const committee = await gql(query, { cell: f.x.cell }, f.tokens.committee);
    expect(committee.data?.cell.annualTargets.documents).toHaveLength(2);
  });

  it("refuses to assign a draft to cells whose members cannot read it", async () => {
    const draft = await createDocument({
      type: "PLAN",
      title: `Dự thảo giao ${f.x.unique}`,
      issuerId: f.x.committee,
      draft: true,
    });
    const assigned = await mutate(
      "assignDocument",
      { documentId: draft.id, committeeId: f.x.committee, cellIds: [f.x.cell] },
      "document { id }",
      f.tokens.committee,
    );
    expect(assigned.data?.assignDocument.errors.map((error: { code: string }) => error.code)).toEqual([
      "NOT_READABLE_BY_CELL",
    ]);
  });

  it("does not let a writer name, as a meeting's guest, a person they cannot read", async () => {
    const schedule = (guest: string) =>
      mutate(
        "scheduleMeeting",
        {
          cellId: f.x.cell,
          kind: "REGULAR",
          title: "Có khách",
          scheduledStart: "2024-07-05T14:00:00+07:00",
          scheduledEnd: "2024-07-05T16:00:00+07:00",
          guests: [{ personId: guest, capacity: "Khách mời" }],
        },
        "meeting { guests { name } }",
        f.tokens.secretary,
      );
    const stranger = await schedule(f.other.person);
    expect(stranger.data?.scheduleMeeting.errors.map((error: { code: string }) => error.code)).toEqual([
      "NOT_FOUND",
    ]);
    expect(JSON.stringify(stranger)).not.toContain(f.other.personName);
    const fellow = await schedule(f.x.member);
    expect(fellow.data?.scheduleMeeting.errors).toEqual([]);
  });

  it("names the cell of a clashing membership in an import's refusal only to those who read the person", async () => {
    const row = {
      fullName: f.other.personName,
      birthDate: BIRTH_DATE,
      status: "OFFICIAL",
      admittedOn: "2015-03-01",
      officialOn: "2016-03-01",
    };
    const importAs = (token: string | undefined) =>
      mutate("importMembers", { cellId: f.x.cell, rows: [row], dryRun: true }, "result { created }", token);
    const otherCellName = (await gql(`query ($id: ID!) { cell(id: $id) { name } }`, { id: f.other.cell }))
      .data?.cell.name as string;
    const bySecretary = await importAs(f.tokens.secretary);
    expect(bySecretary.data?.importMembers.errors.map((error: { code: string }) => error.code)).toEqual([
      "OVERLAPPING_MEMBERSHIP",
    ]);
    expect(JSON.stringify(bySecretary)).not.toContain(otherCellName);
    const byAdmin = await importAs(f.tokens.admin);
    expect(JSON.stringify(byAdmin)).toContain(otherCellName);
  });
});
