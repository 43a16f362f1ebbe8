import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Context } from "../../src/context";
import { type Bind, Database, observeStatements } from "../../src/db/database";
import { ratingSummaryRows, type SummaryRow } from "../../src/db/ratings";
import { schemes } from "../../src/schema/ratings/schemes";
import { adminToken, cellWithMembers, DEMO, globalId, gql, mutate } from "../helpers";

const YEAR = 2022;

/**
 * The summary as it was computed before each rating kept its state (migrations/0013_rating_rollups.sql): the latest
 * stage, proposal and decision of each rating found among all its stages.
 */
const SUMMARY_FROM_STAGES = `WITH staged AS (
    SELECT r.id, r.subject, s.stage, s.level_code,
      ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY s.sequence DESC) AS latest,
      ROW_NUMBER() OVER (PARTITION BY r.id, s.stage ORDER BY s.sequence DESC) AS latest_of_stage
    FROM cells c
    CROSS JOIN ratings r ON r.cell_id = c.id AND r.year = ?2
    JOIN rating_stages s ON s.rating_id = r.id
    WHERE c.path >= ?1 AND c.path < ?1 || '~'
  )
  SELECT current.subject, current.stage, current.level_code,
    proposal.level_code AS proposed_level, decision.level_code AS decided_level, COUNT(*) AS ratings
  FROM staged current
  LEFT JOIN staged proposal ON proposal.id = current.id AND proposal.stage = 'PROPOSAL' AND proposal.latest_of_stage = 1
  LEFT JOIN staged decision ON decision.id = current.id AND decision.stage = 'DECISION' AND decision.latest_of_stage = 1
  WHERE current.latest = 1
  GROUP BY 1, 2, 3, 4, 5`;

const byCode = (counts: { code: string; count: number }[]) =>
  [...counts].sort((a, b) => a.code.localeCompare(b.code));

async function summaryOf(committeeId: string) {
  const result = await gql(
    `query ($id: ID!) { cell(id: $id) { ratingSummary(year: ${YEAR}) { members {
      rated goodOrBetter proposedExcellent decidedExcellent byLevel { code count } byStage { code count }
    } } } }`,
    { id: committeeId },
    await adminToken(),
  );
  expect(result.errors).toBeUndefined();
  const members = result.data?.cell.ratingSummary.members;
  return { ...members, byLevel: byCode(members.byLevel), byStage: byCode(members.byStage) };
}

async function rate(
  cellId: string,
  stage: string,
  levels: [personId: string, level: string][],
  reason?: string,
) {
  const result = await mutate(
    "rateMembers",
    {
      cellId,
      year: YEAR,
      stage,
      reason,
      entries: levels.map(([personId, level]) => ({ personId, level })),
      ...(stage === "DECISION" ? { decisionDocumentId: globalId("Document", DEMO.directive10) } : {}),
    },
    "cell { id }",
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.rateMembers.errors).toEqual([]);
  return (result as { extensions?: { requestId?: string } }).extensions?.requestId as string;
}

