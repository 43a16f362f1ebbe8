/**
 * The GraphQL over HTTP audit suite of `graphql-http` (https://graphql.github.io/graphql-over-http/), run against
 * the Worker itself. Every MUST audit is a test; SHOULD and MAY audits are recommendations: the ones that fail are
 * printed (and listed in README), never failing the build.
 */
import { exports } from "cloudflare:workers";
import { type AuditResult, serverAudits } from "graphql-http";
import { afterAll, describe, expect, it } from "vitest";

const audits = serverAudits({
  url: "http://chibo.test/graphql",
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)),
});

const mustAudits = audits.filter((audit) => audit.name.startsWith("MUST"));
const otherAudits = audits.filter((audit) => !audit.name.startsWith("MUST"));

function describeFailure(result: AuditResult): string {
  return result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`;
}

describe("GraphQL over HTTP (graphql-http server audits)", () => {
  it("has MUST audits to run", () => {
    expect(mustAudits.length).toBeGreaterThan(0);
  });

  it.each(mustAudits)("$id $name", async (audit) => {
    const result = await audit.fn();
    expect(result.status, `${audit.name} — ${describeFailure(result)}`).toBe("ok");
  });

  describe("recommendations (SHOULD, MAY)", () => {
    const failing: string[] = [];

    afterAll(() => {
      if (failing.length === 0) {
        console.info("graphql-http: every SHOULD and MAY audit passes.");
      } else {
        console.info(
          `graphql-http: ${failing.length} of ${otherAudits.length} SHOULD/MAY audits fail:\n${failing
            .map((line) => `  - ${line}`)
            .join("\n")}`,
        );
      }
    });

    it("runs every SHOULD and MAY audit (failures are printed, not fatal)", async () => {
      for (const audit of otherAudits) {
        const result = await audit.fn();
        if (result.status !== "ok") failing.push(`${audit.id} ${audit.name} — ${describeFailure(result)}`);
      }
      expect(otherAudits.length).toBeGreaterThan(0);
    });
  });
});
