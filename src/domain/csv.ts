import type { Text } from "./refusal";

/**
 * CSV as the spreadsheets of Vietnamese offices write it: UTF-8 with or without a BOM (Excel's "CSV UTF-8" writes
 * one), `;` (Excel in a locale whose decimal mark is the comma), `,` or tab separators, quoted fields that hold
 * separators and line breaks. Pure: text in, records and problems out, each with the line where it starts.
 */

/** A bad row (or a bad file): the physical line where the row starts, the column as the file names it. */
export interface ImportProblem {
  line: number;
  column?: string;
  code: string;
  reason: Text;
}

export type Separator = "," | ";" | "\t";

export interface CsvRecord {
  /** Line of the file where the record starts (1-based; a quoted field may span lines). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  separator: Separator;
  /** Every non-blank record, the header first. */
  records: CsvRecord[];
  problems: ImportProblem[];
}

const SEPARATORS: readonly Separator[] = [";", ",", "\t"];

/** The separator of a file: whichever of `;`, `,` and tab occurs most in its header line outside quotes. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  // The header is the first line that is not blank.
  for (const char of text.replace(/^\uFEFF/, "").replace(/^(?:[^\S\r\n]*(?:\r\n|\r|\n))+/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char as Separator)) {
      counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
    }
  }
  let best: Separator = ",";
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/**
 * RFC 4180 with the leniency spreadsheets need: LF, CRLF or CR line ends, `""` inside quotes, text after a
 * closing quote kept, records whose fields are all blank skipped (Excel writes `;;;;` for empty rows).
 */
export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && text[index + 1] !== "\n")) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) {
    problems.push({
      line: quoteLine,
      code: "UNCLOSED_QUOTE",
      reason: {
        vi: `Dấu ngoặc kép mở ở dòng ${quoteLine} không được đóng: không đọc được phần còn lại của tệp.`,
        en: `A quoted field opened on line ${quoteLine} is never closed: the rest of the file cannot be read.`,
      },
    });
  } else if (fieldStarted || fields.length > 0 || field !== "") {
    endRecord();
  }
  return { separator, records, problems };
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A value that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe, which Excel shows as text.
 */
function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file the Chibo way: comma-separated with RFC 4180 quoting and CRLF line ends — not `;`: a comma file reads
 * the same everywhere, and the BOM makes Excel take it as UTF-8, so the Vietnamese letters show correctly.
 */
export function csvDocument(lines: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(",")).join("\r\n")}\r\n`;
}
