import type { RatingStage, RatingSubject } from "../domain/ratings";
import { chunks, type Database, insertRow, jsonRows, nowIso, questionMarks, rowsWhereIn } from "./database";

export interface SchemeRow {
  id: string;
  name: string;
  from_year: number;
  to_year: number | null;
  regulation_document_id: string | null;
  member_quota_percent: number;
  member_quota_applies: number | null;
  organization_quota_percent: number;
  organization_quota_applies: number | null;
  conditions: string;
  uses_scores: number;
}

export interface LevelRow {
  scheme_id: string;
  subject: RatingSubject;
  code: string;
  label: string;
  rank: number;
  min_score: number | null;
}

export interface SettingRow {
  id: string;
  scheme_id: string;
  cell_id: string;
  setting: "MEMBER_QUOTA_APPLIES" | "ORGANIZATION_QUOTA_APPLIES";
  value: number;
  note: string | null;
  set_by: string | null;
  set_at: string;
}

/** What a rating's writers record; the version moves with every change. */
export interface RatingFacts {
  id: string;
  subject: RatingSubject;
  person_id: string | null;
  cell_id: string;
  year: number;
  scheme_id: string;
  disciplined: number;
  remedied: number;
  tasks_on_time_percent: number | null;
  tasks_exceeding_percent: number | null;
  tasks_late_percent: number | null;
  version: number;
}

/**
 * Where a rating stands, kept on its row by a trigger on rating_stages (migrations/0013_rating_rollups.sql): the
 * latest stage and its level, the levels of the latest proposal and the latest decision. Null before any stage.
 */
export interface RatingState {
  current_stage: RatingStage | null;
  current_level: string | null;
  proposed_level: string | null;
  decided_level: string | null;
}

export type RatingRow = RatingFacts & RatingState;

export interface StageRow {
  id: string;
  rating_id: string;
  sequence: number;
  stage: RatingStage;
  level_code: string;
  score: number | null;
  comment: string | null;
  reason: string | null;
  meeting_id: string | null;
  decision_document_id: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export async function schemesAndLevels(db: Database) {
  const [schemes, levels] = await db.readBatch<never>([
    db.prepare("SELECT * FROM rating_schemes ORDER BY from_year"),
    db.prepare("SELECT * FROM rating_levels ORDER BY scheme_id, subject, rank"),
  ]);
  return { schemes: schemes as unknown as SchemeRow[], levels: levels as unknown as LevelRow[] };
}

/** Settings chosen by the given organizations (a cell's ancestors) for a scheme, oldest first. */
export function settingsOf(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<SettingRow>(db, "scheme_settings", "cell_id", cellIds, "set_at, id");
}

export function insertSetting(db: Database, row: SettingRow) {
  return insertRow(
    db,
    "scheme_settings",
    ["id", "scheme_id", "cell_id", "setting", "value", "note", "set_by", "set_at"],
    row,
  );
}

export function ratingsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<RatingRow>(db, "ratings", "id", ids, "id");
}

/**
 * Rows of one year for a list of keys, in one round trip. The year follows the key in the indexes searched
 * (ratings_by_cell_year_with_state, ratings_one_per_member_year, monthly_evaluations_by_cell), so other years are
 * not read.
 */
export async function rowsOfYear<Row>(
  db: Database,
  statement: (keyList: string) => string,
  keys: readonly string[],
  year: number,
): Promise<Row[]> {
  const statements = chunks(keys).map((chunk) =>
    db.prepare(statement(questionMarks(chunk.length)), [...chunk, year]),
  );
  return (await db.readBatch<Row>(statements)).flat();
}

export function ratingsOfCellsInYear(db: Database, cellIds: readonly string[], year: number) {
  return rowsOfYear<RatingRow>(
    db,
    (keyList) => `SELECT * FROM ratings WHERE cell_id IN (${keyList}) AND year = ? ORDER BY id`,
    cellIds,
    year,
  );
}

export function stagesOfRatings(db: Database, ratingIds: readonly string[]) {
  return rowsWhereIn<StageRow>(db, "rating_stages", "rating_id", ratingIds, "rating_id, sequence");
}

/** Ratings of a year for members of the given people (one per person and year). */
export function memberRatingsOf(db: Database, personIds: readonly string[], year: number) {
  return rowsOfYear<RatingRow>(
    db,
    // Only member ratings name a person; saying so lets the partial index on (person_id, year) answer.
    (keyList) =>
      `SELECT * FROM ratings WHERE subject = 'MEMBER' AND person_id IN (${keyList}) AND year = ? ORDER BY id`,
    personIds,
    year,
  );
}

