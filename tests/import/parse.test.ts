import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "../../src/domain/csv";
import { parseImportDate } from "../../src/domain/dates";
import {
  parseAttendanceCsv,
  parseDocumentsCsv,
  parseDocumentType,
  parseImportFile,
} from "../../src/domain/import";
import { memberRowIssues, parseMemberStatus, parseMembersCsv } from "../../src/domain/import-members";
import attendanceBad from "./fixtures/attendance-bad.csv?raw";
import attendanceGood from "./fixtures/attendance-good.csv?raw";
import documentsBad from "./fixtures/documents-bad.csv?raw";
import documentsGood from "./fixtures/documents-good.csv?raw";
import empty from "./fixtures/empty.csv?raw";
import membersBad from "./fixtures/members-bad.csv?raw";
import membersComma from "./fixtures/members-good-comma.csv?raw";
import membersSemicolon from "./fixtures/members-good-semicolon.csv?raw";
import headerOnly from "./fixtures/members-header-only.csv?raw";
import unclosedQuote from "./fixtures/members-unclosed-quote.csv?raw";

const TODAY = "2026-06-01";
const options = { today: TODAY };

function problemsOf(result: { problems: { line: number; code: string; column?: string }[] }) {
  return result.problems.map(({ line, code, column }) => ({ line, code, ...(column ? { column } : {}) }));
}

