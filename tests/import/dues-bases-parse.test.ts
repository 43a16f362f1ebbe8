import { describe, expect, it } from "vitest";
import { parseImportFile } from "../../src/domain/import";
import {
  isRecordedBasis,
  matchDuesBasisRows,
  parseDong,
  parseDuesCategory,
  parseImportMonth,
} from "../../src/domain/import-dues";
import bad from "./fixtures/dues-bases-bad.csv?raw";
import good from "./fixtures/dues-bases-good.csv?raw";

const TODAY = { today: "2026-12-05" };

describe("a cell's list of dues bases", () => {
  it("reads Excel's semicolons, a BOM, months as mm/yyyy and đồng grouped by dots or spaces", () => {
    const parsed = parseImportFile("dues-bases", good, TODAY);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map(({ line: _line, ...row }) => row)).toEqual([
      {
        fullName: "Nguyễn Văn An",
        birthDate: "1980-05-12",
        fromMonth: "2026-01",
        category: "INSURED_SALARY",
        figure: 8_450_050,
        monthlyAmount: null,
      },
      {
        fullName: "Trần Thị Bình",
        birthDate: null,
        fromMonth: "2026-01",
        category: "PENSION",
        figure: 6_000_000,
        monthlyAmount: null,
      },
      {
        fullName: "Lê Văn Cường",
        birthDate: null,
        fromMonth: "2026-03",
        category: "STUDENT",
        figure: null,
        monthlyAmount: null,
      },
      {
        fullName: "Phạm Thị Dung",
        birthDate: null,
        fromMonth: "2026-01",
        category: "OTHER",
        figure: null,
        monthlyAmount: 20_000,
      },
    ]);
  });

  it("reports each bad row by line and column, in Vietnamese, and keeps none of them", () => {
    const parsed = parseImportFile("dues-bases", bad, TODAY);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
      [2, "Từ tháng", "INVALID_DATE"],
      [3, "Diện đóng", "UNKNOWN_CATEGORY"],
      [4, "Tiền lương", "AMOUNT_NOT_POSITIVE"],
      [5, "Mức đóng hằng tháng", "AMOUNT_REQUIRED"],
      [6, "Mức đóng hằng tháng", "DUES_BELOW_RULE"],
      [7, "Họ và tên", "NAME_REQUIRED"],
    ]);
    expect(parsed.problems[0]?.reason.vi).toBe('"13/2026" không phải tháng: viết mm/yyyy (ví dụ 01/2026).');
  });

  it("reads the usual words for a category, months and amounts, and refuses fractions of a đồng", () => {
    expect(parseDuesCategory("Hưu trí")).toBe("PENSION");
    expect(parseDuesCategory("ốm đau, thai sản")).toBe("SICKNESS_OR_MATERNITY");
    expect(parseDuesCategory("công nhân")).toBeNull();
    expect(parseImportMonth("3.2026")).toBe("2026-03");
    expect(parseImportMonth("2026-13")).toBeNull();
    expect(parseDong("8,450,050 đ")).toBe(8_450_050);
    expect(parseDong("8450050,5")).toBeNull();
    expect(parseDong("-5")).toBeNull();
  });

  it("finds each row's member by name, and birth date where two share one; one basis per member and month", () => {
    const members = [
      { id: "a", fullName: "Nguyễn Văn An", birthDate: "1980-05-12" },
      { id: "b", fullName: "Nguyễn Văn An", birthDate: "1990-01-01" },
      { id: "c", fullName: "Trần Thị Bình", birthDate: null },
    ];
    expect(
      matchDuesBasisRows(
        [
          { fullName: "Nguyễn Văn An", birthDate: "1990-01-01", fromMonth: "2026-01" },
          { fullName: "nguyen van an", birthDate: null, fromMonth: "2026-01" },
          { fullName: "Trần Thị Bình", birthDate: null, fromMonth: "2026-01" },
          { fullName: "Lê Văn Cường", birthDate: null, fromMonth: "2026-01" },
          { fullName: "Trần Thị Bình", birthDate: null, fromMonth: "2026-01" },
          { fullName: "Trần Thị Bình", birthDate: null, fromMonth: "2026-07" },
        ],
        members,
      ).map((match) => ("personId" in match ? match.personId : match.issue.code)),
    ).toEqual(["b", "AMBIGUOUS_PERSON", "c", "NOT_A_MEMBER", "DUPLICATE_ROW", "c"]);
  });

  it("leaves a row the member's bases already hold, to the amount, and takes any other", () => {
    const recorded = [
      { fromMonth: "2026-01", category: "PENSION" as const, figure: 6_000_000, monthlyAmount: null },
    ];
    expect(isRecordedBasis(recorded[0] as (typeof recorded)[number], recorded)).toBe(true);
    expect(
      isRecordedBasis({ ...(recorded[0] as (typeof recorded)[number]), figure: 6_000_001 }, recorded),
    ).toBe(false);
    expect(
      isRecordedBasis({ ...(recorded[0] as (typeof recorded)[number]), fromMonth: "2026-02" }, recorded),
    ).toBe(false);
  });
});
