import { comparePartialDates, fullYearsBetween, isIsoDate } from "./dates";
import { parseDocumentNumber } from "./document-numbers";
import { DOCUMENT_TYPE_LABELS, type DocumentType, TYPE_CODES } from "./documents";
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from "./meetings";
import { MINIMUM_ADMISSION_AGE, probationEndsOn } from "./membership";
import { foldVietnamese, normalizeName } from "./text";

/**
 * Reading the spreadsheets cells keep (members, documents, attendance) as CSV, and checking every row before
 * anything is written. Pure: text in, rows and problems out — `scripts/import.mjs` runs it in Node, the
 * `importMembers` mutation reuses the member rules, tests run it in workerd.
 *
 * What Vietnamese offices send: UTF-8 with or without a BOM (Excel's "CSV UTF-8" writes one), `;` (Excel in a
 * locale whose decimal mark is the comma) or `,` separators, quoted fields that hold separators and line breaks,
 * dates as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd), Vietnamese or English headers.
 */

export type ImportKind = "members" | "documents" | "attendance";

/** The most rows one `importMembers` call takes; the import script sends half that per call. */
export const MAX_MEMBER_IMPORT_ROWS = 200;
export const MEMBER_IMPORT_BATCH = 100;

/** A bad row (or a bad file): the physical line where the row starts, the column as the file names it. */
export interface ImportProblem {
  line: number;
  column?: string;
  code: string;
  reason: string;
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
      reason: `A quoted field opened on line ${quoteLine} is never closed: the rest of the file cannot be read.`,
    });
  } else if (fieldStarted || fields.length > 0 || field !== "") {
    endRecord();
  }
  return { separator, records, problems };
}

/** A header or a value as compared: folded the Vietnamese way, letters and digits only. */
function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, "");
}

/** A value as compared: folded, punctuation and underscores as spaces. */
function valueKey(text: string): string {
  return foldVietnamese(text.replace(/[_\-–.,;:()]/g, " "));
}

/** dd/mm/yyyy, d/m/yyyy (also with - or .) and yyyy-mm-dd; the ISO date, or null when it is not a real day. */
export function parseImportDate(written: string): string | null {
  const text = written.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(value) ? value : null;
}

/** An ISO date as Vietnamese paperwork writes it: dd/mm/yyyy. */
export function formatVietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}

// ——— Members ———

export type ImportedStatus = "CANDIDATE" | "PROBATIONARY" | "OFFICIAL";

const MEMBER_STATUSES = new Map<string, ImportedStatus>([
  ["official", "OFFICIAL"],
  ["chinh thuc", "OFFICIAL"],
  ["dang vien chinh thuc", "OFFICIAL"],
  ["dvct", "OFFICIAL"],
  ["probationary", "PROBATIONARY"],
  ["du bi", "PROBATIONARY"],
  ["dang vien du bi", "PROBATIONARY"],
  ["dvdb", "PROBATIONARY"],
  ["candidate", "CANDIDATE"],
  ["quan chung uu tu", "CANDIDATE"],
  ["quan chung", "CANDIDATE"],
  ["qcut", "CANDIDATE"],
]);

/** "chính thức", "Đảng viên dự bị", "quần chúng ưu tú" or OFFICIAL, PROBATIONARY, CANDIDATE. */
export function parseMemberStatus(written: string): ImportedStatus | null {
  return MEMBER_STATUSES.get(valueKey(written)) ?? null;
}

/** A row of a member list, as `importMembers` takes it. */
export interface MemberImportRow {
  fullName: string;
  birthDate: string | null;
  status: ImportedStatus;
  admittedOn: string | null;
  officialOn: string | null;
  /** First day in this cell, when the member came from elsewhere; the admission day by default. */
  joinedOn: string | null;
}

/** What is wrong with a member row, by field: the file report and the mutation's errors both use it. */
export interface RowIssue<Field extends string = string> {
  field: Field;
  code: string;
  message: string;
}

export const MAX_NAME_LENGTH = 120;

const MEMBER_DATE_LABELS = {
  birthDate: "The birth date",
  admittedOn: "The admission date",
  officialOn: "The official date",
  joinedOn: "The date of joining the cell",
} as const;

