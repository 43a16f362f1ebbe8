import { refuse } from "./refusal";

/** How long a feed works unless configured (`CALENDAR_FEED_LIFETIME_DAYS`). */
export const DEFAULT_FEED_LIFETIME_DAYS = 365;

export function feedLifetimeDays(setting: string | undefined): number {
  const days = Number(setting);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_FEED_LIFETIME_DAYS;
}

export function feedExpiry(from: Date, lifetimeDays: number): string {
  return new Date(from.getTime() + lifetimeDays * 86_400_000).toISOString();
}

/** A grant as a feed check needs it: its role and its organization's path (null: a global ADMIN grant). */
export interface FeedGrant {
  role: string;
  path: string | null;
}

/**
 * Whether a feed still serves its cell's meetings: not revoked, not expired, and its owner's grants still reach the
 * cell's line (the rule by which they read its meetings). A feed is a standing read without a token; it must not
 * outlive the right it was made under.
 */
export function feedServes(
  feed: { revokedAt: string | null; expiresAt: string | null },
  cellPath: string | null,
  ownerGrants: readonly FeedGrant[],
  now: Date,
): boolean {
  if (feed.revokedAt !== null || feed.expiresAt === null || feed.expiresAt <= now.toISOString()) return false;
  if (cellPath === null) return false;
  return ownerGrants.some((grant) => {
    if (grant.role === "ADMIN" && grant.path === null) return true;
    if (grant.path === null) return false;
    return cellPath.startsWith(grant.path) || grant.path.startsWith(cellPath);
  });
}

/** A revoked feed's address is dead for good; rotating it would revive it. */
export function assertRotatable(feed: { revokedAt: string | null }): void {
  if (feed.revokedAt !== null)
    refuse(
      "FEED_REVOKED",
      {
        vi: "Lịch đã thu hồi không thể đổi địa chỉ: hãy tạo lịch mới.",
        en: "A revoked feed cannot be rotated: make a new one.",
      },
      ["feedId"],
    );
}
