import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";

/** Reference data written only by migrations, and the guard rows: nothing a mutation changes. */
const NOT_AUDITED = new Set([
  "write_guard",
  "audit_context",
  "audit_log",
  "rating_schemes",
  "rating_levels",
  "external_bodies",
  "d1_migrations",
  // Replays of mutations' answers; the mutations themselves are audited.
  "idempotency_keys",
  // Derived data kept by triggers from audited tables: list sizes, documents' narrow rows, the trigram indexes.
  "list_totals",
  "document_reads",
  // Rollups kept on write from audited tables (0020), and the queue their triggers recompute runs through.
  "cell_member_counts",
  "meeting_attendance_counts",
  "cell_meeting_years",
  "member_absence_years",
  "rating_tallies",
  "absence_run_requests",
  // Versions of quotas' counts, bumped with the audited ratings they count (concurrency guards).
  "quota_versions",
  "_cf_METADATA",
  "_cf_KV",
]);

describe("audit triggers", () => {
  it("cover every table a mutation can change (a new table needs its triggers in a migration)", async () => {
    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_search%' AND name NOT LIKE 'people_search%' AND name NOT LIKE 'cell_search%'",
    ).all<{ name: string }>();
    const triggers = await env.DB.prepare(
      "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'",
    ).all<{
      tbl_name: string;
      name: string;
    }>();
    const missing = tables.results
      .map((table) => table.name)
      .filter((name) => !NOT_AUDITED.has(name))
      .filter((name) =>
        ["insert", "update", "delete"].some(
          (action) => !triggers.results.some((trigger) => trigger.name === `audit_${name}_${action}`),
        ),
      );
    expect(missing).toEqual([]);
  });
});
