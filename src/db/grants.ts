import type { Grant, GrantRole } from "../domain/grants";
import { Conditions } from "./conditions";
import { type Database, insertRow, nowIso, rowsWhereIn } from "./database";
import type { ListQuery } from "./pages";

export interface GrantRow {
  id: string;
  principal: string;
  person_id: string | null;
  role: GrantRole;
  cell_id: string | null;
  granted_at: string;
  granted_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  /** The day it ends (it works until the day before); null for no end. */
  expires_on: string | null;
  version: number;
}

/** The active grants of a principal (not revoked, not expired): the one read a request without a grants claim costs. */
export async function activeGrantsOf(
  db: Database,
  principal: string,
  today: string,
): Promise<{ personId: string | null; grants: Grant[] }> {
  const rows = await db.all<Pick<GrantRow, "role" | "cell_id" | "person_id">>(
    `SELECT role, cell_id, person_id FROM grants WHERE principal = ?1 AND revoked_at IS NULL
       AND (expires_on IS NULL OR expires_on > ?2) ORDER BY id`,
    [principal, today],
  );
  return {
    personId: rows.find((row) => row.person_id !== null)?.person_id ?? null,
    grants: rows.map((row) => ({ role: row.role, cellId: row.cell_id })),
  };
}

export function grantsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<GrantRow>(db, "grants", "id", ids, "id");
}

export interface GrantFilter {
  principal?: string | null;
  cellId?: string | null;
  includeRevoked: boolean;
}

export function grantListQuery(filter: GrantFilter): ListQuery {
  const where = new Conditions();
  if (filter.principal) where.add("g.principal = ?", filter.principal);
  if (filter.cellId) where.add("g.cell_id = ?", filter.cellId);
  if (!filter.includeRevoked) where.add("g.revoked_at IS NULL");
  return {
    select: "g.*",
    from: "grants g",
    where: where.sql,
    binds: where.binds,
    parentColumn: null,
    sortKey: "g.principal",
    id: "g.id",
    total: filter.principal || filter.cellId || filter.includeRevoked ? undefined : "active_grants",
  };
}

/** The person linked to a principal by its other active grants (all of a principal's grants name one person). */
export async function personOfPrincipal(db: Database, principal: string): Promise<string | null | undefined> {
  const row = await db.first<{ person_id: string | null }>(
    "SELECT person_id FROM grants WHERE principal = ? AND revoked_at IS NULL LIMIT 1",
    [principal],
  );
  return row === null ? undefined : row.person_id;
}

/**
 * The first statement of a grant's write batch: it aborts the batch (CONFLICT) when, in between, another grant of
 * the principal came to name another person — two admins granting at once cannot link one principal to two people.
 */
export function guardPrincipalPerson(db: Database, principal: string, personId: string | null) {
  return db.prepare(
    `UPDATE write_guard SET unchanged = (SELECT CASE WHEN EXISTS (
       SELECT 1 FROM grants WHERE principal = ?1 AND revoked_at IS NULL AND person_id IS NOT ?2) THEN NULL ELSE 1 END)
     WHERE id = 1`,
    [principal, personId],
  );
}

export function insertGrant(
  db: Database,
  grant: Omit<GrantRow, "granted_at" | "revoked_at" | "revoked_by" | "version">,
) {
  return insertRow(
    db,
    "grants",
    ["id", "principal", "person_id", "role", "cell_id", "granted_at", "granted_by", "expires_on"],
    { ...grant, granted_at: nowIso() },
  );
}

export function setGrantExpiryStatement(db: Database, id: string, expiresOn: string | null) {
  return db.prepare(
    "UPDATE grants SET expires_on = ?, version = version + 1 WHERE id = ? AND revoked_at IS NULL",
    [expiresOn, id],
  );
}

/** Grants on some cells that end within a period (from `from`, before `until`), soonest first. */
export function grantsExpiringOn(db: Database, cellIds: readonly string[], from: string, until: string) {
  return db.all<Pick<GrantRow, "cell_id" | "role" | "person_id" | "principal"> & { expires_on: string }>(
    `SELECT cell_id, role, person_id, principal, expires_on FROM grants
     WHERE cell_id IN (SELECT value FROM json_each(?1)) AND revoked_at IS NULL
       AND expires_on IS NOT NULL AND expires_on > ?2 AND expires_on <= ?3
     ORDER BY expires_on`,
    [JSON.stringify(cellIds), from, until],
  );
}

export function revokeGrantStatement(db: Database, id: string, revokedBy: string | null) {
  return db.prepare(
    `UPDATE grants SET revoked_at = ?, revoked_by = ?, version = version + 1
     WHERE id = ? AND revoked_at IS NULL`,
    [nowIso(), revokedBy, id],
  );
}