/** Where the member's membership of the cell starts, and how: the joining day, else the admission. */
export function membershipStartOf(row: MemberImportRow): {
  startedOn: string;
  reason: "ADMITTED" | "TRANSFERRED_IN";
} | null {
  if (row.status === "CANDIDATE") return null;
  const startedOn = row.joinedOn ?? row.admittedOn;
  if (!startedOn) return null;
  return {
    startedOn,
    reason: row.admittedOn !== null && startedOn === row.admittedOn ? "ADMITTED" : "TRANSFERRED_IN",
  };
}

/**
 * The rules a member row must follow, as the mutations that record people one by one apply them: a name,
 * no date in the future, dates in order, admission at 18 or older, recognition after 12 months of probation,
 * and the dates that fit the status (a candidate has none; a probationary member an admission day, no
 * recognition; a member a day from which they belong to the cell).
 */
export function memberRowIssues(row: MemberImportRow, today: string): RowIssue<keyof MemberImportRow>[] {
  const issues: RowIssue<keyof MemberImportRow>[] = [];
  const name = normalizeName(row.fullName);
  if (name.length === 0) {
    issues.push({ field: "fullName", code: "NAME_REQUIRED", message: "The full name is missing." });
  } else if (name.length > MAX_NAME_LENGTH) {
    issues.push({
      field: "fullName",
      code: "INVALID_NAME",
      message: `A full name has at most ${MAX_NAME_LENGTH} characters.`,
    });
  }
  for (const field of ["birthDate", "admittedOn", "officialOn", "joinedOn"] as const) {
    const value = row[field];
    if (value !== null && value > today) {
      issues.push({
        field,
        code: "DATE_IN_FUTURE",
        message: `${MEMBER_DATE_LABELS[field]} ${formatVietnameseDate(value)} is in the future.`,
      });
    }
  }
  if (row.status === "CANDIDATE") {
    for (const field of ["admittedOn", "officialOn", "joinedOn"] as const) {
      if (row[field] !== null) {
        issues.push({
          field,
          code: "STATUS_DATE_MISMATCH",
          message:
            "A candidate (quần chúng ưu tú) is not yet a member: no admission, official or joining date.",
        });
        break;
      }
    }
    return issues;
  }
  if (row.status === "PROBATIONARY") {
    if (row.admittedOn === null) {
      issues.push({
        field: "admittedOn",
        code: "ADMITTED_ON_REQUIRED",
        message: "A probationary member needs the admission date: the 12-month probation runs from it.",
      });
    }
    if (row.officialOn !== null) {
      issues.push({
        field: "officialOn",
        code: "STATUS_DATE_MISMATCH",
        message: "A probationary member has no official date; with one, the status is OFFICIAL (chính thức).",
      });
    }
  }
  if (row.status === "OFFICIAL" && row.admittedOn === null && row.joinedOn === null) {
    issues.push({
      field: "joinedOn",
      code: "JOINED_ON_REQUIRED",
      message: "Say since when the member belongs to the cell (joining date) or when they were admitted.",
    });
  }
  if (row.birthDate !== null && row.admittedOn !== null) {
    if (comparePartialDates(row.admittedOn, row.birthDate) <= 0) {
      issues.push({
        field: "admittedOn",
        code: "INVALID_DATE_RANGE",
        message: `Admission on ${formatVietnameseDate(row.admittedOn)} is not after the birth date ${formatVietnameseDate(row.birthDate)}.`,
      });
    } else if (fullYearsBetween(row.birthDate, row.admittedOn) < MINIMUM_ADMISSION_AGE) {
      issues.push({
        field: "admittedOn",
        code: "BELOW_ADMISSION_AGE",
        message: `On ${formatVietnameseDate(row.admittedOn)} the member was ${fullYearsBetween(row.birthDate, row.admittedOn)}; admission needs at least ${MINIMUM_ADMISSION_AGE} years.`,
      });
    }
  }
  if (
    row.birthDate !== null &&
    row.joinedOn !== null &&
    comparePartialDates(row.joinedOn, row.birthDate) <= 0
  ) {
    issues.push({
      field: "joinedOn",
      code: "INVALID_DATE_RANGE",
      message: `Joining the cell on ${formatVietnameseDate(row.joinedOn)} is not after the birth date ${formatVietnameseDate(row.birthDate)}.`,
    });
  }
  if (row.admittedOn !== null && row.joinedOn !== null && row.joinedOn < row.admittedOn) {
    issues.push({
      field: "joinedOn",
      code: "INVALID_DATE_RANGE",
      message: `Joining the cell on ${formatVietnameseDate(row.joinedOn)} is before the admission on ${formatVietnameseDate(row.admittedOn)}.`,
    });
  }
  if (row.officialOn !== null && row.admittedOn !== null) {
    const earliest = probationEndsOn(row.admittedOn);
    if (row.officialOn < earliest) {
      issues.push({
        field: "officialOn",
        code: "PROBATION_NOT_COMPLETE",
        message: `Admitted on ${formatVietnameseDate(row.admittedOn)}, the 12-month probation ends on ${formatVietnameseDate(earliest)}; official on ${formatVietnameseDate(row.officialOn)} is too early.`,
      });
    }
  }
  return issues;
}

