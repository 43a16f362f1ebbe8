// npm run operations:persist — writes src/http/persisted-operations.json, the manifest of trusted operations: the
// front-end and mobile clients' operations (examples/operations/*.graphql), each under the SHA-256 of its printed
// document, which is the id clients send (extensions.persistedQuery.sha256Hash). A test keeps it in step.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print } from "graphql";
import { root } from "./lib.mjs";

const folder = join(root, "examples", "operations");
const manifest = {};
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".graphql"))
  .sort()) {
  const document = print(parse(readFileSync(join(folder, file), "utf8")));
  manifest[createHash("sha256").update(document).digest("hex")] = document;
}
writeFileSync(
  join(root, "src", "http", "persisted-operations.json"),
  `${JSON.stringify(manifest, null, 2)}\n`,
);
console.log(`Wrote src/http/persisted-operations.json (${Object.keys(manifest).length} operations)`);
