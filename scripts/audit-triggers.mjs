// npm run audit:triggers -- <table> [<table> …]   (or --all: every table that has audit triggers)
// Writes the next migration with the audit triggers of the tables named, from their columns as the local D1 has them
// after every migration: AFTER INSERT, UPDATE OF (the captured columns) and DELETE, each copying the row before and
// after into audit_log when a mutation has described itself in audit_context (0006_audit.sql). The context is read
// once, in the statement (not again in a WHEN clause): a write that is not logged reads one row for it, one that is
// logged two (the context and the log's count). Columns left out on
// purpose are in scripts/audit-columns.mjs. Run it after the migration that creates or changes a table, then review
// and commit what it wrote; tests/audit/triggers.test.ts fails until every audited column is captured.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOT_CAPTURED } from "./audit-columns.mjs";
import { root, run } from "./lib.mjs";

function localQuery(sql) {
  const result = spawnSync(
    join(root, "node_modules", ".bin", "wrangler"),
    ["d1", "execute", "DB", "--local", "--json", "--command", sql],
    { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  if (result.status !== 0) throw new Error(`wrangler d1 execute failed:\n${result.stderr}`);
  return JSON.parse(result.stdout)[0]?.results ?? [];
}

function columnsOf(table) {
  const rows = localQuery(`SELECT name, pk FROM pragma_table_info('${table}')`);
  if (rows.length === 0) throw new Error(`No table "${table}" in the local D1.`);
  return rows;
}

function jsonOf(columns, row) {
  return `json_object(${columns.map((column) => `'${column}', ${row}.${column}`).join(", ")})`;
}

function triggersOf(table) {
  const rows = columnsOf(table);
  const captured = rows.map((row) => row.name).filter((name) => !(NOT_CAPTURED[table] ?? []).includes(name));
  const keys = rows
    .filter((row) => row.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((row) => row.name);
  const key = (row) =>
    (keys.length > 0 ? keys : ["rowid"]).map((name) => `${row}.${name}`).join(" || '/' || ");
  const entry = (action, keyRow, before, after) => `BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, '${table}', ${key(keyRow)}, '${action}', ${before}, ${after}
  FROM audit_context WHERE id = 1 AND operation IS NOT NULL;
END;`;
  return `DROP TRIGGER IF EXISTS audit_${table}_insert;
CREATE TRIGGER audit_${table}_insert AFTER INSERT ON ${table}
${entry("INSERT", "NEW", "NULL", jsonOf(captured, "NEW"))}

DROP TRIGGER IF EXISTS audit_${table}_update;
CREATE TRIGGER audit_${table}_update AFTER UPDATE OF ${captured.join(", ")} ON ${table}
${entry("UPDATE", "NEW", jsonOf(captured, "OLD"), jsonOf(captured, "NEW"))}

DROP TRIGGER IF EXISTS audit_${table}_delete;
CREATE TRIGGER audit_${table}_delete AFTER DELETE ON ${table}
${entry("DELETE", "OLD", jsonOf(captured, "OLD"), "NULL")}
`;
}

const named = process.argv.slice(2);
if (named.length === 0 || named.some((table) => table !== "--all" && !/^[a-z_][a-z0-9_]*$/.test(table))) {
  console.error("Usage: npm run audit:triggers -- <table> [<table> …] | --all");
  process.exit(2);
}
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
const tables = named.includes("--all")
  ? localQuery(
      "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\' ORDER BY tbl_name",
    ).map((row) => row.tbl_name)
  : named;
const migrations = readdirSync(join(root, "migrations")).filter((name) => /^\d{4}_.*\.sql$/.test(name));
const next = String(Math.max(...migrations.map((name) => Number(name.slice(0, 4)))) + 1).padStart(4, "0");
const file = join(
  root,
  "migrations",
  `${next}_audit_${named.includes("--all") ? "every_table" : tables.join("_")}.sql`,
);
writeFileSync(
  file,
  `-- Audit triggers of ${tables.join(", ")}, generated from their columns by \`npm run audit:triggers -- ${named.join(" ")}\`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

${tables.map(triggersOf).join("\n")}`,
);
console.log(`Wrote ${file.slice(root.length + 1)}`);
