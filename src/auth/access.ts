import { type CellKind, isWithinSubtree } from "../domain/cells";
import { canReadDocument, type DocumentReader, type DocumentStatus } from "../domain/documents";
import { mayReadFigures } from "../domain/figures";
import type { GrantRole } from "../domain/grants";
import type { Viewer } from "./viewer";

const WRITER_ROLES: readonly GrantRole[] = ["SECRETARY", "COMMITTEE", "ADMIN"];

/** Where an organization stands in the tree (its materialized path) and its kind; null when there is none. */
export type CellOf = (cellId: string) => Promise<{ path: string; kind: CellKind } | null>;
/** The cells a person belongs or belonged to, and the cell preparing them as a candidate. */
export type CellsOf = (personId: string) => Promise<{ all: string[]; current: string[] }>;

/**
 * What the viewer may do where. A grant on an organization reaches its whole subtree:
 * SECRETARY and COMMITTEE write there; COMMITTEE also governs the structure below its organization
 * (creates, moves, dissolves cells); ADMIN does everything.
 */
export class Access {
  constructor(
    readonly viewer: Viewer | null,
    private readonly cellOf: CellOf,
    private readonly cellsOf: CellsOf,
  ) {}

  private async pathOf(cellId: string): Promise<string | null> {
    return (await this.cellOf(cellId))?.path ?? null;
  }

  get isAuthenticated(): boolean {
    return this.viewer !== null;
  }

  get isAdmin(): boolean {
    return this.viewer?.grants.some((grant) => grant.role === "ADMIN" && grant.cellId === null) ?? false;
  }

  /** Whether the viewer may write anywhere (SECRETARY, COMMITTEE or ADMIN somewhere). */
  get isWriter(): boolean {
    return this.viewer?.grants.some((grant) => WRITER_ROLES.includes(grant.role)) ?? false;
  }

  private async pathsOf(roles: readonly GrantRole[]): Promise<string[]> {
    const grants =
      this.viewer?.grants.filter((grant) => roles.includes(grant.role) && grant.cellId !== null) ?? [];
    const paths = await Promise.all(grants.map((grant) => this.pathOf(grant.cellId as string)));
    return paths.filter((path): path is string => path !== null);
  }

  private readerOnce: Promise<DocumentReader> | null = null;
  private readonly vouchedPeople = new Set<string>();

  /**
   * People the request already found through a rule that implies `canReadPerson` (the members of a cell the
   * viewer reads): their records need no further read to be allowed.
   */
  vouchForPeople(personIds: readonly string[]): void {
    for (const id of personIds) this.vouchedPeople.add(id);
  }

  /**
   * Starts reading where the viewer's grants stand (their cells' paths) without waiting: the reads join the batch of
   * the request's first level instead of adding a round trip before a rule that needs them.
   */
  warmUp(): void {
    if (this.isAdmin || !this.viewer?.grants.some((grant) => grant.cellId !== null)) return;
    this.reader().catch(() => undefined);
  }

  reader(): Promise<DocumentReader> {
    this.readerOnce ??= (async () => ({
      everything: this.isAdmin,
      readPaths: await this.pathsOf(["MEMBER", ...WRITER_ROLES]),
      draftPaths: await this.pathsOf(WRITER_ROLES),
    }))();
    return this.readerOnce;
  }

  async canReadDocument(document: {
    status: DocumentStatus;
    deleted_at: string | null;
    issuer_cell_id: string | null;
  }): Promise<boolean> {
    // Even an external body's issued document is for people signed in (README: "Who reads").
    if (!this.isAuthenticated) return false;
    const [issuerPath, reader] = await Promise.all([
      document.issuer_cell_id ? this.pathOf(document.issuer_cell_id) : null,
      this.reader(),
    ]);
    return canReadDocument({ status: document.status, deletedAt: document.deleted_at }, issuerPath, reader);
  }

  private async reaches(
    cellId: string,
    roles: readonly GrantRole[],
    unknownAllowed = true,
  ): Promise<boolean> {
    if (this.isAdmin) return true;
    const [grantPaths, target] = await Promise.all([this.pathsOf(roles), this.pathOf(cellId)]);
    if (grantPaths.length === 0) return false;
    // An unknown cell reveals nothing; the resolver answers NOT_FOUND to anyone who could write somewhere.
    if (target === null) return unknownAllowed;
    return grantPaths.some((path) => isWithinSubtree(target, path));
  }

  /** A cell's records for readers (its meetings, its issued documents): anyone whose grant lies on its line. */
  async canRead(cellId: string): Promise<boolean> {
    if (this.isAdmin) return true;
    const [target, reader] = await Promise.all([this.pathOf(cellId), this.reader()]);
    if (target === null) return reader.readPaths.length > 0;
    return reader.readPaths.some((path) => target.startsWith(path) || path.startsWith(target));
  }

  /**
   * An organization's figures (src/domain/figures.ts): its committee's writers and, for a basic cell, its members.
   * An unknown organization reveals nothing: the resolver answers as for any missing one.
   */
  async canReadFigures(cellId: string): Promise<boolean> {
    if (this.isAdmin) return true;
    const target = await this.cellOf(cellId);
    const grants = this.viewer?.grants ?? [];
    if (target === null) return grants.length > 0;
    const placed = await Promise.all(
      grants.map(async (grant) => ({
        ...grant,
        path: grant.cellId === null ? null : await this.pathOf(grant.cellId),
      })),
    );
    return mayReadFigures({ id: cellId, ...target }, placed);
  }

  /**
   * A person's record: the person themselves, and anyone whose grant lies on the line of a cell the person
   * belongs or belonged to (its members, the committees above).
   */
  async canReadPerson(personId: string): Promise<boolean> {
    if (this.isAdmin || this.viewer?.personId === personId || this.vouchedPeople.has(personId)) {
      return this.isAuthenticated;
    }
    const { all } = await this.cellsOf(personId);
    const results = await Promise.all(all.map((cellId) => this.canRead(cellId)));
    return results.some(Boolean);
  }

  /**
   * Personal fields (birth date, discipline): the person, and the writers of their current cell — its secretary
   * and the committees above (Decree 13/2023: no wider than the work needs).
   */
  async canReadPersonal(personId: string): Promise<boolean> {
    if (this.isAdmin || this.viewer?.personId === personId) return this.isAuthenticated;
    const { current } = await this.cellsOf(personId);
    if (current.length === 0) return false;
    const results = await Promise.all(current.map((cellId) => this.reaches(cellId, WRITER_ROLES, false)));
    return results.some(Boolean);
  }

  /** Records of a cell: its people, memberships, roles, terms, its own name and dates. */
  canWrite(cellId: string): Promise<boolean> {
    return this.reaches(cellId, WRITER_ROLES);
  }

  /** The structure under an organization: cells created, moved or dissolved there. */
  canGovernUnder(cellId: string): Promise<boolean> {
    return this.reaches(cellId, ["COMMITTEE", "ADMIN"]);
  }
}
