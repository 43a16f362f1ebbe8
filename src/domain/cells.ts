import { addMonths, comparePartialDates, daysOfPartialDate } from "./dates";
import { type Period, periodsOverlap } from "./membership";
import { refuse, type Text } from "./refusal";
import { normalizeName } from "./text";

export const CELL_KIND_LABELS = {
  PROVINCIAL_COMMITTEE: "Đảng bộ tỉnh",
  BLOC_COMMITTEE: "Đảng bộ khối",
  DISTRICT_COMMITTEE: "Đảng bộ huyện",
  GRASSROOTS_COMMITTEE: "Đảng bộ cơ sở",
  PARTIAL_COMMITTEE: "Đảng bộ bộ phận",
  GRASSROOTS_CELL: "Chi bộ cơ sở",
  SUBORDINATE_CELL: "Chi bộ trực thuộc",
} as const;
export type CellKind = keyof typeof CELL_KIND_LABELS;

export const LINEAGE_KIND_LABELS = {
  RENAMED: "Đổi tên",
  MERGED: "Hợp nhất, sáp nhập",
  SPLIT: "Chia tách",
  SUCCEEDED: "Kế tục",
} as const;
export type LineageKind = keyof typeof LINEAGE_KIND_LABELS;

export const ALIAS_KIND_LABELS = { ALIAS: "Tên gọi khác", FORMER_NAME: "Tên cũ" } as const;
export type AliasKind = keyof typeof ALIAS_KIND_LABELS;

/** A grassroots organization, and a cell under a committee, has at least three official members (Điều lệ, Điều 21, 24). */
export const MINIMUM_OFFICIAL_MEMBERS = 3;

/** A cell (chi bộ) is where members meet; committees (đảng bộ) lead a subtree and have no members of their own. */
export function isCellKind(kind: CellKind): boolean {
  return kind === "GRASSROOTS_CELL" || kind === "SUBORDINATE_CELL";
}

/** The shape of the tree the Party Charter describes: which kinds may stand directly under which. */
const ALLOWED_PARENT_KINDS: Record<CellKind, readonly CellKind[]> = {
  PROVINCIAL_COMMITTEE: [],
  BLOC_COMMITTEE: ["PROVINCIAL_COMMITTEE"],
  DISTRICT_COMMITTEE: ["PROVINCIAL_COMMITTEE"],
  GRASSROOTS_COMMITTEE: ["PROVINCIAL_COMMITTEE", "BLOC_COMMITTEE", "DISTRICT_COMMITTEE"],
  PARTIAL_COMMITTEE: ["GRASSROOTS_COMMITTEE"],
  GRASSROOTS_CELL: ["PROVINCIAL_COMMITTEE", "BLOC_COMMITTEE", "DISTRICT_COMMITTEE"],
  SUBORDINATE_CELL: ["GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE"],
};

export interface CellFacts {
  id: string;
  kind: CellKind;
  name: string;
  path: string;
  foundedOn: string | null;
  dissolvedOn: string | null;
}

export function pathOf(id: string, parent: Pick<CellFacts, "path"> | null): string {
  return `${parent?.path ?? "/"}${id}/`;
}

/**
 * The organizations on the lines of some cells (each cell and every one above it), once each: those whose drafts
 * and announcements reach the cells' members, whose live channels they listen to.
 */
export function organizationsOnLines(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap((path) => path.split("/").filter(Boolean)))];
}

export function isWithinSubtree(path: string, subtreeRootPath: string): boolean {
  return path.startsWith(subtreeRootPath);
}

export function validCellName(name: string, field: string[]): string {
  const normalized = normalizeName(name);
  if (normalized.length === 0)
    refuse("INVALID_NAME", { vi: "Tên không được để trống.", en: "A name cannot be empty." }, field);
  if (normalized.length > 200)
    refuse(
      "INVALID_NAME",
      { vi: "Tên dài tối đa 200 ký tự.", en: "A name is at most 200 characters." },
      field,
    );
  return normalized;
}

/**
 * Where a cell may stand. Only a committee can be a root (the top of a tenant: a province or a bloc);
 * cells have no children; a dissolved organization takes no new children.
 */
