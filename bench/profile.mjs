// npm run bench:profile [-- --only <words of an operation's name> --duration 5 --connections 10]
// Where a request's CPU goes inside the Worker: serves the Worker as `npm run bench` does, attaches to workerd's
// DevTools profiler through wrangler's inspector, loads one operation (the floor `{ __typename }` by default), and
// prints where the samples fell — by module of the bundle (esbuild names each one in a comment) and by function,
// self and inclusive. The whole profile is written to bench/results/<timestamp>-<operation>.cpuprofile (open it in
// Chrome DevTools).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { root } from "../scripts/lib.mjs";
import {
  BUNDLE_DIRECTORY,
  BUNDLE_FILE,
  buildWorker,
  load,
  operations,
  requestsOf,
  settle,
  startServer,
} from "./harness.mjs";
import { modulesOfBundle, packageOf, tally, top } from "./profiles.mjs";

const USAGE = "Usage: npm run bench:profile [-- --only <operation> --duration <seconds> --connections <n>]";
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      only: { type: "string" },
      duration: { type: "string", default: "5" },
      connections: { type: "string", default: "10" },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { FLOOR, OPERATIONS } = operations;
const operation = options.only
  ? OPERATIONS.find((candidate) => candidate.name.includes(options.only))
  : { name: FLOOR.name };
if (!operation) {
  console.error(`No operation named like "${options.only}".\n${USAGE}`);
  process.exit(2);
}

/** Speaks the DevTools protocol over the inspector's WebSocket: one method call at a time, answered by id. */
async function devtools(inspectorUrl) {
  const targets = await (await fetch(`${inspectorUrl}/json`)).json();
  const target = targets.find((candidate) => candidate.webSocketDebuggerUrl);
  if (!target) throw new Error(`No debuggable Worker at ${inspectorUrl}/json`);
  // The inspector proxy accepts local origins only; Node's WebSocket sends none unless told (undici's `headers`).
  const socket = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: "http://localhost" } });
  await new Promise((opened, failed) => {
    socket.addEventListener("open", opened, { once: true });
    socket.addEventListener("error", () => failed(new Error("The inspector refused the connection.")), {
      once: true,
    });
  });
  const waiting = new Map();
  let nextId = 1;
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data));
    const answer = waiting.get(message.id);
    if (!answer) return;
    waiting.delete(message.id);
    if (message.error) answer.failed(new Error(message.error.message));
    else answer.answered(message.result);
  });
  return {
    call: (method, params = {}) =>
      new Promise((answered, failed) => {
        const id = nextId++;
        waiting.set(id, { answered, failed });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

let server;
try {
  buildWorker();
  server = await startServer({ workLimit: false });
  const requests = await requestsOf(operation);
  await settle(server.url);
  // Warm the isolate (the first requests compile the bundle and fill per-isolate caches) before sampling.
  await load(server, requests, { clients: Number(options.connections), duration: 2 });
  const inspector = await devtools(server.inspectorUrl);
  await inspector.call("Profiler.enable");
  await inspector.call("Profiler.setSamplingInterval", { interval: 100 });
  await inspector.call("Profiler.start");
  const loaded = await load(server, requests, {
    clients: Number(options.connections),
    duration: Number(options.duration),
  });
  const { profile } = await inspector.call("Profiler.stop");
  inspector.close();

  const served = loaded.responses;
  const moduleAt = modulesOfBundle(readFileSync(join(BUNDLE_DIRECTORY, BUNDLE_FILE), "utf8"));
  // Frames of the bundle are named by module; the runtime's own scripts (the D1 binding's client, timers) by URL.
  const placeOf = ({ url, lineNumber }) => (url === BUNDLE_FILE ? moduleAt(lineNumber) : url);
  const frameName = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url) return functionName || "(anonymous)";
    return `${functionName || "(anonymous)"} ${placeOf(node.callFrame)}:${lineNumber + 1}`;
  };
  const packageName = (node) => {
    const { functionName, url } = node.callFrame;
    return url ? packageOf(placeOf(node.callFrame)) : `${functionName || "(anonymous)"} (runtime)`;
  };
  const byPackage = tally(profile, packageName, served);
  const byFunction = tally(profile, frameName, served);
  const sampled = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
  console.log(
    `${operation.name}: ${served} requests in ${Number(options.duration)} s (${loaded.requestsPerSecond.toFixed(1)} req/s), ` +
      `${(sampled / served).toFixed(3)} ms of the isolate's time sampled per request ` +
      `(idle included); whole process group ${loaded.cpuMsPerRequest?.total.toFixed(2) ?? "–"} ms CPU per request.`,
  );
  console.log(`\nSelf time by package or module, per request:\n${top(byPackage.self, 25)}`);
  console.log(`\nInclusive time by package or module, per request:\n${top(byPackage.inclusive, 25)}`);
  console.log(`\nSelf time by function, per request:\n${top(byFunction.self, 30)}`);
  console.log(`\nInclusive time by function, per request:\n${top(byFunction.inclusive, 50)}`);
  const results = join(root, "bench", "results");
  mkdirSync(results, { recursive: true });
  const slug = operation.name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
  const file = join(results, `${new Date().toISOString().replace(/[:.]/g, "-")}-${slug}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`\nProfile written to ${relative(root, file)}`);
} catch (error) {
  console.error(`bench:profile FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
