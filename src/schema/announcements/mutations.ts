import type { Context } from "../../context";
import {
  type DeliveryRow,
  markAcknowledged,
  markRead,
  markStudied,
  publishAnnouncement,
} from "../../db/announcements";
import { cellFacts } from "../../db/cells";
import { newId, nowIso } from "../../db/database";
import {
  assertAcknowledgeable,
  assertAcknowledgeBy,
  assertAttachable,
  assertStudyOpenable,
  validAnnouncementText,
  validStudyRecord,
} from "../../domain/announcements";
import { assertActive } from "../../domain/cells";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOf, cellOrRefuse, documentOrRefuse } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { ownDeliveryOrRefuse, reloadedDelivery } from "./announcement-writes";
import {
  AnnouncementAudienceEnum,
  AnnouncementKindEnum,
  AnnouncementReceiptRef,
  AnnouncementRef,
} from "./refs";

/** Publishing an announcement, and a recipient reading and acknowledging it. */

defineMutation("publishAnnouncement", {
  description:
    "Publishes an announcement of a cell or committee to the members, or the officers, of its subtree on the " +
    "day: each receives it in their inbox. For the organization's writers. Nothing is edited after: a correction " +
    "is a new announcement.",
  inputFields: (t) => ({
    senderId: t.globalID({
      for: CellRef,
      required: true,
      description: "The cell or committee that sends it.",
    }),
    kind: t.field({
      type: AnnouncementKindEnum,
      description: "A notice (the default), or a study: one document to study, a deadline to record it by.",
    }),
    audience: t.field({ type: AnnouncementAudienceEnum, required: true, description: "Who it is for." }),
    title: t.string({ required: true, description: "The title." }),
    body: t.string({ required: true, description: "The text." }),
    acknowledgeBy: t.field({
      type: "Date",
      description: "Ask recipients to acknowledge it by this day (today or later).",
    }),
    documentIds: t.globalIDList({
      for: DocumentRef,
      description:
        "Issued documents to send along (at most 10): the sender's, an organization's above, an outside body's.",
    }),
  }),
  output: { field: "announcement", type: AnnouncementRef, description: "The announcement, as delivered." },
  authorize: (input) => ({ writeCell: input.senderId.id }),
  run: async (input, context) => {
    const sender = await cellOrRefuse(context, input.senderId.id, "senderId");
    assertActive(cellFacts(sender), ["senderId"]);
    const text = validAnnouncementText(input.title, input.body);
    const acknowledgeBy = input.acknowledgeBy ?? null;
    assertAcknowledgeBy(acknowledgeBy, context.today);
    const kind = input.kind ?? "NOTICE";
    const documentIds = [...new Set((input.documentIds ?? []).map((id) => id.id))];
    assertStudyOpenable(kind, documentIds.length, acknowledgeBy);
    const documents = await Promise.all(
      documentIds.map((id, index) => documentOrRefuse(context, id, ["documentIds", String(index)])),
    );
    const issuers = await Promise.all(documents.map((document) => cellOf(document.issuer_cell_id, context)));
    assertAttachable(
      documents.map((document, index) => ({
        status: document.status,
        issuerPath: issuers[index]?.path ?? null,
      })),
      sender.path,
    );
    const announcement = {
      id: newId(),
      kind,
      sender_cell_id: sender.id,
      audience: input.audience,
      ...text,
      acknowledge_by: acknowledgeBy,
      published_on: context.today,
      published_by: context.viewer?.principal ?? context.viewer?.personId ?? null,
      created_at: nowIso(),
    };
    await context.db.write(publishAnnouncement(context.db, announcement, documentIds, sender.path));
    return announcement;
  },
});

/** A change the viewer makes to their own copy of an announcement, answered with the copy as changed. */
function defineReceiptMutation(
  name: string,
  description: string,
  change: (delivery: DeliveryRow, context: Context) => Promise<void>,
) {
  defineMutation(name, {
    description,
    inputFields: (t) => ({
      announcementId: t.globalID({ for: AnnouncementRef, required: true, description: "The announcement." }),
    }),
    output: { field: "receipt", type: AnnouncementReceiptRef, description: "The viewer's copy." },
    authorize: () => ({ authenticated: true }),
    run: async (input, context) => {
      const delivery = await ownDeliveryOrRefuse(context, input.announcementId.id);
      await change(delivery, context);
      return reloadedDelivery(context, delivery);
    },
  });
}

defineReceiptMutation(
  "markAnnouncementRead",
  "Notes that the viewer has read an announcement sent to them (the first reading counts).",
  async (delivery, context) => {
    if (delivery.read_at === null) {
      await context.db.write([markRead(context.db, delivery.announcement_id, delivery.person_id, nowIso())]);
    }
  },
);

defineReceiptMutation(
  "acknowledgeAnnouncement",
  "The viewer acknowledges an announcement that asks for it (once; after its day it is recorded as late).",
  async (delivery, context) => {
    const announcement = await AnnouncementRef.getDataloader(context).load(delivery.announcement_id);
    assertAcknowledgeable(
      { kind: announcement.kind, acknowledgeBy: announcement.acknowledge_by },
      { acknowledgedAt: delivery.acknowledged_at },
    );
    await context.db.write([
      markAcknowledged(context.db, delivery.announcement_id, delivery.person_id, nowIso()),
    ]);
  },
);

defineMutation("recordStudy", {
  description:
    "The viewer records that they studied the document of a study sent to them: the day (from its opening to " +
    "today) and, if they wish, a written reflection (bài thu hoạch). Once.",
  inputFields: (t) => ({
    announcementId: t.globalID({ for: AnnouncementRef, required: true, description: "The study." }),
    studiedOn: t.field({ type: "Date", required: true, description: "The day they studied it." }),
    reflection: t.string({ description: "Their written reflection." }),
  }),
  output: { field: "receipt", type: AnnouncementReceiptRef, description: "The viewer's copy, recorded." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const delivery = await ownDeliveryOrRefuse(context, input.announcementId.id);
    const announcement = await AnnouncementRef.getDataloader(context).load(delivery.announcement_id);
    const record = validStudyRecord(
      { kind: announcement.kind, publishedOn: announcement.published_on },
      { acknowledgedAt: delivery.acknowledged_at },
      input.studiedOn,
      input.reflection ?? null,
      context.today,
    );
    await context.db.write([
      markStudied(context.db, delivery.announcement_id, delivery.person_id, nowIso(), record),
    ]);
    return reloadedDelivery(context, delivery);
  },
});
