/**
 * The counters kept on write (migrations/0020_rollups_on_write.sql) against their definitions: after a randomized
 * sequence of attendance records and corrections, meetings held, cancelled, moved and re-kinded, memberships begun,
 * ended and corrected, members' files, dates and exemptions changed, rating stages appended and cells moved with their
 * subtrees, dues paid, corrected and remitted, announcements published, read and acknowledged, every counter
 * (members' statistics, 0056, dues, 0057, announcements, 0059, and comments on drafts, 0067, included)
 * equals what its view
 * computes from the base rows. The writes go through the statements of src/db where it has them (attendance, rating
 * stages, moves), so the test holds the triggers and the application's own statements together.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import rebuildSql from "../../scripts/rollups-rebuild.sql?raw";
import { markAcknowledged, markRead, publishAnnouncement } from "../../src/db/announcements";
import { recordAttendance, regularAttendanceOfYear } from "../../src/db/attendance";
import { type CellRow, moveSubtree } from "../../src/db/cells";
import { addComment, openConsultation } from "../../src/db/consultations";
import { Database } from "../../src/db/database";
import { insertDuesEntry, insertRemittance } from "../../src/db/dues";
import { appendStages, upsertRatings } from "../../src/db/ratings";
import { splitCollected } from "../../src/domain/dues-ledger";
import type { AttendanceStatus } from "../../src/domain/meetings";
import { longestAbsenceRun } from "../../src/domain/quorum";

/** Each counter, the view that defines it, and the rows that count (a tally emptied by its ratings stays at 0). */
const ROLLUPS = [
  { table: "cell_member_counts", facts: "cell_member_count_facts", kept: "open_members <> 0" },
  { table: "meeting_attendance_counts", facts: "meeting_attendance_facts", kept: "1" },
  { table: "cell_meeting_years", facts: "cell_meeting_year_facts", kept: "1" },
  { table: "member_absence_years", facts: "member_absence_year_facts", kept: "1" },
  { table: "rating_tallies", facts: "rating_tally_facts", kept: "ratings <> 0" },
  { table: "member_stat_spans", facts: "member_stat_span_facts", kept: "1" },
  {
    table: "dues_tallies",
    facts: "dues_tally_facts",
    kept: "collected <> 0 OR retained <> 0 OR remitted <> 0",
  },
  { table: "announcement_tallies", facts: "announcement_tally_facts", kept: "delivered <> 0" },
  { table: "inbox_counts", facts: "inbox_count_facts", kept: "received <> 0" },
  { table: "draft_comment_tallies", facts: "draft_comment_tally_facts", kept: "comments <> 0" },
  // Steps are compared as functions of the day: the days where the count changes, and the count from then on (a
  // span removed leaves its end steps behind, holding the count before them).
  {
    name: "member_stat_steps",
    table: changesOf("member_stat_steps"),
    facts: changesOf("member_stat_step_facts"),
    kept: "1",
  },
];

function changesOf(steps: string): string {
  return `(SELECT org_id, dimension, value, on_day, members FROM (
      SELECT *, LAG(members, 1, 0) OVER (PARTITION BY org_id, dimension, value ORDER BY on_day) AS before FROM ${steps}
    ) WHERE members <> before)`;
}

async function differences(): Promise<Record<string, number>> {
  const counts = await env.DB.batch(
    ROLLUPS.map(({ table, facts, kept }) =>
      env.DB.prepare(
        `SELECT (SELECT COUNT(*) FROM (SELECT * FROM ${table} WHERE ${kept} EXCEPT SELECT * FROM ${facts}))
           + (SELECT COUNT(*) FROM (SELECT * FROM ${facts} EXCEPT SELECT * FROM ${table} WHERE ${kept})) AS rows`,
      ),
    ),
  );
  return Object.fromEntries(
    counts.map((count, index) => [nameOf(ROLLUPS[index]), (count.results[0] as { rows: number }).rows]),
  );
}

function nameOf(rollup: { name?: string; table: string } | undefined): string {
  return rollup?.name ?? rollup?.table ?? "";
}