/** Two rows (or a row and a recorded person) are the same person: same folded name, and same birth date when both have one. */
export function samePerson(
  a: { fullName: string; birthDate: string | null },
  b: { fullName: string; birthDate: string | null },
): boolean {
  return (
    foldVietnamese(a.fullName) === foldVietnamese(b.fullName) &&
    (a.birthDate === null || b.birthDate === null || a.birthDate === b.birthDate)
  );
}

// ——— Columns ———

interface ColumnSpec<Field extends string> {
  field: Field;
  /** How the column is usually headed, for messages. */
  label: string;
  /** Header keys (folded, letters and digits only) that name this column. */
  names: readonly string[];
  required?: boolean;
}

/** Columns a spreadsheet often has that the import does not need: row numbers, the cell's name, notes. */
const IGNORED_COLUMNS = new Set(["stt", "tt", "sott", "no", "chibo", "cell", "cellname", "ghichu", "note"]);

const MEMBER_COLUMNS: readonly ColumnSpec<keyof MemberImportRow>[] = [
  {
    field: "fullName",
    label: "Họ và tên (fullName)",
    names: ["hovaten", "hoten", "hotendangvien", "fullname", "name"],
    required: true,
  },
  {
    field: "birthDate",
    label: "Ngày sinh (birthDate)",
    names: ["ngaysinh", "ngaythangnamsinh", "birthdate", "dateofbirth"],
  },
  {
    field: "status",
    label: "Trạng thái (status)",
    names: ["trangthai", "status", "partystatus"],
    required: true,
  },
  {
    field: "admittedOn",
    label: "Ngày kết nạp (admittedOn)",
    names: ["ngayketnap", "ngayvaodang", "admittedon", "admissiondate"],
  },
  {
    field: "officialOn",
    label: "Ngày chính thức (officialOn)",
    names: ["ngaychinhthuc", "ngaycongnhanchinhthuc", "ngaychuyenchinhthuc", "officialon"],
  },
  {
    field: "joinedOn",
    label: "Ngày vào chi bộ (joinedOn)",
    names: ["ngayvaochibo", "ngaychuyenden", "ngaychuyensinhhoatden", "joinedon"],
  },
];

export interface DocumentImportRow {
  /** Canonical number ("45-QĐ/ĐU"). */
  number: string;
  type: DocumentType;
  title: string;
  issuedOn: string;
  /** As written: a cell id (raw or global) or an external body (id, name, or issuer code). */
  issuer: string;
  issuerTerm: string | null;
  summary: string | null;
  source: string | null;
}

const DOCUMENT_COLUMNS: readonly ColumnSpec<keyof DocumentImportRow>[] = [
  { field: "number", label: "Số (number)", names: ["so", "sokyhieu", "sohieu", "number"], required: true },
  { field: "type", label: "Loại (type)", names: ["loai", "loaivanban", "type"] },
  { field: "title", label: "Trích yếu (title)", names: ["trichyeu", "tieude", "title"], required: true },
  {
    field: "issuedOn",
    label: "Ngày ban hành (issuedOn)",
    names: ["ngaybanhanh", "ngay", "issuedon"],
    required: true,
  },
  {
    field: "issuer",
    label: "Cơ quan ban hành (issuer)",
    names: ["coquanbanhanh", "noibanhanh", "issuer", "issuerid"],
    required: true,
  },
  { field: "issuerTerm", label: "Khóa (issuerTerm)", names: ["khoa", "nhiemky", "issuerterm"] },
  { field: "summary", label: "Tóm tắt (summary)", names: ["tomtat", "summary"] },
  { field: "source", label: "Nguồn (source)", names: ["nguon", "source"] },
];

