// npm run rollups:rebuild [-- --remote] [-- --database <binding>]
// Recomputes every counter kept on write from the base rows (scripts/rollups-rebuild.sql): after a bulk import that
// bypassed the triggers, or to repair a deployment. The local D1 by default; --remote for the deployed one.
// The database's own rollup_ triggers are dropped and put back around the rebuild, in the same file (D1 runs a file
// as one transaction): the rebuild fills the counters in one pass, the triggers would count row by row.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root, run } from "./lib.mjs";

const { values } = parseArgs({
  options: { remote: { type: "boolean", default: false }, database: { type: "string", default: "DB" } },
});
const where = values.remote ? "--remote" : "--local";
const environment = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const listed = spawnSync(
  "wrangler",
  [
    "d1",
    "execute",
    values.database,
    where,
    "--json",
    "--command",
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup\\_%' ESCAPE '\\'",
  ],
  { cwd: root, env: environment, encoding: "utf8" },
);
if (listed.status !== 0) {
  console.error(listed.stderr);
  process.exit(listed.status ?? 1);
}
const triggers = JSON.parse(listed.stdout)[0].results;
const file = join(mkdtempSync(join(tmpdir(), "chibo-rollups-")), "rebuild.sql");
writeFileSync(
  file,
  [
    ...triggers.map((trigger) => `DROP TRIGGER ${trigger.name};`),
    readFileSync(join(root, "scripts", "rollups-rebuild.sql"), "utf8"),
    ...triggers.map((trigger) => `${trigger.sql};`),
  ].join("\n"),
);
run("wrangler", ["d1", "execute", values.database, where, "--file", file]);
console.log(`Rollups rebuilt on ${values.database} (${values.remote ? "remote" : "local"}).`);
