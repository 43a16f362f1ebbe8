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
   * One LIKE per search word over folded text; `%`, `_` and `\` typed by users are literal. The rows are first looked
   * up in an index of the text (`searchIndexMatch`): by the trigrams of its words of three letters or more, else —
   * a search made only of one- or two-letter words, as most of a Vietnamese name is — by the words of the text that
   * begin with them. The LIKEs then only test the rows the index found.
   */
  matchWords(column: string, search: string | null | undefined, index: TextIndexes): this {
    const match = searchIndexMatch(search);
    if (match !== null) {
      const table = index[match.index];
      this.add(`${index.rowid} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`, match.query);
    }
    for (const word of search ? searchWords(search) : []) {
      this.add(
        `${column} LIKE ? ESCAPE '\\'`,
        `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`,
      );
    }
    return this;
  }

  get sql(): string | undefined {
    return this.parts.length > 0 ? this.parts.join(" AND ") : undefined;
  }
}

/** The FTS5 indexes of a table's folded text (migrations 0010 and 0050), and the rowid they refer to. */
export interface TextIndexes {
  trigrams: "people_search" | "cell_search";
  words: "people_words" | "cell_words";
  rowid: string;
}

/**
 * The FTS5 query that narrows a search, and the index that answers it; null when nothing can. Words of three letters
 * or more are trigram phrases (a substring, as LIKE '%word%' finds, whatever characters it holds), all required.
 * A search of one- and two-letter words only asks for a word of the text beginning with each of their letters and
 * digits ("lê hà" finds "Lê Thị Hà" and "Lê Hải", not "Thanh"): a substring of one or two letters is in most names.
 */
export function searchIndexMatch(
  search: string | null | undefined,
): { index: "trigrams" | "words"; query: string } | null {
  const words = search ? searchWords(search) : [];
  const long = words.filter((word) => [...word].length >= 3);
  if (long.length > 0) {
    return { index: "trigrams", query: long.map(phrase).join(" ") };
  }
  const starts = words.flatMap((word) => word.match(/[\p{L}\p{N}]+/gu) ?? []);
  return starts.length > 0
    ? { index: "words", query: starts.map((start) => `${phrase(start)}*`).join(" ") }
    : null;
}

/** An FTS5 phrase of a text: in double quotes, a quote doubled. */
function phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The materialized paths of the organizations above the one at `path`: '/a/b/c/' → '/a/', '/a/b/'. */
export function ancestorPaths(path: string): string[] {
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
