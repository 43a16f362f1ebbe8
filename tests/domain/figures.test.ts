import { describe, expect, it } from "vitest";
import { mayReadFigures, type PlacedGrant } from "../../src/domain/figures";

const province = { id: "p", path: "/p/", kind: "PROVINCIAL_COMMITTEE" as const };
const grassroots = { id: "g", path: "/p/g/", kind: "GRASSROOTS_COMMITTEE" as const };
const cell = { id: "c", path: "/p/g/c/", kind: "SUBORDINATE_CELL" as const };
const grant = (role: PlacedGrant["role"], on: { id: string; path: string } | null): PlacedGrant => ({
  role,
  cellId: on?.id ?? null,
  path: on?.path ?? null,
});

describe("who reads an organization's figures", () => {
  it("lets a basic cell's members read its own figures", () => {
    expect(mayReadFigures(cell, [grant("MEMBER", cell)])).toBe(true);
  });

  it("lets the writers of an organization or above read its subtree's figures", () => {
    expect(mayReadFigures(grassroots, [grant("COMMITTEE", grassroots)])).toBe(true);
    expect(mayReadFigures(cell, [grant("COMMITTEE", province)])).toBe(true);
    expect(mayReadFigures(cell, [grant("SECRETARY", cell)])).toBe(true);
    expect(mayReadFigures(province, [grant("ADMIN", null)])).toBe(true);
  });

  it.each([
    ["a member of a cell, the province above it", province, grant("MEMBER", cell)],
    ["a member of a cell, the committee above it", grassroots, grant("MEMBER", cell)],
    ["a cell's secretary, the committee above it", grassroots, grant("SECRETARY", cell)],
    ["a member of a committee, that committee's subtree", grassroots, grant("MEMBER", grassroots)],
    ["a committee, another subtree", cell, grant("COMMITTEE", { id: "o", path: "/p/o/" })],
  ])("refuses %s", (_name, target, viewerGrant) => {
    expect(mayReadFigures(target, [viewerGrant])).toBe(false);
  });
});
