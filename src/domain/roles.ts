import { type CellKind, isCellKind } from "./cells";
import { comparePartialDates } from "./dates";
import { type Period, periodCovers, periodsOverlap } from "./membership";
import { refuse } from "./refusal";

export const ROLE_LABELS = {
  SECRETARY: "Bí thư",
  DEPUTY_SECRETARY: "Phó Bí thư",
  COMMITTEE_MEMBER: "Cấp ủy viên",
} as const;
export type RoleKind = keyof typeof ROLE_LABELS;

/** Offices held by one person at a time in one organization. */
const SINGLE_HOLDER_ROLES: readonly RoleKind[] = ["SECRETARY"];

export interface RoleFacts extends Period {
  role: RoleKind;
  personId: string;
}

export interface RoleAssignment {
  role: RoleKind;
  period: Period;
  /** The person's memberships in cells of the organization's subtree. */
  membershipsWithin: readonly Period[];
  /** Official now or once (a past office of someone who has left); old records may lack officialOn. */
  isOfficial: boolean;
  officialOn: string | null;
  heldRoles: readonly RoleFacts[];
  personId: string;
  organizationName: string;
  organizationKind: CellKind;
}

/**
 * Leadership is elected from the organization's own official members (Điều lệ Đảng, Điều 3: probationary
 * members neither elect nor stand for election): a cell's secretary is one of its members, a committee's
 * member belongs to a cell of its subtree.
 */
export function assertRoleAssignable(assignment: RoleAssignment): void {
  const { role, period, organizationName } = assignment;
  if (
    !assignment.isOfficial ||
    !isMemberThroughout(assignment.membershipsWithin, period) ||
    (assignment.officialOn !== null && comparePartialDates(assignment.officialOn, period.from) > 0)
  ) {
    const ofCell = isCellKind(assignment.organizationKind);
    refuse(
      "NOT_AN_ELIGIBLE_MEMBER",
      {
        vi: `${ROLE_LABELS[role]} của ${organizationName} phải là đảng viên chính thức ${ofCell ? "của" : "trong"} tổ chức đó suốt thời gian từ ${period.from}.`,
        en: `A ${ROLE_LABELS[role]} of ${organizationName} must be an official member ${ofCell ? "of" : "within"} it for the whole period from ${period.from}.`,
      },
      ["personId"],
    );
  }
  const duplicate = assignment.heldRoles.find(
    (held) =>
      held.role === role &&
      periodsOverlap(held, period) &&
      (held.personId === assignment.personId || SINGLE_HOLDER_ROLES.includes(role)),
  );
  if (duplicate) {
    refuse(
      "ROLE_ALREADY_HELD",
      {
        vi: `${organizationName} đã có ${ROLE_LABELS[role]} từ ${duplicate.from}${duplicate.until ? ` đến ${duplicate.until}` : ""}.`,
        en: `${organizationName} already has a ${ROLE_LABELS[role]} from ${duplicate.from}${duplicate.until ? ` until ${duplicate.until}` : ""}.`,
      },
      ["role"],
    );
  }
}

/**
 * The memberships in the subtree, joined where one ends the day the next starts (a transfer between two
 * cells of the same committee), span the whole period.
 */
function isMemberThroughout(memberships: readonly Period[], period: Period) {
  const sorted = [...memberships].sort((a, b) => comparePartialDates(a.from, b.from));
  const joined: Period[] = [];
  for (const membership of sorted) {
    const previous = joined.at(-1);
    if (previous && previous.until !== null && comparePartialDates(previous.until, membership.from) >= 0) {
      previous.until =
        membership.until === null || comparePartialDates(membership.until, previous.until) > 0
          ? membership.until
          : previous.until;
    } else {
      joined.push({ ...membership });
    }
  }
  return joined.some(
    (span) =>
      periodCovers(span, period.from) &&
      (span.until === null || (period.until !== null && comparePartialDates(period.until, span.until) <= 0)),
  );
}

/** A cell elects a cell committee (chi ủy) from this many official members; below it, a secretary (Điều lệ, Điều 24). */
export const CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS = 9;

/**
 * A cell with fewer than nine official members elects a secretary, and a deputy if needed, but no cell committee
 * (Điều lệ Đảng, Điều 24): a committee member of such a cell is refused. Committees above cells are not bound.
 */
export function assertLeadershipFits(
  role: RoleKind,
  organization: { name: string; kind: CellKind },
  officialMembers: number,
  on: string,
): void {
  if (role !== "COMMITTEE_MEMBER" || !isCellKind(organization.kind)) return;
  if (officialMembers >= CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS) return;
  refuse(
    "CELL_COMMITTEE_TOO_SMALL",
    {
      vi: `Ngày ${on} ${organization.name} có ${officialMembers} đảng viên chính thức; chi bộ dưới ${CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS} đảng viên chính thức bầu bí thư (và phó bí thư nếu cần), không bầu chi ủy (Điều lệ Đảng, Điều 24).`,
      en: `On ${on} ${organization.name} has ${officialMembers} official members; a cell with fewer than ${CELL_COMMITTEE_FROM_OFFICIAL_MEMBERS} elects a secretary (and a deputy if needed), not a cell committee (Party Charter, art. 24).`,
    },
    ["role"],
  );
}

/** An office ends once; a later change of its end is a correction, not a second end. */
export function assertRoleOpen(endedOn: string | null): void {
  if (endedOn !== null)
    refuse(
      "ROLE_ALREADY_ENDED",
      { vi: `Chức vụ đã kết thúc ngày ${endedOn}.`, en: `The office ended on ${endedOn}.` },
      ["roleId"],
    );
}

/** An office elected for a term is elected for a term of its own organization. */
export function assertTermOfOrganization(
  termCellId: string,
  organization: { id: string; name: string },
): void {
  if (termCellId !== organization.id) {
    refuse(
      "TERM_MISMATCH",
      {
        vi: `Nhiệm kỳ này không phải của ${organization.name}.`,
        en: `The term is not a term of ${organization.name}.`,
      },
      ["termId"],
    );
  }
}
