import { type Database, insertRow, rowsWhereIn } from "./database";
import type { ListQuery } from "./pages";

/** Comments on drafts (migration 0067): the version opened for comments, the comments, their kept counts. */

export interface ConsultationRow {
  id: string;
  document_id: string;
  version: number;
  org_id: string;
  title: string;
  summary: string | null;
  body: string | null;
  closes_on: string;
  opened_on: string;
  opened_by: string | null;
  created_at: string;
}

export interface CommentRow {
  id: string;
  consultation_id: string;
  person_id: string;
  cell_id: string;
  section: string | null;
  body: string;
  created_at: string;
}

/** A consultation's counts over an organization's subtree. */
export interface CommentTallyRow {
  consultation_id: string;
  org_id: string;
  comments: number;
  commenters: number;
}

export function consultationsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<ConsultationRow>(db, "draft_consultations", "id", ids, "id");
}

export function commentsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<CommentRow>(db, "draft_comments", "id", ids, "id");
}

/** Tallies by "consultationId:orgId" keys. */
export function commentTalliesByKeys(db: Database, keys: readonly string[]) {
  return db.all<CommentTallyRow>(
    `SELECT t.* FROM json_each(?) k
     JOIN draft_comment_tallies t
       ON t.consultation_id = substr(k.value, 1, instr(k.value, ':') - 1)
      AND t.org_id = substr(k.value, instr(k.value, ':') + 1)`,
    [JSON.stringify(keys)],
  );
}

/** The consultation already opened on a version of a document, if any. */
export function consultationOfVersion(db: Database, documentId: string, version: number) {
  return db.first<ConsultationRow>(
    "SELECT * FROM draft_consultations WHERE document_id = ?1 AND version = ?2",
    [documentId, version],
  );
}

/** The consultations of some organizations (those on a member's line) still open on a day, closing soonest first. */
export function openConsultationsOf(db: Database, orgIds: readonly string[], today: string) {
  return db.all<ConsultationRow>(
    `SELECT d.* FROM json_each(?1) o
     JOIN draft_consultations d ON d.org_id = o.value AND d.closes_on >= ?2
     ORDER BY d.closes_on, d.id`,
    [JSON.stringify(orgIds), today],
  );
}

/** An organization's consultations, the latest opened first. */
export function organizationConsultationsListQuery(): ListQuery {
  return {
    select: "d.*",
    from: "draft_consultations d",
    parentColumn: "d.org_id",
    sortKey: "d.created_at",
    id: "d.id",
    descending: true,
  };
}

/** One person's comments on a consultation, in the order written. */
export function ownCommentsListQuery(personId: string): ListQuery {
  return {
    select: "c.*",
    from: "draft_comments c",
    where: "c.person_id = ?",
    binds: [personId],
    parentColumn: "c.consultation_id",
    sortKey: "c.created_at",
    id: "c.id",
  };
}

/** The comments on a consultation in the order written, or those of one cell's members. */
export function commentsListQuery(cellId: string | null): ListQuery {
  return {
    select: "c.*",
    from: "draft_comments c",
    where: cellId === null ? undefined : "c.cell_id = ?",
    binds: cellId === null ? [] : [cellId],
    parentColumn: "c.consultation_id",
    sortKey: "c.created_at",
    id: "c.id",
  };
}

/** The organizations directly under one whose members commented, with their counts (and their own columns). */
export function childCommentTalliesListQuery(consultationId: string): ListQuery {
  return {
    select: "c.*, t.*",
    from: "cells c JOIN draft_comment_tallies t ON t.org_id = c.id AND t.consultation_id = ?",
    fromBinds: [consultationId],
    parentColumn: "c.parent_id",
    sortKey: "c.sort_key",
    id: "c.id",
  };
}

export function openConsultation(db: Database, row: ConsultationRow) {
  return insertRow(
    db,
    "draft_consultations",
    [
      "id",
      "document_id",
      "version",
      "org_id",
      "title",
      "summary",
      "body",
      "closes_on",
      "opened_on",
      "opened_by",
      "created_at",
    ],
    row,
  );
}

/** A comment; the counts of its cell and the organizations above follow by trigger. */
export function addComment(db: Database, row: CommentRow) {
  return insertRow(
    db,
    "draft_comments",
    ["id", "consultation_id", "person_id", "cell_id", "section", "body", "created_at"],
    row,
  );
}

/**
 * A moved subtree carries its comments' counts (kept at its root) from the organizations it leaves to those it
 * joins; a count left empty goes. Commenters are counted again after the move (`recountCommenters`): a member may
 * have commented both inside and outside the moved subtree.
 */
export function carryCommentTallies(
  db: Database,
  rootId: string,
  ancestorIds: readonly string[],
  sign: 1 | -1,
) {
  if (ancestorIds.length === 0) return [];
  return [
    db.prepare(
      `INSERT INTO draft_comment_tallies (consultation_id, org_id, comments, commenters)
       SELECT t.consultation_id, up.value, t.comments * ?3, 0
       FROM draft_comment_tallies t JOIN json_each(?2) up
       WHERE t.org_id = ?1
       ON CONFLICT DO UPDATE SET comments = comments + excluded.comments`,
      [rootId, JSON.stringify(ancestorIds), sign],
    ),
    db.prepare(
      "DELETE FROM draft_comment_tallies WHERE org_id IN (SELECT value FROM json_each(?1)) AND comments = 0",
      [JSON.stringify(ancestorIds)],
    ),
  ];
}

/**
 * After a move (the paths rewritten), the members who commented in each organization the subtree left or joined,
 * for the consultations it had comments on: the comments of those consultations there, read once.
 */
export function recountCommenters(db: Database, rootId: string, ancestorIds: readonly string[]) {
  return db.prepare(
    `UPDATE draft_comment_tallies SET commenters = (
       SELECT COUNT(DISTINCT d.person_id)
       FROM cells o JOIN cells c ON c.path >= o.path AND c.path < o.path || '~'
         JOIN draft_comments d ON d.cell_id = c.id AND d.consultation_id = draft_comment_tallies.consultation_id
       WHERE o.id = draft_comment_tallies.org_id)
     WHERE org_id IN (SELECT value FROM json_each(?2))
       AND consultation_id IN (SELECT consultation_id FROM draft_comment_tallies WHERE org_id = ?1)`,
    [rootId, JSON.stringify(ancestorIds)],
  );
}
