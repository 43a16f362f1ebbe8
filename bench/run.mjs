// npm run bench [-- --duration 5 --connections 10]
// Builds the Worker as a deployment would (a snapshot: edits made meanwhile do not restart it), serves it with
// `wrangler dev` on a free loopback port over the local D1 as `npm run bench:data` left it (migrations brought up to
// date, no demo reload, rate limit off), then for each operation of bench/operations.ts: one request outside the
// load to read its cost
// (extensions.d1RoundTrips, d1RowsRead, list items returned), and autocannon for a fixed time. The floor
// ({ __typename }) is measured before and after the operations; each operation's requests per second are compared
// with the floor's mean. Prints a table and writes the figures to bench/results/<timestamp>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { root } from "../scripts/lib.mjs";
import {
  buildWorker,
  dataSet,
  isolateCpu,
  load,
  operations,
  REPEAT_HEADER,
  requestsOf,
  sample,
  settle,
  startServer,
  tokenFor,
} from "./harness.mjs";

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

const { FLOOD_TARGET, FLOOR, HEAVIEST, OPERATIONS, ROUND_TRIPS_ALLOWED, TARGETS, rowsReadAllowed } =
  operations;
let server;

/** About a second of the runtime's CPU for the in-isolate figure, whatever the operation costs. */
function repetitionsFor(cpuMsPerRequest) {
  const estimate = cpuMsPerRequest?.workerd ?? 5;
  return Math.min(2000, Math.max(10, Math.round(1000 / Math.max(estimate, 0.5))));
}

async function measure(operation, { headers = {} } = {}) {
  const requests = await requestsOf(operation);
  await settle(server.url);
  const cost = await sample(server.url, requests);
  process.stderr.write(`  ${operation.name} …\n`);
  const kind = operation.kind ?? "floor";
  const loaded = await load(server, requests, { clients: connections, duration, headers });
  // A write answered again would be refused or replayed (idempotency): its own CPU is not measured this way.
  const isolateMsPerRequest =
    kind === "write" || kind === "plumbing"
      ? null
      : await isolateCpu(server, requests[0], repetitionsFor(loaded.cpuMsPerRequest));
  return { name: operation.name, kind, ...cost, ...loaded, isolateMsPerRequest };
}

/**
 * A noisy neighbour: nine clients send the floor alone, then again while a tenth sends the most expensive request the
 * server accepts in a loop; the floor's rate under the flood over its rate alone is what the budget protects.
 */
async function measureFlood() {
  const { url } = server;
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
  const alone = await load(server, floor, { clients: 9, duration });
  await settle(url);
  process.stderr.write(`  floor (9 clients) beside ${HEAVIEST.name} (1 client) …\n`);
  const [beside, flood] = await Promise.all([
    load(server, floor, { clients: 9, duration }),
    load(server, heavy, { clients: 1, duration }),
  ]);
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
    "CPU ms",
    "isolate ms",
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
    row.cpuMsPerRequest ? row.cpuMsPerRequest.total.toFixed(2) : "–",
    row.isolateMsPerRequest === null ? "–" : row.isolateMsPerRequest.toFixed(2),
    row.kind === "plumbing" ? "–" : row.ratio === null ? "1" : row.ratio.toFixed(2),
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

/**
 * Each read's own CPU against its share by its work: the floor's plus a cost per round trip and per row read, fitted
 * over the run's reads by least squares. An operation far above its share spends CPU on something else than the
 * rows it reads (issue 20: none above three times).
 */
function cpuShares(rows) {
  const floor = rows.find((row) => row.kind === "floor")?.isolateMsPerRequest ?? null;
  const reads = rows.filter(
    (row) => row.kind !== "floor" && row.kind !== "plumbing" && row.isolateMsPerRequest,
  );
  if (floor === null || reads.length < 3) return null;
  const sum = (value) => reads.reduce((total, row) => total + value(row), 0);
  const above = (row) => row.isolateMsPerRequest - floor;
  const tt = sum((row) => row.roundTrips ** 2);
  const tr = sum((row) => row.roundTrips * row.rowsRead);
  const rr = sum((row) => row.rowsRead ** 2);
  const ty = sum((row) => row.roundTrips * above(row));
  const ry = sum((row) => row.rowsRead * above(row));
  const determinant = tt * rr - tr * tr;
  if (determinant === 0) return null;
  const perTrip = (ty * rr - ry * tr) / determinant;
  const perRow = (tt * ry - tr * ty) / determinant;
  const shares = reads.map((row) => ({
    name: row.name,
    times: row.isolateMsPerRequest / (floor + perTrip * row.roundTrips + perRow * row.rowsRead),
  }));
  return { perTrip, perRow, highest: shares.sort((a, b) => b.times - a.times)[0] };
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
  server = await startServer({ workLimit: false });
  console.log(`wrangler dev answers on ${server.url}`);
  // A fresh isolate compiles as it goes: two seconds of the floor first, so that the first figures are not its.
  await load(server, await requestsOf({ name: FLOOR.name }), { clients: connections, duration: 2 });
  const floorBefore = await measure({ name: `${FLOOR.name} (before)` });
  // The same requests answered by bench/entry.ts without the Worker: what wrangler dev itself costs per request.
  const plumbing = await measure(
    { name: "wrangler dev, empty Worker", kind: "plumbing" },
    { headers: { [REPEAT_HEADER]: "0" } },
  );
  const measured = [];
  const chosen = OPERATIONS.filter((operation) => !options.only || operation.name.includes(options.only));
  for (const operation of chosen) measured.push(await measure(operation));
  const floodMeasured =
    !options.only || "flood".includes(options.only) || HEAVIEST.name.includes(options.only);
  const floorAfter = await measure({ name: `${FLOOR.name} (after)` });
  let flood = null;
  if (floodMeasured) {
    await server.stop();
    server = await startServer({ workLimit: true });
    flood = await measureFlood();
  }
  const floor = (floorBefore.requestsPerSecond + floorAfter.requestsPerSecond) / 2;

  const rows = [plumbing, floorBefore, ...measured, floorAfter].map((row) => {
    const target = TARGETS[row.kind] ?? null;
    const ratio = row.kind === "floor" || row.kind === "plumbing" ? null : row.requestsPerSecond / floor;
    const workMet =
      row.kind === "floor" || row.kind === "plumbing"
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
    "CPU ms: CPU time (user + system) of the server's process group over the load, per request answered; " +
      "isolate ms: the runtime's CPU per answer when the Worker answers the same request many times inside its " +
      "isolate (bench/entry.ts) — the Worker's own cost, with the local D1 it called, without wrangler dev's " +
      "plumbing; wrangler dev, empty Worker: the same requests answered without the Worker (the plumbing alone); " +
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
  const shares = cpuShares(rows);
  if (shares) {
    console.log(
      `CPU by work: the floor's ${rows.find((row) => row.kind === "floor")?.isolateMsPerRequest?.toFixed(2)} ms, ` +
        `${shares.perTrip.toFixed(2)} ms a round trip and ${(shares.perRow * 1000).toFixed(1)} µs a row read ` +
        `(fitted over the reads' isolate ms); the furthest above its share: ${shares.highest.name}, ` +
        `${shares.highest.times.toFixed(2)} × — ${shares.highest.times <= 3 ? "within" : "NOT within"} 3 ×.`,
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
        cpuShares: shares,
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
