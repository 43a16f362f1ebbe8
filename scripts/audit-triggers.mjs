// npm run audit:triggers -- <table> [<table> …]
// Writes the next migration with the audit triggers of the tables named, from their columns as the local D1 has them
// after every migration: AFTER INSERT, UPDATE OF (the captured columns) and DELETE, each copying the row before and
// after into audit_log when a mutation has described itself in audit_context (0006_audit.sql). Columns left out on
// purpose are in scripts/audit-columns.mjs. Run it after the migration that creates or changes a table, then review
// and commit what it wrote; tests/audit/triggers.test.ts fails until every audited column is captured.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOT_CAPTURED } from "./audit-columns.mjs";
import { root, run } from "./lib.mjs";

const tables = process.argv.slice(2);
if (tables.length === 0 || tables.some((table) => !/^[a-z_][a-z0-9_]*$/.test(table))) {
  console.error("Usage: npm run audit:triggers -- <table> [<table> …]");
  process.exit(2);
}

function columnsOf(table) {
  const result = spawnSync(
    join(root, "node_modules", ".bin", "wrangler"),
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--json",
      "--command",
      `SELECT name, pk FROM pragma_table_info('${table}')`,
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  if (result.status !== 0) throw new Error(`wrangler d1 execute failed:\n${result.stderr}`);
  const rows = JSON.parse(result.stdout)[0]?.results ?? [];
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
  const entry = (
    action,
    keyRow,
    before,
    after,
  ) => `WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, '${table}', ${key(keyRow)}, '${action}', ${before}, ${after}
  FROM audit_context WHERE id = 1;
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

run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
const migrations = readdirSync(join(root, "migrations")).filter((name) => /^\d{4}_.*\.sql$/.test(name));
const next = String(Math.max(...migrations.map((name) => Number(name.slice(0, 4)))) + 1).padStart(4, "0");
const file = join(root, "migrations", `${next}_audit_${tables.join("_")}.sql`);
writeFileSync(
  file,
  `-- Audit triggers of ${tables.join(", ")}, generated from their columns by \`npm run audit:triggers -- ${tables.join(" ")}\`
-- (scripts/audit-triggers.mjs; columns left out on purpose: scripts/audit-columns.mjs). Regenerate, do not edit.

${tables.map(triggersOf).join("\n")}`,
);
console.log(`Wrote ${file.slice(root.length + 1)}`);