describe("each rating's current state, kept on its row", () => {
  it("counts the summary from the latest proposal, then from the decisions that follow it", async () => {
    const { committee, cell, members } = await cellWithMembers("Trạng thái", 6);
    const [first, ...others] = members as [string, ...string[]];
    await rate(cell.id, "PROPOSAL", [
      [first, "EXCELLENT"],
      ...others.map((id): [string, string] => [id, "GOOD"]),
    ]);
    expect(await summaryOf(committee.id)).toEqual({
      rated: 6,
      goodOrBetter: 6,
      proposedExcellent: 1,
      decidedExcellent: 0,
      byLevel: [
        { code: "EXCELLENT", count: 1 },
        { code: "GOOD", count: 5 },
      ],
      byStage: [{ code: "PROPOSAL", count: 6 }],
    });

    await rate(cell.id, "DECISION", [[first, "GOOD"]]);
    expect(await summaryOf(committee.id)).toEqual({
      rated: 6,
      goodOrBetter: 6,
      proposedExcellent: 1,
      decidedExcellent: 0,
      byLevel: [{ code: "GOOD", count: 6 }],
      byStage: [
        { code: "DECISION", count: 1 },
        { code: "PROPOSAL", count: 5 },
      ],
    });

    await rate(cell.id, "DECISION", [[first, "EXCELLENT"]], "Thành tích được bổ sung sau khi xếp loại");
    expect(await summaryOf(committee.id)).toEqual({
      rated: 6,
      goodOrBetter: 6,
      proposedExcellent: 1,
      decidedExcellent: 1,
      byLevel: [
        { code: "EXCELLENT", count: 1 },
        { code: "GOOD", count: 5 },
      ],
      byStage: [
        { code: "DECISION", count: 1 },
        { code: "PROPOSAL", count: 5 },
      ],
    });
    const ratings = await gql(
      `query ($id: ID!) { cell(id: $id) { memberRatings(year: ${YEAR}) {
        person { id } stage decided level { code } stages { stage level { code } }
      } } }`,
      { id: cell.id },
      await adminToken(),
    );
    expect(ratings.data?.cell.memberRatings.find((r: any) => r.person.id === first)).toEqual({
      person: { id: first },
      stage: "DECISION",
      decided: true,
      level: { code: "EXCELLENT" },
      stages: [
        { stage: "PROPOSAL", level: { code: "EXCELLENT" } },
        { stage: "DECISION", level: { code: "GOOD" } },
        { stage: "DECISION", level: { code: "EXCELLENT" } },
      ],
    });
  });

  it("agrees with the summary counted from every stage, over the whole database and every year", async () => {
    const { cell, members } = await cellWithMembers("Đối chiếu", 2);
    await rate(cell.id, "PROPOSAL", [
      [members[0] as string, "GOOD"],
      [members[1] as string, "COMPLETED"],
    ]);
    await rate(cell.id, "DECISION", [[members[1] as string, "GOOD"]]);
    const years = await env.DB.prepare("SELECT DISTINCT year FROM ratings ORDER BY year").all<{
      year: number;
    }>();
    expect(years.results.length).toBeGreaterThan(1);
    const sorted = (rows: SummaryRow[]) => rows.map((row) => JSON.stringify(row)).sort();
    for (const { year } of years.results) {
      const kept = await ratingSummaryRows(new Database(env.DB), null, year);
      const fromStages = await env.DB.prepare(SUMMARY_FROM_STAGES).bind("/", year).all<SummaryRow>();
      expect(sorted(kept), `ratings of ${year}`).toEqual(sorted(fromStages.results));
    }
  });

  it("logs the rating's change and its new stage, and nothing for the state the trigger keeps", async () => {
    const { cell, members } = await cellWithMembers("Nhật ký trạng thái", 1);
    const member = members[0] as string;
    await rate(cell.id, "PROPOSAL", [[member, "GOOD"]]);
    const requestId = await rate(cell.id, "DECISION", [[member, "COMPLETED"]]);
    const log = await gql(
      `query ($filter: AuditFilter) { auditLog(filter: $filter) { edges { node { table action before after } } } }`,
      { filter: { requestId } },
      await adminToken(),
    );
    expect(log.errors).toBeUndefined();
    const entries = log.data?.auditLog.edges.map((edge: any) => edge.node);
    expect(entries.map((entry: any) => `${entry.table} ${entry.action}`).sort()).toEqual([
      "rating_stages INSERT",
      "ratings UPDATE",
    ]);
    const update = entries.find((entry: any) => entry.table === "ratings");
    expect(JSON.parse(update.after).version).toBe(JSON.parse(update.before).version + 1);
    expect(Object.keys(JSON.parse(update.after))).not.toContain("current_level");
  });
});

describe("the rating schemes", () => {
  /** What a resolver sees of a request: its database session and its tenant's binding. */
  function requestOn(database: D1Database): { context: Context; db: Database } {
    const db = new Database(database);
    return { context: { db, tenant: { database } } as unknown as Context, db };
  }

  it("are read once per database, and kept apart for each tenant's database", async () => {
    const tenantDatabase = { prepare: env.DB.prepare.bind(env.DB), batch: env.DB.batch.bind(env.DB) };
    const first = requestOn(tenantDatabase as unknown as D1Database);
    const read = await schemes(first.context);
    expect(first.db.roundTrips).toBe(1);
    expect(read.map((scheme) => scheme.id)).toEqual([
      "scheme-2014",
      "scheme-2018",
      "scheme-2023",
      "scheme-2025",
    ]);
    const next = requestOn(tenantDatabase as unknown as D1Database);
    expect(await schemes(next.context)).toBe(read);
    expect(next.db.roundTrips).toBe(0);

    const otherTenant = requestOn(env.DB_SECOND);
    await Promise.all([schemes(otherTenant.context), schemes(otherTenant.context)]);
    expect(otherTenant.db.roundTrips).toBeLessThanOrEqual(1);
    expect(await schemes(requestOn(env.DB_SECOND).context)).not.toBe(read);
  });

  it("cost a request no round trip once read", async () => {
    const query = "{ ratingSchemes { code memberLevels { code } } }";
    const roundTrips = async () =>
      ((await gql(query)) as { extensions?: { d1RoundTrips?: number } }).extensions?.d1RoundTrips;
    await roundTrips();
    expect(await roundTrips()).toBe(0);
  });
});

describe("the annual report", () => {
  it("reads a cell's year facts once, for the report and its targets", async () => {
    const { cell } = await cellWithMembers("Báo cáo năm", 1);
    await mutate("setAnnualTargets", { cellId: cell.id, year: YEAR, admissionsMin: 1 }, "cell { id }");
    const statements: string[] = [];
    observeStatements((sql: string, _binds: readonly Bind[]) => statements.push(sql));
    try {
      const report = await gql(
        `query ($id: ID!) { annualReport(cellId: $id, year: ${YEAR}) {
          membersAtStart membersAtEnd admissions recognitions documentsReported
          targets { admissionsRecorded recognitionsRecorded }
        } }`,
        { id: cell.id },
        await adminToken(),
      );
      expect(report.errors).toBeUndefined();
      expect(report.data?.annualReport).toEqual({
        membersAtStart: 1,
        membersAtEnd: 1,
        admissions: 0,
        recognitions: 0,
        documentsReported: 0,
        targets: { admissionsRecorded: 0, recognitionsRecorded: 0 },
      });
    } finally {
      observeStatements(null);
    }
    expect(statements.filter((sql) => sql.includes("AS members_at_start"))).toHaveLength(1);
  });
});
