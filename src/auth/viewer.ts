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

/**
 * One key per person for per-user state (rate limits, idempotency keys): the principal, else the person the token
 * names; null for a token that names nobody (two such tokens with the same grants would otherwise share state).
 */
export function viewerKey(viewer: Viewer): string | null {
  return viewer.principal ?? viewer.personId;
}
