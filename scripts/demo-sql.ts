/** The demo data's statements: INSERT OR IGNORE, one per line, so that loading them twice changes nothing. */

export type Value = string | number | null;

export function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

export function insert(table: string, row: Record<string, Value>): string {
  const columns = Object.keys(row);
  return `INSERT OR IGNORE INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => literal(row[c] ?? null)).join(", ")});`;
}
