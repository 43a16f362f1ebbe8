// What the bench and the profiler share: the data set and its operations, tokens for their viewers, the Worker built
// as a deployment would build it and served by `wrangler dev` over the local D1, and a load of one operation.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { SignJWT } from "jose";
import { FIXTURES_PATH } from "../scripts/bench-data/fixtures.mjs";
import { startDevServer } from "../scripts/dev-server.mjs";
import { developmentSecret, importTypeScript, root, run } from "../scripts/lib.mjs";
import { cpuPerRequest, groupCpu } from "./process-cpu.mjs";

// Inside the project, so that wrangler dev finds wrangler.toml (bindings, assets) above the bundle.
export const BUNDLE_DIRECTORY = join(root, ".wrangler", "tmp", "bench-worker");
/** The built bench entry (bench/entry.ts with the Worker in it), as `wrangler deploy --dry-run` names it. */
export const BUNDLE_FILE = "entry.js";
const SERVER_TIMEOUT_MS = 90_000;

const fixturesFile = join(root, FIXTURES_PATH);
if (!existsSync(fixturesFile)) {
  console.error(`No ${FIXTURES_PATH}: run \`npm run bench:data -- --scale small|province\` first.`);
  process.exit(2);
}
export const dataSet = JSON.parse(readFileSync(fixturesFile, "utf8"));
export const operations = await importTypeScript("bench/operations.ts");
const { FLOOR, countListItems } = operations;
const documentOf = (operation) => readFileSync(join(root, "examples", "operations", operation.file), "utf8");

// ——— The development secret (created as `npm start` does) and tokens ———

const secret = developmentSecret();
if (!secret) {
  console.error("No JWT_SECRET in .dev.vars.");
  process.exit(2);
}
const tokens = new Map();
export async function tokenFor(grant) {
  const key = JSON.stringify(grant);
  if (!tokens.has(key)) {
    const jwt = new SignJWT({ grants: [{ role: grant.role, ...(grant.cell ? { cell: grant.cell } : {}) }] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("chibo-dev")
      .setAudience("chibo")
      .setIssuedAt()
      .setExpirationTime("2h");
    if (grant.person) jwt.setSubject(grant.person);
    tokens.set(key, await jwt.sign(new TextEncoder().encode(secret)));
  }
  return tokens.get(key);
}

// ——— wrangler dev ———

export async function post(url, body, token) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    // workerd's own error pages (an exceeded limit, a crash) are not GraphQL: keep their words.
    return { status: response.status, body: { errors: [{ message: text.slice(0, 300) }] } };
  }
}

