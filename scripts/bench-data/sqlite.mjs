// The local D1 that `npm start` and `wrangler dev` use is a SQLite file under .wrangler/state, written here directly
// with node:sqlite in one transaction: far faster than `wrangler d1 execute`, and all or nothing.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

const D1_DIRECTORY = join(".wrangler", "state", "v3", "d1", "miniflare-D1DatabaseObject");

/** Miniflare names the file after the database's object id; metadata.sqlite is its own bookkeeping. */
function databaseFiles(root) {
  const directory = join(root, D1_DIRECTORY);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite")
    .map((name) => join(directory, name));
}

export function localDatabaseFile(root) {
  const files = databaseFiles(root);
  if (files.length !== 1) {
    throw new Error(
      `Expected one local D1 database in ${D1_DIRECTORY}, found ${files.length}: ${files.join(", ") || "none"}.`,
    );
  }
  return files[0];
}

/** Removes the local D1 database (with its WAL and shared-memory files); migrations then create it afresh. */
export function removeLocalDatabase(root) {
  for (const file of databaseFiles(root)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
}

/** A table's insert statement, taking rows as objects keyed by column (absent columns are NULL). */
class TableWriter {
  rows = 0;

  constructor(database, table, columns) {
    this.columns = columns;
    this.statement = database.prepare(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
  }

  insert(row) {
    this.rows += 1;
    return this.statement.run(...this.columns.map((column) => row[column] ?? null));
  }
}

export class BulkLoader {
  #writers = new Map();

  constructor(file) {
    // Rows refer to each other in every direction (a term to its congress, a congress to its cell): foreign keys are
    // checked once, over everything, before the commit.
    this.database = new DatabaseSync(file, { enableForeignKeyConstraints: false });
    // The file is rebuilt by every run: durability during the load buys nothing.
    // A rollback journal instead of wrangler's WAL: the WAL would hold every new page once more before the checkpoint
    // copies it into the file. Durability during the load buys nothing either: a failed load is run again.
    this.database.exec(
      "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;",
    );
  }

  table(name, columns) {
    const key = `${name}(${columns.join(",")})`;
    let writer = this.#writers.get(key);
    if (!writer) {
      writer = new TableWriter(this.database, name, columns);
      this.#writers.set(key, writer);
    }
    return writer;
  }

  value(sql, ...binds) {
    return Object.values(this.database.prepare(sql).get(...binds) ?? {})[0];
  }

  rowCounts() {
    const counts = new Map();
    for (const [key, writer] of this.#writers) {
      const table = key.slice(0, key.indexOf("("));
      counts.set(table, (counts.get(table) ?? 0) + writer.rows);
    }
    return counts;
  }

  /**
   * Runs `load` in one transaction. Secondary indexes of the given tables are dropped first and rebuilt from their
   * own CREATE statements at the end (a sorted build beats millions of random B-tree inserts); foreign keys are
   * checked once over everything before the commit, so a generator bug rolls the whole load back.
   */
  transaction(load, { rebuildIndexesOf, onStep }) {
    const { database } = this;
    database.exec("BEGIN IMMEDIATE");
    try {
      const indexes = database
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
           AND tbl_name IN (${rebuildIndexesOf.map(() => "?").join(", ")})`,
        )
        .all(...rebuildIndexesOf);
      for (const index of indexes) database.exec(`DROP INDEX ${index.name}`);
      load();
      onStep("rebuilding indexes");
      for (const index of indexes) database.exec(index.sql);
      onStep("checking foreign keys");
      const violations = database.prepare("PRAGMA foreign_key_check").all();
      if (violations.length > 0) {
        throw new Error(
          `Foreign keys broken by the generated rows (first 5): ${JSON.stringify(violations.slice(0, 5))}`,
        );
      }
      onStep("committing");
      database.exec("COMMIT");
    } catch (error) {
      database.exec("ROLLBACK");
      throw error;
    }
  }

  /** Leaves the file in WAL mode, as D1 keeps it. */
  close() {
    this.database.exec("PRAGMA journal_mode = WAL");
    this.database.close();
  }
}
