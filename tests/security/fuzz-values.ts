/**
 * Hostile values for the fuzz test: strings that mean something to SQL, LIKE, FTS5, JSON, HTML or Unicode
 * handling, malformed dates and numbers, and global IDs that must not resolve. A viewer that may write only ever
 * gets IDs that cannot name a row of the type asked for (`writerSafeId`), so that none of its mutations can
 * succeed: the database must end as it began.
 */
import { DEMO } from "../helpers";
import type { Random } from "./fuzz-random";

/** An enum value: printed bare in a document, sent as its name in variables. */
export class EnumName {
  constructor(readonly name: string) {}

  toJSON(): string {
    return this.name;
  }
}

export type Value = null | boolean | number | string | EnumName | Value[] | { [key: string]: Value };

/** Base64 of the text's UTF-8 bytes (btoa alone refuses characters above U+00FF). */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** Rows of the demo data, by the type their global ID names. */
export const DEMO_ROWS: Readonly<Record<string, readonly string[]>> = {
  Cell: [DEMO.bloc, DEMO.office, DEMO.predecessor, DEMO.cell],
  Person: [DEMO.secretary, DEMO.probationary, "demo-member-01", "demo-candidate-01"],
  Membership: [`${DEMO.secretary}-membership`],
  Document: [
    DEMO.foundingDecision,
    DEMO.directive10,
    DEMO.conclusion18,
    DEMO.resolution4,
    DEMO.resolution02,
    DEMO.draftReport,
  ],
  Meeting: [DEMO.congress, DEMO.review],
  Term: [DEMO.term],
  Role: ["demo-role-secretary", "demo-role-office-committee"],
  DocumentRelation: ["demo-rel-18-continues-10"],
  ExternalBody: ["central-committee", "politburo"],
  OrganizationRating: ["demo-rating-2017-cell"],
  MemberRating: [`demo-rating-2017-${DEMO.secretary}`],
  ImplementationAssignment: [`demo-assignment-${DEMO.resolution4}`],
};

/** Types whose rows live in one table: an ID of one names a row of the other. */
const SAME_TABLE = [new Set(["MemberRating", "OrganizationRating"])];

function sameTable(one: string, other: string): boolean {
  return one === other || SAME_TABLE.some((group) => group.has(one) && group.has(other));
}

const NODE_TYPES = [
  "Attachment",
  "AuditEntry",
  "CalendarFeed",
  "Cell",
  "Document",
  "DocumentRelation",
  "ExternalBody",
  "ImplementationAssignment",
  "Meeting",
  "MemberRating",
  "Membership",
  "OrganizationRating",
  "Person",
  "Role",
  "Term",
] as const;

/** Which type an ID argument or input field names, from its name; undefined where any type may come. */
export function idTypeOf(name: string): string | undefined {
  const known: [RegExp, string][] = [
    [/^(cell|parent|newParent|toCell|committee|organization|predecessor|successor)Ids?$/, "Cell"],
    [/^(person|chair|secretary)Ids?$/, "Person"],
    [
      /^(document|from|to|foundingDocument|decisionDocument|minutesDocument|resolutionDocument|reportDocument)Ids?$/,
      "Document",
    ],
    [/^issuerId$/, "Cell"],
    [/^meetingId$/, "Meeting"],
    [/^termId$/, "Term"],
    [/^roleId$/, "Role"],
    [/^relationId$/, "DocumentRelation"],
    [/^assignmentId$/, "ImplementationAssignment"],
    [/^feedId$/, "CalendarFeed"],
  ];
  return known.find(([pattern]) => pattern.test(name))?.[1];
}

const SQL = [
  "'",
  "''",
  '"',
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE cells; --",
  '" OR ""="',
  "1; SELECT * FROM people",
  "*/ SELECT 1 /*",
  "' UNION SELECT sql, name FROM sqlite_master --",
  "'||(SELECT group_concat(name) FROM sqlite_master)||'",
  "\\",
  "\\'",
  "%",
  "_",
  "%_%",
  "\\%",
  "?",
  "?1",
  ":name",
  "@p",
  "$1",
  "NULL",
  "null",
  "undefined",
  "X'00'",
  "char(0)",
  "--",
  "/*",
  ";",
  "`",
  "[cells]",
  "json_extract('{', '$')",
  "RAISE(ABORT, 'x')",
];

const FTS = [
  "MATCH",
  "x MATCH y",
  "NEAR(",
  "NEAR(a b, 1)",
  'NEAR("a" "b", -1)',
  "NEAR/2",
  "*",
  "^",
  ":",
  "a:b",
  "title:x",
  "body:",
  '"unterminated',
  "AND",
  "OR",
  "NOT",
  "a AND",
  "OR OR",
  "(",
  ")",
  "()",
  "{title body}: x",
  "-x",
  "+",
  "a*",
  "*a",
  "^a",
  '"a" "b"',
  "x NOT",
  "rank",
  "bm25(",
  "highlight(document_search, 0, '<', '>')",
  "-",
  ".",
  "45-QĐ/ĐU",
  "Số: 18-KL/TW",
  "0-QĐ/",
  "999999999999999999999-NQ/TW",
];

