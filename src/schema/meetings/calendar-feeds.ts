import { viewerKey } from "../../auth/viewer";
import { builder } from "../../builder";
import type { Context } from "../../context";
import {
  type FeedRow,
  feedsByIds,
  feedsOfOwner,
  insertFeed,
  revokeFeed,
  rotateFeed,
} from "../../db/calendar-feeds";
import { newId, nowIso } from "../../db/database";
import { calendarFeedPath, hashFeedToken, newFeedToken } from "../../domain/calendar";
import { assertRotatable, feedExpiry, feedLifetimeDays } from "../../domain/calendar-feeds";
import { refuse } from "../../domain/refusal";
import { CellRef, cellReference } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";

/** A feed as answered: its secret token only in the answer that made or rotated it. */
type FeedShape = Pick<FeedRow, "id" | "cell_id" | "created_at" | "expires_at" | "revoked_at"> & {
  token?: string;
};

const CalendarFeedRef = builder.objectRef<FeedShape>("CalendarFeed").implement({
  description: "A private iCalendar feed of a cell's meetings, for a phone's calendar app.",
  fields: (t) => ({
    id: t.globalID({
      description: "Its global ID (to rotate or revoke it).",
      resolve: (feed) => ({ type: "CalendarFeed", id: feed.id }),
    }),
    url: t.string({
      nullable: true,
      description: "Path of the feed with its secret token; shown once, when created or rotated.",
      resolve: (feed, _args, context) =>
        feed.token
          ? calendarFeedPath(feed.cell_id, feed.token, context.tenant.isDefault ? null : context.tenant.key)
          : null,
    }),
    cell: cellReference.optional(t, "The cell whose meetings it shows.", (feed) => feed.cell_id),
    createdAt: t.expose("created_at", { type: "DateTime", description: "When it was made." }),
    expiresAt: t.expose("expires_at", {
      type: "DateTime",
      nullable: true,
      description: "When it stops (CALENDAR_FEED_LIFETIME_DAYS after it was made or last rotated).",
    }),
    revoked: t.boolean({
      description: "Whether it was revoked.",
      resolve: (feed) => feed.revoked_at !== null,
    }),
  }),
});

/** A person has a feed per calendar app and cell: a page of them is all they ever have. */
const OWN_FEEDS_LISTED = 100;

/** Who owns the feeds a viewer makes: their principal, or the person a development token names. */
function ownerOf(context: Context): string | null {
  return context.viewer ? viewerKey(context.viewer) : null;
}

function expiryFromNow(context: Context): string {
  return feedExpiry(new Date(), feedLifetimeDays(context.env.CALENDAR_FEED_LIFETIME_DAYS));
}

/**
 * A feed the viewer may manage: their own, or — to revoke — one of a cell they write. Anyone else's is answered as
 * if there were none, so a feed's ID tells nothing.
 */
async function manageableFeed(context: Context, feedId: string, writersToo: boolean): Promise<FeedRow> {
  const [feed] = await feedsByIds(context.db, [feedId]);
  const owner = ownerOf(context);
  const owns = feed !== undefined && owner !== null && (feed.owner ?? feed.person_id) === owner;
  if (!feed || !(owns || (writersToo && (await context.access.canWrite(feed.cell_id))))) {
    refuse("NOT_FOUND", { vi: "Không có lịch nào có ID này.", en: "No calendar feed has this ID." }, [
      "feedId",
    ]);
  }
  return feed;
}

/**
 * Signed-in viewers reach `run`, which answers NOT_FOUND for any feed they may not manage; the feed's cell is named
 * (as an alternative that cannot narrow the check) so that the audit entry is filed under it.
 */
async function auditedUnderFeedCell(feedId: string, context: Context) {
  const [feed] = await feedsByIds(context.db, [feedId]);
  return feed ? { $any: { authenticated: true, readCell: feed.cell_id } } : { authenticated: true };
}

builder.queryField("calendarFeeds", (t) =>
  t.field({
    type: [CalendarFeedRef],
    description: `The viewer's own calendar feeds, newest first (the latest ${OWN_FEEDS_LISTED}): to see which are live, rotate or revoke them.`,
    authScopes: { authenticated: true },
    resolve: async (_root, _args, context) => {
      const owner = ownerOf(context);
      return owner === null ? [] : feedsOfOwner(context.db, owner, OWN_FEEDS_LISTED);
    },
  }),
);

defineMutation("createCalendarFeed", {
  description:
    "Creates a private calendar feed of a cell's meetings for the viewer. It works while the viewer may read the " +
    "cell, until it expires (a year by default); rotate it when its address leaked, revoke it when a phone is lost.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell whose meetings to follow." }),
  }),
  output: { field: "feed", type: CalendarFeedRef, description: "The feed, with its URL (shown once)." },
  authorize: (input) => ({ readCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const token = newFeedToken();
    const feed = {
      id: newId(),
      cell_id: cell.id,
      created_at: nowIso(),
      expires_at: expiryFromNow(context),
      revoked_at: null,
    };
    await context.db.write([
      insertFeed(context.db, {
        ...feed,
        token_hash: await hashFeedToken(token),
        person_id: context.viewer?.personId ?? null,
        owner: ownerOf(context),
        granted: JSON.stringify(context.viewer?.grants ?? []),
      }),
    ]);
    return { ...feed, token };
  },
});

defineMutation("rotateCalendarFeed", {
  description: "Gives one of the viewer's feeds a new secret address; the old one stops at once.",
  inputFields: (t) => ({
    feedId: t.globalID({ for: CalendarFeedRef, required: true, description: "The feed." }),
  }),
  output: { field: "feed", type: CalendarFeedRef, description: "The feed, with its new URL (shown once)." },
  authorize: (input, context) => auditedUnderFeedCell(input.feedId.id, context),
  run: async (input, context) => {
    const feed = await manageableFeed(context, input.feedId.id, false);
    assertRotatable({ revokedAt: feed.revoked_at });
    // The owner's right to read the cell is checked again, as when the feed was made.
    if (!(await context.access.canRead(feed.cell_id)))
      refuse("NOT_FOUND", { vi: "Không có lịch nào có ID này.", en: "No calendar feed has this ID." }, [
        "feedId",
      ]);
    const token = newFeedToken();
    const expiresAt = expiryFromNow(context);
    await context.db.write([rotateFeed(context.db, feed.id, await hashFeedToken(token), expiresAt)]);
    return { ...feed, expires_at: expiresAt, token };
  },
});

defineMutation("revokeCalendarFeed", {
  description:
    "Revokes a calendar feed (the viewer's own, or one of a cell they write): its URL stops working.",
  inputFields: (t) => ({
    feedId: t.globalID({ for: CalendarFeedRef, required: true, description: "The feed." }),
  }),
  output: { field: "feed", type: CalendarFeedRef, description: "The revoked feed." },
  authorize: (input, context) => auditedUnderFeedCell(input.feedId.id, context),
  run: async (input, context) => {
    const feed = await manageableFeed(context, input.feedId.id, true);
    await context.db.write([revokeFeed(context.db, feed.id)]);
    return { ...feed, revoked_at: feed.revoked_at ?? nowIso() };
  },
});