export function buildWorker() {
  // The Worker's static assets (GraphiQL), which a fresh clone has only after `npm start` or `npm test`.
  run("node", ["scripts/copy-graphiql.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
  rmSync(BUNDLE_DIRECTORY, { recursive: true, force: true });
  // Built as a deployment builds src/index.ts, from the bench's entry around it (bench/entry.ts).
  run("wrangler", ["deploy", "bench/entry.ts", "--dry-run", "--outdir", BUNDLE_DIRECTORY], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * The Worker under wrangler dev. Loads of one operation from one user would pass the per-user limits the
 * deployment has: the request limit is always lifted, the work limit for the operations' loads (`workLimit` false)
 * but kept for the flood, which is what it is for.
 */
export async function startServer({ workLimit }) {
  return startDevServer(
    [
      join(BUNDLE_DIRECTORY, BUNDLE_FILE),
      "--no-bundle",
      "--var",
      "RATE_LIMIT:off",
      "--var",
      "WORK_FIGURES:on",
      ...(workLimit ? [] : ["--var", "WORK_LIMIT:off"]),
    ],
    {
      timeoutMs: SERVER_TIMEOUT_MS,
      answers: async (url) => (await post(url, { query: FLOOR.query })).status === 200,
    },
  );
}

// ——— Measuring ———

/** Every request's body and token, prepared before the load so that the client spends nothing on them. */
export async function requestsOf(operation) {
  if (!operation.file) return [{ body: JSON.stringify({ query: FLOOR.query }), token: null }];
  const query = documentOf(operation);
  return Promise.all(
    Array.from({ length: operation.variants?.(dataSet.fixtures) ?? 1 }, async (_, index) => ({
      body: JSON.stringify({ query, variables: operation.variables(dataSet.fixtures, index) }),
      token: await tokenFor(operation.viewer(dataSet.fixtures, index)),
    })),
  );
}

/** One request outside the load: what the operation costs in D1 and returns. */
export async function sample(url, requests) {
  const { body, token } = requests[0];
  const response = await post(url, JSON.parse(body), token);
  const extensions = response.body.extensions ?? {};
  const problems = [
    ...(response.body.errors ?? []).map(
      (error) => error.extensions?.code ?? error.message.replace(/\s+/g, " "),
    ),
    ...[...JSON.stringify(response.body.data ?? {}).matchAll(/"errors":\[\{"code":"([A-Z_]+)"/g)].map(
      (m) => m[1],
    ),
  ];
  return {
    status: response.status,
    roundTrips: extensions.d1RoundTrips ?? null,
    rowsRead: extensions.d1RowsRead ?? null,
    rowsReturned: countListItems(response.body.data ?? null),
    problems,
  };
}

/** GraphQL errors (top-level, or a mutation's errors list) show as a non-empty errors array. */
const ERROR_IN_BODY = /"errors":\[\{/;
const ERROR_CODE = /"errors":\[\{[^\]]*?"code":"([A-Z_]+)"/;

/** Sends the requests in turn from `clients` connections for `duration` seconds, with the server's CPU meanwhile. */
export async function load(server, requests, { clients, duration, headers = {} }) {
  let next = 0;
  const outcome = { responses: 0, non2xx: 0, graphqlErrors: 0, codes: {} };
  const cpuBefore = groupCpu(server.groupId);
  const result = await autocannon({
    url: server.url,
    method: "POST",
    connections: clients,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          const { body, token } = requests[next % requests.length];
          next += 1;
          return {
            ...request,
            body,
            headers: {
              "content-type": "application/json",
              accept: "application/graphql-response+json",
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              ...headers,
            },
          };
        },
        onResponse: (status, body) => {
          outcome.responses += 1;
          if (status < 200 || status > 299) outcome.non2xx += 1;
          else if (ERROR_IN_BODY.test(body)) {
            outcome.graphqlErrors += 1;
            const code = ERROR_CODE.exec(body)?.[1] ?? "UNKNOWN";
            outcome.codes[code] = (outcome.codes[code] ?? 0) + 1;
          }
        },
      },
    ],
  });
  const cpuAfter = groupCpu(server.groupId);
  return {
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuAfter, outcome.responses),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    ...outcome,
  };
}

/**
 * Waits until D1 has finished what the previous load left in flight (autocannon stops at the deadline, the
 * Worker does not): a read that queues behind it.
 */
export async function settle(url) {
  const province = Buffer.from(`Cell:${dataSet.fixtures.provinceId}`).toString("base64");
  await post(url, { query: "query Settle($id: ID!) { cell(id: $id) { id } }", variables: { id: province } });
}

/** The header of bench/entry.ts: the Worker answers the request this many times inside the isolate (0: not at all). */
export const REPEAT_HEADER = "x-bench-repeat";

/**
 * The runtime's CPU per answer of the Worker itself (and the local D1 it calls, which runs in the same process):
 * one request that the Worker answers `times` times inside the isolate (bench/entry.ts), so wrangler dev's
 * plumbing is paid once, not per answer.
 */
export async function isolateCpu(server, { body, token }, times) {
  const before = groupCpu(server.groupId);
  const response = await fetch(server.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      [REPEAT_HEADER]: String(times),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    signal: AbortSignal.timeout(120_000),
  });
  await response.text();
  const after = groupCpu(server.groupId);
  return before && after ? ((after.workerd ?? 0) - (before.workerd ?? 0)) / times : null;
}
