import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { adminToken } from "../helpers";

const QUERY = encodeURIComponent("{ cells(first: 1) { totalCount } }");

async function get(token?: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`http://chibo.test/graphql?query=${QUERY}`, {
      headers: {
        accept: "application/graphql-response+json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
    }),
  );
}

describe("HTTP caching", () => {
  it("lets shared caches keep an anonymous GET of public data a minute", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    for (const header of [
      "Authorization",
      "Cf-Access-Jwt-Assertion",
      "Cookie",
      "Chibo-Tenant",
      "X-Chibo-Bookmark",
    ]) {
      expect(response.headers.get("vary")).toContain(header);
    }
  });

  it("never lets a shared cache keep a GET signed in by Cloudflare Access (its assertion or its cookie)", async () => {
    const viaCookie = await get(undefined, { cookie: "CF_Authorization=anything" });
    expect(viaCookie.headers.get("cache-control")).toBe("private, no-store");
    const viaAssertion = await get(undefined, { "cf-access-jwt-assertion": "not-even-valid" });
    expect(viaAssertion.headers.get("cache-control")).toBe("private, no-store");
  });

  it("never stores a response to a request with a token, nor a POST", async () => {
    expect((await get(await adminToken())).headers.get("cache-control")).toBe("private, no-store");
    const post = await exports.default.fetch(
      new Request("http://chibo.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ cells(first: 1) { totalCount } }" }),
      }),
    );
    expect(post.headers.get("cache-control")).toBe("private, no-store");
  });

  it("refuses a mutation over GET", async () => {
    const response = await exports.default.fetch(
      new Request(
        `http://chibo.test/graphql?query=${encodeURIComponent('mutation { createCell(input: { name: "X", kind: BLOC_COMMITTEE }) { errors { code } } }')}`,
      ),
    );
    expect(response.status).toBe(405);
  });
});
