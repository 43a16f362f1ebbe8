/**
 * The pure rules of src/domain that read what people type (names, numbers, searches, dates, CSV files), called
 * directly with hostile text: each must return, or refuse with a Refusal, quickly — no other exception, no
 * time that grows with the square of the text. Two rules also keep their promises on any input: an FTS5 query
 * is quoted words only, and a snippet holds no markup but its <mark> tags.
 */
import { validCellName } from "../../src/domain/cells";
import { detectSeparator, parseCsv } from "../../src/domain/csv";
import { isIsoDate, isPartialDate, parseImportDate } from "../../src/domain/dates";
import {
  documentNumberOrRefuse,
  parseDocumentNumber,
  parseTerm,
  validIssuerCode,
} from "../../src/domain/document-numbers";
import { parseAttendanceStatus, parseDocumentType, parseImportFile } from "../../src/domain/import";
import { memberRowIssues, parseMemberStatus } from "../../src/domain/import-members";
import { Refusal } from "../../src/domain/refusal";
import { ftsQuery, highlight } from "../../src/domain/search";
import { foldVietnamese, normalizeName, personSortKey, searchWords } from "../../src/domain/text";
import type { Random } from "./fuzz-random";
import { HOSTILE_STRINGS, hostileDate, hostileString } from "./fuzz-values";

const TODAY = "2026-01-15";

/** Only quoted terms separated by single spaces, the last a prefix (tests/domain/search.test.ts). */
const ONLY_QUOTED_WORDS = /^("[^"]*" )*"[^"]*"\*$/;

/** Each rule with what it must hold on any input; a thrown Refusal is an answer too. */
const RULES: Record<string, (text: string, other: string) => string | undefined> = {
  ftsQuery: (text) => {
    const query = ftsQuery(text);
    return query === null || ONLY_QUOTED_WORDS.test(query) ? undefined : `not quoted words only: ${query}`;
  },
  highlight: (text, other) => {
    const snippet = highlight(text, other);
    return /[<>]/.test(snippet.replace(/<\/?mark>/g, ""))
      ? `markup in the snippet: ${snippet.slice(0, 200)}`
      : undefined;
  },
  foldVietnamese: (text) => void foldVietnamese(text),
  searchWords: (text) => void searchWords(text),
  personSortKey: (text) => void personSortKey(text),
  normalizeName: (text) => void normalizeName(text),
  parseDocumentNumber: (text) => void parseDocumentNumber(text),
  documentNumberOrRefuse: (text) => void documentNumberOrRefuse(text, ["number"]),
  validIssuerCode: (text) => void validIssuerCode(text, ["documentCode"]),
  parseTerm: (text) => void parseTerm(text),
  validCellName: (text) => void validCellName(text, ["name"]),
  isIsoDate: (text) => void isIsoDate(text),
  isPartialDate: (text) => void isPartialDate(text),
  parseImportDate: (text) => void parseImportDate(text),
  parseMemberStatus: (text) => void parseMemberStatus(text),
  parseDocumentType: (text) => void parseDocumentType(text),
  parseAttendanceStatus: (text) => void parseAttendanceStatus(text),
  detectSeparator: (text) => void detectSeparator(text),
  parseCsv: (text) => void parseCsv(text),
  "parseImportFile(members)": (text) => void parseImportFile("members", text, { today: TODAY }),
  "parseImportFile(documents)": (text) => void parseImportFile("documents", text, { today: TODAY }),
  "parseImportFile(attendance)": (text) => void parseImportFile("attendance", text, { today: TODAY }),
  memberRowIssues: (text, other) =>
    void memberRowIssues(
      {
        fullName: text,
        birthDate: other,
        status: "PROBATIONARY",
        admittedOn: other,
        officialOn: null,
        joinedOn: null,
      },
      TODAY,
    ),
};

const HEADERS = [
  "Họ và tên;Ngày sinh;Trạng thái;Ngày kết nạp;Ngày chính thức",
  "Số,Loại,Trích yếu,Ngày ban hành",
  "hoten\tngaysinh\ttinhtrang",
];

const CSV_DATES = [
  "01/02/2017",
  "31/02/2017",
  "2017-1-1",
  "1/1/1899",
  "00/00/0000",
  "12.12.2012",
  "2017-12-23",
];

/** Text shaped like a CSV file: a header now and then, fields quoted or not, hostile values, broken quotes. */
function csvLike(random: Random): string {
  const field = () => {
    const value = random.pick(random.chance(0.3) ? CSV_DATES : HOSTILE_STRINGS);
    return random.chance(0.3) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = Array.from({ length: random.int(1, 30) }, () =>
    Array.from({ length: random.int(1, 8) }, field).join(random.pick([";", ",", "\t", '"'])),
  );
  if (random.chance(0.7)) lines.unshift(random.pick(HEADERS));
  return lines.join(random.pick(["\n", "\r\n", "\r"]));
}

/** Long texts of the kind that make a careless loop quadratic: one repeated letter, many short words. */
const LONG_TEXTS = [
  "a".repeat(200_000),
  "a ".repeat(100_000),
  "đ ".repeat(50_000),
  '"'.repeat(100_000),
  ";".repeat(100_000),
];

/** Longest one call may take: the slowest rule on the longest text runs in a few tens of milliseconds. */
const RULE_MILLISECONDS = 1000;

export interface DomainFuzz {
  calls: number;
  failures: string[];
}

export function fuzzDomainRules(random: Random, randomCalls: number): DomainFuzz {
  const inputs: [string, string][] = [
    ...HOSTILE_STRINGS.map((text): [string, string] => [text, random.pick(HOSTILE_STRINGS)]),
    ...LONG_TEXTS.map((text): [string, string] => [text, random.pick(["a", "đ", "a b c d e f g h"])]),
    ...Array.from({ length: randomCalls }, (): [string, string] => [
      random.chance(0.5) ? hostileString(random) : csvLike(random),
      random.chance(0.5) ? hostileString(random) : hostileDate(random),
    ]),
  ];
  const failures: string[] = [];
  let calls = 0;
  for (const [name, rule] of Object.entries(RULES)) {
    for (const [text, other] of inputs) {
      calls += 1;
      const started = Date.now();
      let problem: string | undefined;
      try {
        problem = rule(text, other);
      } catch (error) {
        if (!(error instanceof Refusal))
          problem = `threw ${error instanceof Error ? error.stack : String(error)}`;
      }
      const milliseconds = Date.now() - started;
      if (milliseconds > RULE_MILLISECONDS) problem = `took ${milliseconds} ms`;
      if (problem) {
        failures.push(
          `${name}(${JSON.stringify(text.slice(0, 80))} (${text.length} characters), ${JSON.stringify(other.slice(0, 40))}): ${problem}`,
        );
      }
    }
  }
  return { calls, failures };
}
