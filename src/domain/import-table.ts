import { type ImportProblem, parseCsv, type Separator } from "./csv";
import { parseImportDate } from "./dates";
import type { Text } from "./refusal";
import { foldVietnamese, normalizeName } from "./text";

/**
 * Reading a spreadsheet as rows of an import: its columns found by their headers (Vietnamese or English, folded),
 * each data record checked cell by cell, dates as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd).
 */

/** A header or a value as compared: folded the Vietnamese way, letters and digits only. */
export function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, "");
}

/** A value as compared: folded, punctuation and underscores as spaces. */
export function valueKey(text: string): string {
  return foldVietnamese(text.replace(/[_\-–.,;:()]/g, " "));
}

/** An ISO date as Vietnamese paperwork writes it: dd/mm/yyyy. */
export function formatVietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}

/** What is wrong with a row, by field: the file report and the mutation's errors both use it. */
export interface RowIssue<Field extends string = string> {
  field: Field;
  code: string;
  message: Text;
}

// ——— Members ———

export interface ColumnSpec<Field extends string> {
  field: Field;
  /** How the column is usually headed, for messages. */
  label: string;
  /** Header keys (folded, letters and digits only) that name this column. */
  names: readonly string[];
  required?: boolean;
}

/** Columns a spreadsheet often has that the import does not need: row numbers, the cell's name, notes. */
const IGNORED_COLUMNS = new Set(["stt", "tt", "sott", "no", "chibo", "cell", "cellname", "ghichu", "note"]);

export interface ParsedImport<Row> {
  separator: Separator;
  /** Data records read (blank ones aside), good or bad. */
  total: number;
  /** The good rows, each with its line. */
  rows: (Row & { line: number })[];
  /** Every bad row (and any problem of the file itself), by line. */
  problems: ImportProblem[];
  /** Each field's column as the file names it (for messages). */
  columns: Partial<Record<keyof Row & string, string>>;
  /** Headers the import does not read. */
  ignoredColumns: string[];
}

export interface Cells<Field extends string> {
  line: number;
  value(field: Field): string;
  problem(field: Field, code: string, reason: Text): void;
}

export function readTable<Field extends string, Row>(
  text: string,
  specs: readonly ColumnSpec<Field>[],
  readRow: (cells: Cells<Field>) => Row | null,
): ParsedImport<Row> {
  const table = parseCsv(text);
  const problems = [...table.problems];
  const columns: Partial<Record<Field, string>> = {};
  const result: ParsedImport<Row> = {
    separator: table.separator,
    total: 0,
    rows: [],
    problems,
    columns: columns as unknown as ParsedImport<Row>["columns"],
    ignoredColumns: [],
  };
  const [header, ...records] = table.records;
  if (!header) {
    if (problems.length === 0)
      problems.push({ line: 1, code: "EMPTY_FILE", reason: { vi: "Tệp trống.", en: "The file is empty." } });
    return result;
  }
  const indexOf = new Map<Field, number>();
  header.fields.forEach((written, index) => {
    const key = headerKey(written);
    const spec = specs.find((candidate) => candidate.names.includes(key));
    if (!spec) {
      if (key !== "" && !IGNORED_COLUMNS.has(key)) result.ignoredColumns.push(written.trim());
      return;
    }
    if (indexOf.has(spec.field)) {
      problems.push({
        line: header.line,
        column: written.trim(),
        code: "DUPLICATE_COLUMN",
        reason: {
          vi: `Hai cột cùng là ${spec.label}: "${columns[spec.field]}" và "${written.trim()}".`,
          en: `Two columns give ${spec.label}: "${columns[spec.field]}" and "${written.trim()}".`,
        },
      });
      return;
    }
    indexOf.set(spec.field, index);
    columns[spec.field] = written.trim();
  });
  const missing = specs.filter((spec) => spec.required && !indexOf.has(spec.field));
  for (const spec of missing) {
    problems.push({
      line: header.line,
      column: spec.label,
      code: "MISSING_COLUMN",
      reason: { vi: `Dòng tiêu đề thiếu cột ${spec.label}.`, en: `The header has no column ${spec.label}.` },
    });
  }
  if (missing.length > 0) return result;
  if (records.length === 0 && problems.length === 0) {
    problems.push({
      line: header.line,
      code: "NO_ROWS",
      reason: {
        vi: "Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.",
        en: "The file has a header but no rows.",
      },
    });
  }
  result.total = records.length;
  for (const record of records) {
    const before = problems.length;
    if (record.fields.slice(header.fields.length).some((value) => value.trim() !== "")) {
      problems.push({
        line: record.line,
        code: "TOO_MANY_FIELDS",
        reason: {
          vi: `Dòng có ${record.fields.length} ô, dòng tiêu đề có ${header.fields.length}: có dấu phân cách nằm trong một giá trị không đặt trong ngoặc kép?`,
          en: `The row has ${record.fields.length} fields, the header ${header.fields.length}: is a separator inside an unquoted value?`,
        },
      });
      continue;
    }
    const row = readRow({
      line: record.line,
      value: (field) => {
        const index = indexOf.get(field);
        return index === undefined ? "" : (record.fields[index] ?? "").trim();
      },
      problem: (field, code, reason) =>
        problems.push({ line: record.line, column: columns[field] ?? field, code, reason }),
    });
    if (problems.length === before && row !== null) result.rows.push({ ...row, line: record.line });
  }
  problems.sort((a, b) => a.line - b.line);
  return result;
}

