import type { AnnouncementAudience, AnnouncementKind } from "../domain/announcements";
import { type Database, rowsWhereIn } from "./database";
import type { ListQuery } from "./pages";

/** Announcements (migration 0059): the announcement, its documents, one delivery per recipient, kept counts. */

export interface AnnouncementRow {
  id: string;
  kind: AnnouncementKind;
  sender_cell_id: string;
  audience: AnnouncementAudience;
  title: string;
  body: string;
  acknowledge_by: string | null;
  published_on: string;
  published_by: string | null;
  created_at: string;
}

export interface AnnouncementDocumentRow {
  announcement_id: string;
  document_id: string;
  position: number;
}

/** A recipient's copy: where they were reached, when they read and acknowledged it. */
export interface DeliveryRow {
  announcement_id: string;
  person_id: string;
  cell_id: string;
  sent_at: string;
  read_at: string | null;
  acknowledged_at: string | null;
  /** For a study: the day the member studied it, and their written reflection. */
  studied_on: string | null;
  reflection: string | null;
}

/** An announcement's counts over the recipients in an organization's subtree. */
export interface AnnouncementTallyRow {
  org_id: string;
  announcement_id: string;
  sent_at: string;
  delivered: number;
  read: number;
  acknowledged: number;
}

export function announcementsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AnnouncementRow>(db, "announcements", "id", ids, "id");
}

export function announcementDocumentsOf(db: Database, announcementIds: readonly string[]) {
  return rowsWhereIn<AnnouncementDocumentRow>(
    db,
    "announcement_documents",
    "announcement_id",
    announcementIds,
    "announcement_id, position",
  );
}

/** Rows of a table keyed by an announcement and one more column, by "announcementId:other" keys. */
function rowsByAnnouncementAnd<Row>(db: Database, table: string, other: string, keys: readonly string[]) {
  return db.all<Row>(
    `SELECT t.* FROM json_each(?) k
     JOIN ${table} t
       ON t.announcement_id = substr(k.value, 1, instr(k.value, ':') - 1)
      AND t.${other} = substr(k.value, instr(k.value, ':') + 1)`,
    [JSON.stringify(keys)],
  );
}

/** Deliveries by "announcementId:personId" keys. */
export const deliveriesByKeys = (db: Database, keys: readonly string[]) =>
  rowsByAnnouncementAnd<DeliveryRow>(db, "announcement_deliveries", "person_id", keys);

/** Tallies by "announcementId:orgId" keys. */
export const talliesByKeys = (db: Database, keys: readonly string[]) =>
  rowsByAnnouncementAnd<AnnouncementTallyRow>(db, "announcement_tallies", "org_id", keys);

const UNREAD_FIRST = "(CASE WHEN d.read_at IS NULL THEN '1' ELSE '0' END || d.sent_at)";

/** A person's inbox: unread first, newest first within each; the sizes come from `inbox_counts`. */
export function inboxListQuery(unreadOnly: boolean): ListQuery {
  return {
    select: "d.*",
    from: "announcement_deliveries d",
    where: unreadOnly ? "d.read_at IS NULL" : undefined,
    parentColumn: "d.person_id",
    sortKey: UNREAD_FIRST,
    id: "d.announcement_id",
    descending: true,
    keptTotals: {
      select: (parents) =>
        `SELECT p.value AS parent_key_, COALESCE(i.${unreadOnly ? "unread" : "received"}, 0) AS total_
         FROM json_each(json_array(${parents})) p LEFT JOIN inbox_counts i ON i.person_id = p.value`,
      binds: [],
    },
  };
}

export function unreadCountsOf(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<{ person_id: string; received: number; unread: number }>(
    db,
    "inbox_counts",
    "person_id",
    personIds,
    "person_id",
  );
}

