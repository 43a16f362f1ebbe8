import { isIsoMonth } from "./dates";
import { assertBasisComplete, DUES_CATEGORY_LABELS, type DuesBasis, type DuesCategory } from "./dues";
import { samePerson } from "./import-members";
import {
  type Cells,
  type ColumnSpec,
  type ImportOptions,
  type ParsedImport,
  PERSON_COLUMNS,
  type RowIssue,
  readPerson,
  readTable,
  valueKey,
} from "./import-table";
import { Refusal } from "./refusal";

/**
 * Members' dues bases from a cell's spreadsheet (bảng kê căn cứ đóng đảng phí): a row per member with the month the
 * basis applies from, the category and the income or amount, checked against the regulation of that month.
 */

export interface DuesBasisImportRow {
  fullName: string;
  birthDate: string | null;
  fromMonth: string;
  category: DuesCategory;
  figure: number | null;
  monthlyAmount: number | null;
}

const COLUMNS: readonly ColumnSpec<keyof DuesBasisImportRow>[] = [
  ...PERSON_COLUMNS,
  {
    field: "fromMonth",
    label: "Từ tháng (fromMonth)",
    names: ["tuthang", "apdungtu", "frommonth"],
    required: true,
  },
  {
    field: "category",
    label: "Diện đóng (category)",
    names: ["diendong", "doituong", "category"],
    required: true,
  },
  {
    field: "figure",
    label: "Thu nhập làm căn cứ (figure)",
    names: ["thunhaplamcancu", "thunhap", "tienluong", "luong", "luonghuu", "trocap", "figure"],
  },
  {
    field: "monthlyAmount",
    label: "Mức đóng hằng tháng (monthlyAmount)",
    names: ["mucdonghangthang", "mucdong", "sotiendong", "monthlyamount"],
  },
];

/** What people write for a category, folded: the labels, the codes, and the usual short words. */
const CATEGORIES = new Map<string, DuesCategory>();
for (const [code, label] of Object.entries(DUES_CATEGORY_LABELS) as [DuesCategory, string][]) {
  CATEGORIES.set(valueKey(code), code);
  CATEGORIES.set(valueKey(label), code);
}
for (const [written, code] of [
  ["bhxh", "INSURED_SALARY"],
  ["bao hiem xa hoi", "INSURED_SALARY"],
  ["tien luong", "INSURED_SALARY"],
  ["om dau", "SICKNESS_OR_MATERNITY"],
  ["thai san", "SICKNESS_OR_MATERNITY"],
  ["om dau thai san", "SICKNESS_OR_MATERNITY"],
  ["luong huu", "PENSION"],
  ["huu tri", "PENSION"],
  ["hoc sinh", "STUDENT"],
  ["sinh vien", "STUDENT"],
  ["hoc sinh sinh vien", "STUDENT"],
  ["khac", "OTHER"],
] as const) {
  CATEGORIES.set(written, code);
}

export function parseDuesCategory(written: string): DuesCategory | null {
  return CATEGORIES.get(valueKey(written)) ?? null;
}

/** A month as written: mm/yyyy, m/yyyy, mm-yyyy, mm.yyyy or yyyy-mm. */
export function parseImportMonth(written: string): string | null {
  const dayless = /^(\d{1,2})[/.-](\d{4})$/.exec(written.trim());
  const month = dayless ? `${dayless[2]}-${dayless[1]?.padStart(2, "0")}` : written.trim();
  return isIsoMonth(month) ? month : null;
}

/** Whole đồng as written: digits, thousands grouped by dots, commas or spaces (8.450.050); no fraction. */
export function parseDong(written: string): number | null {
  const compact = written.replace(/\s|đồng|đ|vnd/gi, "");
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(compact)) return null;
  const amount = Number(compact.replace(/[.,]/g, ""));
  return Number.isSafeInteger(amount) && amount > 0 ? amount : null;
}

/** An amount cell: null when empty, undefined (and a problem) when it is not whole đồng. */
function readAmount(cells: Cells<keyof DuesBasisImportRow>, field: "figure" | "monthlyAmount") {
  const written = cells.value(field);
  if (written === "") return null;
  const amount = parseDong(written);
  if (amount === null) {
    cells.problem(field, "AMOUNT_NOT_POSITIVE", {
      vi: `"${written}" không phải số đồng nguyên dương (ví dụ 8.450.050).`,
      en: `"${written}" is not a positive whole number of đồng (e.g. 8.450.050).`,
    });
    return undefined;
  }
  return amount;
}

