import { isWithinSubtree } from "../domain/cells";
import type { GrantRole, Viewer } from "./viewer";

export type PathOf = (cellId: string) => Promise<string | null>;

/**
 * What the viewer may do where. A grant on an organization reaches its whole subtree:
 * SECRETARY and COMMITTEE write there; COMMITTEE also governs the structure below its organization
 * (creates, moves, dissolves cells); ADMIN does everything.
 */
export class Access {
  constructor(
    readonly viewer: Viewer | null,
    private readonly pathOf: PathOf,
  ) {}

  get isAuthenticated(): boolean {
    return this.viewer !== null;
  }

  get isAdmin(): boolean {
    return this.viewer?.grants.some((grant) => grant.role === "ADMIN" && grant.cellId === null) ?? false;
  }

  private async reaches(cellId: string, roles: readonly GrantRole[]): Promise<boolean> {
    if (this.isAdmin) return true;
    const grants =
      this.viewer?.grants.filter((grant) => roles.includes(grant.role) && grant.cellId !== null) ?? [];
    if (grants.length === 0) return false;
    const target = await this.pathOf(cellId);
    // An unknown cell reveals nothing; the resolver answers NOT_FOUND to anyone who could write somewhere.
    if (target === null) return true;
    const grantPaths = await Promise.all(grants.map((grant) => this.pathOf(grant.cellId as string)));
    return grantPaths.some((path) => path !== null && isWithinSubtree(target, path));
  }

  /** Records of a cell: its people, memberships, roles, terms, its own name and dates. */
  canWrite(cellId: string): Promise<boolean> {
    return this.reaches(cellId, ["SECRETARY", "COMMITTEE", "ADMIN"]);
  }

  /** The structure under an organization: cells created, moved or dissolved there. */
  canGovernUnder(cellId: string): Promise<boolean> {
    return this.reaches(cellId, ["COMMITTEE", "ADMIN"]);
  }
}