export function readDate<Field extends string>(
  cells: Cells<Field>,
  field: Field,
  label: Text,
): string | null {
  const written = cells.value(field);
  if (written === "") return null;
  const date = parseImportDate(written);
  if (date === null) {
    cells.problem(field, "INVALID_DATE", {
      vi: `${label.vi} "${written}" không phải ngày: viết dd/mm/yyyy (ví dụ 05/03/2017) hoặc yyyy-mm-dd.`,
      en: `${label.en} "${written}" is not a date: write dd/mm/yyyy (e.g. 05/03/2017) or yyyy-mm-dd.`,
    });
  }
  return date;
}

/**
 * The status column every row needs: the value `parse` reads from it, or null with a problem — STATUS_REQUIRED
 * where it is empty, UNKNOWN_STATUS (in `unknown`'s words, naming what to write) where `parse` knows it not.
 */
export function readStatus<Field extends string, Status>(
  cells: Cells<Field | "status">,
  parse: (written: string) => Status | null,
  missing: Text,
  unknown: (written: string) => Text,
): Status | null {
  const written = cells.value("status");
  const status = parse(written);
  if (written === "") cells.problem("status", "STATUS_REQUIRED", missing);
  else if (status === null) cells.problem("status", "UNKNOWN_STATUS", unknown(written));
  return status;
}

export function readName<Field extends string>(cells: Cells<Field>, field: Field): string {
  return normalizeName(cells.value(field));
}

export interface ImportOptions {
  /** Vietnam's today (YYYY-MM-DD): no date may lie after it. */
  today: string;
}

// ——— The person a row names ———

/** The columns that name a member: the full name, and the birth date where two share a name. */
export const PERSON_COLUMNS: readonly ColumnSpec<"fullName" | "birthDate">[] = [
  {
    field: "fullName",
    label: "Họ và tên (fullName)",
    names: ["hovaten", "hoten", "fullname", "name"],
    required: true,
  },
  { field: "birthDate", label: "Ngày sinh (birthDate)", names: ["ngaysinh", "birthdate", "dateofbirth"] },
];

/** The person a row names: a name (required) and a birth date not after today. */
export function readPerson<Field extends string>(
  cells: Cells<Field | "fullName" | "birthDate">,
  options: ImportOptions,
): { fullName: string; birthDate: string | null } {
  const fullName = readName(cells, "fullName");
  if (fullName === "")
    cells.problem("fullName", "NAME_REQUIRED", { vi: "Thiếu họ và tên.", en: "The full name is missing." });
  const birthDate = readDate(cells, "birthDate", { vi: "Ngày sinh", en: "The birth date" });
  if (birthDate !== null && birthDate > options.today) {
    cells.problem("birthDate", "DATE_IN_FUTURE", {
      vi: `Ngày sinh ${formatVietnameseDate(birthDate)} là ngày trong tương lai.`,
      en: `The birth date ${formatVietnameseDate(birthDate)} is in the future.`,
    });
  }
  return { fullName, birthDate };
}
