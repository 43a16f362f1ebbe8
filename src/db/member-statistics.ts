import type { Database } from "./database";

/** A kept member count of an organization (migration 0056): members of one value on a day. */
export interface StatisticCountRow {
  org_id: string;
  dimension: string;
  value: string;
  on_day: number;
  /** Events only: the count on the day before the period; 0 for other figures. */
  before_period: number;
}

/**
 * The kept counts of the given figures of the given organizations ([organization id, dimension] pairs) on `on`
 * (events also on the day before `periodStart`): one index search per organization and value, whatever the members
 * and the history.
 */
export function memberCountsOf(
  db: Database,
  figures: readonly (readonly [orgId: string, dimension: string])[],
  on: string,
  periodStart: string,
) {
  return db.all<StatisticCountRow>(
    `SELECT k.org_id, k.dimension, k.value,
       COALESCE((SELECT s.members FROM member_stat_steps s
         WHERE s.org_id = k.org_id AND s.dimension = k.dimension AND s.value = k.value AND s.on_day <= ?2
         ORDER BY s.on_day DESC LIMIT 1), 0) AS on_day,
       CASE WHEN k.dimension = 'EVENT' THEN COALESCE((SELECT s.members FROM member_stat_steps s
         WHERE s.org_id = k.org_id AND s.dimension = k.dimension AND s.value = k.value AND s.on_day < ?3
         ORDER BY s.on_day DESC LIMIT 1), 0) ELSE 0 END AS before_period
     FROM json_each(?1) f
     JOIN member_stat_keys k ON k.org_id = f.value ->> '$[0]' AND k.dimension = f.value ->> '$[1]'`,
    [JSON.stringify(figures), on, periodStart],
  );
}

/**
 * Adds the counts of a subtree's root (which count its whole subtree) times `sign` to those of `ancestorIds`, at
 * every day the root's count changes: the organizations a moved subtree leaves and joins (src/db/cells.ts). The
 * steps added bring their keys (trigger rollup_member_stat_key).
 */
export function carryMemberCounts(
  db: Database,
  rootId: string,
  ancestorIds: readonly string[],
  sign: 1 | -1,
) {
  if (ancestorIds.length === 0) return [];
  const ancestors = JSON.stringify(ancestorIds);
  return [
    db.prepare(
      `INSERT INTO member_stat_steps (org_id, dimension, value, on_day, members)
       SELECT up.value, r.dimension, r.value, r.on_day, COALESCE((SELECT s.members FROM member_stat_steps s
         WHERE s.org_id = up.value AND s.dimension = r.dimension AND s.value = r.value AND s.on_day < r.on_day
         ORDER BY s.on_day DESC LIMIT 1), 0)
       FROM member_stat_steps r JOIN json_each(?2) up WHERE r.org_id = ?1
       ON CONFLICT DO NOTHING`,
      [rootId, ancestors],
    ),
    db.prepare(
      `UPDATE member_stat_steps SET members = members + ?3 * COALESCE((SELECT r.members FROM member_stat_steps r
         WHERE r.org_id = ?1 AND r.dimension = member_stat_steps.dimension AND r.value = member_stat_steps.value
           AND r.on_day <= member_stat_steps.on_day
         ORDER BY r.on_day DESC LIMIT 1), 0)
       WHERE org_id IN (SELECT value FROM json_each(?2))
         AND (dimension, value) IN (SELECT dimension, value FROM member_stat_keys WHERE org_id = ?1)`,
      [rootId, ancestors, sign],
    ),
  ];
}