/** The recipients an organization holds itself (a cell's members, a committee's officers), those who have not read first. */
export function receiptsListQuery(announcementId: string, unreadOnly: boolean): ListQuery {
  return {
    select: "d.*",
    from: "announcement_deliveries d",
    where: `d.announcement_id = ?${unreadOnly ? " AND d.read_at IS NULL" : ""}`,
    binds: [announcementId],
    parentColumn: "d.cell_id",
    sortKey: "(CASE WHEN d.read_at IS NULL THEN '1' ELSE '0' END)",
    id: "d.person_id",
    descending: true,
  };
}

/**
 * The organizations directly under one that the announcement reached, with their counts: each row is the
 * organization's as well (its columns and the tally's share no name), so the page brings the names it lists.
 */
export function childTalliesListQuery(announcementId: string): ListQuery {
  return {
    select: "c.*, t.*",
    from: "cells c JOIN announcement_tallies t ON t.org_id = c.id AND t.announcement_id = ?",
    fromBinds: [announcementId],
    parentColumn: "c.parent_id",
    sortKey: "c.sort_key",
    id: "c.id",
  };
}

/** The announcements that reached an organization's subtree, newest first, with its counts. */
export function organizationTalliesListQuery(): ListQuery {
  return {
    select: "t.*",
    from: "announcement_tallies t",
    parentColumn: "t.org_id",
    sortKey: "t.sent_at",
    id: "t.announcement_id",
    descending: true,
  };
}

/** The announcements an organization sent, newest first. */
export function sentListQuery(): ListQuery {
  return {
    select: "a.*",
    from: "announcements a",
    parentColumn: "a.sender_cell_id",
    sortKey: "a.created_at",
    id: "a.id",
    descending: true,
  };
}

/**
 * Publishes: the announcement, its documents, a delivery to each recipient of the day (the members of a cell of the
 * sender's subtree on the day, or the officers in office there on the day), the counts of every
 * organization above a recipient, and each recipient's inbox counts — one batch.
 */