const NONE = Object.fromEntries(ROLLUPS.map((rollup) => [nameOf(rollup), 0]));

/** A small deterministic generator (mulberry32): the same seed, the same sequence. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const PREFIX = "rollup-test";
const CELLS = ["c1", "c2", "c3", "c4"].map((name) => `${PREFIX}-${name}`);
const COMMITTEES = ["root", "a", "b"].map((name) => `${PREFIX}-${name}`);
const PEOPLE = Array.from({ length: 14 }, (_, index) => `${PREFIX}-p${index}`);
const YEARS = ["2024", "2025"];
const STATUSES = ["PRESENT", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED", "EXEMPTED"] as const;
const LEVELS = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"];

async function seedTree() {
  const [root, a, b] = COMMITTEES as [string, string, string];
  const cell = (id: string, kind: string, parent: string | null, path: string) =>
    env.DB.prepare(
      `INSERT INTO cells (id, kind, name, sort_key, search_text, parent_id, path) VALUES (?1, ?2, ?1, ?1, ?1, ?3, ?4)`,
    ).bind(id, kind, parent, path);
  await env.DB.batch([
    cell(root, "PROVINCIAL_COMMITTEE", null, `/${root}/`),
    cell(a, "GRASSROOTS_COMMITTEE", root, `/${root}/${a}/`),
    cell(b, "GRASSROOTS_COMMITTEE", root, `/${root}/${b}/`),
    ...CELLS.map((id, index) =>
      cell(id, "SUBORDINATE_CELL", index < 2 ? a : b, `/${root}/${index < 2 ? a : b}/${id}/`),
    ),
    ...PEOPLE.map((id) =>
      env.DB.prepare(
        `INSERT INTO people (id, full_name, sort_key, search_text, party_status) VALUES (?1, ?1, ?1, ?1, 'OFFICIAL')`,
      ).bind(id),
    ),
    ...PEOPLE.map((id, index) =>
      env.DB.prepare(
        `INSERT INTO memberships (id, person_id, cell_id, started_on, start_reason) VALUES (?1, ?2, ?3, '2023-06-01', 'ADMITTED')`,
      ).bind(`${id}-m0`, id, CELLS[index % CELLS.length]),
    ),
  ]);
}

describe("rollups kept on write", () => {
  it("equal their definitions after randomized writes, corrections and moves", async () => {
    await seedTree();
    expect(await differences()).toEqual(NONE);
    const random = generator(7);
    const db = new Database(env.DB);
    const meetings: { id: string; cell: string }[] = [];
    let serial = 0;
    const id = (kind: string) => {
      serial += 1;
      return `${PREFIX}-${kind}-${serial}`;
    };
    const day = () =>
      `${random.pick(YEARS)}-${String(1 + random.below(12)).padStart(2, "0")}-${String(1 + random.below(28)).padStart(2, "0")}`;

    const payments: { id: string; cell: string; person: string; month: string; amount: number }[] = [];
    const remitted = new Set<string>();
    const announcements: string[] = [];
    const consultations: string[] = [];
    const duesEntry = (
      entryId: string,
      cell: string,
      person: string,
      month: string,
      amount: number,
      corrects: string | null,
    ) =>
      insertDuesEntry(
        db,
        {
          id: entryId,
          cell_id: cell,
          person_id: person,
          paid_on: `${month}-10`,
          amount,
          receipt_year: Number(month.slice(0, 4)),
          corrects_id: corrects,
          reason: corrects ? "điều chỉnh" : null,
          recorded_by: null,
        },
        [{ month, amount }],
      );

    const steps: Record<string, () => Promise<unknown>> = {
      async newMeeting() {
        const meetingId = id("meeting");
        const cell = random.pick(CELLS);
        const date = day();
        await env.DB.prepare(
          `INSERT INTO meetings (id, cell_id, kind, title, status, scheduled_start, scheduled_end, meeting_date)
           VALUES (?1, ?2, ?3, 'họp', ?4, ?5 || 'T07:00:00Z', ?5 || 'T09:00:00Z', ?5)`,
        )
          .bind(
            meetingId,
            cell,
            random.pick(["REGULAR", "REGULAR", "THEMATIC"]),
            random.pick(["HELD", "HELD", "SCHEDULED"]),
            date,
          )
          .run();
        meetings.push({ id: meetingId, cell });
      },
      async attendance() {
        if (meetings.length === 0) return;
        const meeting = random.pick(meetings);
        const entries = Array.from({ length: 1 + random.below(4) }, () => random.pick(PEOPLE));
        await db.write(
          recordAttendance(
            db,
            {
              meeting_id: meeting.id,
              source: "SECRETARY",
              recorded_by: null,
              recorded_at: new Date().toISOString(),
            },
            [...new Set(entries)].map((person) => ({
              id: id("attendance"),
              person_id: person,
              status: random.pick(STATUSES),
              note: null,
            })),
          ),
        );
      },
      async changeMeeting() {
        if (meetings.length === 0) return;
        const meeting = random.pick(meetings);
        const change = random.pick([
          ["status", random.pick(["HELD", "CANCELLED", "SCHEDULED"])],
          ["kind", random.pick(["REGULAR", "THEMATIC", "ANNUAL_REVIEW"])],
          ["meeting_date", day()],
        ] as const);
        const sql =
          change[0] === "meeting_date"
            ? "UPDATE meetings SET meeting_date = ?2, scheduled_start = ?2 || 'T07:00:00Z', scheduled_end = ?2 || 'T09:00:00Z' WHERE id = ?1"
            : `UPDATE meetings SET ${change[0]} = ?2 WHERE id = ?1`;
        await env.DB.prepare(sql).bind(meeting.id, change[1]).run();
      },
      async transfer() {
        const person = random.pick(PEOPLE);
        const current = await env.DB.prepare(
          "SELECT id, cell_id, started_on FROM memberships WHERE person_id = ?1 AND ended_on IS NULL",
        )
          .bind(person)
          .first<{ id: string; cell_id: string; started_on: string }>();
        if (!current) return;
        const on = day();
        if (on <= current.started_on) return;
        await env.DB.batch([
          env.DB.prepare(
            "UPDATE memberships SET ended_on = ?2, end_reason = 'TRANSFERRED' WHERE id = ?1",
          ).bind(current.id, on),
          env.DB.prepare(
            "INSERT INTO memberships (id, person_id, cell_id, started_on, start_reason) VALUES (?1, ?2, ?3, ?4, 'TRANSFERRED_IN')",
          ).bind(id("membership"), person, random.pick(CELLS), on),
        ]);
      },
      async correctMembership() {
        await env.DB.prepare(
          "UPDATE memberships SET started_on = ?2 WHERE id = ?1 AND (ended_on IS NULL OR ended_on > ?2)",
        )
          .bind(`${random.pick(PEOPLE)}-m0`, day())
          .run();
      },
      async changeFile() {
        const person = random.pick(PEOPLE);
        await env.DB.prepare(
          `INSERT INTO member_files (person_id, gender, religion, political_theory_level) VALUES (?1, ?2, ?3, ?4)
           ON CONFLICT (person_id) DO UPDATE SET gender = excluded.gender, religion = excluded.religion,
             political_theory_level = excluded.political_theory_level`,
        )
          .bind(
            person,
            random.pick(["MALE", "FEMALE", null]),
            random.pick(["Không", "Phật giáo", null]),
            random.pick(["ELEMENTARY", "INTERMEDIATE", null]),
          )
          .run();
      },
      async changePerson() {
        const admitted = day();
        await env.DB.prepare(
          `UPDATE people SET birth_date = ?2, admitted_on = ?3, official_on = ?4,
             party_status = CASE WHEN ?4 IS NULL THEN 'PROBATIONARY' ELSE 'OFFICIAL' END WHERE id = ?1`,
        )
          .bind(
            random.pick(PEOPLE),
            `19${50 + random.below(50)}-03-01`,
            admitted,
            random.pick([null, day()].filter((official) => official === null || official > admitted)),
          )
          .run();
      },
      async exempt() {
        const from = day();
        await env.DB.prepare(
          "INSERT INTO exemptions (id, person_id, from_on, until_on, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
          .bind(
            id("exemption"),
            random.pick(PEOPLE),
            from,
            random.pick([null, `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`]),
            random.pick(["AGE", "HEALTH"]),
          )
          .run();
      },
      async rate() {
        const person = random.pick(PEOPLE);
        const year = Number(random.pick(YEARS));
        const subject = random.below(4) === 0 ? "ORGANIZATION" : "MEMBER";
        const cell = random.pick(subject === "MEMBER" ? CELLS : [...CELLS, ...COMMITTEES]);
        const key = { subject, personId: subject === "MEMBER" ? person : null, cellId: cell, year } as const;
        const existing = await (subject === "MEMBER"
          ? env.DB.prepare(
              "SELECT cell_id FROM ratings WHERE subject = 'MEMBER' AND person_id = ?1 AND year = ?2",
            ).bind(person, year)
          : env.DB.prepare(
              "SELECT cell_id FROM ratings WHERE subject = 'ORGANIZATION' AND cell_id = ?1 AND year = ?2",
            ).bind(cell, year)
        ).first<{ cell_id: string }>();
        const rated = { ...key, cellId: existing?.cell_id ?? cell };
        await db.write([
          upsertRatings(db, subject, [
            {
              id: id("rating"),
              subject,
              person_id: rated.personId,
              cell_id: rated.cellId,
              year,
              scheme_id: year >= 2025 ? "scheme-2025" : "scheme-2023",
              disciplined: 0,
              remedied: 0,
              tasks_on_time_percent: null,
              tasks_exceeding_percent: null,
              tasks_late_percent: null,
            },
          ]),
          ...appendStages(db, subject, [
            {
              id: id("stage"),
              person_id: rated.personId,
              cell_id: rated.cellId,
              year,
              stage: random.pick(["SELF", "PROPOSAL", "DECISION"]),
              level_code: random.pick(LEVELS),
              score: null,
              comment: null,
              reason: null,
              meeting_id: null,
              decision_document_id: null,
              recorded_by: null,
              recorded_at: new Date().toISOString(),
            },
          ]),
        ]);
      },
      async pay() {
        const month = day().slice(0, 7);
        const amount = 1 + random.below(100_000);
        const payment = {
          id: id("dues"),
          cell: random.pick(CELLS),
          person: random.pick(PEOPLE),
          month,
          amount,
        };
        await db.write(duesEntry(payment.id, payment.cell, payment.person, month, amount, null));
        payments.push(payment);
      },
      async correctPayment() {
        if (payments.length === 0) return;
        const payment = random.pick(payments);
        const change = -random.below(payment.amount + 1);
        await db.write(
          duesEntry(id("dues"), payment.cell, payment.person, payment.month, change, payment.id),
        );
        payment.amount += change;
      },
      async remit() {
        const cell = random.pick(CELLS);
        const month = day().slice(0, 7);
        if (remitted.has(`${cell}:${month}`)) return;
        remitted.add(`${cell}:${month}`);
        const collected = random.below(500_000);
        await db.write([
          insertRemittance(db, {
            id: id("remittance"),
            cell_id: cell,
            first_month: month,
            last_month: month,
            collected,
            ...splitCollected(collected, 3_000),
            remitted_on: `${month}-28`,
            recorded_by: null,
          }),
        ]);
      },
      async publish() {
        const sender = await env.DB.prepare("SELECT * FROM cells WHERE id = ?1")
          .bind(random.pick([...CELLS, ...COMMITTEES]))
          .first<CellRow>();
        if (!sender) return;
        const announcementId = id("announcement");
        await db.write(
          publishAnnouncement(
            db,
            {
              id: announcementId,
              kind: "NOTICE",
              sender_cell_id: sender.id,
              audience: "MEMBERS",
              title: "thông báo",
              body: "…",
              acknowledge_by: null,
              published_on: day(),
              published_by: null,
              created_at: new Date().toISOString(),
            },
            [],
            sender.path,
          ),
        );
        announcements.push(announcementId);
      },
      async readAnnouncement() {
        if (announcements.length === 0) return;
        const mark = random.pick([markRead, markAcknowledged]);
        await db.write([mark(db, random.pick(announcements), random.pick(PEOPLE), new Date().toISOString())]);
      },
      async consult() {
        const org = random.pick([...CELLS, ...COMMITTEES]);
        const document = await env.DB.prepare("SELECT id FROM documents LIMIT 1").first<{ id: string }>();
        if (!document) return;
        const consultationId = id("consultation");
        await db.write([
          openConsultation(db, {
            id: consultationId,
            document_id: document.id,
            version: serial,
            org_id: org,
            title: "dự thảo",
            summary: null,
            body: null,
            closes_on: "2099-12-31",
            opened_on: day(),
            opened_by: null,
            created_at: new Date().toISOString(),
          }),
        ]);
        consultations.push(consultationId);
      },
      async comment() {
        if (consultations.length === 0) return;
        await db.write([
          addComment(db, {
            id: id("comment"),
            consultation_id: random.pick(consultations),
            // Few people, so that members comment more than once and from more than one cell.
            person_id: random.pick(PEOPLE.slice(0, 4)),
            cell_id: random.pick(CELLS),
            section: null,
            body: "góp ý",
            created_at: new Date().toISOString(),
          }),
        ]);
      },
      async move() {
        const moved = await env.DB.prepare("SELECT * FROM cells WHERE id = ?1")
          .bind(random.pick([...CELLS, ...COMMITTEES.slice(1)]))
          .first<CellRow>();
        const parent = await env.DB.prepare("SELECT * FROM cells WHERE id = ?1")
          .bind(random.pick(COMMITTEES))
          .first<CellRow>();
        if (!moved || !parent || parent.path.startsWith(moved.path) || moved.parent_id === parent.id) return;
        await db.write(moveSubtree(db, moved, parent.id, `${parent.path}${moved.id}/`));
      },
    };

    const names = Object.keys(steps);
    const weights = {
      newMeeting: 3,
      attendance: 8,
      changeMeeting: 3,
      transfer: 1,
      correctMembership: 1,
      changeFile: 2,
      changePerson: 2,
      exempt: 1,
      rate: 5,
      pay: 3,
      correctPayment: 1,
      remit: 1,
      publish: 2,
      readAnnouncement: 5,
      consult: 1,
      comment: 4,
      move: 1,
    };
    const weighted = names.flatMap(
      (name) => Array(weights[name as keyof typeof weights]).fill(name) as string[],
    );
    for (let step = 1; step <= 500; step += 1) {
      await steps[random.pick(weighted)]?.();
      if (step % 100 === 0) expect(await differences(), `after ${step} writes`).toEqual(NONE);
    }
    // The kept runs are the domain's rule (longestAbsenceRun) over each member's records, not only the view's.
    for (const cell of CELLS) {
      for (const year of YEARS) {
        const statuses = new Map<string, (AttendanceStatus | null)[]>();
        for (const record of await regularAttendanceOfYear(db, cell, year)) {
          statuses.set(record.person_id, [...(statuses.get(record.person_id) ?? []), record.status]);
        }
        const byRule = [...statuses]
          .map(([person, list]) => [person, longestAbsenceRun(list)] as const)
          .filter(([, run]) => run > 0)
          .sort();
        const kept = await env.DB.prepare(
          "SELECT person_id, longest_run FROM member_absence_years WHERE cell_id = ?1 AND year = ?2 ORDER BY person_id",
        )
          .bind(cell, year)
          .all<{ person_id: string; longest_run: number }>();
        expect(
          kept.results.map((row) => [row.person_id, row.longest_run]),
          `${cell} ${year}`,
        ).toEqual(byRule);
      }
    }
    // The sequence did reach every counter.
    const filled = await env.DB.prepare(
      `SELECT (SELECT COUNT(*) FROM member_absence_years WHERE cell_id LIKE ?1 AND longest_run >= 2) AS runs,
         (SELECT COUNT(*) FROM cell_meeting_years WHERE cell_id LIKE ?1) AS years,
         (SELECT COUNT(*) FROM rating_tallies WHERE org_id = ?2 AND ratings > 0) AS tallies,
         (SELECT COUNT(DISTINCT dimension) FROM member_stat_steps WHERE org_id = ?2 AND members > 0) AS figures,
         (SELECT COUNT(*) FROM dues_tallies WHERE org_id = ?2 AND collected > 0 AND remitted > 0) AS dues,
         (SELECT COUNT(*) FROM announcement_tallies WHERE org_id = ?2 AND read > 0 AND acknowledged > 0)
           AS announcements,
         (SELECT COUNT(*) FROM draft_comment_tallies WHERE org_id = ?2 AND comments > commenters) AS comments`,
    )
      .bind(`${PREFIX}%`, COMMITTEES[0])
      .first<{
        runs: number;
        years: number;
        tallies: number;
        figures: number;
        dues: number;
        announcements: number;
        comments: number;
      }>();
    expect(filled?.runs, "absence runs").toBeGreaterThan(0);
    expect(filled?.years, "cell years").toBeGreaterThan(4);
    expect(filled?.tallies, "rating tallies").toBeGreaterThan(4);
    expect(filled?.figures, "member statistics' figures").toBe(8);
    expect(filled?.dues, "months with dues collected and remitted").toBeGreaterThan(0);
    expect(filled?.announcements, "announcements read and acknowledged").toBeGreaterThan(0);
    expect(filled?.comments, "drafts commented on more than once by a member").toBeGreaterThan(0);
  });

  it("finds a counter that drifted from its rows", async () => {
    await env.DB.prepare(`UPDATE cell_meeting_years SET present = present + 1
       WHERE (cell_id, year) IN (SELECT cell_id, year FROM cell_meeting_years LIMIT 1)`).run();
    expect((await differences()).cell_meeting_years).toBeGreaterThan(0);
  });

  it("are refilled from their views by the rebuild, its triggers dropped around it as its script does", async () => {
    await env.DB.batch([
      env.DB.prepare(`UPDATE member_stat_steps SET members = members + 5
         WHERE (org_id, dimension, value, on_day) IN (SELECT org_id, dimension, value, on_day FROM member_stat_steps LIMIT 3)`),
      env.DB.prepare(`UPDATE rating_tallies SET ratings = ratings + 2
         WHERE (org_id, year, subject) IN (SELECT org_id, year, subject FROM rating_tallies LIMIT 1)`),
      env.DB.prepare(`UPDATE dues_tallies SET collected = collected + 7
         WHERE (org_id, month) IN (SELECT org_id, month FROM dues_tallies LIMIT 1)`),
      env.DB.prepare(`UPDATE announcement_tallies SET read = read + 1
         WHERE (org_id, announcement_id) IN (SELECT org_id, announcement_id FROM announcement_tallies LIMIT 1)`),
      env.DB.prepare(
        "UPDATE inbox_counts SET unread = unread + 1 WHERE person_id = (SELECT MIN(person_id) FROM inbox_counts)",
      ),
    ]);
    const drifted = await differences();
    expect(drifted.member_stat_steps).toBeGreaterThan(0);
    expect(drifted.rating_tallies).toBeGreaterThan(0);
    expect(drifted.dues_tallies).toBeGreaterThan(0);
    expect(drifted.announcement_tallies).toBeGreaterThan(0);
    expect(drifted.inbox_counts).toBeGreaterThan(0);
    const triggers = await env.DB.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup\\_%' ESCAPE '\\'",
    ).all<{ name: string; sql: string }>();
    expect(triggers.results.length).toBeGreaterThan(10);
    const rebuild = rebuildSql
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, "").trim())
      .filter(Boolean);
    await env.DB.batch([
      ...triggers.results.map((trigger) => env.DB.prepare(`DROP TRIGGER ${trigger.name}`)),
      ...rebuild.map((statement) => env.DB.prepare(statement)),
      ...triggers.results.map((trigger) => env.DB.prepare(trigger.sql)),
    ]);
    expect(await differences()).toEqual(NONE);
  });
});
