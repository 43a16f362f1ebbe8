import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

async function send(init: RequestInit & { url?: string }) {
  const headers = new Headers(init.headers);
  headers.set("accept", "application/graphql-response+json");
  const response = await exports.default.fetch(
    new Request(init.url ?? "http://chibo.test/graphql", { ...init, headers }),
  );
  const text = await response.text();
  return { status: response.status, text };
}

describe("bad requests", () => {
  it.each([
    ["malformed JSON", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }],
    ["no query", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }],
    [
      "a syntax error",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ cells(" }),
      },
    ],
    [
      "an unknown field",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ nope }" }),
      },
    ],
    [
      "variables of the wrong type",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "query ($id: ID!) { cell(id: $id) { name } }",
          variables: { id: { not: "an id" } },
        }),
      },
    ],
    [
      "a mutation over GET",
      {
        method: "GET",
        url: "http://chibo.test/graphql?query=mutation%7BcreateCell(input:%7B%7D)%7Bcell%7Bid%7D%7D%7D",
      },
    ],
    [
      "an unsupported content type",
      { method: "POST", headers: { "content-type": "text/plain" }, body: "{ cells { totalCount } }" },
    ],
  ])("answers %s with a GraphQL error and a code, not a 500", async (_label, init) => {
    const { status, text } = await send(init as RequestInit & { url?: string });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    const body = JSON.parse(text);
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) expect(typeof error.extensions?.code).toBe("string");
  });
});