export function assertPlacement(kind: CellKind, parent: CellFacts | null, field: string[]): void {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (parent === null) {
    if (isCellKind(kind) || kind === "PARTIAL_COMMITTEE") {
      refuse(
        "PARENT_REQUIRED",
        {
          vi: `${CELL_KIND_LABELS[kind]} phải trực thuộc một đảng bộ.`,
          en: `A ${CELL_KIND_LABELS[kind]} must stand under a committee.`,
        },
        field,
      );
    }
    return;
  }
  assertNotDissolved(parent, "PARENT_DISSOLVED", field);
  if (!allowed.includes(parent.kind)) {
    const expected = allowed.map((k) => CELL_KIND_LABELS[k]).join(", ") || "none";
    refuse(
      "INVALID_PARENT_KIND",
      {
        vi: `${CELL_KIND_LABELS[kind]} không thể trực thuộc ${CELL_KIND_LABELS[parent.kind]} (được phép: ${expected}).`,
        en: `A ${CELL_KIND_LABELS[kind]} cannot stand under a ${CELL_KIND_LABELS[parent.kind]} (allowed: ${expected}).`,
      },
      field,
    );
  }
}

/** Moving a cell under itself or one of its descendants would cut the subtree off the tree. */
export function assertNotIntoOwnSubtree(cell: CellFacts, newParent: CellFacts, field: string[]): void {
  if (isWithinSubtree(newParent.path, cell.path)) {
    refuse(
      "HIERARCHY_CYCLE",
      {
        vi: `${newParent.name} nằm trong chính cây tổ chức của ${cell.name}.`,
        en: `${newParent.name} lies inside ${cell.name}'s own subtree.`,
      },
      field,
    );
  }
}

/** A dissolved organization is acted on no more: the code says in which role (the cell itself, or a parent). */
function assertNotDissolved(
  cell: CellFacts,
  code: "CELL_DISSOLVED" | "PARENT_DISSOLVED",
  field: string[],
): void {
  if (cell.dissolvedOn === null) return;
  refuse(
    code,
    {
      vi: `${cell.name} đã giải thể ngày ${cell.dissolvedOn}.`,
      en: `${cell.name} was dissolved on ${cell.dissolvedOn}.`,
    },
    field,
  );
}

export function assertActive(cell: CellFacts, field: string[]): void {
  assertNotDissolved(cell, "CELL_DISSOLVED", field);
}

export interface DissolutionCounts {
  activeMembers: number;
  activeChildren: number;
}

export function assertDissolvable(cell: CellFacts, dissolvedOn: string, counts: DissolutionCounts): void {
  assertActive(cell, ["cellId"]);
  if (cell.foundedOn !== null && comparePartialDates(dissolvedOn, cell.foundedOn) < 0) {
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `${cell.name} thành lập ngày ${cell.foundedOn}, sau ngày ${dissolvedOn}.`,
        en: `${cell.name} was founded on ${cell.foundedOn}, after ${dissolvedOn}.`,
      },
      ["dissolvedOn"],
    );
  }
  if (counts.activeMembers > 0 || counts.activeChildren > 0) {
    refuse(
      "CELL_NOT_EMPTY",
      {
        vi:
          `${cell.name} còn ${counts.activeMembers} đảng viên và ${counts.activeChildren} tổ chức trực thuộc đang hoạt động: ` +
          "hãy chuyển sinh hoạt hoặc kết thúc trước.",
        en:
          `${cell.name} still has ${counts.activeMembers} active member(s) and ${counts.activeChildren} active ` +
          "subordinate organization(s): transfer or end them first.",
      },
      ["cellId"],
    );
  }
}

/** Committees (đảng bộ) lead a subtree: they set scales and settings for it, and have no members of their own. */
export function assertCommittee(organization: CellFacts, message: Text, field: string[]): void {
  if (isCellKind(organization.kind)) refuse("NOT_A_COMMITTEE", message, field);
}

/** Members belong to cells (chi bộ), which rate them; a committee has none of its own. */
export function assertCell(organization: CellFacts, message: Text, field: string[]): void {
  if (!isCellKind(organization.kind)) refuse("NOT_A_CELL", message, field);
}

/** Who joins an organization (admitted, transferred, imported) joins an active cell. */
export function assertReceivesMembers(organization: CellFacts, field: string[]): void {
  assertCell(
    organization,
    {
      vi: `${organization.name} là đảng bộ; đảng viên sinh hoạt ở chi bộ.`,
      en: `${organization.name} is a committee; members belong to cells (chi bộ).`,
    },
    field,
  );
  assertActive(organization, field);
}

