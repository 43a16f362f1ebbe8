export const GRANT_ROLES = ["MEMBER", "SECRETARY", "COMMITTEE", "ADMIN"] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/** A role on an organization; it reaches the organization's whole subtree. ADMIN without a cell is global. */
export interface Grant {
  role: GrantRole;
  cellId: string | null;
}

export interface Viewer {
  /** The identity the token names: an Access user's e-mail, a token's subject; null for tokens without one. */
  principal: string | null;
  personId: string | null;
  grants: Grant[];
}
