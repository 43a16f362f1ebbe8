import { builder } from "../../builder";
import {
  type CommentRow,
  type CommentTallyRow,
  type ConsultationRow,
  commentsByIds,
  commentTalliesByKeys,
  consultationsByIds,
} from "../../db/consultations";
import { loadableReferenceFields } from "../common/fields";

/** Comments on drafts: the nodes other areas may name. */

export const DraftConsultationRef = builder.loadableNodeRef<ConsultationRow>("DraftConsultation", {
  id: { resolve: (consultation) => consultation.id },
  load: (ids: string[], context) => consultationsByIds(context.db, ids),
  sort: (consultation) => consultation.id,
});
export const draftConsultationReference = loadableReferenceFields(DraftConsultationRef);

export const DraftCommentRef = builder.loadableNodeRef<CommentRow>("DraftComment", {
  id: { resolve: (comment) => comment.id },
  load: (ids: string[], context) => commentsByIds(context.db, ids),
  sort: (comment) => comment.id,
});
export const draftCommentReference = loadableReferenceFields(DraftCommentRef);

/** The counts of a consultation over an organization's subtree, identified by both. */
export const DraftCommentTallyRef = builder.loadableNodeRef<CommentTallyRow>("DraftCommentTally", {
  id: { resolve: (tally) => `${tally.consultation_id}:${tally.org_id}` },
  load: (keys: string[], context) => commentTalliesByKeys(context.db, keys),
  sort: (tally) => `${tally.consultation_id}:${tally.org_id}`,
});
