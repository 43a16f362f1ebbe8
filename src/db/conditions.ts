import { searchWords } from "../domain/text";
import type { Bind } from "./database";

/** WHERE conditions built from optional filters, each with its binds (`?` placeholders, in order). */
export class Conditions {
  private readonly parts: string[] = [];
  readonly binds: Bind[] = [];

  add(sql: string, ...binds: Bind[]): this {
    this.parts.push(sql);
    this.binds.push(...binds);
    return this;
  }

  /** One LIKE per search word over folded text; `%`, `_` and `\` typed by users are literal. */
  matchWords(column: string, search: string | null | undefined): this {
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
 * SQL for "the organization at `pathColumn` lies on the line of one of `paths`": inside one of their subtrees or
 * above one of them. With no paths, false.
 */
export function onLineOf(pathColumn: string, paths: readonly string[]): { sql: string; binds: Bind[] } {
  if (paths.length === 0) return { sql: "0", binds: [] };
  return {
    sql: `(${paths
      .map(
        () =>
          `((${pathColumn} >= ? AND ${pathColumn} < ? || '~') OR substr(?, 1, length(${pathColumn})) = ${pathColumn})`,
      )
      .join(" OR ")})`,
    binds: paths.flatMap((path) => [path, path, path]),
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
