import type { Grant } from "../domain/grants";

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
