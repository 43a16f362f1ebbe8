import { describe, expect, it } from "vitest";
import {
  assertAssignmentSize,
  assertCellMayImplement,
  assertImplementationReport,
  MAX_ASSIGNED_CELLS,
} from "../../src/domain/implementation";
import { expectRefusal } from "./refusal-helpers";

const committee = { id: "du", name: "Đảng ủy xã", path: "/tinh/du/" };
const cell = { id: "cb1", name: "Chi bộ thôn 1", path: "/tinh/du/cb1/" };
const field = ["cellIds", "0"];

describe("assertAssignmentSize", () => {
  it("assigns to 1 to 2,000 cells", () => {
    expect(() => assertAssignmentSize(committee, 1)).not.toThrow();
    expect(() => assertAssignmentSize(committee, MAX_ASSIGNED_CELLS)).not.toThrow();
  });

  it("refuses no cells, and more than 2,000", () => {
    expect(expectRefusal(() => assertAssignmentSize(committee, 0), "NO_CELLS").message).toContain(
      "Đảng ủy xã",
    );
    expectRefusal(() => assertAssignmentSize(committee, MAX_ASSIGNED_CELLS + 1), "TOO_MANY_CELLS");
  });
});

describe("assertCellMayImplement", () => {
  const issued = { status: "ISSUED" as const, issuerPath: "/tinh/" };

  it("assigns an issued document of the line to a cell below the committee", () => {
    expect(() => assertCellMayImplement(cell, committee, issued, field)).not.toThrow();
  });

  it("refuses the committee itself and a cell off its subtree", () => {
    expectRefusal(() => assertCellMayImplement({ ...committee }, committee, issued, field), "NOT_IN_SUBTREE");
    const elsewhere = { id: "cb9", name: "Chi bộ 9", path: "/tinh/khac/cb9/" };
    expect(
      expectRefusal(() => assertCellMayImplement(elsewhere, committee, issued, field), "NOT_IN_SUBTREE")
        .field,
    ).toEqual(field);
  });

  it("refuses a document the cell's members cannot read: a draft, or another line's", () => {
    expectRefusal(
      () => assertCellMayImplement(cell, committee, { ...issued, status: "DRAFT" }, field),
      "NOT_READABLE_BY_CELL",
    );
    expectRefusal(
      () => assertCellMayImplement(cell, committee, { status: "ISSUED", issuerPath: "/tinh/khac/" }, field),
      "NOT_READABLE_BY_CELL",
    );
  });
});

describe("assertImplementationReport", () => {
  it("takes a dated report with the cell's own document, or a status without a document", () => {
    expect(() =>
      assertImplementationReport({ status: "REPORTED", reportedOn: "2024-05-06" }, "cb1", "cb1"),
    ).not.toThrow();
    expect(() =>
      assertImplementationReport({ status: "IN_PROGRESS", reportedOn: null }, undefined, "cb1"),
    ).not.toThrow();
  });

  it("refuses a report without its date, and another organization's document", () => {
    expectRefusal(
      () => assertImplementationReport({ status: "REPORTED", reportedOn: null }, undefined, "cb1"),
      "REPORT_DATE_REQUIRED",
    );
    expectRefusal(
      () => assertImplementationReport({ status: "IN_PROGRESS", reportedOn: null }, "du", "cb1"),
      "REPORT_NOT_OWN",
    );
    expectRefusal(
      () => assertImplementationReport({ status: "IN_PROGRESS", reportedOn: null }, null, "cb1"),
      "REPORT_NOT_OWN",
    );
  });
});
