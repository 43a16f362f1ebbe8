import { parseDocumentNumber } from "./document-numbers";
import { DOCUMENT_TYPE_LABELS, type DocumentType, TYPE_CODES } from "./documents";
import { type DuesBasisImportRow, parseDuesBasesCsv } from "./import-dues";
import { type MemberImportRow, parseMembersCsv, samePerson } from "./import-members";
import {
  type ColumnSpec,
  formatVietnameseDate,
  type ImportOptions,
  type ParsedImport,
  PERSON_COLUMNS,
  readDate,
  readPerson,
  readStatus,
  readTable,
  valueKey,
} from "./import-table";
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from "./meetings";
import { refuse } from "./refusal";
import { foldVietnamese, normalizeName } from "./text";

/**
 * Reading the spreadsheets cells keep (members, documents, attendance, dues bases) as CSV, and checking every row before
 * anything is written. Pure: text in, rows and problems out — `scripts/import.mjs` runs it in Node, the
 * `importMembers` mutation reuses the member rules, tests run it in workerd.
 *
 * What Vietnamese offices send: UTF-8 with or without a BOM (Excel's "CSV UTF-8" writes one), `;` (Excel in a
 * locale whose decimal mark is the comma) or `,` separators, quoted fields that hold separators and line breaks,
 * dates as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd), Vietnamese or English headers.
 */

export type ImportKind = "members" | "documents" | "attendance" | "dues-bases";

/** The most rows one import call takes (importMembers, importDuesBases); the import script sends half that per call. */
export const MAX_IMPORT_ROWS = 200;
export const MEMBER_IMPORT_BATCH = 100;