const UNICODE = [
  "\uD800",
  "\uDC00",
  "a\uDC00\uD800b",
  "\uDBFF",
  "\u202Eevil\u202C",
  "\u200F\u200E",
  `a${"\u0301\u0302\u0303\u0323".repeat(50)}`,
  "\u200B",
  "\u200D",
  "\uFEFF",
  "👨‍👩‍👧‍👦",
  "🇻🇳",
  "Đảng bộ Khối các cơ quan tỉnh Vĩnh Phúc",
  "Đa\u0309ng bo\u0323\u0302",
  "ＳＥＬＥＣＴ ＊",
  "İı",
  "ß",
  "ﬁ",
  "\uFFFF",
  "\uFFFE",
  "\u0085",
  "\u2028\u2029",
  "\r\n",
  "\t",
  "\u0001\u0002\u001F",
  "\u007F",
  "\u0080\u009F",
  "\uFFFD",
  "\u{10FFFF}",
  "𝕏",
  "\u0000",
  "a\u0000b",
  "\u00A0",
  "\u3000",
  "ǅ",
  "Ⅻ",
];

const OTHER = [
  "",
  " ",
  "   ",
  "<script>alert(1)</script>",
  "<mark>",
  "{{7*7}}",
  `\${7*7}`,
  "../../etc/passwd",
  "%00",
  "%s%n",
  '{"a":1}',
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "=cmd|' /C calc'!A0",
  "\\u0000",
  "\\uD800",
];

export const HOSTILE_STRINGS: readonly string[] = [...SQL, ...FTS, ...UNICODE, ...OTHER];

const ALPHABET = [..."'\";-*/%_\\^:()[]{}<>?!@#$&|+=.,~` \t\n", "\u0301", "\u200B", "\u202E", "đ", "Ơ", "😀"];

/** Long texts: a few KiB to a few hundred (some past the variables limit, then VARIABLES_TOO_LARGE). */
function longString(random: Random): string {
  const piece = random.pick(["a", "đ", "' ", "NEAR(", "*", "\u0301", "😀", "%", "\\", "Chi bộ "]);
  return piece.repeat(random.pick([1_000, 5_000, 20_000, 60_000, 140_000]));
}

export function hostileString(random: Random): string {
  const roll = random.next();
  if (roll < 0.55) return random.pick(HOSTILE_STRINGS);
  if (roll < 0.9) {
    let text = "";
    const parts = random.int(2, 5);
    for (let index = 0; index < parts; index += 1) {
      text += random.chance(0.7) ? random.pick(HOSTILE_STRINGS) : random.text(ALPHABET, random.int(1, 6));
    }
    return text;
  }
  return longString(random);
}

const DATES = [
  "2024-02-30",
  "2023-02-29",
  "2024-13-01",
  "2024-00-10",
  "2024-01-00",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "-0001-01-01",
  "+002024-01-01",
  "2024-1-1",
  "20240101",
  "2024/01/01",
  "01/02/2024",
  "２０２４-０１-０１",
  "2024-01-01\u200B",
  " 2024-01-01",
  "2024-01-01 ",
  "2024-01",
  "2024",
  "24",
  "1e5",
  "2024-01-01T00:00:00Z",
  "2024-01-01T25:00:00+07:00",
  "2024-01-01T00:00:00+24:00",
  "2024-01-01T00:00:00+07:60",
  "2024-01-01T00:00:00",
  "2024-01-01T00:00:60Z",
  "2024-01-01T00:00:00.9999999999Z",
  "2024-01-01T00:00:00-00:00",
  "275760-09-13T00:00:00Z",
  "+275760-09-14T00:00:00.000Z",
  "9999-12-31T23:59:59.999+14:00",
  "0000-01-01T00:00:00Z",
  "2024-00",
  "2024-13",
  "0",
  "-1",
  "99999",
  "2017-12-23T14:00:00+07:00",
  "2017-12-23",
  "2017",
  // Valid at the edges of what the scalars take, so that they reach the rules.
  "1900-01-01",
  "2200-12-31",
  "2024-02-29",
  "1900",
  "2200-12",
  "1900-01-01T00:00:00+14:00",
  "2200-12-31T23:59:59-12:00",
];

export function hostileDate(random: Random): string {
  return random.chance(0.8) ? random.pick(DATES) : hostileString(random);
}

const INTS = [
  0,
  -1,
  1,
  12,
  100,
  101,
  1900,
  2017,
  3000,
  10_000,
  -5000,
  2_147_483_647,
  -2_147_483_648,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1e308,
  1.5,
  -0,
];
const FLOATS = [0, -0, 1e308, -1e308, 5e-324, 1.7976931348623157e308, 100.0000001, -1, 101, 1e-7, 50.5];

export function hostileInt(random: Random): number {
  return random.pick(INTS);
}

export function hostileFloat(random: Random): number {
  return random.pick(FLOATS);
}

