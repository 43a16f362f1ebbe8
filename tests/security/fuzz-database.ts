/**
 * A deterministic dump of the whole D1 database, to prove that the fuzz requests changed nothing: the schema
 * (sqlite_master), then every table it lists — FTS5 tables and their shadow tables, the audit log, D1's
 * migrations table — all rows, all columns, ordered by rowid (by content where a table has no rowid). The
 * attachments' R2 bucket is listed too: an upload that stored a file would change it.
 */

/** A table's rows, one JSON line each, or why it could not be read. */
export type DatabaseDump = Map<string, string[]>;

function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof ArrayBuffer) item = new Uint8Array(item);
    if (ArrayBuffer.isView(item)) {
      const bytes = new Uint8Array(item.buffer, item.byteOffset, item.byteLength);
      return `x'${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}'`;
    }
    return item;
  });
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function rowsOf(db: D1Database, table: string): Promise<string[]> {
  try {
    const rows = await db.prepare(`SELECT rowid AS "rowid ", * FROM ${quoted(table)} ORDER BY rowid`).raw();
    return rows.map(serialize);
  } catch {
    // A WITHOUT ROWID table (FTS5 keeps its index and settings in two): ordered by content instead.
    const rows = await db.prepare(`SELECT * FROM ${quoted(table)}`).raw();
    return rows.map(serialize).sort();
  }
}

/** Every object of the bucket: key, size, checksum. */
async function objectsOf(bucket: R2Bucket): Promise<string[]> {
  const objects: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await bucket.list({ cursor });
    for (const object of page.objects) objects.push(serialize([object.key, object.size, object.etag]));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return objects;
}

/** The name under which the dump holds the R2 bucket's listing: no SQLite table can have it. */
const FILES_ENTRY = "R2 bucket FILES";

export async function dumpDatabase(db: D1Database, files: R2Bucket): Promise<DatabaseDump> {
  const dump: DatabaseDump = new Map([[FILES_ENTRY, await objectsOf(files)]]);
  const schema = await db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
    .raw<[string, string, string, string | null]>();
  dump.set("sqlite_master", schema.map(serialize));
  for (const [type, name] of schema) {
    if (type !== "table") continue;
    try {
      dump.set(name, await rowsOf(db, name));
    } catch (error) {
      // D1 keeps tables of its own that no statement may read (`_cf_KV`): only these are skipped.
      dump.set(name, [`unreadable: ${error instanceof Error ? error.message : String(error)}`]);
    }
  }
  return dump;
}

/** The tables whose rows differ, with a few rows gone and added each: empty when the dumps are equal. */
export function dumpDifferences(before: DatabaseDump, after: DatabaseDump): string[] {
  const differences: string[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(table) ?? [];
    const is = after.get(table) ?? [];
    if (was.length === is.length && was.every((row, index) => row === is[index])) continue;
    const wasSet = new Set(was);
    const isSet = new Set(is);
    const gone = was.filter((row) => !isSet.has(row)).slice(0, 3);
    const added = is.filter((row) => !wasSet.has(row)).slice(0, 3);
    differences.push(
      `${table}: ${was.length} rows before, ${is.length} after; gone ${JSON.stringify(gone)}; added ${JSON.stringify(added)}`,
    );
  }
  return differences;
}

export function dumpSize(dump: DatabaseDump): { tables: number; rows: number; unreadable: string[] } {
  const unreadable = [...dump].filter(([, rows]) => rows[0]?.startsWith("unreadable:")).map(([name]) => name);
  const rows = [...dump.values()].reduce((total, table) => total + table.length, 0);
  // sqlite_master and the bucket are not tables.
  return { tables: dump.size - 2, rows, unreadable };
}
