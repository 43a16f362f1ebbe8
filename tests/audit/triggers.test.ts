import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { NOT_CAPTURED } from "../../scripts/audit-columns.mjs";

/** Reference data written only by migrations, and the guard rows: nothing a mutation changes. */
const NOT_AUDITED = new Set([
  "write_guard",
  "audit_context",
  "audit_log",
  "rating_schemes",
  "rating_levels",
  "external_bodies",
  "ethnic_groups",
  "d1_migrations",
  // Replays of mutations' answers; the mutations themselves are audited.
  "idempotency_keys",
  // Derived data kept by triggers from audited tables: list sizes, documents' narrow rows (the text indexes are
  // left out by name below).
  "list_totals",
  "document_reads",
  // Rollups kept on write from audited tables (0020), and the queue their triggers recompute runs through.
  "cell_member_counts",
  "meeting_attendance_counts",
  "cell_meeting_years",
  "member_absence_years",
  "rating_tallies",
  "rating_tally_changes",
  "rating_tally_deferral",
  "member_stat_spans",
  "member_stat_steps",
  "member_stat_keys",
  "member_stat_requests",
  "member_stat_fresh_spans",
  "dues_tallies",
  "absence_run_requests",
  // An announcement's deliveries are written with it (audited) and carry their own read and acknowledgement times;
  // its counts and the inboxes' sizes are kept from them (0059).
  "announcement_deliveries",
  "announcement_tallies",
  "inbox_counts",
  // Comments' counts per organization, kept from the audited comments (0067).
  "draft_comment_tallies",
  // Live events: a log of what audited writes changed, kept seven days for subscribers who reconnect (0069).
  "live_events",
  // The key of live event IDs, drawn by its migration and never written (0070).
  "live_event_key",
  // Versions of quotas' counts, bumped with the audited ratings they count (concurrency guards).
  "quota_versions",
  "_cf_METADATA",
  "_cf_KV",
]);

describe("audit triggers", () => {
  it("cover every table a mutation can change (a new table needs its triggers in a migration)", async () => {
    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_search%' AND name NOT LIKE 'people_search%' AND name NOT LIKE 'cell_search%' AND name NOT LIKE 'people_words%' AND name NOT LIKE 'cell_words%'",
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

describe("audit entries", () => {
  // Columns left out on purpose (secrets, derived state) are in scripts/audit-columns.mjs, which the generator reads.
  it("capture every column of every audited table, before and after", async () => {
    const triggers = (
      await env.DB.prepare(
        "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'",
      ).all<{ tbl_name: string; name: string; sql: string }>()
    ).results;
    expect(triggers.length).toBeGreaterThan(60);
    const uncaptured: string[] = [];
    for (const table of new Set(triggers.map((trigger) => trigger.tbl_name))) {
      const columns = (
        await env.DB.prepare("SELECT name FROM pragma_table_info(?1)").bind(table).all<{ name: string }>()
      ).results.map((column) => column.name);
      for (const trigger of triggers.filter((candidate) => candidate.tbl_name === table)) {
        const captured = [...trigger.sql.matchAll(/json_object\(([^)]*)\)/g)].map((match) =>
          [...(match[1] ?? "").matchAll(/'([a-z_0-9]+)', (?:OLD|NEW)\.([a-z_0-9]+)/g)].map((pair) => pair[1]),
        );
        for (const values of captured) {
          for (const column of columns) {
            if (!values.includes(column) && !NOT_CAPTURED[table]?.includes(column)) {
              uncaptured.push(`${trigger.name}: ${column}`);
            }
          }
        }
      }
    }
    expect([...new Set(uncaptured)]).toEqual([]);
  });
});
