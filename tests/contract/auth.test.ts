import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { codes, createBranch, DEMO, globalId, gql, mutate, TEST_JWT_SECRET, tokenFor } from "../helpers";

const PEOPLE = "{ people(first: 1) { totalCount } }";

describe("authentication", () => {
  it("lets anonymous readers see organizations but not people", async () => {
    const cells = await gql("{ cells(first: 1) { totalCount } }");
    expect(cells.errors).toBeUndefined();
    const people = await gql(PEOPLE);
    expect(codes(people)).toEqual(["UNAUTHENTICATED"]);
    expect(people.data?.people ?? null).toBeNull();
    const node = await gql(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: globalId("Person", DEMO.secretary),
    });
    expect(codes(node)).toEqual(["UNAUTHENTICATED"]);
  });

  const badTokens: [string, () => Promise<string>][] = [
    ["expired", () => tokenFor("ADMIN", null, { expiresIn: "-1m" })],
    [
      "signed with another secret",
      () => tokenFor("ADMIN", null, { secret: "another-secret-another-secret-00" }),
    ],
    ["for another audience", () => tokenFor("ADMIN", null, { audience: "someone-else" })],
    [
      "unsigned (alg none)",
      async () => {
        const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "");
        const exp = Math.floor(Date.now() / 1000) + 3600;
        return `${encode({ alg: "none" })}.${encode({ grants: [{ role: "ADMIN" }], iss: "chibo-dev", aud: "chibo", exp })}.`;
      },
    ],
    ["malformed", async () => "not-a-jwt"],
    ["oversized", async () => "a".repeat(10_000)],
    [
      "with a grant of unknown role",
      () =>
        new SignJWT({ grants: [{ role: "GOD" }] })
          .setProtectedHeader({ alg: "HS256" })
          .setIssuer("chibo-dev")
          .setAudience("chibo")
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
    ],
  ];

  it.each(badTokens)("refuses a token %s with 401 UNAUTHENTICATED", async (_label, makeToken) => {
    const result = await gql(PEOPLE, {}, await makeToken());
    expect(result.status).toBe(401);
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.data).toBeUndefined();
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    const response = await exports.default.fetch(
      new Request("http://chibo.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Basic dXNlcjpwYXNz" },
        body: JSON.stringify({ query: PEOPLE }),
      }),
    );
    expect(response.status).toBe(401);
  });
});

describe("authorization by subtree", () => {
  const RENAME = "cell { name }";

  it("lets a secretary write in their cell only, and not change the structure", async () => {
    const mine = await createBranch("Quyền A");
    const other = await createBranch("Quyền B");
    const secretary = await tokenFor("SECRETARY", atob(mine.cell.id).split(":")[1] ?? null);
    const own = await mutate(
      "updateCell",
      { cellId: mine.cell.id, expectedVersion: 1, addAliases: ["Tên khác"] },
      RENAME,
      secretary,
    );
    expect(own.data?.updateCell.errors).toEqual([]);
    const foreign = await mutate(
      "updateCell",
      { cellId: other.cell.id, expectedVersion: 1, name: "Chiếm" },
      RENAME,
      secretary,
    );
    expect(codes(foreign)).toEqual(["FORBIDDEN"]);
    expect(foreign.data?.updateCell ?? null).toBeNull();
    const dissolve = await mutate(
      "dissolveCell",
      { cellId: mine.cell.id, dissolvedOn: "2020", expectedVersion: 2 },
      RENAME,
      secretary,
    );
    expect(codes(dissolve)).toEqual(["FORBIDDEN"]);
    const candidate = await mutate(
      "createCandidate",
      { fullName: "Ngô Văn A", cellId: other.cell.id },
      "person { id }",
      secretary,
    );
    expect(codes(candidate)).toEqual(["FORBIDDEN"]);
  });

  it("lets a committee govern its subtree but not a sibling's", async () => {
    const mine = await createBranch("Ủy A");
    const other = await createBranch("Ủy B");
    const committee = await tokenFor("COMMITTEE", atob(mine.committee.id).split(":")[1] ?? null);
    const create = await mutate(
      "createCell",
      { name: `Chi bộ mới ${mine.unique}`, kind: "SUBORDINATE_CELL", parentId: mine.committee.id },
      RENAME,
      committee,
    );
    expect(create.data?.createCell.errors).toEqual([]);
    const writeBelow = await mutate(
      "createCandidate",
      { fullName: "Vũ Thị B", cellId: mine.cell.id },
      "person { id }",
      committee,
    );
    expect(writeBelow.data?.createCandidate.errors).toEqual([]);
    const sibling = await mutate(
      "createCell",
      { name: "Chi bộ lạ", kind: "SUBORDINATE_CELL", parentId: other.committee.id },
      RENAME,
      committee,
    );
    expect(codes(sibling)).toEqual(["FORBIDDEN"]);
    const root = await mutate(
      "createCell",
      { name: "Đảng bộ tỉnh X", kind: "PROVINCIAL_COMMITTEE" },
      RENAME,
      committee,
    );
    expect(codes(root)).toEqual(["FORBIDDEN"]);
  });

  it("does not let a member write, even in their own cell", async () => {
    const member = await tokenFor("MEMBER", DEMO.cell);
    const result = await mutate(
      "createCandidate",
      { fullName: "Hoàng Văn C", cellId: globalId("Cell", DEMO.cell) },
      "person { id }",
      member,
    );
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    const reads = await gql(PEOPLE, {}, member);
    expect(reads.errors).toBeUndefined();
  });
});

describe("personal records through node(id)", () => {
  it.each([
    ["Person", DEMO.secretary],
    ["Membership", `${DEMO.secretary}-membership`],
    ["Role", "demo-role-secretary"],
  ])("refuses a %s to anonymous readers and serves it with a token", async (typename, id) => {
    const query = `query ($id: ID!) { node(id: $id) { __typename } }`;
    const anonymous = await gql(query, { id: globalId(typename, id) });
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const signedIn = await gql(query, { id: globalId(typename, id) }, await tokenFor("MEMBER", DEMO.cell));
    expect(signedIn.data?.node).toEqual({ __typename: typename });
  });
});
