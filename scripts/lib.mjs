// Helpers shared by the npm scripts (they run on the node@22 binary that npm puts first on PATH).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Imports a TypeScript module of the project from Node (bundled by esbuild, which wrangler uses too). */
export async function importTypeScript(entry) {
  const outfile = resolve(root, ".wrangler/tmp/scripts", `${entry.replace(/[/.]/g, "_")}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "error",
    packages: "external",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    // No metrics, and no fetch of the request.cf placeholder from workers.cloudflare.com: Chibo runs offline.
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    ...options,
  });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** The development secret in .dev.vars (created with a random one the first time, as `npm start` does). */
export function developmentSecret() {
  const devVars = resolve(root, ".dev.vars");
  if (!existsSync(devVars)) {
    writeFileSync(devVars, `JWT_SECRET="${randomBytes(32).toString("hex")}"\n`, { mode: 0o600 });
    console.log("Created .dev.vars with a random development secret.");
  }
  return /^JWT_SECRET\s*=\s*"?([^"\n]+)"?/m.exec(readFileSync(devVars, "utf8"))?.[1];
}
