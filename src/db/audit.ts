import { Conditions } from "./conditions";
import { type Database, rowsWhereIn } from "./database";
import type { ListQuery } from "./pages";

export interface AuditRow {
  id: number;
  request_id: string;
  at: string;
  actor_person_id: string | null;
  actor_grants: string | null;
  operation: string;
  scope_cell_id: string | null;
  table_name: string;
  row_key: string;
  action: "INSERT" | "UPDATE" | "DELETE";
  before: string | null;
  after: string | null;
}

export interface AuditFilter {
  /** Path of the organization whose subtree's entries to list; null: every entry (admins). */
  underPath: string | null;
  operation?: string | null;
  from?: string | null;
  to?: string | null;
  requestId?: string | null;
}

/** Audit entries, newest first, of mutations filed under organizations of a subtree. */
export function auditListQuery(filter: AuditFilter): ListQuery {
  const where = new Conditions();
  if (filter.underPath !== null) {
    // Driven from the subtree's cells (path index) to their entries (the audit_log indexes by scope).
    where.add(
      "a.scope_cell_id IN (SELECT sc.id FROM cells sc WHERE sc.path >= ? AND sc.path < ? || '~')",
      filter.underPath,
      filter.underPath,
    );
  }
  if (filter.operation) where.add("a.operation = ?", filter.operation);
  if (filter.from) where.add("a.at >= ?", filter.from);
  if (filter.to) where.add("a.at < ?", filter.to);
  if (filter.requestId) where.add("a.request_id = ?", filter.requestId);
  return {
    select: "a.*",
    from: "audit_log a",
    where: where.sql,
    binds: where.binds,
    parentColumn: null,
    sortKey: "printf('%015d', a.id)",
    id: "CAST(a.id AS TEXT)",
    descending: true,
    total: where.sql === undefined ? "audit_log" : undefined,
  };
}

export function auditEntriesByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AuditRow>(db, "audit_log", "id", ids, "id");
}
