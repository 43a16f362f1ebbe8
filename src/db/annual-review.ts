import { type Database, nowIso, upsertRow } from "./database";
import { rowsOfYear } from "./ratings";

/**
 * What a cell's annual review weighs beside its ratings: monthly evaluations, its meetings' quality, targets, the
 * year's facts.
 */

export interface MonthlyRow {
  person_id: string;
  year: number;
  month: number;
  cell_id: string;
  level_code: string;
  note: string | null;
}

export function monthlyEvaluationsOfCells(db: Database, cellIds: readonly string[], year: number) {
  return rowsOfYear<MonthlyRow>(
    db,
    (keyList) =>
      `SELECT * FROM monthly_evaluations WHERE cell_id IN (${keyList}) AND year = ? ORDER BY person_id, month`,
    cellIds,
    year,
  );
}

export function upsertMonthly(db: Database, row: MonthlyRow, recordedBy: string | null) {
  return upsertRow(
    db,
    "monthly_evaluations",
    ["person_id", "year", "month"],
    ["person_id", "year", "month", "cell_id", "level_code", "note", "recorded_by", "recorded_at"],
    { ...row, recorded_by: recordedBy, recorded_at: nowIso() },
  );
}

export interface QualityRatingRow {
  cell_id: string;
  year: number;
  grade_code: string;
  grade_label: string;
  meeting_id: string | null;
  note: string | null;
}

export function qualityRatingOf(db: Database, cellId: string, year: number) {
  return db.first<QualityRatingRow>(
    "SELECT * FROM meeting_quality_ratings WHERE cell_id = ?1 AND year = ?2",
    [cellId, year],
  );
}

export function upsertQualityRating(db: Database, row: QualityRatingRow, recordedBy: string | null) {
  return upsertRow(
    db,
    "meeting_quality_ratings",
    ["cell_id", "year"],
    ["cell_id", "year", "grade_code", "grade_label", "meeting_id", "note", "recorded_by", "recorded_at"],
    { ...row, recorded_by: recordedBy, recorded_at: nowIso() },
  );
}

export interface TargetsRow {
  cell_id: string;
  year: number;
  admissions_min: number | null;
  admissions_max: number | null;
  recognitions: number | null;
  registered_level_code: string | null;
  registered_label: string | null;
  document_ids: string;
  tasks: string;
  version: number;
}

export function targetsOf(db: Database, cellId: string, year: number) {
  return db.first<TargetsRow>("SELECT * FROM annual_targets WHERE cell_id = ?1 AND year = ?2", [
    cellId,
    year,
  ]);
}

export function upsertTargets(db: Database, row: Omit<TargetsRow, "version">) {
  return upsertRow(
    db,
    "annual_targets",
    ["cell_id", "year"],
    [
      "cell_id",
      "year",
      "admissions_min",
      "admissions_max",
      "recognitions",
      "registered_level_code",
      "registered_label",
      "document_ids",
      "tasks",
      "updated_at",
    ],
    { ...row, updated_at: nowIso() },
    ["version = version + 1"],
  );
}

/**
 * A membership carried over when the cell succeeded another (renamed, merged, split, succeeded): it starts on the
 * day of a succession of which the cell is the successor (at the precision the succession is known: “2017”). Such
 * members came with the organization; they are not transfers in.
 */
const CARRIED_OVER = `EXISTS (SELECT 1 FROM cell_lineage l WHERE l.successor_id = m.cell_id
  AND substr(m.started_on, 1, length(l.occurred_on)) = l.occurred_on)`;

export interface YearFacts {
  cell_id: string;
  /** Members when the year began (on 31 December before it); with the arrivals and departures, the end's count. */
  members_at_start: number;
  members_at_end: number;
  admissions: number;
  recognitions: number;
  transfers_in: number;
  carried_over: number;
  reinstatements: number;
  departures: number;
  documents_reported: number;
  meetings_held: number;
  regular_meetings_held: number;
  thematic_meetings_held: number;
}

