// npm run bench [-- --duration 5 --connections 10]
// Builds the Worker as a deployment would (a snapshot: edits made meanwhile do not restart it), serves it with
// `wrangler dev` on a free loopback port over the local D1 as `npm run bench:data` left it (migrations brought up to
// date, no demo reload, rate limit off), then for each operation of bench/operations.ts: one request outside the
// load to read its cost
// (extensions.d1RoundTrips, d1RowsRead, list items returned), and autocannon for a fixed time. The floor
// ({ __typename }) is measured before and after the operations; each operation's requests per second are compared
// with the floor's mean. Prints a table and writes the figures to bench/results/<timestamp>.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { SignJWT } from "jose";
import { FIXTURES_PATH } from "../scripts/bench-data/fixtures.mjs";
import { startDevServer } from "../scripts/dev-server.mjs";
import { developmentSecret, importTypeScript, root, run } from "../scripts/lib.mjs";

const USAGE =
  "Usage: npm run bench [-- --duration <seconds per operation> --connections <n> --only <words of operation names>]";
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      duration: { type: "string", default: "5" },
      connections: { type: "string", default: "10" },
      only: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const duration = Number(options.duration);
const connections = Number(options.connections);
if (
  !(duration > 0 && duration <= 120) ||
  !(Number.isInteger(connections) && connections > 0 && connections <= 100)
) {
  console.error(USAGE);
  process.exit(2);
}

// Inside the project, so that wrangler dev finds wrangler.toml (bindings, assets) above the bundle.
const BUNDLE_DIRECTORY = join(root, ".wrangler", "tmp", "bench-worker");
const SERVER_TIMEOUT_MS = 90_000;

const fixturesFile = join(root, FIXTURES_PATH);
if (!existsSync(fixturesFile)) {
  console.error(`No ${FIXTURES_PATH}: run \`npm run bench:data -- --scale small|province\` first.`);
  process.exit(2);
}
const dataSet = JSON.parse(readFileSync(fixturesFile, "utf8"));
const {
  FLOOD_TARGET,
  FLOOR,
  HEAVIEST,
  OPERATIONS,
  ROUND_TRIPS_ALLOWED,
  TARGETS,
  countListItems,
  rowsReadAllowed,
} = await importTypeScript("bench/operations.ts");
const documentOf = (operation) => readFileSync(join(root, "examples", "operations", operation.file), "utf8");

// ——— The development secret (created as `npm start` does) and tokens ———

