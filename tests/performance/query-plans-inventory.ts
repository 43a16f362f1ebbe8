/**
 * The static inventory of the SQL that src/db can send, read from the source text of src/db/*.ts.
 *
 * Statements are assembled at run time (filters add conditions, list queries are wrapped by `loadPages`, loaders
 * bind lists of keys), so the inventory is not a list of final statements but of the pieces the source writes, each
 * of which must reach D1 inside some observed statement:
 *
 * - every string or template literal that is SQL: a whole statement (it starts with SELECT, INSERT, UPDATE, DELETE
 *   or WITH) or a fragment (a condition, a join: it holds a `?` bind or one of a few upper-case SQL keywords);
 * - every list query (an object literal with a `sortKey`): its literal `select`, `from`, `where`, parent column,
 *   sort key and id, all in one statement, so that two lists over the same table are told apart;
 * - every `rowsWhereIn(db, table, column, keys, orderBy)` call: its table, column and order in one statement.
 *
 * A template's `${…}` parts match anything. A literal is found in an observed statement after both have their runs
 * of white space folded to one space. A call site the reader cannot read (a table name that is not a literal) is
 * reported as unreadable, so that a new way of writing SQL fails the coverage test instead of escaping it.
 */

export interface InventoryUnit {
  /** "cells.ts:118", for messages. */
  site: string;
  /** What the unit is, shortened, for messages. */
  label: string;
  /** Patterns that must all match one observed statement. */
  patterns: RegExp[];
}

interface LiteralToken {
  kind: "literal";
  /** The cooked text of each static part; a template has one more part than `${…}` holes. */
  parts: string[];
  offset: number;
}

interface OtherToken {
  kind: "word" | "punctuation";
  text: string;
  offset: number;
}

type Token = LiteralToken | OtherToken;

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0" };

function cook(raw: string): string {
  return raw.replace(/\\(.)/gs, (_, character: string) => ESCAPES[character] ?? character);
}

/** A small TypeScript tokenizer: enough to find literals (with nested templates), words and punctuation. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  let previous = "";

  const readQuoted = (quote: string): string => {
    let end = position + 1;
    while (end < source.length && source[end] !== quote) end += source[end] === "\\" ? 2 : 1;
    const raw = source.slice(position + 1, end);
    position = end + 1;
    return cook(raw);
  };

  // Reads a template from its opening backtick; literals inside its holes become tokens of their own.
  const readTemplate = (): void => {
    const offset = position;
    const parts: string[] = [];
    let raw = "";
    position += 1;
    while (position < source.length && source[position] !== "`") {
      if (source[position] === "\\") {
        raw += source.slice(position, position + 2);
        position += 2;
      } else if (source.startsWith("${", position)) {
        parts.push(cook(raw));
        raw = "";
        position += 2;
        let depth = 1;
        while (position < source.length && depth > 0) {
          const character = source[position];
          if (character === "{") depth += 1;
          if (character === "}") depth -= 1;
          if (character === '"' || character === "'") {
            tokens.push({ kind: "literal", parts: [readQuoted(character)], offset: position });
          } else if (character === "`") {
            readTemplate();
          } else {
            position += 1;
          }
        }
      } else {
        raw += source[position];
        position += 1;
      }
    }
    parts.push(cook(raw));
    position += 1;
    tokens.push({ kind: "literal", parts, offset });
  };

  while (position < source.length) {
    const character = source[position] ?? "";
    if (source.startsWith("//", position)) {
      position = source.indexOf("\n", position);
      if (position < 0) break;
    } else if (source.startsWith("/*", position)) {
      position = source.indexOf("*/", position + 2) + 2;
    } else if (character === "/" && /^$|^[(,=:[!&|?{};]$|^return$/.test(previous)) {
      // A regular expression literal: skipped, so that quotes inside it are not read as strings.
      let end = position + 1;
      let inClass = false;
      while (end < source.length && (inClass || source[end] !== "/")) {
        if (source[end] === "\\") end += 1;
        else if (source[end] === "[") inClass = true;
        else if (source[end] === "]") inClass = false;
        end += 1;
      }
      position = end + 1;
      while (/[a-z]/.test(source[position] ?? "")) position += 1;
      previous = "regex";
    } else if (character === '"' || character === "'") {
      const offset = position;
      tokens.push({ kind: "literal", parts: [readQuoted(character)], offset });
      previous = "literal";
    } else if (character === "`") {
      readTemplate();
      previous = "literal";
    } else if (/\s/.test(character)) {
      position += 1;
    } else if (/[\w$]/.test(character)) {
      const start = position;
      while (/[\w$]/.test(source[position] ?? "")) position += 1;
      previous = source.slice(start, position);
      tokens.push({ kind: "word", text: previous, offset: start });
    } else {
      previous = character;
      tokens.push({ kind: "punctuation", text: character, offset: position });
      position += 1;
    }
  }
  // Tokens of templates' holes were pushed before their template: source order matters for call arguments.
  return tokens.sort((left, right) => left.offset - right.offset);
}