describe("parseCsv", () => {
  it("detects the separator from the header line, outside quotes", () => {
    expect(detectSeparator("Họ và tên;Ngày sinh;Trạng thái\na,b,c,d,e")).toBe(";");
    expect(detectSeparator("fullName,birthDate\n")).toBe(",");
    expect(detectSeparator('"Họ; và; tên",Ngày sinh,Trạng thái')).toBe(",");
    expect(detectSeparator("\uFEFFSố\tLoại\tTrích yếu")).toBe("\t");
    expect(detectSeparator("one column")).toBe(",");
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, and numbers records by line", () => {
    const table = parseCsv('a;b;c\r\n1;"x; y";"he said ""hi""\r\nsecond line"\r\n\r\n2;;\r\n;;\r\n3;z;w');
    expect(table.separator).toBe(";");
    expect(table.records).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x; y", 'he said "hi"\r\nsecond line'] },
      { line: 5, fields: ["2", "", ""] },
      { line: 7, fields: ["3", "z", "w"] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it("strips the BOM and reads LF and CR line ends", () => {
    expect(parseCsv("\uFEFFa,b\n1,2\r3,4\n").records.map((record) => record.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("reports a quote that is never closed, at the line where it opens", () => {
    const table = parseCsv('a,b\n1,"open\n2,3\n');
    expect(table.problems).toEqual([expect.objectContaining({ line: 2, code: "UNCLOSED_QUOTE" })]);
  });
});

describe("values", () => {
  it("reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd; refuses the rest", () => {
    expect(parseImportDate("05/03/2017")).toBe("2017-03-05");
    expect(parseImportDate("5/3/2017")).toBe("2017-03-05");
    expect(parseImportDate("05-03-2017")).toBe("2017-03-05");
    expect(parseImportDate("05.03.2017")).toBe("2017-03-05");
    expect(parseImportDate("2017-03-05")).toBe("2017-03-05");
    expect(parseImportDate(" 2017-3-5 ")).toBe("2017-03-05");
    for (const bad of ["31/02/2017", "13/13/2017", "05/03/17", "2017", "March 5, 2017", "", "00/01/2017"]) {
      expect(parseImportDate(bad)).toBeNull();
    }
  });

  it("reads statuses in Vietnamese (with or without diacritics) and English", () => {
    expect(parseMemberStatus("chính thức")).toBe("OFFICIAL");
    expect(parseMemberStatus("Đảng viên chính thức")).toBe("OFFICIAL");
    expect(parseMemberStatus("DU BI")).toBe("PROBATIONARY");
    expect(parseMemberStatus("PROBATIONARY")).toBe("PROBATIONARY");
    expect(parseMemberStatus("Quần chúng ưu tú")).toBe("CANDIDATE");
    expect(parseMemberStatus("candidate")).toBe("CANDIDATE");
    expect(parseMemberStatus("danh dự")).toBeNull();
  });

  it("reads document types as labels, enum values or type codes", () => {
    expect(parseDocumentType("Nghị quyết")).toBe("RESOLUTION");
    expect(parseDocumentType("nghi quyet")).toBe("RESOLUTION");
    expect(parseDocumentType("OFFICIAL_LETTER")).toBe("OFFICIAL_LETTER");
    expect(parseDocumentType("QĐ")).toBe("DECISION");
    expect(parseDocumentType("QĐi")).toBe("REGULATION");
    expect(parseDocumentType("Sắc lệnh")).toBeNull();
  });
});

describe("member lists", () => {
  it("reads a Vietnamese file: BOM, semicolons, CRLF, quoted notes, every date form, blank rows skipped", () => {
    expect(membersSemicolon.charCodeAt(0)).toBe(0xfeff);
    const result = parseMembersCsv(membersSemicolon, options);
    expect(result.problems).toEqual([]);
    expect(result.separator).toBe(";");
    expect(result.total).toBe(5);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.columns).toMatchObject({
      fullName: "Họ và tên",
      birthDate: "Ngày sinh",
      joinedOn: "Ngày vào chi bộ",
    });
    expect(result.rows).toEqual([
      {
        line: 2,
        fullName: "Nguyễn Văn Nhập",
        birthDate: "1980-03-05",
        status: "OFFICIAL",
        admittedOn: "2005-06-15",
        officialOn: "2006-06-15",
        joinedOn: "2017-01-01",
      },
      {
        line: 3,
        fullName: "Trần Thị Dữ Liệu",
        birthDate: "1990-09-07",
        status: "PROBATIONARY",
        admittedOn: "2024-02-03",
        officialOn: null,
        joinedOn: null,
      },
      {
        line: 4,
        fullName: "Lê Văn Tư",
        birthDate: "1985-12-12",
        status: "OFFICIAL",
        admittedOn: "2010-02-01",
        officialOn: "2011-03-01",
        joinedOn: null,
      },
      // Line 4's note spans two lines: the next row starts on line 6.
      {
        line: 6,
        fullName: "Phạm Quần Chúng",
        birthDate: "2000-11-20",
        status: "CANDIDATE",
        admittedOn: null,
        officialOn: null,
        joinedOn: null,
      },
      {
        line: 7,
        fullName: "Hoàng Chính Thức",
        birthDate: null,
        status: "OFFICIAL",
        admittedOn: null,
        officialOn: null,
        joinedOn: "2017-01-01",
      },
    ]);
  });

  it("reads an English file: no BOM, commas, ISO dates, a quoted field with a comma", () => {
    const result = parseMembersCsv(membersComma, options);
    expect(result.problems).toEqual([]);
    expect(result.separator).toBe(",");
    expect(result.rows.map((row) => [row.line, row.fullName, row.status, row.birthDate])).toEqual([
      [2, "Vũ Thị Phẩy", "OFFICIAL", "1988-04-30"],
      [3, "Đỗ Văn Dự Bị", "PROBATIONARY", "1995-01-01"],
      [4, "Bùi Quần Chúng", "CANDIDATE", null],
    ]);
    expect(result.ignoredColumns).toEqual([]);
  });

  it("refuses a member row without a status (STATUS_REQUIRED) and keeps the row that has one", () => {
    const result = parseMembersCsv(
      "Họ và tên;Ngày sinh;Trạng thái;Ngày kết nạp;Ngày chính thức;Ngày vào chi bộ\n" +
        "Người Hợp Lệ;01/01/1980;chính thức;01/01/2005;01/01/2006;\n" +
        "Người Thiếu Trạng Thái;01/01/1981;;01/01/2005;01/01/2006;\n",
      options,
    );
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(problemsOf(result)).toEqual([{ line: 3, code: "STATUS_REQUIRED", column: "Trạng thái" }]);
  });

  it("reports every bad row with its line, column and reason, and keeps only the good rows", () => {
    const result = parseMembersCsv(membersBad, options);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(problemsOf(result)).toEqual([
      { line: 3, code: "NAME_REQUIRED", column: "Họ và tên" },
      { line: 4, code: "INVALID_DATE", column: "Ngày sinh" },
      { line: 5, code: "INVALID_DATE", column: "Ngày sinh" },
      { line: 6, code: "DATE_IN_FUTURE", column: "Ngày kết nạp" },
      { line: 7, code: "PROBATION_NOT_COMPLETE", column: "Ngày chính thức" },
      { line: 8, code: "INVALID_DATE_RANGE", column: "Ngày vào chi bộ" },
      { line: 9, code: "BELOW_ADMISSION_AGE", column: "Ngày kết nạp" },
      { line: 10, code: "UNKNOWN_STATUS", column: "Trạng thái" },
      { line: 11, code: "DUPLICATE_ROW", column: "Họ và tên" },
      { line: 12, code: "ADMITTED_ON_REQUIRED", column: "Ngày kết nạp" },
      { line: 13, code: "STATUS_DATE_MISMATCH", column: "Ngày kết nạp" },
      { line: 14, code: "TOO_MANY_FIELDS" },
      { line: 15, code: "JOINED_ON_REQUIRED", column: "Ngày vào chi bộ" },
      { line: 16, code: "INVALID_DATE_RANGE", column: "Ngày kết nạp" },
    ]);
    const reasons = Object.fromEntries(result.problems.map((problem) => [problem.line, problem.reason.en]));
    expect(reasons[4]).toContain('"31/02/1980" is not a date');
    expect(reasons[6]).toBe("The admission date 01/01/2099 is in the future.");
    expect(reasons[7]).toContain("the 12-month probation ends on 01/06/2006");
    expect(reasons[9]).toContain("was 17");
    expect(reasons[10]).toContain('"đảng viên danh dự" is not a status');
    expect(reasons[11]).toBe("Người Hợp Lệ is already on line 2 (same birth date).");
    // The report is Vietnamese by default (the import script's --lang en prints the English).
    const vietnamese = Object.fromEntries(
      result.problems.map((problem) => [problem.line, problem.reason.vi]),
    );
    expect(vietnamese[4]).toContain('"31/02/1980" không phải ngày');
    expect(vietnamese[11]).toBe("Người Hợp Lệ đã có ở dòng 2 (cùng ngày sinh).");
  });

  it("counts a row without a birth date as a duplicate of the same name, and a different birth date as another person", () => {
    const result = parseMembersCsv(
      "Họ và tên,Ngày sinh,Trạng thái\nAn,01/01/1980,quần chúng\nAn,02/02/1982,quần chúng\nAN,,quần chúng\n",
      options,
    );
    expect(problemsOf(result)).toEqual([{ line: 4, code: "DUPLICATE_ROW", column: "Họ và tên" }]);
  });

  it("reports an empty file, a header without rows, a missing column and an unclosed quote", () => {
    expect(empty).toBe("");
    expect(problemsOf(parseMembersCsv(empty, options))).toEqual([{ line: 1, code: "EMPTY_FILE" }]);
    expect(problemsOf(parseMembersCsv("\uFEFF\r\n;;\r\n", options))).toEqual([
      { line: 1, code: "EMPTY_FILE" },
    ]);
    expect(problemsOf(parseMembersCsv(headerOnly, options))).toEqual([{ line: 1, code: "NO_ROWS" }]);
    expect(problemsOf(parseMembersCsv("Họ và tên;Ngày sinh\nAn;01/01/1980\n", options))).toEqual([
      { line: 1, code: "MISSING_COLUMN", column: "Trạng thái (status)" },
    ]);
    const unclosed = parseMembersCsv(unclosedQuote, options);
    expect(problemsOf(unclosed)).toEqual([{ line: 3, code: "UNCLOSED_QUOTE" }]);
    expect(unclosed.rows.map((row) => row.fullName)).toEqual(["Nguyễn Văn Đóng"]);
  });

  it("lists the columns it does not read, and ignores row numbers and notes", () => {
    const result = parseMembersCsv(
      "STT,Họ tên,Trạng thái,Đơn vị công tác,Ghi chú\n1,An,quần chúng,Vĩnh Phúc,\n",
      options,
    );
    expect(result.ignoredColumns).toEqual(["Đơn vị công tác"]);
    expect(result.rows).toHaveLength(1);
  });
});

describe("memberRowIssues (shared with importMembers)", () => {
  const official = {
    fullName: "Nguyễn Văn A",
    birthDate: "1980-01-01",
    status: "OFFICIAL" as const,
    admittedOn: "2005-01-01",
    officialOn: "2006-01-01",
    joinedOn: null,
  };

  it("accepts a consistent row", () => {
    expect(memberRowIssues(official, TODAY)).toEqual([]);
  });

  it("recognizes on the first day after the 12 months, not before", () => {
    expect(memberRowIssues({ ...official, officialOn: "2005-12-31" }, TODAY).map((i) => i.code)).toEqual([
      "PROBATION_NOT_COMPLETE",
    ]);
  });

  it("accepts an official member imported without admission dates when they joined the cell", () => {
    expect(
      memberRowIssues({ ...official, admittedOn: null, officialOn: null, joinedOn: "2017-01-01" }, TODAY),
    ).toEqual([]);
  });
});

describe("document registers", () => {
  it("reads numbers in any form, infers the type from the number, keeps quoted titles whole", () => {
    const result = parseDocumentsCsv(documentsGood, options);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({ line: 2, number: "12-NQ/ĐU", type: "RESOLUTION", issuedOn: "2018-01-15" }),
      expect.objectContaining({
        line: 3,
        number: "05-CT/ĐU",
        type: "DIRECTIVE",
        title: "Về tăng cường kỷ luật; kỷ cương",
        issuedOn: "2018-03-02",
      }),
      expect.objectContaining({ line: 4, number: "35-KL/TW", issuer: "secretariat", issuerTerm: "XII" }),
    ]);
  });

  it("reports unreadable numbers, unknown or mismatched types, missing fields, future dates and duplicates", () => {
    const result = parseDocumentsCsv(documentsBad, options);
    expect(result.rows.map((row) => row.line)).toEqual([8]);
    expect(problemsOf(result)).toEqual([
      { line: 2, code: "INVALID_DOCUMENT_NUMBER", column: "number" },
      { line: 3, code: "UNKNOWN_TYPE", column: "type" },
      { line: 4, code: "DOCUMENT_TYPE_MISMATCH", column: "type" },
      { line: 5, code: "TITLE_REQUIRED", column: "title" },
      { line: 6, code: "DATE_IN_FUTURE", column: "issuedOn" },
      { line: 7, code: "ISSUER_REQUIRED", column: "issuer" },
      { line: 9, code: "DUPLICATE_ROW", column: "number" },
    ]);
    expect(result.problems[0]?.reason.en).toContain("is not of the form serial-TYPE/ISSUER");
  });
});

describe("attendance sheets", () => {
  it("reads the four statuses in Vietnamese and English", () => {
    const result = parseAttendanceCsv(attendanceGood, options);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.fullName, row.status, row.note])).toEqual([
      ["Nguyễn Tiến Hạnh", "PRESENT", null],
      ["Đảng viên 01", "ABSENT_EXCUSED", "Đi công tác; có báo cáo"],
      ["Đảng viên 02", "ABSENT_UNEXCUSED", null],
      ["Đảng viên 03", "EXEMPTED", null],
      ["DANG VIEN 04", "PRESENT", null],
    ]);
  });

  it("reports missing names, unknown or missing statuses and the same person twice", () => {
    const result = parseImportFile("attendance", attendanceBad, options);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(problemsOf(result)).toEqual([
      { line: 3, code: "NAME_REQUIRED", column: "Họ và tên" },
      { line: 4, code: "UNKNOWN_STATUS", column: "Tình trạng" },
      { line: 5, code: "DUPLICATE_ROW", column: "Họ và tên" },
      { line: 6, code: "STATUS_REQUIRED", column: "Tình trạng" },
    ]);
  });
});

describe("the member's file in a member list", () => {
  it("reads gender, ethnic group (by name or code) and card number, and refuses what is not one", () => {
    const text = [
      "Họ và tên;Ngày sinh;Trạng thái;Ngày kết nạp;Ngày chính thức;Giới tính;Dân tộc;Số thẻ đảng viên",
      "Nông Thị Hoa;01/02/1980;chính thức;01/03/2005;01/03/2006;Nữ;Tày;52 001 234",
      "Lò Văn Pá;02/03/1981;chính thức;01/03/2005;01/03/2006;nam;03;",
      "Hà Văn Sai;03/04/1982;chính thức;01/03/2005;01/03/2006;Khác;Xyz;12",
      "Vi Thị Mới;04/05/1990;dự bị;01/03/2026;;Nữ;Kinh;52001235",
    ].join("\n");
    const result = parseMembersCsv(text, { today: TODAY });
    expect(
      result.rows.map(({ fullName, gender, ethnicGroupCode, partyCardNumber }) => ({
        fullName,
        gender,
        ethnicGroupCode,
        partyCardNumber,
      })),
    ).toEqual([
      { fullName: "Nông Thị Hoa", gender: "FEMALE", ethnicGroupCode: "02", partyCardNumber: "52 001 234" },
      { fullName: "Lò Văn Pá", gender: "MALE", ethnicGroupCode: "03", partyCardNumber: undefined },
    ]);
    expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [4, "UNKNOWN_GENDER"],
      [4, "UNKNOWN_ETHNIC_GROUP"],
      [4, "INVALID_PARTY_CARD_NUMBER"],
      [5, "CARD_BEFORE_RECOGNITION"],
    ]);
  });

  it("reads the rest of the file — levels by their labels, education as grade/system, the card's day — and refuses what does not fit", () => {
    const text = [
      "Họ và tên;Trạng thái;Ngày kết nạp;Ngày chính thức;Ngày cấp thẻ;Tôn giáo;Quê quán;Trình độ học vấn;" +
        "Chuyên môn;Lý luận chính trị;Quản lý nhà nước;Ngoại ngữ",
      "Đỗ Văn Đủ;chính thức;01/03/2005;01/03/2006;03/02/2007;Phật giáo;Hà Nam;12/12;Thạc sĩ;cao cap;Chuyên viên chính;Tiếng Anh",
      "Đỗ Văn Sai;chính thức;01/03/2005;01/03/2006;01/01/2006;;;13/12;Giáo sư;;;",
    ].join("\n");
    const result = parseMembersCsv(text, { today: TODAY });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      partyCardIssuedOn: "2007-02-03",
      religion: "Phật giáo",
      homeTown: "Hà Nam",
      generalEducation: "12/12",
      professionalLevel: "MASTER",
      politicalTheoryLevel: "ADVANCED",
      stateManagementLevel: "PRINCIPAL_OFFICER",
      foreignLanguages: "Tiếng Anh",
    });
    expect(result.problems.map((problem) => [problem.line, problem.code, problem.column])).toEqual([
      [3, "UNKNOWN_LEVEL", "Chuyên môn"],
      [3, "INVALID_GENERAL_EDUCATION", "Trình độ học vấn"],
      [3, "CARD_BEFORE_RECOGNITION", "Ngày cấp thẻ"],
    ]);
  });
});
