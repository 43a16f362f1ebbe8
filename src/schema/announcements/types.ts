import type { Context } from "../../context";
import {
  type AnnouncementRow,
  type AnnouncementTallyRow,
  announcementDocumentsOf,
  childTalliesListQuery,
  type DeliveryRow,
  receiptsListQuery,
} from "../../db/announcements";
import { acknowledgedLate } from "../../domain/announcements";
import { cellReference } from "../cells/refs";
import { asConnection } from "../common/connections";
import { labelledFields } from "../common/labels";
import { childOrganizationsPage, listByKey } from "../common/lists";
import { readableDocuments } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { personReference } from "../people/refs";
import {
  AnnouncementAudienceEnum,
  AnnouncementKindEnum,
  AnnouncementReceiptRef,
  AnnouncementRef,
  AnnouncementTallyRef,
  announcementReference,
} from "./refs";

/** An announcement, a recipient's receipt of it, and the counts its sender and the cells below see. */

const documentsOf = listByKey("announcementDocuments", announcementDocumentsOf, (row) => row.announcement_id);

/** The viewer's own copy of an announcement; null when the viewer is not one of its recipients. */
export const ownDeliveryOf = (announcementId: string, context: Context) =>
  context.viewer?.personId
    ? AnnouncementReceiptRef.getDataloader(context)
        .load(`${announcementId}:${context.viewer.personId}`)
        .catch(() => null)
    : null;

/** An announcement's counts over an organization's subtree; null where it reached nobody there. */
export const tallyAt = (announcementId: string, orgId: string, context: Context) =>
  AnnouncementTallyRef.getDataloader(context)
    .load(`${announcementId}:${orgId}`)
    .catch(() => null);

/**
 * Who reads an announcement: its recipients, the writers of its sender, and the writers of an organization it
 * reached (a cell's secretary following a committee's notice) — found among the viewer's own grants.
 */
async function readerScopes(announcement: AnnouncementRow, context: Context) {
  if (await ownDeliveryOf(announcement.id, context)) return { authenticated: true };
  const grantCells = (context.viewer?.grants ?? [])
    .filter((grant) => grant.role !== "MEMBER" && grant.cellId !== null)
    .map((grant) => grant.cellId as string);
  const reached = await Promise.all(grantCells.map((cellId) => tallyAt(announcement.id, cellId, context)));
  const reachedCell = grantCells.find((_cellId, index) => reached[index] !== null);
  return { writeCell: reachedCell ?? announcement.sender_cell_id };
}

AnnouncementReceiptRef.implement({
  description:
    "A recipient's copy of an announcement: where it reached them, when they read and acknowledged it.",
  runScopesOnType: true,
  // The recipient, and the writers of the organization that holds them.
  authScopes: (receipt, context) =>
    context.viewer?.personId === receipt.person_id ? { authenticated: true } : { writeCell: receipt.cell_id },
  fields: (t) => ({
    announcement: announcementReference.required(
      t,
      "The announcement.",
      (receipt) => receipt.announcement_id,
    ),
    person: personReference.required(t, "The recipient.", (receipt) => receipt.person_id),
    organization: cellReference.required(
      t,
      "Where it reached them: their cell, or the organization where they hold office.",
      (receipt) => receipt.cell_id,
    ),
    readAt: t.expose("read_at", {
      type: "DateTime",
      nullable: true,
      description: "When they first read it; null while unread.",
    }),
    acknowledgedAt: t.expose("acknowledged_at", {
      type: "DateTime",
      nullable: true,
      description: "When they acknowledged it; null until they do.",
    }),
    studiedOn: t.expose("studied_on", {
      type: "Date",
      nullable: true,
      description: "For a study: the day the member studied it; null until recorded.",
    }),
    reflection: t.exposeString("reflection", {
      nullable: true,
      description: "For a study: the member's written reflection (bài thu hoạch), if any.",
    }),
    acknowledgedLate: t.boolean({
      description: "Acknowledged after the day the announcement asked (in Vietnam's time).",
      resolve: async (receipt, _args, context) => {
        const announcement = await AnnouncementRef.getDataloader(context).load(receipt.announcement_id);
        return acknowledgedLate(announcement.acknowledge_by, receipt.acknowledged_at);
      },
    }),
  }),
});

