import type { Env } from "../context";
import { cellsByIds } from "../db/cells";
import { Database } from "../db/database";
import { feedByTokenHash, meetingsForCalendar } from "../db/meetings";
import { tenantOfRequest } from "../db/tenants";
import { hashFeedToken, meetingsCalendar } from "../domain/calendar";
import { jsonError } from "./http";

export const CALENDAR_PATH = /^\/cells\/([^/]+)\/meetings\.ics$/;

/**
 * GET /cells/{cellId}/meetings.ics?token=…: the cell's meetings as iCalendar, for whoever holds an unrevoked feed
 * token of that cell (calendar apps cannot send an Authorization header; the token is revocable).
 */
export async function serveCalendar(request: Request, env: Env, cellId: string) {
  if (request.method !== "GET" && request.method !== "HEAD")
    return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const db = new Database(tenantOfRequest(request, env).database);
  const feed =
    token.length > 0 && token.length < 100 ? await feedByTokenHash(db, await hashFeedToken(token)) : null;
  if (!feed || feed.revoked_at !== null || feed.cell_id !== cellId) {
    return jsonError(404, "NOT_FOUND", "No calendar feed has this address (it may have been revoked).");
  }
  const [cell] = await cellsByIds(db, [cellId]);
  const now = new Date();
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
