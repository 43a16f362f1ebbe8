import { generateKeyPairSync } from "node:crypto";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export const TEST_JWT_SECRET = "chibo-test-secret-not-for-deployment-0123456789";

/**
 * A signing key made for this run, standing in for an identity provider's and Cloudflare Access's: its public half
 * is served below as their JWKS, its private half reaches the tests as a binding. No key is committed.
 */
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const publicJwk = {
  ...signingKey.publicKey.export({ format: "jwk" }),
  kid: "test-key-1",
  alg: "RS256",
  use: "sig",
};
const privateJwk = { ...signingKey.privateKey.export({ format: "jwk" }), kid: "test-key-1", alg: "RS256" };
const keyFetches = { count: 0 };

/** The only "network" the tests see: the key sets, and a counter proving keys are cached per isolate. */
function outboundService(request: Request): Response {
  const url = new URL(request.url);
  if (url.pathname === "/jwks.json" || url.pathname === "/cdn-cgi/access/certs") {
    keyFetches.count += 1;
    return Response.json({ keys: [publicJwk] });
  }
  if (url.pathname === "/key-fetches") return Response.json(keyFetches);
  return new Response("No network in tests.", { status: 502 });
}

/**
 * Pure rules and files read without the Worker (the domain, the example operations, CSV and iCalendar parsing) run in
 * Node: they need neither workerd nor a migrated D1, whose set-up is most of a test file's cost. (The schema's own
 * tests stay in workerd: Pothos and the tests would load graphql-js twice in Node.)
 */
const UNIT_TESTS = [
  "tests/domain/**/*.test.ts",
  "tests/schema/examples.test.ts",
  "tests/import/parse.test.ts",
  "tests/import/plan.test.ts",
  "tests/import/dues-bases-parse.test.ts",
  "tests/meetings/icalendar.test.ts",
  "tests/contract/graphql-messages.test.ts",
];

/**
 * Files that read the whole database (every table's counts, every tenant, the query plans of a workload, a randomized
 * sequence compared with its views): each gets a fresh runtime and database, as it would alone.
 */
const FRESH_DATABASE_TESTS = [
  "tests/performance/query-plans.test.ts",
  "tests/performance/rollups.test.ts",
  "tests/cells/subtree-sizes.test.ts",
  "tests/contract/budget.test.ts",
  "tests/contract/relay.test.ts",
  "tests/documents/seed.test.ts",
  "tests/tenants/tenants.test.ts",
  "tests/live/retention.test.ts",
];

/** The Worker, its bindings and the test-only ones, for each project that runs in workerd. */
async function workerPlugins() {
  return [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        outboundService,
        // The suite sends thousands of requests as a handful of users; the limit itself is tested with a tight one.
        ratelimits: {
          RATE_LIMITER: { namespace_id: "1001", simple: { limit: 1_000_000, period: 60 } },
          TEST_TIGHT_RATE_LIMITER: { namespace_id: "1002", simple: { limit: 3, period: 60 } },
          WORK_LIMITER: { namespace_id: "1003", simple: { limit: 1_000_000, period: 60 } },
          TEST_TIGHT_WORK_LIMITER: { namespace_id: "1004", simple: { limit: 3, period: 60 } },
        },
        // A second tenant's database, beside wrangler.toml's DB, for the tenant routing and national rollup tests.
        d1Databases: {
          DB: "00000000-0000-4000-8000-000000000000",
          DB_SECOND: "00000000-0000-4000-8000-000000000002",
        },
        bindings: {
          TENANTS: JSON.stringify({
            main: { binding: "DB", name: "Đảng bộ thử nghiệm" },
            second: { binding: "DB_SECOND", name: "Đảng bộ thứ hai" },
          }),
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          TEST_SIGNING_KEY: JSON.stringify(privateJwk),
          JWT_SECRET: TEST_JWT_SECRET,
          JWKS_URL: "https://idp.chibo.test/jwks.json",
          ACCESS_TEAM_DOMAIN: "https://chibo-test.cloudflareaccess.com",
          ACCESS_AUD: "chibo-test-access-aud",
          // Tests assert the D1 work of requests made with every role (tests/contract/work-figures.test.ts turns it off).
          WORK_FIGURES: "on",
          PUBLIC_ORIGIN: "http://chibo.test",
          // Small, so that the size limit is tested without megabytes of test data.
          MAX_ATTACHMENT_BYTES: "1024",
        },
      },
    }),
  ];
}

export default defineConfig(async () => ({
  test: {
    projects: [
      { test: { name: "unit", include: UNIT_TESTS, environment: "node" } },
      {
        plugins: await workerPlugins(),
        test: {
          name: "worker",
          setupFiles: ["./tests/setup.ts"],
          include: ["tests/**/*.test.ts"],
          exclude: [...UNIT_TESTS, ...FRESH_DATABASE_TESTS],
          // Files share one workerd and one local D1 (migrated and seeded once): each file names its rows uniquely, so
          // none sees another's, and the suite runs in a fraction of the time a fresh runtime per file takes.
          isolate: false,
        },
      },
      {
        plugins: await workerPlugins(),
        test: {
          name: "worker-fresh",
          setupFiles: ["./tests/setup.ts"],
          include: FRESH_DATABASE_TESTS,
        },
      },
    ],
  },
}));