export function assertImportSize(rows: number): void {
  if (rows > MAX_IMPORT_ROWS) {
    refuse(
      "TOO_MANY_ROWS",
      {
        vi: `Mỗi lần tối đa ${MAX_IMPORT_ROWS} dòng (đã gửi ${rows}); hãy gửi danh sách thành nhiều đợt.`,
        en: `At most ${MAX_IMPORT_ROWS} rows per call (got ${rows}); send the list in batches.`,
      },
      ["rows"],
    );
  }
}

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
  ...PERSON_COLUMNS,
  {
    field: "status",
    label: "Tình trạng (status)",
    names: ["tinhtrang", "trangthai", "status"],
    required: true,
  },
  { field: "note", label: "Ghi chú (note)", names: ["ghichu", "lydo", "note"] },
];

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
    if (writtenNumber === "")
      cells.problem("number", "NUMBER_REQUIRED", {
        vi: "Thiếu số, ký hiệu văn bản.",
        en: "The document number is missing.",
      });
    else if (parsed && !parsed.ok) cells.problem("number", "INVALID_DOCUMENT_NUMBER", parsed.problem.message);
    const number = parsed?.ok ? parsed.number : null;

    const writtenType = cells.value("type");
    let type = writtenType === "" ? null : parseDocumentType(writtenType);
    if (writtenType !== "" && type === null) {
      cells.problem("type", "UNKNOWN_TYPE", {
        vi: `"${writtenType}" không phải loại văn bản: viết ví dụ Nghị quyết, Chỉ thị, Kết luận, Quyết định (hoặc NQ, CT, KL, QĐ).`,
        en: `"${writtenType}" is not a document type: write e.g. Nghị quyết, Chỉ thị, Kết luận, Quyết định (or NQ, CT, KL, QĐ).`,
      });
    } else if (type === null && number) {
      type = parseDocumentType(number.typeCode);
    } else if (type !== null && number && !TYPE_CODES[type].includes(number.typeCode)) {
      cells.problem("type", "DOCUMENT_TYPE_MISMATCH", {
        vi: `${DOCUMENT_TYPE_LABELS[type]} mang ký hiệu ${TYPE_CODES[type].join(" hoặc ")}, không phải ${number.typeCode} (${number.canonical}).`,
        en: `A ${DOCUMENT_TYPE_LABELS[type]} is numbered with ${TYPE_CODES[type].join(" or ")}, not ${number.typeCode} (${number.canonical}).`,
      });
    }

    const title = normalizeName(cells.value("title"));
    if (title === "")
      cells.problem("title", "TITLE_REQUIRED", {
        vi: "Thiếu trích yếu văn bản.",
        en: "The title (trích yếu) is missing.",
      });
    const issuedOn = readDate(cells, "issuedOn", { vi: "Ngày ban hành", en: "The date of issue" });
    if (cells.value("issuedOn") === "") {
      cells.problem("issuedOn", "ISSUED_ON_REQUIRED", {
        vi: "Thiếu ngày ban hành.",
        en: "The date of issue is missing.",
      });
    } else if (issuedOn !== null && issuedOn > options.today) {
      cells.problem("issuedOn", "DATE_IN_FUTURE", {
        vi: `Ngày ban hành ${formatVietnameseDate(issuedOn)} là ngày trong tương lai.`,
        en: `The date of issue ${formatVietnameseDate(issuedOn)} is in the future.`,
      });
    }
    const issuer = cells.value("issuer");
    if (issuer === "") {
      cells.problem("issuer", "ISSUER_REQUIRED", {
        vi: "Thiếu cơ quan ban hành: ID của một tổ chức đảng hoặc một cơ quan bên ngoài (ví dụ secretariat).",
        en: "The issuer is missing: a cell's ID or an external body (e.g. secretariat).",
      });
    }
    if (number && issuer !== "" && issuedOn) {
      const key = `${number.canonical} ${foldVietnamese(issuer)} ${issuedOn.slice(0, 4)}`;
      const twin = seen.get(key);
      if (twin !== undefined) {
        cells.problem("number", "DUPLICATE_ROW", {
          vi: `${number.canonical} của cùng cơ quan ban hành năm ${issuedOn.slice(0, 4)} đã có ở dòng ${twin}.`,
          en: `${number.canonical} of the same issuer in ${issuedOn.slice(0, 4)} is already on line ${twin}.`,
        });
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
    const { fullName, birthDate } = readPerson(cells, options);
    const status = readStatus(
      cells,
      parseAttendanceStatus,
      {
        vi: "Thiếu tình trạng: có mặt, vắng có lý do, vắng không lý do hoặc miễn sinh hoạt.",
        en: "The status is missing: có mặt, vắng có lý do, vắng không lý do or miễn sinh hoạt.",
      },
      (written) => ({
        vi: `"${written}" không phải tình trạng dự họp: viết có mặt, vắng có lý do, vắng không lý do hoặc miễn sinh hoạt.`,
        en: `"${written}" is not an attendance status: write có mặt, vắng có lý do, vắng không lý do or miễn sinh hoạt.`,
      }),
    );
    const row = { fullName, birthDate, status: status ?? "PRESENT", note: cells.value("note") || null };
    if (fullName !== "") {
      const twin = seen.find((earlier) => samePerson(earlier, row));
      if (twin)
        cells.problem("fullName", "DUPLICATE_ROW", {
          vi: `${fullName} đã có ở dòng ${twin.line}.`,
          en: `${fullName} is already on line ${twin.line}.`,
        });
      seen.push({ ...row, line: cells.line });
    }
    return status === null ? null : row;
  });
}

export type ParsedImportOf<Kind extends ImportKind> = Kind extends "members"
  ? ParsedImport<MemberImportRow>
  : Kind extends "documents"
    ? ParsedImport<DocumentImportRow>
    : Kind extends "dues-bases"
      ? ParsedImport<DuesBasisImportRow>
      : ParsedImport<AttendanceImportRow>;

export function parseImportFile<Kind extends ImportKind>(
  kind: Kind,
  text: string,
  options: ImportOptions,
): ParsedImportOf<Kind> {
  if (kind === "members") return parseMembersCsv(text, options) as ParsedImportOf<Kind>;
  if (kind === "documents") return parseDocumentsCsv(text, options) as ParsedImportOf<Kind>;
  if (kind === "dues-bases") return parseDuesBasesCsv(text, options) as ParsedImportOf<Kind>;
  return parseAttendanceCsv(text, options) as ParsedImportOf<Kind>;
}
