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
import { loadableNode } from "../common/nodes";

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

export const AnnouncementRef = loadableNode<AnnouncementRow>("Announcement", announcementsByIds);
export const announcementReference = loadableReferenceFields(AnnouncementRef);

/** A recipient's copy, identified by its announcement and recipient. */
export const AnnouncementReceiptRef = loadableNode<DeliveryRow>(
  "AnnouncementReceipt",
  deliveriesByKeys,
  (receipt) => `${receipt.announcement_id}:${receipt.person_id}`,
);

/** The counts of an announcement over an organization's subtree, identified by both. */
export const AnnouncementTallyRef = loadableNode<AnnouncementTallyRow>(
  "AnnouncementTally",
  talliesByKeys,
  (tally) => `${tally.announcement_id}:${tally.org_id}`,
);
