// npm run bench:node-profile [-- --requests 20000]
// The Worker's own CPU for a request that reads nothing, by stage, without workerd: src/index.ts bundled as wrangler
// bundles it (the workerd conditions, so the same libraries), run in this Node process and called directly with
// `{ __typename }` — anonymous, then with a secretary's token (grants in the token, so no D1) — under V8's sampling
// profiler. Node's Request and Response are undici's, not workerd's, so the runtime's share differs; the JavaScript
// (Yoga, envelop, graphql, Pothos, Chibo) is the same code. Prints the time per request and where it goes, and writes
// the profile to bench/results/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { SignJWT } from "jose";
import { developmentSecret, root } from "../scripts/lib.mjs";
import { modulesOfBundle, packageOf, tally, top } from "./profiles.mjs";

const USAGE = "Usage: npm run bench:node-profile [-- --requests <n>]";
let options;
try {
  ({ values: options } = parseArgs({ options: { requests: { type: "string", default: "20000" } } }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const requests = Number(options.requests);
if (!(Number.isInteger(requests) && requests >= 100)) {
  console.error(USAGE);
  process.exit(2);
}

const outfile = join(root, ".wrangler", "tmp", "bench-node", "worker.mjs");
await build({
  entryPoints: [join(root, "src", "index.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["browser", "module", "main"],
  conditions: ["workerd", "worker", "browser"],
  external: ["node:*"],
  alias: { "cloudflare:workers": join(root, "bench", "workers-stub.mjs") },
  outfile,
  logLevel: "warning",
});
const { default: worker } = await import(outfile);

const secret = developmentSecret();
const token = await new SignJWT({ grants: [{ role: "SECRETARY", cell: "bench-cell" }] })
  .setProtectedHeader({ alg: "HS256" })
  .setIssuer("chibo-dev")
  .setAudience("chibo")
  .setSubject("bench-person")
  .setIssuedAt()
  .setExpirationTime("2h")
  .sign(new TextEncoder().encode(secret));

const noDatabase = () => {
  throw new Error("The profiled requests read nothing from D1.");
};
const allowed = { limit: async () => ({ success: true }) };
const database = { prepare: noDatabase, batch: noDatabase, withSession: () => database };
const env = {
  ENVIRONMENT: "development",
  JWT_ISSUER: "chibo-dev",
  JWT_AUDIENCE: "chibo",
  JWT_SECRET: secret,
  PUBLIC_ORIGIN: "http://127.0.0.1:8787",
  DB: database,
  RATE_LIMITER: allowed,
  WORK_LIMITER: allowed,
};
const executionContext = { waitUntil: () => undefined, passThroughOnException: () => undefined };
const body = JSON.stringify({ query: "{ __typename }" });

function request(credential) {
  return new Request("http://127.0.0.1:8787/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": String(body.length),
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body,
  });
}

async function answer(credential) {
  const response = await worker.fetch(request(credential), env, executionContext);
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`The Worker answered ${response.status}: ${text.slice(0, 300)}`);
}

const bundleModuleAt = modulesOfBundle(readFileSync(outfile, "utf8"));
const bundleUrl = `file://${outfile}`;
const placeOf = ({ url, lineNumber }) =>
  url === bundleUrl ? bundleModuleAt(lineNumber) : url || "(runtime)";
const packageName = (node) => {
  const { functionName, url } = node.callFrame;
  return url === bundleUrl
    ? packageOf(placeOf(node.callFrame))
    : `${functionName || "(anonymous)"} (runtime)`;
};
const frameName = (node) => {
  const { functionName, lineNumber } = node.callFrame;
  return `${functionName || "(anonymous)"} ${placeOf(node.callFrame)}:${lineNumber + 1}`;
};

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 50 });
const results = join(root, "bench", "results");
mkdirSync(results, { recursive: true });
for (const [name, credential] of [
  ["anonymous", null],
  ["with a token", token],
]) {
  // Warm: the first requests compile the bundle and fill the per-isolate caches (parsed documents, identities).
  for (let index = 0; index < 2000; index += 1) await answer(credential);
  const cpuBefore = process.cpuUsage();
  await session.post("Profiler.start");
  for (let index = 0; index < requests; index += 1) await answer(credential);
  const { profile } = await session.post("Profiler.stop");
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `\n{ __typename } ${name}: ${((cpu.user + cpu.system) / 1000 / requests).toFixed(3)} ms of CPU per request ` +
      `(${requests} requests, profiler running; the request and its answer made by undici).`,
  );
  console.log(
    `Inclusive time by package or module, per request:\n${top(tally(profile, packageName, requests).inclusive, 20)}`,
  );
  console.log(`Self time by function, per request:\n${top(tally(profile, frameName, requests).self, 25)}`);
  const file = join(
    results,
    `${new Date().toISOString().replace(/[:.]/g, "-")}-node-floor-${credential ? "token" : "anonymous"}.cpuprofile`,
  );
  writeFileSync(file, JSON.stringify(profile));
  console.log(`Profile written to ${relative(root, file)}`);
}
session.disconnect();
