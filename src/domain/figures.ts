import { type CellKind, isCellKind, isWithinSubtree } from "./cells";

/** A grant placed in the tree: its role and the path of its organization (null: a global ADMIN grant). */
export interface PlacedGrant {
  role: "MEMBER" | "SECRETARY" | "COMMITTEE" | "ADMIN";
  cellId: string | null;
  path: string | null;
}

/**
 * Who reads an organization's figures — every count or sum over it and its subtree (meeting compliance, rating
 * summary and progress, meeting quality, targets' progress, the annual report). A subtree's figures are the work
 * of the committee that leads it: admins, and a SECRETARY or COMMITTEE grant on the organization or above it. A
 * basic cell's figures are also its own members' (any grant on that cell). A member does not read the figures of
 * the committees above their cell: they lie on the member's line, but they count other cells' people.
 */
export function mayReadFigures(
  target: { id: string; path: string; kind: CellKind },
  grants: readonly PlacedGrant[],
): boolean {
  return grants.some((grant) => {
    if (grant.role === "ADMIN" && grant.cellId === null) return true;
    if (grant.path === null) return false;
    if (grant.role !== "MEMBER" && isWithinSubtree(target.path, grant.path)) return true;
    return grant.cellId === target.id && isCellKind(target.kind);
  });
}