export function foldWhiteSpace(sql: string): string {
  return sql.replace(/\s+/g, " ").trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The parts of a literal, white space folded, with anything in between: `${…}` holes or surrounding SQL. A part
 * that starts or ends inside a name must not be part of a longer one ("c.kind = ?" is not "+c.kind = ?").
 */
function patternOf(...pieces: string[]): RegExp {
  const body = pieces.map((piece) => escapeRegExp(piece.replace(/\s+/g, " "))).join("[\\s\\S]*?");
  const first = pieces[0] ?? "";
  const last = pieces.at(-1) ?? "";
  return new RegExp(
    `${/^[\w+]/.test(first) ? "(?<![\\w.+])" : ""}${body}${/\w$/.test(last) ? "(?![\\w.])" : ""}`,
  );
}

const WHOLE_STATEMENT = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s/;
/** A bind (`?`, `?2`; not a URL's query string, `?tenant=`) or a keyword only SQL text holds. */
const SQL_FRAGMENT = /\?(?![A-Za-z_])|\b(FROM|JOIN|WHERE|EXISTS|IS NULL|IS NOT NULL|LIKE)\b/;

function isSql(parts: readonly string[]): boolean {
  const text = parts.join(" ");
  // A placeholder list ("?") or a separator (" AND ") is not a fragment: it names no column.
  return WHOLE_STATEMENT.test(text) || (SQL_FRAGMENT.test(text) && /[a-z]/i.test(text.replace(/\?/g, "")));
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

/** The tokens of each argument of the call (or property of the object) whose `(` (or `{`) is at `open`. */
function callArguments(tokens: readonly Token[], open: number): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const text = token.kind === "literal" ? "" : token.text;
    if (text === "(" || text === "[" || text === "{") depth += 1;
    if (text === ")" || text === "]" || text === "}") depth -= 1;
    if (depth === 0) break;
    if (index === open) continue;
    if (depth === 1 && text === ",") args.push([]);
    else args[args.length - 1]?.push(token);
  }
  return args.filter((arg, index) => arg.length > 0 || index < args.length - 1);
}

function singleLiteral(tokens: readonly Token[] | undefined): string | null {
  if (tokens?.length !== 1) return null;
  const [token] = tokens;
  return token?.kind === "literal" && token.parts.length === 1 ? (token.parts[0] ?? null) : null;
}

/** `rowsWhereIn(db, "table", "column", keys, "order")` calls: the statement each one sends. */
function rowsWhereInUnits(file: string, source: string, tokens: readonly Token[]): InventoryUnit[] {
  const units: InventoryUnit[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "word" || token.text !== "rowsWhereIn") return;
    // Its definition and its imports are not calls.
    if (textOf(tokens[index - 1]) === "function" || !["<", "("].includes(textOf(tokens[index + 1]))) return;
    let open = index + 1;
    while (open < tokens.length && !(tokens[open]?.kind === "punctuation" && textOf(tokens[open]) === "(")) {
      open += 1;
    }
    const args = callArguments(tokens, open);
    const [table, column, orderBy] = [singleLiteral(args[1]), singleLiteral(args[2]), singleLiteral(args[4])];
    const site = `${file}:${lineOf(source, token.offset)}`;
    if (table === null || column === null || orderBy === null) {
      units.push({
        site,
        label: "rowsWhereIn call with non-literal arguments (unreadable)",
        patterns: [/(?!)/],
      });
      return;
    }
    units.push({
      site,
      label: `rowsWhereIn(${table}, ${column}, ${orderBy})`,
      patterns: [patternOf(`SELECT * FROM ${table} WHERE ${column} IN (`, `) ORDER BY ${orderBy}`)],
    });
  });
  return units;
}

