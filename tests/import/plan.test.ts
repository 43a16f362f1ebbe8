import { describe, expect, it } from "vitest";
import { assertImportSize, MAX_IMPORT_ROWS } from "../../src/domain/import";
import {
  type MemberImportRow,
  type MembershipElsewhere,
  planMemberImport,
} from "../../src/domain/import-members";
import { Refusal } from "../../src/domain/refusal";
import { expectRefusal } from "../domain/refusal-helpers";

const TODAY = "2026-12-04";
const an: MemberImportRow = {
  fullName: "Nguyễn Văn An",
  birthDate: "1980-02-03",
  status: "OFFICIAL",
  admittedOn: "2005-01-01",
  officialOn: "2006-01-01",
  joinedOn: null,
};
const binh: MemberImportRow = { ...an, fullName: "Trần Thị Bình", birthDate: "1985-07-08" };
const anElsewhere: MembershipElsewhere = {
  fullName: "Nguyen Van An",
  birthDate: "1980-02-03",
  cellName: "Chi bộ thôn 2",
  startedOn: "2003-01-01",
  endedOn: null,
  readable: true,
};

function refusalOf(action: () => unknown): Refusal {
  try {
    action();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("Expected a Refusal, but nothing was thrown.");
}

describe("assertImportSize", () => {
  it("takes up to 200 rows a call and refuses more", () => {
    expect(() => assertImportSize(MAX_IMPORT_ROWS)).not.toThrow();
    expectRefusal(() => assertImportSize(MAX_IMPORT_ROWS + 1), "TOO_MANY_ROWS");
  });
});

describe("planMemberImport", () => {
  it("creates new people and leaves the cell's own as they are (same folded name and birth date)", () => {
    const known = [{ fullName: "NGUYỄN VĂN AN", birthDate: "1980-02-03" }];
    expect(planMemberImport([an, binh], TODAY, known, [])).toEqual([0, null]);
  });

  it("refuses the whole list with a problem per row at fault: a row rule, a person twice", () => {
    const refusal = refusalOf(() =>
      planMemberImport([an, { ...binh, officialOn: "2005-06-01" }, { ...an }], TODAY, [], []),
    );
    expect(refusal.problems.map((problem) => [problem.code, problem.field])).toEqual([
      ["PROBATION_NOT_COMPLETE", ["rows", "1", "officialOn"]],
      ["DUPLICATE_ROW", ["rows", "2", "fullName"]],
    ]);
    expect(refusal.problems[0]?.message.en).toMatch(/^Trần Thị Bình: /);
  });

  it("refuses a row whose membership would overlap one elsewhere, saying where only to its readers", () => {
    const readable = refusalOf(() => planMemberImport([an], TODAY, [], [anElsewhere]));
    expect(readable.problems[0]?.code).toBe("OVERLAPPING_MEMBERSHIP");
    expect(readable.problems[0]?.field).toEqual(["rows", "0", "admittedOn"]);
    expect(readable.problems[0]?.message.en).toContain("Chi bộ thôn 2");
    const hidden = refusalOf(() => planMemberImport([an], TODAY, [], [{ ...anElsewhere, readable: false }]));
    expect(hidden.problems[0]?.message.en).not.toContain("Chi bộ thôn 2");
    expect(hidden.problems[0]?.message.en).toContain("another cell");
  });

  it("lets a membership that ended before the row's start stand", () => {
    expect(planMemberImport([an], TODAY, [], [{ ...anElsewhere, endedOn: "2004-12-31" }])).toEqual([null]);
  });
});
