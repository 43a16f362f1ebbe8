import { builder } from "../../builder";
import { type DeliveryRow, inboxListQuery, unreadCountsOf } from "../../db/announcements";
import { EMPTY_PAGE } from "../../db/pages";
import { asConnection } from "../common/connections";
import { rowByKey } from "../common/lists";
import { AnnouncementReceiptRef } from "./refs";

/** A member's inbox: the announcements delivered to them, unread first. */

const inboxCountsOf = rowByKey("inboxCounts", unreadCountsOf, (row) => row.person_id);

const InboxRef = builder.objectRef<{ personId: string | null }>("Inbox").implement({
  description: "The announcements delivered to the viewer, with what is still unread.",
  fields: (t) => ({
    unreadCount: t.int({
      description: "Announcements not read yet.",
      resolve: async (inbox, _args, context) =>
        inbox.personId ? ((await inboxCountsOf(inbox.personId, context))?.unread ?? 0) : 0,
    }),
    announcements: t.connection({
      type: AnnouncementReceiptRef,
      description: "Unread first, newest first within each; reading one moves it among the read.",
      args: { unreadOnly: t.arg.boolean({ description: "Only those not read yet." }) },
      resolve: async (inbox, args, context) => {
        if (!inbox.personId) return asConnection(EMPTY_PAGE);
        const page = await context.loaders.page<DeliveryRow>(
          "inbox",
          inboxListQuery(args.unreadOnly ?? false),
          inbox.personId,
          args,
        );
        // The copies are the viewer's own: the announcements' access rule finds them here.
        const receipts = AnnouncementReceiptRef.getDataloader(context);
        for (const row of page.rows) receipts.prime(`${row.announcement_id}:${row.person_id}`, row);
        return asConnection(page);
      },
    }),
  }),
});

builder.queryField("inbox", (t) =>
  t.field({
    type: InboxRef,
    description:
      "The viewer's inbox: announcements of their cell and the committees above it (and, for officers, those " +
      "sent to officers). Empty for a token that names no member.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => ({ personId: context.viewer?.personId ?? null }),
  }),
);