export interface SuccessionFacts {
  predecessor: Pick<CellFacts, "id" | "name">;
  successor: Pick<CellFacts, "id" | "name">;
  /** The successor already follows the predecessor directly. */
  recorded: boolean;
  /** The predecessor already follows the successor somewhere in the recorded lineage. */
  reversed: boolean;
}

/** The lineage is a record of what followed what: no organization follows itself, twice, or in a circle. */
export function assertSuccession({ predecessor, successor, recorded, reversed }: SuccessionFacts): void {
  if (predecessor.id === successor.id) {
    refuse(
      "INVALID_SUCCESSION",
      { vi: "Một tổ chức không thể kế tục chính nó.", en: "An organization cannot follow itself." },
      ["successorId"],
    );
  }
  if (recorded) {
    refuse(
      "DUPLICATE_SUCCESSION",
      {
        vi: `Đã ghi nhận ${successor.name} kế tục ${predecessor.name}.`,
        en: `${successor.name} already follows ${predecessor.name}.`,
      },
      ["successorId"],
    );
  }
  if (reversed) {
    refuse(
      "LINEAGE_CYCLE",
      {
        vi: `Theo lịch sử đã ghi, ${predecessor.name} đã kế tục ${successor.name}.`,
        en: `${predecessor.name} already follows ${successor.name} in the recorded lineage.`,
      },
      ["successorId"],
    );
  }
}

/** An organization's terms (nhiệm kỳ) follow one another; two never overlap. */
export function assertTermFree(organizationName: string, term: Period, terms: readonly Period[]): void {
  const clash = terms.find((other) => periodsOverlap(term, other));
  if (clash) {
    refuse(
      "OVERLAPPING_TERM",
      {
        vi: `${organizationName} đã có nhiệm kỳ ${clash.from}–${clash.until}.`,
        en: `${organizationName} already has the term ${clash.from}–${clash.until}.`,
      },
      ["startsOn"],
    );
  }
}

/**
 * How long a congress term runs: a cell under a grassroots committee and a partial committee hold their congress
 * twice in five years (Điều lệ Đảng, Điều 24.3), other organizations once in five; the committee above may move a
 * congress up to six months earlier or later.
 */
const TERM_MONTHS: Partial<Record<CellKind, number>> = { SUBORDINATE_CELL: 30, PARTIAL_COMMITTEE: 30 };
const FIVE_YEAR_TERM_MONTHS = 60;
export const TERM_SLACK_MONTHS = 6;

/**
 * A term lasts its level's length, give or take the slack. Dates known only to the year or month are refused only
 * when every reading of them is out of bounds: “2017”–“2020” may be 30 months.
 */
export function assertTermLength(organization: { name: string; kind: CellKind }, term: Period): void {
  if (term.until === null) return;
  const months = TERM_MONTHS[organization.kind] ?? FIVE_YEAR_TERM_MONTHS;
  const start = daysOfPartialDate(term.from);
  const end = daysOfPartialDate(term.until);
  const tooShort = end.last < addMonths(start.first, months - TERM_SLACK_MONTHS);
  const tooLong = end.first > addMonths(start.last, months + TERM_SLACK_MONTHS);
  if (!tooShort && !tooLong) return;
  refuse(
    "TERM_LENGTH",
    {
      vi: `Nhiệm kỳ của ${organization.name} (${CELL_KIND_LABELS[organization.kind]}) là ${months} tháng, sớm hoặc muộn tối đa ${TERM_SLACK_MONTHS} tháng; ${term.from}–${term.until} ${tooShort ? "quá ngắn" : "quá dài"}.`,
      en: `A term of ${organization.name} (${organization.kind}) lasts ${months} months, up to ${TERM_SLACK_MONTHS} months earlier or later; ${term.from}–${term.until} is too ${tooShort ? "short" : "long"}.`,
    },
    ["endsOn"],
  );
}

/** The dissolution is written only while the organization is empty: no row changed means it filled meanwhile. */
export function assertDissolutionApplied(organizationName: string, rowsChanged: number): void {
  if (rowsChanged === 0) {
    refuse(
      "CELL_NOT_EMPTY",
      {
        vi: `Trong lúc đó ${organizationName} vừa có thêm đảng viên hoặc tổ chức trực thuộc.`,
        en: `${organizationName} gained members or subordinate organizations meanwhile.`,
      },
      ["cellId"],
    );
  }
}
