import { feedByTokenHash, grantHistoryOf } from "../db/calendar-feeds";
import { cellsByIds } from "../db/cells";
import { Database } from "../db/database";
import { meetingsForCalendar } from "../db/meetings";
import type { TenantsEnv } from "../db/tenants";
import { hashFeedToken } from "../domain/calendar";
import { feedServes } from "../domain/calendar-feeds";
import { tenantOfRequest } from "../http/tenants";
import { jsonError } from "./http";
import { meetingsCalendar } from "./icalendar";

export const CALENDAR_PATH = /^\/cells\/([^/]+)\/meetings\.ics$/;

/**
 * GET /cells/{cellId}/meetings.ics?token=…: the cell's meetings as iCalendar, for whoever holds an unrevoked feed
 * token of that cell (calendar apps cannot send an Authorization header; the token is revocable).
 */
export async function serveCalendar(request: Request, env: TenantsEnv, cellId: string) {
  if (request.method !== "GET" && request.method !== "HEAD")
    return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const db = new Database(tenantOfRequest(request, env).database);
  const feed =
    token.length > 0 && token.length < 100 ? await feedByTokenHash(db, await hashFeedToken(token)) : null;
  const gone = () =>
    jsonError(
      404,
      "NOT_FOUND",
      "No calendar feed has this address (it may have been revoked or have expired).",
    );
  if (!feed || feed.cell_id !== cellId) return gone();
  // The owner's grants now: the grants table's when it ever held the principal's, else those the feed was made under.
  const history = feed.owner ? await grantHistoryOf(db, feed.owner) : [];
  const grants =
    history.length > 0
      ? history
          .filter((grant) => grant.revoked_at === null)
          .map((grant) => ({ role: grant.role, cellId: grant.cell_id }))
      : (JSON.parse(feed.granted ?? "[]") as { role: string; cellId: string | null }[]);
  const cells = await cellsByIds(db, [
    cellId,
    ...grants.flatMap((grant) => (grant.cellId ? [grant.cellId] : [])),
  ]);
  const pathOf = (id: string | null) => cells.find((row) => row.id === id)?.path ?? null;
  const now = new Date();
  // A grant of an organization that is gone reaches nothing; only ADMIN without an organization reaches everything.
  const ownerGrants = grants.flatMap((grant): { role: string; path: string | null }[] => {
    if (grant.cellId === null) return grant.role === "ADMIN" ? [{ role: grant.role, path: null }] : [];
    const path = pathOf(grant.cellId);
    return path ? [{ role: grant.role, path }] : [];
  });
  if (
    !feedServes({ revokedAt: feed.revoked_at, expiresAt: feed.expires_at }, pathOf(cellId), ownerGrants, now)
  ) {
    return gone();
  }
  const cell = cells.find((row) => row.id === cellId);
  const since = new Date(now.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
  const body = meetingsCalendar(
    cell?.name ?? "Chibo",
    await meetingsForCalendar(db, cellId, since),
    new URL(request.url).host,
    now,
  );
  return new Response(request.method === "HEAD" ? null : body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="meetings.ics"',
    },
  });
}