export function parseDuesBasesCsv(text: string, options: ImportOptions): ParsedImport<DuesBasisImportRow> {
  return readTable<keyof DuesBasisImportRow, DuesBasisImportRow>(text, COLUMNS, (cells) => {
    const { fullName, birthDate } = readPerson(cells, options);
    const writtenMonth = cells.value("fromMonth");
    const fromMonth = parseImportMonth(writtenMonth);
    if (fromMonth === null) {
      cells.problem("fromMonth", "INVALID_DATE", {
        vi: `"${writtenMonth}" không phải tháng: viết mm/yyyy (ví dụ 01/2026).`,
        en: `"${writtenMonth}" is not a month: write mm/yyyy (e.g. 01/2026).`,
      });
    }
    const writtenCategory = cells.value("category");
    const category = parseDuesCategory(writtenCategory);
    if (category === null) {
      cells.problem("category", "UNKNOWN_CATEGORY", {
        vi: `"${writtenCategory}" không phải diện đóng: viết BHXH, ốm đau thai sản, lương hưu, học sinh sinh viên hoặc khác.`,
        en: `"${writtenCategory}" is not a dues category: write BHXH, ốm đau thai sản, lương hưu, học sinh sinh viên or khác.`,
      });
    }
    const figure = readAmount(cells, "figure");
    const monthlyAmount = readAmount(cells, "monthlyAmount");
    if (fromMonth === null || category === null || figure === undefined || monthlyAmount === undefined)
      return null;
    const row = { fullName, birthDate, fromMonth, category, figure, monthlyAmount };
    for (const issue of duesBasisRowIssues(row)) cells.problem(issue.field, issue.code, issue.message);
    return row;
  });
}

/** A row's basis checked as setDuesBasis checks it, the refusals as the row's issues. */
export function duesBasisRowIssues(row: DuesBasis): RowIssue<keyof DuesBasisImportRow>[] {
  try {
    assertBasisComplete(row);
    return [];
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return error.problems.map((problem) => ({
      field: (problem.field?.[0] ?? "category") as keyof DuesBasisImportRow,
      code: problem.code,
      message: problem.message,
    }));
  }
}

/**
 * Each row's member among the cell's: by name, and birth date when the row gives one. A row naming nobody of the
 * cell, or several people, is refused; so is a second row for the same member and month.
 */
export function matchDuesBasisRows(
  rows: readonly { fullName: string; birthDate: string | null; fromMonth: string }[],
  members: readonly { id: string; fullName: string; birthDate: string | null }[],
): ({ personId: string } | { issue: RowIssue<"fullName"> })[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const found = members.filter((member) => samePerson(member, row));
    if (found.length === 1) {
      const personId = (found[0] as { id: string }).id;
      const key = `${personId} ${row.fromMonth}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        return {
          issue: {
            field: "fullName",
            code: "DUPLICATE_ROW",
            message: {
              vi: `${row.fullName} đã có căn cứ từ tháng ${row.fromMonth} ở dòng ${earlier + 1} của danh sách.`,
              en: `${row.fullName} already has a basis from ${row.fromMonth} in row ${earlier + 1} of the list.`,
            },
          },
        };
      }
      seen.set(key, index);
      return { personId };
    }
    return {
      issue: {
        field: "fullName",
        code: found.length === 0 ? "NOT_A_MEMBER" : "AMBIGUOUS_PERSON",
        message:
          found.length === 0
            ? {
                vi: `${row.fullName} không phải đảng viên của chi bộ.`,
                en: `${row.fullName} is not a member of the cell.`,
              }
            : {
                vi: `Chi bộ có ${found.length} người tên ${row.fullName}: ghi thêm ngày sinh.`,
                en: `The cell has ${found.length} people named ${row.fullName}: add the birth date.`,
              },
      },
    };
  });
}

/** A row the member's bases already hold, to the amount: importing the same list again writes nothing. */
export function isRecordedBasis(row: DuesBasis, recorded: readonly DuesBasis[]): boolean {
  return recorded.some(
    (basis) =>
      basis.fromMonth === row.fromMonth &&
      basis.category === row.category &&
      basis.figure === row.figure &&
      basis.monthlyAmount === row.monthlyAmount,
  );
}