/** Values of the wrong JSON type for anything; `{"__proto__": …}` as an own key, the way JSON.parse reads it. */
export function wrongType(random: Random): Value {
  return random.pick<() => Value>([
    () => null,
    () => true,
    () => false,
    () => 0,
    () => 12,
    () => -1.5,
    () => "",
    () => "x",
    () => [],
    () => [null],
    () => ["a", 1, true],
    () => ({}),
    () => ({ id: "x" }),
    () => JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'),
    () => JSON.parse(`${"[".repeat(40)}1${"]".repeat(40)}`),
  ])();
}

/** IDs that are not global IDs at all, or name no type Chibo knows. */
function malformedId(random: Random): string {
  const existing = random.pick(DEMO_ROWS.Cell ?? []);
  return random.pick<() => string>([
    () => "",
    () => " ",
    () => "\t\n",
    () => "not base64!",
    () => "%%%",
    () => "Q",
    () => "====",
    () => "🙂",
    () => `Cell:${existing}`,
    () => existing,
    () => btoa(String.fromCharCode(...Array.from({ length: random.int(1, 40) }, () => random.int(0, 255)))),
    () => base64(`:${existing}`),
    () => base64("Cell"),
    () => base64("Cell:"),
    () => base64(`cell:${existing}`),
    () => base64(`Cell :${existing}`),
    () => base64(`Ce ll:${existing}`),
    () => base64(`Cell1:${existing}`),
    () => base64(`Nope:${existing}`),
    () => base64(`Query:${existing}`),
    () => base64(`__proto__:${existing}`),
    () => base64(`Object:${existing}`),
    () => base64(`${"A".repeat(5000)}:x`),
    () => base64(`nope/Cell:${existing}`),
    () => base64(`../Cell:${existing}`),
    () => base64(`${"t".repeat(33)}/Cell:${existing}`),
    () => base64(`/Cell:${existing}`),
    () => hostileString(random),
  ])();
}

/** A global ID of `typename` naming a row that does not exist. */
function missingRowId(random: Random, typename: string): string {
  const id = random.pick<() => string>([
    () => `fuzz-missing-${random.int(0, 1e9)}`,
    () => hostileString(random),
    () => `${random.pick(DEMO_ROWS.Cell ?? [])}:extra`,
    () => `${random.pick(DEMO_ROWS.Person ?? [])}\n`,
    () => `${random.pick(DEMO_ROWS.Document ?? [])} `,
    () => `x\u0000y`,
    () => "x".repeat(random.pick([1_000, 30_000, 150_000])),
    () => String(random.int(-1, 1e6)),
  ])();
  // Of the default tenant, named or not (IDs of a tenant other than the default carry its key).
  return base64(`${random.chance(0.2) ? "default/" : ""}${typename}:${id}`);
}

/** A global ID of `typename` whose raw id is a row of another table. */
function rowOfAnotherKindId(random: Random, typename: string): string {
  const others = Object.entries(DEMO_ROWS).filter(([type]) => !sameTable(type, typename));
  const [, ids] = random.pick(others);
  return base64(`${typename}:${random.pick(ids)}`);
}

/** A well-formed global ID of the type a field names (any type where unknown) and a row that does not exist. */
export function missingId(random: Random, typename: string | undefined): string {
  return base64(`${typename ?? random.pick(NODE_TYPES)}:fuzz-missing-${random.int(0, 1e9)}`);
}

/**
 * An ID that cannot name an existing row of any type a field may accept: malformed, of an unknown type, of a
 * missing row, or of a known type whose id belongs to another table. Never null.
 */
function writerSafeId(random: Random): string {
  const roll = random.next();
  if (roll < 0.3) return malformedId(random);
  const typename = random.pick(NODE_TYPES);
  if (roll < 0.7) return missingRowId(random, typename);
  return rowOfAnotherKindId(random, typename);
}

/** The global ID of a demo row: of `typename` mostly, when the field's name tells it. */
export function existingId(random: Random, typename: string | undefined): string {
  const known = typename ? DEMO_ROWS[typename] : undefined;
  const [type, ids] =
    known && random.chance(0.8) ? [typename, known] : random.pick(Object.entries(DEMO_ROWS));
  return base64(`${type}:${random.pick(ids)}`);
}

/** Existing rows, and spellings of their IDs that a lenient decoder might still accept. */
function readableId(random: Random, typename: string | undefined): string {
  const valid = existingId(random, typename);
  return random.pick<() => string>([
    () => valid,
    () => valid,
    () => valid.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    () => valid.replace(/=+$/, ""),
    () => ` ${valid} `,
    () => `${valid.slice(0, 4)}\n${valid.slice(4)}`,
    () => valid.toLowerCase(),
    () => base64(valid),
    () => atob(valid),
    () => base64(`default/${atob(valid)}`),
  ])();
}

/** A hostile ID: for a viewer that may write, one that names nothing (or a value of the wrong type), never null. */
export function hostileId(random: Random, typename: string | undefined, mayWrite: boolean): Value {
  if (mayWrite)
    return random.chance(0.1) ? random.pick<Value>([0, 12, -1, true, {}, { id: "x" }]) : writerSafeId(random);
  const roll = random.next();
  if (roll < 0.35) return readableId(random, typename);
  if (roll < 0.9) return writerSafeId(random);
  return wrongType(random);
}
