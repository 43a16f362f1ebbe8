// npm run deploy:check — builds the Worker as `wrangler deploy` would, without deploying (no account needed),
// and prints the script's size. Fails when the bundle does not build or exceeds the free plan's 3 MiB (gzipped).
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root, run } from "./lib.mjs";

const LIMIT_BYTES = 3 * 1024 * 1024;
const outdir = join(root, ".wrangler", "deploy-check");
rmSync(outdir, { recursive: true, force: true });
run("wrangler", ["deploy", "--dry-run", "--outdir", outdir], { stdio: ["ignore", "ignore", "inherit"] });

const files = readdirSync(outdir).filter(
  (name) => name.endsWith(".js") && statSync(join(outdir, name)).isFile(),
);
let total = 0;
for (const name of files) {
  const bytes = readFileSync(join(outdir, name));
  const gzipped = gzipSync(bytes).length;
  total += gzipped;
  console.log(`${name}: ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
}
if (total > LIMIT_BYTES) {
  console.error(
    `The Worker is ${(total / 1048576).toFixed(2)} MiB gzipped, over the ${LIMIT_BYTES / 1048576} MiB limit.`,
  );
  process.exit(1);
}
console.log("deploy:check ok (dry run: nothing was deployed)");
