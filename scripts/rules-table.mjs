// Writes the table of docs/rules.md: every code a rule of src/domain refuses with, the function that refuses it,
// and the tests that expect it.   npm run docs:rules
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib.mjs";

const tracked = (folder) =>
  execFileSync("git", ["ls-files", folder], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);

const refusals = new Map();
for (const file of tracked("src/domain").filter((name) => name.endsWith(".ts"))) {
  const text = readFileSync(join(root, file), "utf8");
  const functions = [...text.matchAll(/^(?:export )?(?:async )?function (\w+)/gm)].map((m) => [
    m.index,
    m[1],
  ]);
  const refusing = /(?:refuse\(\s*|code: |problem\(\s*"?\w*"?,\s*)"([A-Z][A-Z_]+)"/g;
  for (const match of text.matchAll(refusing)) {
    const within = functions.filter(([start]) => start < match.index).at(-1)?.[1];
    const where = `\`${within}\` (${file.replace("src/domain/", "")})`;
    refusals.set(match[1], new Set([...(refusals.get(match[1]) ?? []), where]));
  }
}
const tests = tracked("tests")
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => [name.replace("tests/", ""), readFileSync(join(root, name), "utf8")]);
const rows = [...refusals.keys()].sort().map((code) => {
  const expecting = tests.filter(([, text]) => text.includes(`"${code}"`)).map(([name]) => name);
  return `| \`${code}\` | ${[...refusals.get(code)].sort().join("; ")} | ${expecting.join(", ") || "—"} |`;
});
const table = [
  "| code | the rule that refuses (src/domain) | tests that expect it |",
  "| --- | --- | --- |",
  ...rows,
].join("\n");
const path = join(root, "docs", "rules.md");
const document = readFileSync(path, "utf8");
const begin = "<!-- rules table: npm run docs:rules -->";
const end = "<!-- end of rules table -->";
const updated = `${document.slice(0, document.indexOf(begin) + begin.length)}\n${table}\n${document.slice(document.indexOf(end))}`;
writeFileSync(path, updated);
console.log(`docs/rules.md: ${rows.length} codes`);
