// npm run rollups:rebuild [-- --remote] [-- --database <binding>]
// Recomputes every counter kept on write from the base rows (scripts/rollups-rebuild.sql): after a bulk import that
// bypassed the triggers, or to repair a deployment. The local D1 by default; --remote for the deployed one.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root, run } from "./lib.mjs";

const { values } = parseArgs({
  options: { remote: { type: "boolean", default: false }, database: { type: "string", default: "DB" } },
});
run("wrangler", [
  "d1",
  "execute",
  values.database,
  values.remote ? "--remote" : "--local",
  "--file",
  join(root, "scripts", "rollups-rebuild.sql"),
]);
console.log(`Rollups rebuilt on ${values.database} (${values.remote ? "remote" : "local"}).`);
