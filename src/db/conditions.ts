import { searchWords } from "../domain/text";
import { type Bind, questionMarks } from "./database";

/** WHERE conditions built from optional filters, each with its binds (`?` placeholders, in order). */
export class Conditions {
  private readonly parts: string[] = [];
  readonly binds: Bind[] = [];

  add(sql: string, ...binds: Bind[]): this {
    this.parts.push(sql);
    this.binds.push(...binds);
    return this;
  }

  /**
   * One LIKE per search word over folded text; `%`, `_` and `\` typed by users are literal. The rows holding the
   * words of three letters or more are first looked up in the text's trigram index (its FTS5 table, and the rowid
   * the index refers to); the LIKEs — unchanged, so the results are too — then only test those rows.
   * Words of one or two letters have no trigram: a search made only of them still reads the whole table.
   */
  matchWords(
    column: string,
    search: string | null | undefined,
    index: { table: "people_search" | "cell_search"; rowid: string },
  ): this {
    const match = trigramQuery(search);
    if (match !== null) {
      this.add(`${index.rowid} IN (SELECT rowid FROM ${index.table} WHERE ${index.table} MATCH ?)`, match);
    }
    for (const word of search ? searchWords(search) : []) {
      this.add(`${column} LIKE ? ESCAPE '\\'`, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    return this;
  }

  get sql(): string | undefined {
    return this.parts.length > 0 ? this.parts.join(" AND ") : undefined;
  }
}

/**
 * The FTS5 query a trigram index answers for a search: its words of three letters or more, each a quoted phrase
 * (a substring, as LIKE '%word%' finds, whatever characters it holds), all required. Null when there is none.
 */
export function trigramQuery(search: string | null | undefined): string | null {
  const words = (search ? searchWords(search) : []).filter((word) => [...word].length >= 3);
  return words.length > 0 ? words.map((word) => `"${word.replace(/"/g, '""')}"`).join(" ") : null;
}

/** The materialized paths of the organizations above the one at `path`: '/a/b/c/' → '/a/', '/a/b/'. */
function ancestorPaths(path: string): string[] {
  const ids = path.split("/").filter((id) => id.length > 0);
  return ids.slice(0, -1).map((_, index) => `/${ids.slice(0, index + 1).join("/")}/`);
}

/**
 * SQL for "the organization at `pathColumn` lies on the line of one of `paths`": inside one of their subtrees or
 * above one of them. With no paths, false. Both halves are searches of the path index — a range per subtree, and
 * the ancestors' paths, computed here, as a list — so the condition can drive a query from the cells of the line
 * instead of being tested on every row of a table.
 */
export function onLineOf(pathColumn: string, paths: readonly string[]): { sql: string; binds: Bind[] } {
  if (paths.length === 0) return { sql: "0", binds: [] };
  const above = [...new Set(paths.flatMap(ancestorPaths))];
  const parts = paths.map(() => `(${pathColumn} >= ? AND ${pathColumn} < ? || '~')`);
  if (above.length > 0) parts.push(`${pathColumn} IN (${questionMarks(above.length)})`);
  return {
    sql: `(${parts.join(" OR ")})`,
    binds: [...paths.flatMap((path) => [path, path]), ...above],
  };
}

/** SQL for "the organization at `pathColumn` lies inside the subtree of one of `paths`". */
export function withinOneOf(pathColumn: string, paths: readonly string[]): { sql: string; binds: Bind[] } {
  if (paths.length === 0) return { sql: "0", binds: [] };
  return {
    sql: `(${paths.map(() => `(${pathColumn} >= ? AND ${pathColumn} < ? || '~')`).join(" OR ")})`,
    binds: paths.flatMap((path) => [path, path]),
  };
}