export interface CurrentLevelRow {
  rating_id: string;
  subject: RatingSubject;
  cell_id: string;
  person_id: string | null;
  parent_id: string | null;
  cell_kind: string;
  stage: RatingStage;
  level_code: string;
}

/**
 * Every rating of a year in a subtree with its current stage and level: what quotas count. The CROSS JOIN keeps the
 * subtree's cells the outer loop (SQLite does not reorder it), each searching its ratings of the year.
 */
export function currentLevelsUnder(db: Database, rootPath: string, year: number) {
  return db.all<CurrentLevelRow>(
    `SELECT r.id AS rating_id, r.subject, r.cell_id, r.person_id, c.parent_id, c.kind AS cell_kind,
       r.current_stage AS stage, r.current_level AS level_code
     FROM cells c
     CROSS JOIN ratings r ON r.cell_id = c.id AND r.year = ?2
     WHERE c.path >= ?1 AND c.path < ?1 || '~' AND r.current_stage IS NOT NULL`,
    [rootPath, year],
  );
}

export interface SummaryRow {
  subject: RatingSubject;
  stage: RatingStage;
  level_code: string;
  proposed_level: string | null;
  decided_level: string | null;
  ratings: number;
}

/**
 * The ratings of a year over a subtree, counted by subject, current stage and level, latest proposal and latest
 * decision, from the tallies kept on write for every organization and each one above it (migration 0020): the root's
 * own rows, a few dozen whatever the subtree's size. `rootId` null counts every organization of the database (the
 * sum of its top organizations').
 */
export function ratingSummaryRows(db: Database, rootId: string | null, year: number) {
  const roots = rootId === null ? "SELECT id FROM cells WHERE parent_id IS NULL" : "?1";
  return db.all<SummaryRow>(
    `SELECT subject, stage, NULLIF(level_code, '') AS level_code, NULLIF(proposed_level, '') AS proposed_level,
       NULLIF(decided_level, '') AS decided_level, SUM(ratings) AS ratings
     FROM rating_tallies
     WHERE org_id IN (${roots}) AND year = ?2
     GROUP BY 1, 2, 3, 4, 5
     HAVING SUM(ratings) > 0`,
    [rootId, year],
  );
}

export type NewRating = Omit<RatingFacts, "version">;

const RATING_FIELDS = [
  "id",
  "person_id",
  "cell_id",
  "year",
  "scheme_id",
  "disciplined",
  "remedied",
  "tasks_on_time_percent",
  "tasks_exceeding_percent",
  "tasks_late_percent",
] as const;

/**
 * Creates each rating the first time, or updates the facts the conditions read; the version moves. One statement
 * for any number of ratings of one subject (each statement of a batch costs D1 and the Worker a result to handle).
 */
export function upsertRatings(db: Database, subject: RatingSubject, rows: readonly NewRating[]) {
  const conflict =
    subject === "MEMBER"
      ? "(person_id, year) WHERE subject = 'MEMBER'"
      : "(cell_id, year) WHERE subject = 'ORGANIZATION'";
  return db.prepare(
    `INSERT INTO ratings (subject, ${RATING_FIELDS.join(", ")})
     SELECT ?1, ${RATING_FIELDS.join(", ")} FROM (SELECT ${jsonRows("e", RATING_FIELDS)} FROM json_each(?2) e) WHERE true
     ON CONFLICT ${conflict} DO UPDATE SET disciplined = excluded.disciplined, remedied = excluded.remedied,
       tasks_on_time_percent = excluded.tasks_on_time_percent, tasks_exceeding_percent = excluded.tasks_exceeding_percent,
       tasks_late_percent = excluded.tasks_late_percent, version = version + 1, updated_at = ?3`,
    [
      subject,
      JSON.stringify(
        rows.map((row) => Object.fromEntries(RATING_FIELDS.map((field) => [field, row[field]]))),
      ),
      nowIso(),
    ],
  );
}

/** A stage to append to the rating of a member (by person and year) or an organization (by cell and year). */
export type NewStage = Omit<StageRow, "rating_id" | "sequence"> & {
  person_id: string | null;
  cell_id: string;
  year: number;
};