/**
 * What the year-end reports of the given cells count about their membership and implementation: one statement per
 * cell, all in one round trip.
 */
export async function yearFactsOfCells(
  db: Database,
  cellIds: readonly string[],
  year: number,
): Promise<YearFacts[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const next = `${year + 1}-01-01`;
  const statements = cellIds.map((cellId) =>
    db.prepare(
      `SELECT ?1 AS cell_id,
         (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND started_on < ?2 AND (ended_on IS NULL OR ended_on >= ?2)) AS members_at_start,
         (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND started_on <= ?3 AND (ended_on IS NULL OR ended_on > ?3)) AS members_at_end,
         (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND start_reason = 'ADMITTED' AND started_on >= ?2 AND started_on < ?4) AS admissions,
         (SELECT COUNT(*) FROM people p JOIN memberships m ON m.person_id = p.id AND m.cell_id = ?1
            AND m.started_on <= p.official_on AND (m.ended_on IS NULL OR m.ended_on > p.official_on)
          WHERE p.official_on >= ?2 AND p.official_on < ?4) AS recognitions,
         (SELECT COUNT(*) FROM memberships m WHERE m.cell_id = ?1 AND m.start_reason = 'TRANSFERRED_IN' AND m.started_on >= ?2 AND m.started_on < ?4
            AND NOT ${CARRIED_OVER}) AS transfers_in,
         (SELECT COUNT(*) FROM memberships m WHERE m.cell_id = ?1 AND m.start_reason = 'TRANSFERRED_IN' AND m.started_on >= ?2 AND m.started_on < ?4
            AND ${CARRIED_OVER}) AS carried_over,
         (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND start_reason = 'REINSTATED' AND started_on >= ?2 AND started_on < ?4) AS reinstatements,
         (SELECT COUNT(*) FROM memberships WHERE cell_id = ?1 AND ended_on >= ?2 AND ended_on < ?4) AS departures,
         (SELECT COUNT(*) FROM implementation_assignments WHERE cell_id = ?1 AND status = 'REPORTED' AND reported_on >= ?2 AND reported_on < ?4) AS documents_reported,
         (SELECT COUNT(*) FROM meetings WHERE cell_id = ?1 AND status = 'HELD' AND meeting_date >= ?2 AND meeting_date < ?4) AS meetings_held,
         (SELECT COUNT(*) FROM meetings WHERE cell_id = ?1 AND status = 'HELD' AND kind = 'REGULAR' AND meeting_date >= ?2 AND meeting_date < ?4) AS regular_meetings_held,
         (SELECT COUNT(*) FROM meetings WHERE cell_id = ?1 AND status = 'HELD' AND kind = 'THEMATIC' AND meeting_date >= ?2 AND meeting_date < ?4) AS thematic_meetings_held`,
      [cellId, start, end, next],
    ),
  );
  return (await db.readBatch<YearFacts>(statements)).flat();
}

export interface RatingDeadlineRow {
  committee_id: string;
  year: number;
  proposals_due: string;
  note: string | null;
  set_by: string | null;
  set_at: string;
}

export function setRatingDeadline(db: Database, row: RatingDeadlineRow) {
  return upsertRow(
    db,
    "rating_deadlines",
    ["committee_id", "year"],
    ["committee_id", "year", "proposals_due", "note", "set_by", "set_at"],
    row,
  );
}

/** The proposal deadlines of some years set by the committees above a cell (its path's ancestors). */
export function ratingDeadlinesOf(db: Database, committeeIds: readonly string[], years: readonly number[]) {
  return db.all<RatingDeadlineRow>(
    `SELECT * FROM rating_deadlines WHERE committee_id IN (SELECT value FROM json_each(?1))
       AND year IN (SELECT value FROM json_each(?2))`,
    [JSON.stringify(committeeIds), JSON.stringify(years)],
  );
}