function textOf(token: Token | undefined): string {
  return token === undefined || token.kind === "literal" ? "" : token.text;
}

/** How each literal property of a list query appears in the statement `loadPages` builds from it. */
const LIST_QUERY_SHAPES: Record<string, (value: string) => string[]> = {
  select: (value) => [`SELECT ${value},`],
  from: (value) => [`FROM ${value}`],
  where: (value) => [value],
  parentColumn: (value) => [`${value} AS parent_key_`],
  sortKey: (value) => [`${value} AS sort_key_`],
  id: (value) => [`${value} AS id_`],
};

/**
 * Object literals with a `sortKey` and a `parentColumn`: list queries, read a page at a time by `loadPages`. A
 * property chosen by a condition (`byCell ? "m.cell_id" : null`) gives one more unit per literal it may take.
 */
function listQueryUnits(file: string, source: string, tokens: readonly Token[]): InventoryUnit[] {
  const units: InventoryUnit[] = [];
  tokens.forEach((token, index) => {
    if (textOf(token) !== "sortKey" || textOf(tokens[index + 1]) !== ":") return;
    let open = index;
    for (let depth = 0; open >= 0; open -= 1) {
      const text = textOf(tokens[open]);
      if (text === "}") depth += 1;
      if (text === "{") {
        if (depth === 0) break;
        depth -= 1;
      }
    }
    const properties = open < 0 ? [] : callArguments(tokens, open);
    if (!properties.some((property) => textOf(property[0]) === "parentColumn")) return;
    const fixed: string[] = [];
    const alternatives: string[] = [];
    for (const property of properties) {
      const shape = LIST_QUERY_SHAPES[textOf(property[0])];
      if (!shape || textOf(property[1]) !== ":") continue;
      const value = property.slice(2);
      const literal = singleLiteral(value);
      if (literal !== null) {
        fixed.push(...shape(literal));
      } else {
        for (const part of value) {
          if (part.kind === "literal" && part.parts.length === 1)
            alternatives.push(...shape(part.parts[0] ?? ""));
        }
      }
    }
    const site = `${file}:${lineOf(source, token.offset)}`;
    for (const required of [fixed, ...alternatives.map((alternative) => [...fixed, alternative])]) {
      units.push({
        site,
        label: `list query ${foldWhiteSpace(required.join(" … ")).slice(0, 200)}`,
        patterns: required.map((piece) => patternOf(piece)),
      });
    }
  });
  return units;
}

/** Every unit of SQL in the given sources (file name → source text). */
export function inventory(sources: Record<string, string>): InventoryUnit[] {
  const units: InventoryUnit[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const tokens = tokenize(source);
    for (const token of tokens) {
      if (token.kind !== "literal" || !isSql(token.parts)) continue;
      units.push({
        site: `${file}:${lineOf(source, token.offset)}`,
        label: foldWhiteSpace(token.parts.join("…")).slice(0, 120),
        patterns: [patternOf(...token.parts)],
      });
    }
    units.push(...rowsWhereInUnits(file, source, tokens), ...listQueryUnits(file, source, tokens));
  }
  return units;
}

/** The units that no observed statement (white space folded) covers. */
export function uncoveredUnits(
  units: readonly InventoryUnit[],
  statements: Iterable<string>,
): InventoryUnit[] {
  const folded = [...new Set([...statements].map(foldWhiteSpace))];
  return units.filter((unit) => !folded.some((sql) => unit.patterns.every((pattern) => pattern.test(sql))));
}