const STAGE_FIELDS = [
  "id",
  "person_id",
  "cell_id",
  "year",
  "stage",
  "level_code",
  "score",
  "comment",
  "reason",
  "meeting_id",
  "decision_document_id",
  "recorded_by",
  "recorded_at",
] as const;

/**
 * Appends stages to ratings of one subject, each after the rating's last, in one statement, with the changes of the
 * ratings' states noted and folded into the tallies of their organizations once after it (migration 0055): the
 * statements to put in the write's batch, in this order. A stage whose rating does not exist fails the batch (its
 * rating_id is null), as it must: the rating is upserted first in the same batch.
 */
export function appendStages(db: Database, subject: RatingSubject, stages: readonly NewStage[]) {
  const rating =
    subject === "MEMBER"
      ? "r.subject = 'MEMBER' AND r.person_id = s.person_id AND r.year = s.year"
      : "r.subject = 'ORGANIZATION' AND r.cell_id = s.cell_id AND r.year = s.year";
  const append = db.prepare(
    `INSERT INTO rating_stages (id, rating_id, sequence, stage, level_code, score, comment, reason, meeting_id,
       decision_document_id, recorded_by, recorded_at)
     SELECT s.id, r.id, (SELECT coalesce(MAX(sequence), 0) + 1 FROM rating_stages WHERE rating_id = r.id),
       s.stage, s.level_code, s.score, s.comment, s.reason, s.meeting_id, s.decision_document_id, s.recorded_by,
       s.recorded_at
     FROM (SELECT ${jsonRows("e", STAGE_FIELDS)} FROM json_each(?1) e) s
     LEFT JOIN ratings r ON ${rating}`,
    [
      JSON.stringify(
        stages.map((stage) => Object.fromEntries(STAGE_FIELDS.map((field) => [field, stage[field]]))),
      ),
    ],
  );
  return [
    db.prepare("UPDATE rating_tally_deferral SET deferred = 1 WHERE id = 1"),
    append,
    // The changes noted against each cell, summed first per cell so that each path is walked once per combination.
    db.prepare(
      `INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
       SELECT up.value, ch.year, ch.subject, ch.stage, ch.level_code, ch.proposed_level, ch.decided_level,
         SUM(ch.change)
       FROM (SELECT cell_id, year, subject, stage, level_code, proposed_level, decided_level, SUM(change) AS change
             FROM rating_tally_changes GROUP BY 1, 2, 3, 4, 5, 6, 7) ch
       JOIN cells c ON c.id = ch.cell_id
       JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
       WHERE ch.change <> 0
       GROUP BY 1, 2, 3, 4, 5, 6, 7
       ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings`,
    ),
    db.prepare("DELETE FROM rating_tally_changes"),
    db.prepare("UPDATE rating_tally_deferral SET deferred = 0 WHERE id = 1"),
  ];
}

/** Where a quota counts: the ratings of `subject` in `scopeId`'s scope for `year` (0017_quota_versions.sql). */
export interface QuotaScope {
  scopeId: string;
  year: number;
  subject: "MEMBER" | "ORGANIZATION";
}

/** The version of a quota's counts, read before the counts themselves; 0 before any write. */
export async function quotaVersionOf(db: Database, scope: QuotaScope): Promise<number> {
  const row = await db.first<{ version: number }>(
    "SELECT version FROM quota_versions WHERE scope_id = ? AND year = ? AND subject = ?",
    [scope.scopeId, scope.year, scope.subject],
  );
  return row?.version ?? 0;
}

/** First statement of a batch decided on a quota's counts: aborts it (CONFLICT) when they changed since read. */
export function guardQuotaVersion(db: Database, scope: QuotaScope, version: number) {
  return db.prepare(
    `UPDATE write_guard SET unchanged = (SELECT 1 WHERE COALESCE((SELECT version FROM quota_versions
       WHERE scope_id = ?1 AND year = ?2 AND subject = ?3), 0) = ?4) WHERE id = 1`,
    [scope.scopeId, scope.year, scope.subject, version],
  );
}

/** Marks a quota's counts as changed by this batch. */
export function bumpQuotaVersion(db: Database, scope: QuotaScope) {
  return db.prepare(
    `INSERT INTO quota_versions (scope_id, year, subject, version) VALUES (?1, ?2, ?3, 1)
     ON CONFLICT (scope_id, year, subject) DO UPDATE SET version = version + 1`,
    [scope.scopeId, scope.year, scope.subject],
  );
}