export function publishAnnouncement(
  db: Database,
  row: AnnouncementRow,
  documentIds: readonly string[],
  senderPath: string,
) {
  const recipients =
    row.audience === "MEMBERS"
      ? `SELECT m.person_id, MIN(m.cell_id) AS cell_id
         FROM cells c JOIN memberships m ON m.cell_id = c.id AND m.started_on <= ?3 AND (m.ended_on IS NULL OR m.ended_on > ?3)
         WHERE c.path >= ?2 AND c.path < ?2 || '~' GROUP BY m.person_id`
      : `SELECT r.person_id, MIN(r.cell_id) AS cell_id
         FROM cells c JOIN roles r ON r.cell_id = c.id AND r.started_on <= ?3 AND (r.ended_on IS NULL OR r.ended_on > ?3)
         WHERE c.path >= ?2 AND c.path < ?2 || '~' GROUP BY r.person_id`;
  return [
    db.prepare(
      `INSERT INTO announcements
         (id, sender_cell_id, audience, title, body, acknowledge_by, published_on, published_by, created_at, kind)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
      [
        row.id,
        row.sender_cell_id,
        row.audience,
        row.title,
        row.body,
        row.acknowledge_by,
        row.published_on,
        row.published_by,
        row.created_at,
        row.kind,
      ],
    ),
    db.prepare(
      `INSERT INTO announcement_documents (announcement_id, document_id, position)
       SELECT ?1, d.value, d.key FROM json_each(?2) d`,
      [row.id, JSON.stringify(documentIds)],
    ),
    db.prepare(
      `INSERT INTO announcement_deliveries (announcement_id, person_id, cell_id, sent_at)
       SELECT ?1, person_id, cell_id, ?4 FROM (${recipients})`,
      [row.id, senderPath, row.published_on, row.created_at],
    ),
    db.prepare(
      `INSERT INTO announcement_tallies (org_id, announcement_id, sent_at, delivered)
       SELECT up.value, ?1, ?2, COUNT(*)
       FROM announcement_deliveries d JOIN cells c ON c.id = d.cell_id
         JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
       WHERE d.announcement_id = ?1 GROUP BY up.value`,
      [row.id, row.created_at],
    ),
    db.prepare(
      `INSERT INTO inbox_counts (person_id, received, unread)
       SELECT person_id, 1, 1 FROM announcement_deliveries WHERE announcement_id = ?1
       ON CONFLICT DO UPDATE SET received = received + 1, unread = unread + 1`,
      [row.id],
    ),
  ];
}

/** The recipient has read it (the first time counts; reading again changes nothing). */
export function markRead(db: Database, announcementId: string, personId: string, at: string) {
  return db.prepare(
    `UPDATE announcement_deliveries SET read_at = ?3
     WHERE announcement_id = ?1 AND person_id = ?2 AND read_at IS NULL`,
    [announcementId, personId, at],
  );
}

/** The recipient acknowledges it (and so has read it). */
export function markAcknowledged(db: Database, announcementId: string, personId: string, at: string) {
  return db.prepare(
    `UPDATE announcement_deliveries SET read_at = COALESCE(read_at, ?3), acknowledged_at = ?3
     WHERE announcement_id = ?1 AND person_id = ?2 AND acknowledged_at IS NULL`,
    [announcementId, personId, at],
  );
}

/** The member records a study: the day, a reflection, and so has read and acknowledged it. */
export function markStudied(
  db: Database,
  announcementId: string,
  personId: string,
  at: string,
  record: { studiedOn: string; reflection: string | null },
) {
  return db.prepare(
    `UPDATE announcement_deliveries
     SET read_at = COALESCE(read_at, ?3), acknowledged_at = ?3, studied_on = ?4, reflection = ?5
     WHERE announcement_id = ?1 AND person_id = ?2 AND acknowledged_at IS NULL`,
    [announcementId, personId, at, record.studiedOn, record.reflection],
  );
}

/** The studies that reached some organizations' subtrees, published in a year, with each one's counts there. */
export function studiesOfYear(db: Database, orgIds: readonly string[], year: number) {
  return db.all<AnnouncementTallyRow>(
    `SELECT t.* FROM json_each(?1) o
     JOIN announcement_tallies t ON t.org_id = o.value AND t.sent_at >= ?2 AND t.sent_at < ?3
     JOIN announcements a ON a.id = t.announcement_id AND a.kind = 'STUDY'
     ORDER BY t.org_id, t.sent_at, t.announcement_id`,
    // Days in Vietnam: a year starts at 17:00 UTC on the last day of the one before.
    [JSON.stringify(orgIds), `${year - 1}-12-31T17:00:00.000Z`, `${year}-12-31T17:00:00.000Z`],
  );
}

/**
 * A moved subtree carries its recipients' counts (kept at its root for every announcement that reached it) from the
 * organizations it leaves to those it joins; a count left empty goes.
 */
export function carryAnnouncementTallies(
  db: Database,
  rootId: string,
  ancestorIds: readonly string[],
  sign: 1 | -1,
) {
  if (ancestorIds.length === 0) return [];
  const carry = db.prepare(
    `INSERT INTO announcement_tallies (org_id, announcement_id, sent_at, delivered, read, acknowledged)
     SELECT up.value, t.announcement_id, t.sent_at, t.delivered * ?3, t.read * ?3, t.acknowledged * ?3
     FROM announcement_tallies t JOIN json_each(?2) up
     WHERE t.org_id = ?1
     ON CONFLICT DO UPDATE SET delivered = delivered + excluded.delivered, read = read + excluded.read,
       acknowledged = acknowledged + excluded.acknowledged`,
    [rootId, JSON.stringify(ancestorIds), sign],
  );
  if (sign === 1) return [carry];
  return [
    carry,
    db.prepare(
      `DELETE FROM announcement_tallies
       WHERE org_id IN (SELECT value FROM json_each(?1)) AND delivered = 0
         AND announcement_id IN (SELECT announcement_id FROM announcement_tallies WHERE org_id = ?2)`,
      [JSON.stringify(ancestorIds), rootId],
    ),
  ];
}
