import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { adminToken, createBranch, DEMO, globalId, gql, send } from "../helpers";

/** A page, read as the browser gets it. */
function page(path: string, token?: string) {
  return exports.default.fetch(
    new Request(`http://chibo.test${path}`, {
      headers: { accept: "text/html", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
  );
}

const RENAME = `mutation ($input: UpdateCellInput!) { updateCell(input: $input) { cell { name version } errors { code } } }`;
const NAME = `query ($id: ID!) { cell(id: $id) { name version } }`;

describe("text that is not valid Unicode", () => {
  it.each([
    ["an unpaired high surrogate", "Chi bộ \ud800"],
    ["an unpaired low surrogate", "\udc00 Chi bộ"],
    ["a noncharacter", "Chi bộ \ufffe"],
    ["a supplementary noncharacter", "Chi bộ \u{1fffe}"],
    ["NUL", "Chi\u0000 bộ"],
  ])("refuses %s in the variables with 400 BAD_USER_INPUT, writing nothing", async (_name, name) => {
    const { cell } = await createBranch("Unicode");
    const refused = await send({
      token: await adminToken(),
      body: { query: RENAME, variables: { input: { cellId: cell.id, expectedVersion: 1, name } } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await gql(NAME, { id: cell.id })).data?.cell).toEqual({ name: cell.name, version: 1 });
  });

  it("refuses the same characters written as escapes in the query's strings", async () => {
    for (const written of ["\\u0000", "\\uFFFF", "\\u{0}"]) {
      const refused = await send({
        body: { query: `{ cells(filter: { search: "a${written}" }) { totalCount } }` },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("keeps Vietnamese in either normalization form and emoji (surrogate pairs)", async () => {
    const { cell } = await createBranch("Unicode hợp lệ");
    const name = "Chi bộ Ðoàn Thị Điểm — Tiếng Việt 🇻🇳 (Chi bo\u0302\u0323)";
    const renamed = await send({
      token: await adminToken(),
      body: { query: RENAME, variables: { input: { cellId: cell.id, expectedVersion: 1, name } } },
    });
    expect(renamed.body.data?.updateCell.errors).toEqual([]);
    // Names are stored in NFC, the form Vietnamese keyboards type.
    expect((await gql(NAME, { id: cell.id })).data?.cell.name).toBe(name.normalize("NFC"));
  });
});

describe("pages and answers", () => {
  it("serves GraphiQL with a policy that runs no inline script and cannot be framed", async () => {
    const graphiql = await page("/graphql");
    expect(graphiql.status).toBe(200);
    const html = await graphiql.text();
    expect(html).toContain("<title>Chibo — GraphiQL</title>");
    // Every script of the page is a file of this origin; its settings are data.
    expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/g)).toBeNull();
    const policy = graphiql.headers.get("content-security-policy") ?? "";
    expect(
      policy
        .split(";")
        .find((part) => part.includes("script-src"))
        ?.trim(),
    ).toBe("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(graphiql.headers.get("x-frame-options")).toBe("DENY");
    expect(graphiql.headers.get("x-content-type-options")).toBe("nosniff");
    expect(graphiql.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("gives the printable report the same policy, and every API answer nosniff", async () => {
    const token = await adminToken();
    const report = await page(`/cells/${DEMO.cell}/reports/2017`, token);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toContain("text/html");
    expect(report.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const answer = await send({ body: { query: "{ __typename }" } });
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    const refused = await send({ path: "/graphql", method: "PUT", body: "x" });
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never lets shared caches keep an anonymous GET whose answer holds an error", async () => {
    const failing = encodeURIComponent(
      `{ cell(id: "${globalId("Cell", "nope")}") { name } documents { totalCount } }`,
    );
    const answer = await send({
      method: "GET",
      path: `/graphql?query=${failing}`,
      headers: { accept: "application/json" },
    });
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("the API's own origin", () => {
  it("comes from PUBLIC_ORIGIN, not from the Host the request names", async () => {
    const spoofed = await send(
      {
        path: "/graphql",
        headers: { origin: "http://evil.test", host: "evil.test" },
        body: { query: "{ __typename }" },
      },
      { PUBLIC_ORIGIN: "http://chibo.test" },
    );
    expect(spoofed.status).toBe(403);
    expect(spoofed.body.errors?.[0]?.extensions.code).toBe("CSRF_REFUSED");
    const own = await send({ headers: { origin: "http://chibo.test" }, body: { query: "{ __typename }" } });
    expect(own.status).toBe(200);
  });
});

describe("introspection", () => {
  const INTROSPECT = { query: "{ __schema { queryType { name } } }" };
  it("is off by default in production, on in development, and follows INTROSPECTION either way", async () => {
    const production = await send(
      { body: INTROSPECT },
      { ENVIRONMENT: "production", INTROSPECTION: undefined },
    );
    expect(production.body.errors?.[0]?.extensions.code).toBe("INTROSPECTION_DISABLED");
    const development = await send({ body: INTROSPECT }, { INTROSPECTION: undefined });
    expect(development.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const allowed = await send({ body: INTROSPECT }, { ENVIRONMENT: "production", INTROSPECTION: "on" });
    expect(allowed.body.errors).toBeUndefined();
    const refused = await send({ body: INTROSPECT }, { INTROSPECTION: "off" });
    expect(refused.body.errors?.[0]?.extensions.code).toBe("INTROSPECTION_DISABLED");
  });
});

describe("multipart bodies", () => {
  it("answers a malformed multipart body with HTTP 400 and a GraphQL error", async () => {
    const token = await adminToken();
    for (const body of [
      "garbage",
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{not json\r\n--x--\r\n',
    ]) {
      const answer = await send({
        token,
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions.code).toEqual(expect.any(String));
    }
  });
});
