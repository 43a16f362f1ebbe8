// npm run operations:persist — writes src/http/persisted-operations.json, the server's manifest of trusted operations,
// from the manifest graphql-codegen's client preset generates with the typed documents of the example clients
// (examples/generated/persisted-documents.json: each operation under the SHA-256 of its normalized text, the id the
// clients send). `--relay <persisted_queries.json>` adds a Relay app's operations as relay-compiler persisted them
// (persistConfig with "algorithm": "SHA256"). `--check` writes nothing and fails when the manifest is out of step.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root } from "./lib.mjs";

const { values: options } = parseArgs({
  options: { check: { type: "boolean", default: false }, relay: { type: "string" } },
});
const target = join(root, "src", "http", "persisted-operations.json");
const generated = join(root, "examples", "generated", "persisted-documents.json");
if (!options.check) {
  execFileSync(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", "examples/codegen.ts"], {
    cwd: root,
    stdio: "inherit",
  });
}
const manifest = {};
for (const [id, document] of Object.entries(JSON.parse(readFileSync(generated, "utf8")))) {
  manifest[id.replace(/^sha256:/, "")] = document;
}
if (options.relay) Object.assign(manifest, JSON.parse(readFileSync(options.relay, "utf8")));
const text = `${JSON.stringify(manifest, null, 2)}\n`;
if (options.check) {
  const current = JSON.parse(readFileSync(target, "utf8"));
  const stale = Object.keys(manifest).filter((id) => current[id] !== manifest[id]);
  if (stale.length > 0) {
    console.error(
      `src/http/persisted-operations.json lacks ${stale.length} operation(s) of examples/operations: run npm run operations:persist.`,
    );
    process.exit(1);
  }
  console.log(
    `src/http/persisted-operations.json holds the ${Object.keys(manifest).length} example operations.`,
  );
} else {
  writeFileSync(target, text);
  console.log(`Wrote src/http/persisted-operations.json (${Object.keys(manifest).length} operations)`);
}