AnnouncementTallyRef.implement({
  description:
    "An announcement's counts over an organization's subtree: delivered when published, read, acknowledged. " +
    "Shown to the organization's writers.",
  runScopesOnType: true,
  authScopes: (tally) => ({ writeCell: tally.org_id }),
  fields: (t) => ({
    organization: cellReference.required(t, "The organization.", (tally) => tally.org_id),
    announcement: announcementReference.required(t, "The announcement.", (tally) => tally.announcement_id),
    delivered: t.exposeInt("delivered", { description: "Recipients it was delivered to." }),
    read: t.exposeInt("read", { description: "Recipients who have read it." }),
    unread: t.int({
      description: "Recipients who have not read it yet.",
      resolve: (tally) => tally.delivered - tally.read,
    }),
    acknowledged: t.exposeInt("acknowledged", { description: "Recipients who acknowledged it." }),
    children: t.connection({
      type: AnnouncementTallyRef,
      description: "The organizations directly under this one that it reached, by name, with their counts.",
      resolve: (tally, args, context) =>
        childOrganizationsPage<AnnouncementTallyRow>(
          context,
          "announcementChildTallies",
          childTalliesListQuery(tally.announcement_id),
          tally.org_id,
          args,
        ),
    }),
    receipts: t.connection({
      type: AnnouncementReceiptRef,
      description:
        "The recipients this organization holds itself (a cell's members, a committee's officers), those who have " +
        "not read it first.",
      args: { unreadOnly: t.arg.boolean({ description: "Only those who have not read it." }) },
      resolve: async (tally, args, context) => {
        const page = await context.loaders.page<DeliveryRow>(
          "announcementReceipts",
          receiptsListQuery(tally.announcement_id, args.unreadOnly ?? false),
          tally.org_id,
          args,
        );
        // The tally is its organization writers' (see the fields that lead to it): they read its members.
        context.access.vouchForPeople(page.rows.map((receipt) => receipt.person_id));
        return asConnection(page);
      },
    }),
  }),
});

AnnouncementRef.implement({
  description:
    "A notice from a cell or committee to the members or officers of its subtree, delivered to each when " +
    "published; it may send documents along and ask recipients to acknowledge it by a day.",
  runScopesOnType: true,
  authScopes: (announcement, context) => readerScopes(announcement, context),
  fields: (t) => ({
    sender: cellReference.required(t, "The cell or committee that sent it.", (row) => row.sender_cell_id),
    ...labelledFields(t, "kind", AnnouncementKindEnum, "A notice, or a study.", (row) => row.kind),
    ...labelledFields(t, "audience", AnnouncementAudienceEnum, "Who it is for.", (row) => row.audience),
    title: t.exposeString("title", { description: "The title." }),
    body: t.exposeString("body", { description: "The text." }),
    acknowledgeBy: t.expose("acknowledge_by", {
      type: "Date",
      nullable: true,
      description:
        "The day by which recipients are asked to acknowledge it; null when no acknowledgement is asked.",
    }),
    publishedOn: t.expose("published_on", {
      type: "Date",
      description: "The day it was published (Asia/Ho_Chi_Minh).",
    }),
    publishedAt: t.expose("created_at", { type: "DateTime", description: "When it was published." }),
    documents: t.field({
      type: [DocumentRef],
      description: "The documents sent along, in order (their files are their attachments).",
      resolve: async (row, _args, context) =>
        readableDocuments(
          context,
          (await documentsOf(row.id, context)).map((document) => document.document_id),
        ),
    }),
    myReceipt: t.field({
      type: AnnouncementReceiptRef,
      nullable: true,
      description: "The viewer's own copy; null when the viewer is not a recipient.",
      resolve: (row, _args, context) => ownDeliveryOf(row.id, context),
    }),
    tally: t.field({
      type: AnnouncementTallyRef,
      nullable: true,
      description:
        "The counts over the whole audience, drilled down through its children; for the sender's writers, null " +
        "for the recipients.",
      resolve: async (row, _args, context) =>
        (await context.access.canWrite(row.sender_cell_id))
          ? tallyAt(row.id, row.sender_cell_id, context)
          : null,
    }),
  }),
});
