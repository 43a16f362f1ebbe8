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
