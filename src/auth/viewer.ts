export const GRANT_ROLES = ["MEMBER", "SECRETARY", "COMMITTEE", "ADMIN"] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/** A role on an organization; it reaches the organization's whole subtree. ADMIN without a cell is global. */
export interface Grant {
  role: GrantRole;
  cellId: string | null;
}

export interface Viewer {
  personId: string | null;
  grants: Grant[];
}
