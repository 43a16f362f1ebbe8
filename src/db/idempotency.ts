import type { Database } from "./database";

/** How long an answer is kept for retries. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

export interface IdempotencyRow {
  request_hash: string;
  viewer_fingerprint: string | null;
  response: string | null;
  created_at: string;
}

function retentionStart(now: Date): string {
  return new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000).toISOString();
}

export function idempotencyRecord(db: Database, principal: string, key: string, now: Date) {
  return db.first<IdempotencyRow>(
    `SELECT request_hash, viewer_fingerprint, response, created_at FROM idempotency_keys
     WHERE principal = ? AND key = ? AND created_at >= ?`,
    [principal, key, retentionStart(now)],
  );
}

function expiredKeys(db: Database, now: Date) {
  return db.prepare("DELETE FROM idempotency_keys WHERE created_at < ?", [retentionStart(now)]);
}

/** Stored answers may hold personal data: none outlives its retention, even when no new key comes to clear it. */
export async function purgeExpiredIdempotencyKeys(db: Database, now: Date): Promise<void> {
  await db.write([expiredKeys(db, now)]);
}

/** The first statements of the request's first write batch: expired keys go, then this key is claimed. */
export function claimIdempotencyKey(
  db: Database,
  principal: string,
  key: string,
  requestHash: string,
  viewerFingerprint: string,
  now: Date,
) {
  return [
    expiredKeys(db, now),
    db.prepare(
      `INSERT INTO idempotency_keys (principal, key, request_hash, viewer_fingerprint, created_at)
       VALUES (?, ?, ?, ?, ?)`,
      [principal, key, requestHash, viewerFingerprint, now.toISOString()],
    ),
  ];
}

export function storeIdempotentResponse(db: Database, principal: string, key: string, response: string) {
  return db.prepare("UPDATE idempotency_keys SET response = ? WHERE principal = ? AND key = ?", [
    response,
    principal,
    key,
  ]);
}
