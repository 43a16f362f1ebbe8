import { builder } from "../../builder";
import {
  type AnnouncementRow,
  type AnnouncementTallyRow,
  announcementsByIds,
  type DeliveryRow,
  deliveriesByKeys,
  talliesByKeys,
} from "../../db/announcements";
import { ANNOUNCEMENT_AUDIENCE_LABELS, ANNOUNCEMENT_KIND_LABELS } from "../../domain/announcements";
import { loadableReferenceFields } from "../common/fields";
import { labelledEnum } from "../common/labels";

/** Announcements: the enum and the node other areas may name. */

export const AnnouncementAudienceEnum = labelledEnum(
  "AnnouncementAudience",
  "Who an announcement is for, in the sender's subtree: every member, or the officers (cấp ủy viên) only.",
  ANNOUNCEMENT_AUDIENCE_LABELS,
);

export const AnnouncementKindEnum = labelledEnum(
  "AnnouncementKind",
  "What an announcement is: a notice, or the study of a resolution (the document sent along) by a deadline.",
  ANNOUNCEMENT_KIND_LABELS,
);

export const AnnouncementRef = builder.loadableNodeRef<AnnouncementRow>("Announcement", {
  id: { resolve: (announcement) => announcement.id },
  load: (ids: string[], context) => announcementsByIds(context.db, ids),
  sort: (announcement) => announcement.id,
});
export const announcementReference = loadableReferenceFields(AnnouncementRef);

/** A recipient's copy, identified by its announcement and recipient. */
export const AnnouncementReceiptRef = builder.loadableNodeRef<DeliveryRow>("AnnouncementReceipt", {
  id: { resolve: (receipt) => `${receipt.announcement_id}:${receipt.person_id}` },
  load: (keys: string[], context) => deliveriesByKeys(context.db, keys),
  sort: (receipt) => `${receipt.announcement_id}:${receipt.person_id}`,
});

/** The counts of an announcement over an organization's subtree, identified by both. */
export const AnnouncementTallyRef = builder.loadableNodeRef<AnnouncementTallyRow>("AnnouncementTally", {
  id: { resolve: (tally) => `${tally.announcement_id}:${tally.org_id}` },
  load: (keys: string[], context) => talliesByKeys(context.db, keys),
  sort: (tally) => `${tally.announcement_id}:${tally.org_id}`,
});
