import { builder } from "../../builder";
import {
  type AnnouncementRow,
  type AnnouncementTallyRow,
  organizationTalliesListQuery,
  sentListQuery,
} from "../../db/announcements";
import { CellRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { AnnouncementRef, AnnouncementTallyRef } from "./refs";

/** What an organization's writers see of announcements: those it sent, and those that reached its members. */

builder.objectFields(CellRef, (t) => ({
  announcementsSent: t.connection({
    type: AnnouncementRef,
    nullable: true,
    description: "The announcements this organization sent, newest first. For its writers.",
    authScopes: (cell) => ({ writeCell: cell.id }),
    resolve: async (cell, args, context) =>
      connectionOf<AnnouncementRow>(context, "announcementsSent", sentListQuery(), cell.id, args),
  }),
  announcementTallies: t.connection({
    type: AnnouncementTallyRef,
    nullable: true,
    description:
      "The announcements that reached this organization's members (its own and those of the levels above), " +
      "newest first, each with the counts over this organization's subtree. For its writers.",
    authScopes: (cell) => ({ writeCell: cell.id }),
    resolve: async (cell, args, context) =>
      connectionOf<AnnouncementTallyRow>(
        context,
        "organizationAnnouncementTallies",
        organizationTalliesListQuery(),
        cell.id,
        args,
      ),
  }),
}));