export interface AttendanceImportRow {
  fullName: string;
  birthDate: string | null;
  status: AttendanceStatus;
  note: string | null;
}

const ATTENDANCE_COLUMNS: readonly ColumnSpec<keyof AttendanceImportRow>[] = [
  {
    field: "fullName",
    label: "Họ và tên (fullName)",
    names: ["hovaten", "hoten", "fullname", "name"],
    required: true,
  },
  { field: "birthDate", label: "Ngày sinh (birthDate)", names: ["ngaysinh", "birthdate", "dateofbirth"] },
  {
    field: "status",
    label: "Tình trạng (status)",
    names: ["tinhtrang", "trangthai", "status"],
    required: true,
  },
  { field: "note", label: "Ghi chú (note)", names: ["ghichu", "lydo", "note"] },
];

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

interface Cells<Field extends string> {
  line: number;
  value(field: Field): string;
  problem(field: Field, code: string, reason: string): void;
}

function readTable<Field extends string, Row>(
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
    if (problems.length === 0) problems.push({ line: 1, code: "EMPTY_FILE", reason: "The file is empty." });
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
        reason: `Two columns give ${spec.label}: "${columns[spec.field]}" and "${written.trim()}".`,
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
      reason: `The header has no column ${spec.label}.`,
    });
  }
  if (missing.length > 0) return result;
  if (records.length === 0 && problems.length === 0) {
    problems.push({ line: header.line, code: "NO_ROWS", reason: "The file has a header but no rows." });
  }
  result.total = records.length;
  for (const record of records) {
    const before = problems.length;
    if (record.fields.slice(header.fields.length).some((value) => value.trim() !== "")) {
      problems.push({
        line: record.line,
        code: "TOO_MANY_FIELDS",
        reason: `The row has ${record.fields.length} fields, the header ${header.fields.length}: is a separator inside an unquoted value?`,
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

function readDate<Field extends string>(cells: Cells<Field>, field: Field, label: string): string | null {
  const written = cells.value(field);
  if (written === "") return null;
  const date = parseImportDate(written);
  if (date === null) {
    cells.problem(
      field,
      "INVALID_DATE",
      `${label} "${written}" is not a date: write dd/mm/yyyy (e.g. 05/03/2017) or yyyy-mm-dd.`,
    );
  }
  return date;
}

function readName<Field extends string>(cells: Cells<Field>, field: Field): string {
  return normalizeName(cells.value(field));
}

export interface ImportOptions {
  /** Vietnam's today (YYYY-MM-DD): no date may lie after it. */
  today: string;
}

/** A member list: people to record in one cell. */
export function parseMembersCsv(text: string, options: ImportOptions): ParsedImport<MemberImportRow> {
  const seen: (MemberImportRow & { line: number })[] = [];
  return readTable<keyof MemberImportRow, MemberImportRow>(text, MEMBER_COLUMNS, (cells) => {
    const writtenStatus = cells.value("status");
    const status = parseMemberStatus(writtenStatus);
    if (writtenStatus === "") {
      cells.problem(
        "status",
        "STATUS_REQUIRED",
        "The status is missing: chính thức, dự bị or quần chúng ưu tú.",
      );
    } else if (status === null) {
      cells.problem(
        "status",
        "UNKNOWN_STATUS",
        `"${writtenStatus}" is not a status: write chính thức, dự bị or quần chúng ưu tú (OFFICIAL, PROBATIONARY, CANDIDATE).`,
      );
    }
    const row: MemberImportRow = {
      fullName: readName(cells, "fullName"),
      birthDate: readDate(cells, "birthDate", "The birth date"),
      status: status ?? "OFFICIAL",
      admittedOn: readDate(cells, "admittedOn", "The admission date"),
      officialOn: readDate(cells, "officialOn", "The official date"),
      joinedOn: readDate(cells, "joinedOn", "The date of joining the cell"),
    };
    const issues = memberRowIssues(row, options.today).filter(
      // With an unknown status, the status-dependent rules would only repeat the problem.
      (issue) =>
        status !== null ||
        !["STATUS_DATE_MISMATCH", "ADMITTED_ON_REQUIRED", "JOINED_ON_REQUIRED"].includes(issue.code),
    );
    for (const issue of issues) cells.problem(issue.field, issue.code, issue.message);
    const unreadableBirthDate = cells.value("birthDate") !== "" && row.birthDate === null;
    if (row.fullName !== "" && !unreadableBirthDate) {
      const twin = seen.find((earlier) => samePerson(earlier, row));
      if (twin) {
        cells.problem(
          "fullName",
          "DUPLICATE_ROW",
          `${row.fullName} is already on line ${twin.line}${row.birthDate && twin.birthDate ? " (same birth date)" : ""}.`,
        );
      }
      seen.push({ ...row, line: cells.line });
    }
    return row;
  });
}

const DOCUMENT_TYPES = new Map<string, DocumentType>();
for (const [type, label] of Object.entries(DOCUMENT_TYPE_LABELS) as [DocumentType, string][]) {
  DOCUMENT_TYPES.set(valueKey(label), type);
  DOCUMENT_TYPES.set(valueKey(type), type);
}
for (const [type, codes] of Object.entries(TYPE_CODES) as [DocumentType, readonly string[]][]) {
  const first = codes[0];
  if (first && !DOCUMENT_TYPES.has(valueKey(first))) DOCUMENT_TYPES.set(valueKey(first), type);
}

/** "Nghị quyết", "RESOLUTION" or the type code "NQ"; QĐ reads as a decision. */
export function parseDocumentType(written: string): DocumentType | null {
  return DOCUMENT_TYPES.get(valueKey(written)) ?? null;
}

/** A register of documents: each row becomes a `createDocument` unless its number is already recorded. */
export function parseDocumentsCsv(text: string, options: ImportOptions): ParsedImport<DocumentImportRow> {
  const seen = new Map<string, number>();
  return readTable<keyof DocumentImportRow, DocumentImportRow>(text, DOCUMENT_COLUMNS, (cells) => {
    const writtenNumber = cells.value("number");
    const parsed = writtenNumber === "" ? null : parseDocumentNumber(writtenNumber);
    if (writtenNumber === "") cells.problem("number", "NUMBER_REQUIRED", "The document number is missing.");
    else if (parsed && !parsed.ok) cells.problem("number", "INVALID_DOCUMENT_NUMBER", parsed.problem.message);
    const number = parsed?.ok ? parsed.number : null;

    const writtenType = cells.value("type");
    let type = writtenType === "" ? null : parseDocumentType(writtenType);
    if (writtenType !== "" && type === null) {
      cells.problem(
        "type",
        "UNKNOWN_TYPE",
        `"${writtenType}" is not a document type: write e.g. Nghị quyết, Chỉ thị, Kết luận, Quyết định (or NQ, CT, KL, QĐ).`,
      );
    } else if (type === null && number) {
      type = parseDocumentType(number.typeCode);
    } else if (type !== null && number && !TYPE_CODES[type].includes(number.typeCode)) {
      cells.problem(
        "type",
        "DOCUMENT_TYPE_MISMATCH",
        `A ${DOCUMENT_TYPE_LABELS[type]} is numbered with ${TYPE_CODES[type].join(" or ")}, not ${number.typeCode} (${number.canonical}).`,
      );
    }

    const title = normalizeName(cells.value("title"));
    if (title === "") cells.problem("title", "TITLE_REQUIRED", "The title (trích yếu) is missing.");
    const issuedOn = readDate(cells, "issuedOn", "The date of issue");
    if (cells.value("issuedOn") === "") {
      cells.problem("issuedOn", "ISSUED_ON_REQUIRED", "The date of issue is missing.");
    } else if (issuedOn !== null && issuedOn > options.today) {
      cells.problem(
        "issuedOn",
        "DATE_IN_FUTURE",
        `The date of issue ${formatVietnameseDate(issuedOn)} is in the future.`,
      );
    }
    const issuer = cells.value("issuer");
    if (issuer === "") {
      cells.problem(
        "issuer",
        "ISSUER_REQUIRED",
        "The issuer is missing: a cell's ID or an external body (e.g. secretariat).",
      );
    }
    if (number && issuer !== "" && issuedOn) {
      const key = `${number.canonical} ${foldVietnamese(issuer)} ${issuedOn.slice(0, 4)}`;
      const twin = seen.get(key);
      if (twin !== undefined) {
        cells.problem(
          "number",
          "DUPLICATE_ROW",
          `${number.canonical} of the same issuer in ${issuedOn.slice(0, 4)} is already on line ${twin}.`,
        );
      } else {
        seen.set(key, cells.line);
      }
    }
    if (!number || type === null || issuedOn === null) return null;
    return {
      number: number.canonical,
      type,
      title,
      issuedOn,
      issuer,
      issuerTerm: cells.value("issuerTerm") || null,
      summary: cells.value("summary") || null,
      source: cells.value("source") || null,
    };
  });
}

const ATTENDANCE_STATUSES = new Map<string, AttendanceStatus>();
for (const [status, label] of Object.entries(ATTENDANCE_STATUS_LABELS) as [AttendanceStatus, string][]) {
  ATTENDANCE_STATUSES.set(valueKey(label), status);
  ATTENDANCE_STATUSES.set(valueKey(status), status);
}
// "lí do" is the older spelling of "lý do"; "vắng" alone is too vague to read.
ATTENDANCE_STATUSES.set("vang co li do", "ABSENT_EXCUSED");
ATTENDANCE_STATUSES.set("vang khong li do", "ABSENT_UNEXCUSED");
ATTENDANCE_STATUSES.set("mien", "EXEMPTED");
ATTENDANCE_STATUSES.set("absent", "ABSENT_UNEXCUSED");

/** "có mặt", "vắng có lý do", "vắng không lý do", "miễn sinh hoạt" or PRESENT, ABSENT_EXCUSED, … */
export function parseAttendanceStatus(written: string): AttendanceStatus | null {
  return ATTENDANCE_STATUSES.get(valueKey(written)) ?? null;
}

/** An attendance sheet of one meeting: a status per member. */
export function parseAttendanceCsv(text: string, options: ImportOptions): ParsedImport<AttendanceImportRow> {
  const seen: (AttendanceImportRow & { line: number })[] = [];
  return readTable<keyof AttendanceImportRow, AttendanceImportRow>(text, ATTENDANCE_COLUMNS, (cells) => {
    const fullName = readName(cells, "fullName");
    if (fullName === "") cells.problem("fullName", "NAME_REQUIRED", "The full name is missing.");
    const birthDate = readDate(cells, "birthDate", "The birth date");
    if (birthDate !== null && birthDate > options.today) {
      cells.problem(
        "birthDate",
        "DATE_IN_FUTURE",
        `The birth date ${formatVietnameseDate(birthDate)} is in the future.`,
      );
    }
    const writtenStatus = cells.value("status");
    const status = parseAttendanceStatus(writtenStatus);
    if (writtenStatus === "") {
      cells.problem(
        "status",
        "STATUS_REQUIRED",
        "The status is missing: có mặt, vắng có lý do, vắng không lý do or miễn sinh hoạt.",
      );
    } else if (status === null) {
      cells.problem(
        "status",
        "UNKNOWN_STATUS",
        `"${writtenStatus}" is not an attendance status: write có mặt, vắng có lý do, vắng không lý do or miễn sinh hoạt.`,
      );
    }
    const row = { fullName, birthDate, status: status ?? "PRESENT", note: cells.value("note") || null };
    if (fullName !== "") {
      const twin = seen.find((earlier) => samePerson(earlier, row));
      if (twin) cells.problem("fullName", "DUPLICATE_ROW", `${fullName} is already on line ${twin.line}.`);
      seen.push({ ...row, line: cells.line });
    }
    return status === null ? null : row;
  });
}

export type ParsedImportOf<Kind extends ImportKind> = Kind extends "members"
  ? ParsedImport<MemberImportRow>
  : Kind extends "documents"
    ? ParsedImport<DocumentImportRow>
    : ParsedImport<AttendanceImportRow>;

export function parseImportFile<Kind extends ImportKind>(
  kind: Kind,
  text: string,
  options: ImportOptions,
): ParsedImportOf<Kind> {
  if (kind === "members") return parseMembersCsv(text, options) as ParsedImportOf<Kind>;
  if (kind === "documents") return parseDocumentsCsv(text, options) as ParsedImportOf<Kind>;
  return parseAttendanceCsv(text, options) as ParsedImportOf<Kind>;
}
