import type { GrantRole } from "../domain/grants";
import { type Database, insertRow, nowIso, rowsWhereIn } from "./database";

export interface FeedRow {
  id: string;
  token_hash: string;
  cell_id: string;
  person_id: string | null;
  /** The principal (or, for a development token, the person) that made it: who lists, rotates and revokes it. */
  owner: string | null;
  /** The owner's grants when it was made, as JSON `[{ role, cellId }]`. */
  granted: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export function insertFeed(
  db: Database,
  row: Pick<FeedRow, "id" | "token_hash" | "cell_id" | "person_id" | "owner" | "granted" | "expires_at">,
) {
  return insertRow(
    db,
    "calendar_feeds",
    ["id", "token_hash", "cell_id", "person_id", "owner", "granted", "expires_at"],
    row,
  );
}

export function feedByTokenHash(db: Database, tokenHash: string) {
  return db.first<FeedRow>("SELECT * FROM calendar_feeds WHERE token_hash = ?1", [tokenHash]);
}

export function feedsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<FeedRow>(db, "calendar_feeds", "id", ids, "id");
}

export function revokeFeed(db: Database, id: string) {
  return db.prepare("UPDATE calendar_feeds SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", [
    id,
    nowIso(),
  ]);
}

/** A new secret for a live feed: the old address stops in the same statement. */
export function rotateFeed(db: Database, id: string, tokenHash: string, expiresAt: string) {
  return db.prepare(
    "UPDATE calendar_feeds SET token_hash = ?2, expires_at = ?3 WHERE id = ?1 AND revoked_at IS NULL",
    [id, tokenHash, expiresAt],
  );
}

/** Every grant a principal was ever given (revoked ones too): whether the grants table speaks for it. */
export function grantHistoryOf(db: Database, principal: string) {
  return db.all<{ role: GrantRole; cell_id: string | null; revoked_at: string | null }>(
    "SELECT role, cell_id, revoked_at FROM grants WHERE principal = ?",
    [principal],
  );
}

/** The owner's latest feeds, newest first. */
export function feedsOfOwner(db: Database, owner: string, limit: number) {
  return db.all<FeedRow>(
    "SELECT * FROM calendar_feeds WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT ?",
    [owner, limit],
  );
}
