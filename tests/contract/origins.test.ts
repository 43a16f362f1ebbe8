import { describe, expect, it } from "vitest";
import { adminToken, send as sendToWorker } from "../helpers";

const FRONT_END = "https://app.chibo.test";

function send(method: string, headers: Record<string, string>, body?: object | FormData) {
  return sendToWorker({ method, headers, body }, { CORS_ORIGINS: `${FRONT_END}, https://other.chibo.test/` });
}

const query = { query: "{ __typename }" };

describe("browsers: CORS allowlist and CSRF prevention", () => {
  it("answers a listed front-end's preflight and request with its origin and credentials", async () => {
    const preflight = await send("OPTIONS", {
      origin: FRONT_END,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type, idempotency-key",
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(FRONT_END);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("idempotency-key");
    const request = await send("POST", { origin: FRONT_END, "content-type": "application/json" }, query);
    expect(request.status).toBe(200);
    expect(request.headers.get("access-control-allow-origin")).toBe(FRONT_END);
  });

  it("refuses a request from a page of another origin before anything runs, and gives it no CORS headers", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: "mutation { __typename }" }));
    const forged = await send(
      "POST",
      { origin: "https://evil.test", authorization: `Bearer ${await adminToken()}` },
      form,
    );
    expect(forged.status).toBe(403);
    expect(forged.headers.get("access-control-allow-origin")).toBeNull();
    expect(forged.body.errors?.[0]?.extensions.code).toBe("CSRF_REFUSED");
    const preflight = await send("OPTIONS", {
      origin: "https://evil.test",
      "access-control-request-method": "POST",
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("accepts same-origin pages (GraphiQL) and requests without Origin (apps, scripts)", async () => {
    const sameOrigin = await send(
      "POST",
      { origin: "http://chibo.test", "content-type": "application/json" },
      query,
    );
    expect(sameOrigin.status).toBe(200);
    const app = await send("POST", { "content-type": "application/json" }, query);
    expect(app.status).toBe(200);
  });
});
