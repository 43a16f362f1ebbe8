import { comparePartialDates, fullYearsBetween } from "./dates";
import {
  fileColumnsOf,
  MEMBER_FILE_COLUMNS,
  type MemberFileColumns,
  memberFileIssues,
} from "./import-member-file";
import {
  type ColumnSpec,
  formatVietnameseDate,
  type ImportOptions,
  type ParsedImport,
  type RowIssue,
  readDate,
  readName,
  readStatus,
  readTable,
  valueKey,
} from "./import-table";
import { MINIMUM_ADMISSION_AGE, periodsOverlap, probationEndsOn } from "./membership";
import { type Problem, Refusal, type Text } from "./refusal";
import { foldVietnamese, normalizeName } from "./text";

export type { RowIssue };

/** A member list read from a spreadsheet, and the rules every member row is held to (the mutation's too). */

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
export interface MemberImportRow extends MemberFileColumns {
  fullName: string;
  birthDate: string | null;
  status: ImportedStatus;
  admittedOn: string | null;
  officialOn: string | null;
  /** First day in this cell, when the member came from elsewhere; the admission day by default. */
  joinedOn: string | null;
}

export const MAX_NAME_LENGTH = 120;

const MEMBER_DATE_LABELS = {
  birthDate: "The birth date",
  admittedOn: "The admission date",
  officialOn: "The official date",
  joinedOn: "The date of joining the cell",
} as const;