const secret = developmentSecret();
if (!secret) {
  console.error("No JWT_SECRET in .dev.vars.");
  process.exit(2);
}
const tokens = new Map();
async function tokenFor(grant) {
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

let server;

async function post(url, body, token) {
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

function buildWorker() {
  // The Worker's static assets (GraphiQL), which a fresh clone has only after `npm start` or `npm test`.
  run("node", ["scripts/copy-graphiql.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
  rmSync(BUNDLE_DIRECTORY, { recursive: true, force: true });
  run("wrangler", ["deploy", "--dry-run", "--outdir", BUNDLE_DIRECTORY], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/**
 * The Worker under wrangler dev. Loads of one operation from one user would pass the per-user limits the
 * deployment has: the request limit is always lifted, the work limit for the operations' loads (`workLimit` false)
 * but kept for the flood, which is what it is for.
 */
async function startServer({ workLimit }) {
  server = await startDevServer(
    [
      join(BUNDLE_DIRECTORY, "index.js"),
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
  return server.url;
}

// ——— Measuring ———

/** Every request's body and token, prepared before the load so that the client spends nothing on them. */
async function requestsOf(operation) {
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
async function sample(url, requests) {
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

async function load(url, requests, clients = connections) {
  let next = 0;
  const outcome = { responses: 0, non2xx: 0, graphqlErrors: 0, codes: {} };
  const result = await autocannon({
    url,
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
  return {
    requestsPerSecond: result.requests.average,
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
async function settle(url) {
  const province = Buffer.from(`Cell:${dataSet.fixtures.provinceId}`).toString("base64");
  await post(url, { query: "query Settle($id: ID!) { cell(id: $id) { id } }", variables: { id: province } });
}

async function measure(url, operation) {
  const requests = await requestsOf(operation);
  await settle(url);
  const cost = await sample(url, requests);
  process.stderr.write(`  ${operation.name} …\n`);
  return { name: operation.name, kind: operation.kind ?? "floor", ...cost, ...(await load(url, requests)) };
}

/**
 * A noisy neighbour: nine clients send the floor alone, then again while a tenth sends the most expensive request the
 * server accepts in a loop; the floor's rate under the flood over its rate alone is what the budget protects.
 */
async function measureFlood(url) {
  const floor = await requestsOf({ name: FLOOR.name });
  const heavy = [
    {
      body: JSON.stringify({ query: HEAVIEST.query, variables: HEAVIEST.variables(dataSet.fixtures) }),
      token: await tokenFor(HEAVIEST.viewer(dataSet.fixtures)),
    },
  ];
  await settle(url);
  const heavySample = await sample(url, heavy);
  process.stderr.write("  floor alone (9 clients) …\n");
  const alone = await load(url, floor, 9);
  await settle(url);
  process.stderr.write(`  floor (9 clients) beside ${HEAVIEST.name} (1 client) …\n`);
  const [beside, flood] = await Promise.all([load(url, floor, 9), load(url, heavy, 1)]);
  const kept = beside.requestsPerSecond / alone.requestsPerSecond;
  return { heavySample, alone, beside, flood, kept, met: kept >= FLOOD_TARGET };
}

// ——— Reporting ———

function machine() {
  const cpuModels = [...new Set(cpus().map((cpu) => cpu.model.trim()))];
  return {
    cpus: cpus().length,
    cpuModel: cpuModels.join(", "),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

function table(rows) {
  const headers = [
    "operation",
    "req/s",
    "p50 ms",
    "p99 ms",
    "× floor",
    "D1 trips",
    "rows read",
    "rows out",
    "work ok",
    "target",
    "met",
    "non-2xx",
    "GQL err",
  ];
  const cells = rows.map((row) => [
    row.name,
    row.requestsPerSecond.toFixed(1),
    String(row.latencyP50),
    String(row.latencyP99),
    row.ratio === null ? "1" : row.ratio.toFixed(2),
    String(row.roundTrips ?? "–"),
    String(row.rowsRead ?? "–"),
    String(row.rowsReturned),
    row.workMet === null ? "–" : row.workMet ? "yes" : "NO",
    row.target === null ? "–" : `≥ ${row.target}`,
    row.met === null ? "–" : row.met ? "yes" : "NO",
    String(row.non2xx + row.socketErrors),
    row.graphqlErrors === 0 ? "0" : `${row.graphqlErrors} ${JSON.stringify(row.codes)}`,
  ]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => line[column].length)),
  );
  const line = (values) =>
    values
      .map((value, column) => (column === 0 ? value.padEnd(widths[column]) : value.padStart(widths[column])))
      .join("  ");
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line)].join("\n");
}

// ——— The run ———

let exitCode = 0;
try {
  const { cpus: cpuCount, cpuModel, memoryGiB } = machine();
  console.log(
    `Data set: ${dataSet.scale} (seed ${dataSet.seed}), ${Object.values(dataSet.rows).reduce((sum, n) => sum + n, 0)} rows. ` +
      `${duration} s per operation, ${connections} connections, loopback only. ` +
      `Machine: ${cpuCount} × ${cpuModel}, ${memoryGiB} GiB, Node ${process.version}.`,
  );
  buildWorker();
  const url = await startServer({ workLimit: false });
  console.log(`wrangler dev answers on ${url}`);
  const floorBefore = await measure(url, { name: `${FLOOR.name} (before)` });
  const measured = [];
  const chosen = OPERATIONS.filter((operation) => !options.only || operation.name.includes(options.only));
  for (const operation of chosen) measured.push(await measure(url, operation));
  const floodMeasured =
    !options.only || "flood".includes(options.only) || HEAVIEST.name.includes(options.only);
  const floorAfter = await measure(url, { name: `${FLOOR.name} (after)` });
  let flood = null;
  if (floodMeasured) {
    await server.stop();
    flood = await measureFlood(await startServer({ workLimit: true }));
  }
  const floor = (floorBefore.requestsPerSecond + floorAfter.requestsPerSecond) / 2;

  const rows = [floorBefore, ...measured, floorAfter].map((row) => {
    const target = TARGETS[row.kind] ?? null;
    const ratio = row.kind === "floor" ? null : row.requestsPerSecond / floor;
    const workMet =
      row.kind === "floor"
        ? null
        : row.rowsRead <= rowsReadAllowed(row.rowsReturned) &&
          row.roundTrips <= ROUND_TRIPS_ALLOWED[row.kind];
    return {
      ...row,
      ratio,
      target,
      workMet,
      met: target === null || ratio === null ? null : ratio >= target,
    };
  });
  console.log(`\n${table(rows)}\n`);
  console.log(
    "× floor: requests per second over the floor's mean; D1 trips / rows read / rows out: one request outside the " +
      "load; work ok: rows read ≤ 20 × rows out + 300 and at most 3 round trips (4 for a write); non-2xx includes " +
      "socket errors; GQL err: responses with a GraphQL or mutation error (codes seen).",
  );
  const sampleProblems = rows.filter((row) => row.status !== 200 || row.problems.length > 0);
  for (const row of sampleProblems)
    console.log(`! ${row.name}: sample answered ${row.status} ${row.problems.join(", ")}`);
  if (sampleProblems.some((row) => row.status >= 500))
    console.log(`wrangler dev said:\n${server?.log().slice(-3_000) ?? ""}`);
  if (flood) {
    const { heavySample, alone, beside, flood: heavy, kept, met } = flood;
    console.log(
      `Flood: the floor with 9 clients answers ${alone.requestsPerSecond.toFixed(1)} req/s alone and ` +
        `${beside.requestsPerSecond.toFixed(1)} req/s (p99 ${beside.latencyP99} ms) while a tenth client sends ` +
        `${HEAVIEST.name} (${heavy.requestsPerSecond.toFixed(1)} req/s, ${heavySample.rowsRead ?? "–"} rows read, ` +
        `${heavySample.problems.length > 0 ? `answered ${heavySample.problems.join(", ")}` : "answered whole"}): ` +
        `${(kept * 100).toFixed(0)} % kept, target ≥ ${FLOOD_TARGET * 100} % — ${met ? "met" : "NOT met"}.`,
    );
  }
  const missed = [
    ...rows.filter((row) => row.met === false).map((row) => row.name),
    ...rows.filter((row) => row.workMet === false).map((row) => `${row.name} (work)`),
    ...(flood && !flood.met ? ["flood"] : []),
  ];
  console.log(missed.length > 0 ? `Targets missed: ${missed.join(", ")}.` : "Every target met.");

  const results = join(root, "bench", "results");
  mkdirSync(results, { recursive: true });
  const file = join(results, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: machine(),
        dataSet: { scale: dataSet.scale, seed: dataSet.seed, rows: dataSet.rows },
        settings: { duration, connections },
        floorRequestsPerSecond: floor,
        operations: rows,
        flood,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Figures written to ${relative(root, file)}`);
  if (sampleProblems.length > 0) exitCode = 1;
} catch (error) {
  console.error(`bench FAILED: ${error.message}`);
  exitCode = 1;
} finally {
  await server?.stop();
}
process.exit(exitCode);
