import {
  type CommentRow,
  type CommentTallyRow,
  type ConsultationRow,
  commentsByIds,
  commentTalliesByKeys,
  consultationsByIds,
} from "../../db/consultations";
import { loadableReferenceFields } from "../common/fields";
import { loadableNode } from "../common/nodes";

/** Comments on drafts: the nodes other areas may name. */

export const DraftConsultationRef = loadableNode<ConsultationRow>("DraftConsultation", consultationsByIds);
export const draftConsultationReference = loadableReferenceFields(DraftConsultationRef);

export const DraftCommentRef = loadableNode<CommentRow>("DraftComment", commentsByIds);
export const draftCommentReference = loadableReferenceFields(DraftCommentRef);

/** The counts of a consultation over an organization's subtree, identified by both. */
export const DraftCommentTallyRef = loadableNode<CommentTallyRow>(
  "DraftCommentTally",
  commentTalliesByKeys,
  (tally) => `${tally.consultation_id}:${tally.org_id}`,
);