const MEMBER_DATE_LABELS_VI = {
  birthDate: "Ngày sinh",
  admittedOn: "Ngày kết nạp",
  officialOn: "Ngày chính thức",
  joinedOn: "Ngày vào chi bộ",
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
  const issues: RowIssue<keyof MemberImportRow>[] = [...memberFileIssues(row, today)];
  const name = normalizeName(row.fullName);
  if (name.length === 0) {
    issues.push({
      field: "fullName",
      code: "NAME_REQUIRED",
      message: { vi: "Thiếu họ và tên.", en: "The full name is missing." },
    });
  } else if (name.length > MAX_NAME_LENGTH) {
    issues.push({
      field: "fullName",
      code: "INVALID_NAME",
      message: {
        vi: `Họ và tên dài tối đa ${MAX_NAME_LENGTH} ký tự.`,
        en: `A full name has at most ${MAX_NAME_LENGTH} characters.`,
      },
    });
  }
  for (const field of ["birthDate", "admittedOn", "officialOn", "joinedOn"] as const) {
    const value = row[field];
    if (value !== null && value > today) {
      issues.push({
        field,
        code: "DATE_IN_FUTURE",
        message: {
          vi: `${MEMBER_DATE_LABELS_VI[field]} ${formatVietnameseDate(value)} là ngày trong tương lai.`,
          en: `${MEMBER_DATE_LABELS[field]} ${formatVietnameseDate(value)} is in the future.`,
        },
      });
    }
  }
  if (row.status === "CANDIDATE") {
    for (const field of ["admittedOn", "officialOn", "joinedOn"] as const) {
      if (row[field] !== null) {
        issues.push({
          field,
          code: "STATUS_DATE_MISMATCH",
          message: {
            vi: "Quần chúng ưu tú chưa là đảng viên: không có ngày kết nạp, ngày chính thức hay ngày vào chi bộ.",
            en: "A candidate (quần chúng ưu tú) is not yet a member: no admission, official or joining date.",
          },
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
        message: {
          vi: "Đảng viên dự bị phải có ngày kết nạp: 12 tháng dự bị tính từ ngày đó.",
          en: "A probationary member needs the admission date: the 12-month probation runs from it.",
        },
      });
    }
    if (row.officialOn !== null) {
      issues.push({
        field: "officialOn",
        code: "STATUS_DATE_MISMATCH",
        message: {
          vi: "Đảng viên dự bị chưa có ngày chính thức; nếu có, trạng thái là chính thức (OFFICIAL).",
          en: "A probationary member has no official date; with one, the status is OFFICIAL (chính thức).",
        },
      });
    }
  }
  if (row.status === "OFFICIAL" && row.admittedOn === null && row.joinedOn === null) {
    issues.push({
      field: "joinedOn",
      code: "JOINED_ON_REQUIRED",
      message: {
        vi: "Hãy cho biết đảng viên sinh hoạt ở chi bộ từ ngày nào (ngày vào chi bộ) hoặc ngày kết nạp.",
        en: "Say since when the member belongs to the cell (joining date) or when they were admitted.",
      },
    });
  }
  if (row.birthDate !== null && row.admittedOn !== null) {
    if (comparePartialDates(row.admittedOn, row.birthDate) <= 0) {
      issues.push({
        field: "admittedOn",
        code: "INVALID_DATE_RANGE",
        message: {
          vi: `Ngày kết nạp ${formatVietnameseDate(row.admittedOn)} không sau ngày sinh ${formatVietnameseDate(row.birthDate)}.`,
          en: `Admission on ${formatVietnameseDate(row.admittedOn)} is not after the birth date ${formatVietnameseDate(row.birthDate)}.`,
        },
      });
    } else if (fullYearsBetween(row.birthDate, row.admittedOn) < MINIMUM_ADMISSION_AGE) {
      issues.push({
        field: "admittedOn",
        code: "BELOW_ADMISSION_AGE",
        message: {
          vi: `Ngày ${formatVietnameseDate(row.admittedOn)} người này ${fullYearsBetween(row.birthDate, row.admittedOn)} tuổi; kết nạp phải đủ ${MINIMUM_ADMISSION_AGE} tuổi.`,
          en: `On ${formatVietnameseDate(row.admittedOn)} the member was ${fullYearsBetween(row.birthDate, row.admittedOn)}; admission needs at least ${MINIMUM_ADMISSION_AGE} years.`,
        },
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
      message: {
        vi: `Ngày vào chi bộ ${formatVietnameseDate(row.joinedOn)} không sau ngày sinh ${formatVietnameseDate(row.birthDate)}.`,
        en: `Joining the cell on ${formatVietnameseDate(row.joinedOn)} is not after the birth date ${formatVietnameseDate(row.birthDate)}.`,
      },
    });
  }
  if (row.admittedOn !== null && row.joinedOn !== null && row.joinedOn < row.admittedOn) {
    issues.push({
      field: "joinedOn",
      code: "INVALID_DATE_RANGE",
      message: {
        vi: `Ngày vào chi bộ ${formatVietnameseDate(row.joinedOn)} trước ngày kết nạp ${formatVietnameseDate(row.admittedOn)}.`,
        en: `Joining the cell on ${formatVietnameseDate(row.joinedOn)} is before the admission on ${formatVietnameseDate(row.admittedOn)}.`,
      },
    });
  }
  if (row.officialOn !== null && row.admittedOn !== null) {
    const earliest = probationEndsOn(row.admittedOn);
    if (row.officialOn < earliest) {
      issues.push({
        field: "officialOn",
        code: "PROBATION_NOT_COMPLETE",
        message: {
          vi: `Kết nạp ngày ${formatVietnameseDate(row.admittedOn)}, 12 tháng dự bị kết thúc ngày ${formatVietnameseDate(earliest)}; chính thức ngày ${formatVietnameseDate(row.officialOn)} là quá sớm.`,
          en: `Admitted on ${formatVietnameseDate(row.admittedOn)}, the 12-month probation ends on ${formatVietnameseDate(earliest)}; official on ${formatVietnameseDate(row.officialOn)} is too early.`,
        },
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
  ...MEMBER_FILE_COLUMNS,
];

/** A member list: people to record in one cell. */
export function parseMembersCsv(text: string, options: ImportOptions): ParsedImport<MemberImportRow> {
  const seen: (MemberImportRow & { line: number })[] = [];
  return readTable<keyof MemberImportRow, MemberImportRow>(text, MEMBER_COLUMNS, (cells) => {
    const status = readStatus(
      cells,
      parseMemberStatus,
      {
        vi: "Thiếu trạng thái: chính thức, dự bị hoặc quần chúng ưu tú.",
        en: "The status is missing: chính thức, dự bị or quần chúng ưu tú.",
      },
      (written) => ({
        vi: `"${written}" không phải trạng thái: viết chính thức, dự bị hoặc quần chúng ưu tú (OFFICIAL, PROBATIONARY, CANDIDATE).`,
        en: `"${written}" is not a status: write chính thức, dự bị or quần chúng ưu tú (OFFICIAL, PROBATIONARY, CANDIDATE).`,
      }),
    );
    const row: MemberImportRow = {
      fullName: readName(cells, "fullName"),
      birthDate: readDate(cells, "birthDate", { vi: "Ngày sinh", en: "The birth date" }),
      status: status ?? "OFFICIAL",
      admittedOn: readDate(cells, "admittedOn", { vi: "Ngày kết nạp", en: "The admission date" }),
      officialOn: readDate(cells, "officialOn", { vi: "Ngày chính thức", en: "The official date" }),
      joinedOn: readDate(cells, "joinedOn", { vi: "Ngày vào chi bộ", en: "The date of joining the cell" }),
      ...fileColumnsOf(cells),
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
        cells.problem("fullName", "DUPLICATE_ROW", {
          vi: `${row.fullName} đã có ở dòng ${twin.line}${row.birthDate && twin.birthDate ? " (cùng ngày sinh)" : ""}.`,
          en: `${row.fullName} is already on line ${twin.line}${row.birthDate && twin.birthDate ? " (same birth date)" : ""}.`,
        });
      }
      seen.push({ ...row, line: cells.line });
    }
    return row;
  });
}

/** A membership recorded in another cell of someone who may be an imported row's person. */
export interface MembershipElsewhere {
  fullName: string;
  birthDate: string;
  cellName: string;
  startedOn: string;
  endedOn: string | null;
  /** Whether the importer may read that person: only then does a refusal say where and since when. */
  readable: boolean;
}

/**
 * Which rows of a member list the cell already has (the index in `known`, or null for a new person). The whole
 * list is refused, with a problem per row at fault (field rows.<index>.<field>), for the row rules, a person twice
 * in the list, or a membership elsewhere that overlaps the one a row would open (one membership at a time).
 */
export function planMemberImport(
  rows: readonly MemberImportRow[],
  today: string,
  known: readonly { fullName: string; birthDate: string | null }[],
  elsewhere: readonly MembershipElsewhere[],
): (number | null)[] {
  const problems: Problem[] = [];
  const refuseRow = (index: number, issue: RowIssue) =>
    problems.push({
      code: issue.code,
      message: {
        vi: `${rows[index]?.fullName || `Dòng ${index}`}: ${issue.message.vi}`,
        en: `${rows[index]?.fullName || `Row ${index}`}: ${issue.message.en}`,
      },
      field: ["rows", String(index), issue.field],
    });
  rows.forEach((row, index) => {
    for (const issue of memberRowIssues(row, today)) refuseRow(index, issue);
    const twin = rows.findIndex(
      (other, earlier) => earlier < index && row.fullName !== "" && samePerson(other, row),
    );
    if (twin >= 0) {
      refuseRow(index, {
        field: "fullName",
        code: "DUPLICATE_ROW",
        message: {
          vi: `trùng người ở dòng ${twin} (dòng đếm từ 0).`,
          en: `the same person as row ${twin} (rows count from 0).`,
        },
      });
    }
  });
  const plan = rows.map((row, index) => {
    const existing = known.findIndex((person) => samePerson(person, row));
    if (existing >= 0) return existing;
    const clash = overlappingMembership(row, elsewhere);
    if (clash && row.birthDate !== null) {
      const from = formatVietnameseDate(clash.startedOn);
      const until = clash.endedOn ? formatVietnameseDate(clash.endedOn) : null;
      const where: Text = clash.readable
        ? {
            vi: `là đảng viên của ${clash.cellName} từ ${from}${until ? ` đến ${until}` : ""}`,
            en: `is a member of ${clash.cellName} from ${from}${until ? ` until ${until}` : ""}`,
          }
        : { vi: "khi đó là đảng viên của một chi bộ khác", en: "is a member of another cell at that time" };
      refuseRow(index, {
        field: row.joinedOn ? "joinedOn" : "admittedOn",
        code: "OVERLAPPING_MEMBERSHIP",
        message: {
          vi:
            `sinh ngày ${formatVietnameseDate(row.birthDate)}, ${where.vi}; ` +
            "mỗi lúc chỉ sinh hoạt ở một chi bộ: hãy ghi chuyển sinh hoạt (transferMember).",
          en:
            `born ${formatVietnameseDate(row.birthDate)}, ${where.en}; ` +
            "one membership at a time: record a transfer (transferMember) instead.",
        },
      });
    }
    return null;
  });
  if (problems.length > 0) throw new Refusal(problems);
  return plan;
}

function overlappingMembership(
  row: MemberImportRow,
  elsewhere: readonly MembershipElsewhere[],
): MembershipElsewhere | undefined {
  const start = membershipStartOf(row);
  if (!start || row.birthDate === null) return undefined;
  return elsewhere.find(
    (membership) =>
      samePerson(membership, row) &&
      membership.birthDate === row.birthDate &&
      periodsOverlap(
        { from: start.startedOn, until: null },
        { from: membership.startedOn, until: membership.endedOn },
      ),
  );
}
