import type { Context } from "../../context";
import {
  type CommentRow,
  type CommentTallyRow,
  childCommentTalliesListQuery,
  commentsListQuery,
  ownCommentsListQuery,
} from "../../db/consultations";
import { EMPTY_PAGE, type ListQuery, type PageArgs } from "../../db/pages";
import { cellReference } from "../cells/refs";
import { asConnection } from "../common/connections";
import { childOrganizationsPage } from "../common/lists";
import { readableDocuments } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { personReference } from "../people/refs";
import {
  DraftCommentRef,
  DraftCommentTallyRef,
  DraftConsultationRef,
  draftConsultationReference,
} from "./refs";

/** A draft opened for comments, the comments, and the counts the consulting committee sees. */

/** A consultation's counts over an organization's subtree; null where nobody there commented. */
export const commentTallyAt = (consultationId: string, orgId: string, context: Context) =>
  DraftCommentTallyRef.getDataloader(context)
    .load(`${consultationId}:${orgId}`)
    .catch(() => null);

/** The comments of a list, for writers who read their authors by the same right. */
async function commentsPage(
  context: Context,
  listName: string,
  query: ListQuery,
  parent: string,
  args: PageArgs,
) {
  const page = await context.loaders.page<CommentRow>(listName, query, parent, args);
  context.access.vouchForPeople(page.rows.map((comment) => comment.person_id));
  return asConnection(page);
}

DraftConsultationRef.implement({
  description:
    "A version of a committee's draft opened for comments (góp ý dự thảo) by the members of its subtree until a " +
    "day. Its text is the version's as opened; later versions leave it and its comments as they were.",
  runScopesOnType: true,
  authScopes: (consultation) => ({ readCell: consultation.org_id }),
  fields: (t) => ({
    organization: cellReference.required(t, "The committee that consults.", (row) => row.org_id),
    document: t.field({
      type: DocumentRef,
      nullable: true,
      description:
        "The draft itself, for those who may read it (the committee's writers); null for the others.",
      resolve: async (row, _args, context) =>
        (await readableDocuments(context, [row.document_id]))[0] ?? null,
    }),
    version: t.exposeInt("version", { description: "The version of the draft opened for comments." }),
    title: t.exposeString("title", { description: "The draft's title, as opened." }),
    summary: t.exposeString("summary", { nullable: true, description: "Its summary, as opened." }),
    body: t.exposeString("body", { nullable: true, description: "Its text, as opened." }),
    openedOn: t.expose("opened_on", { type: "Date", description: "The day it was opened." }),
    closesOn: t.expose("closes_on", {
      type: "Date",
      description: "The last day comments are taken (Asia/Ho_Chi_Minh).",
    }),
    isOpen: t.boolean({
      description: "Whether comments are still taken today.",
      resolve: (row, _args, context) => context.today <= row.closes_on,
    }),
    myComments: t.connection({
      type: DraftCommentRef,
      description: "The viewer's own comments on it, in the order written.",
      resolve: async (row, args, context) =>
        asConnection(
          context.viewer?.personId
            ? await context.loaders.page<CommentRow>(
                "ownDraftComments",
                ownCommentsListQuery(context.viewer.personId),
                row.id,
                args,
              )
            : EMPTY_PAGE,
        ),
    }),
    comments: t.connection({
      type: DraftCommentRef,
      description: "Every comment, in the order written: for the committee's writers.",
      authScopes: (row) => ({ writeCell: row.org_id }),
      resolve: (row, args, context) =>
        commentsPage(context, "draftComments", commentsListQuery(null), row.id, args),
    }),
    tally: t.field({
      type: DraftCommentTallyRef,
      nullable: true,
      description:
        "The counts over the whole subtree, drilled down by organization: for the committee's writers, null for " +
        "the others and before any comment.",
      resolve: async (row, _args, context) =>
        (await context.access.canWrite(row.org_id)) ? commentTallyAt(row.id, row.org_id, context) : null,
    }),
  }),
});

DraftCommentRef.implement({
  description: "A member's comment on a draft opened for comments, on one section or on the whole.",
  runScopesOnType: true,
  // Its author, and the writers of the author's cell: its secretary and the committees above, the consulting one among them.
  authScopes: (comment, context) =>
    context.viewer?.personId === comment.person_id ? { authenticated: true } : { writeCell: comment.cell_id },
  fields: (t) => ({
    consultation: draftConsultationReference.required(
      t,
      "The draft it is on.",
      (comment) => comment.consultation_id,
    ),
    author: personReference.required(t, "Who wrote it.", (comment) => comment.person_id),
    cell: cellReference.required(t, "The author's cell when they wrote it.", (comment) => comment.cell_id),
    section: t.exposeString("section", {
      nullable: true,
      description: "The section it is on (as the author named it); null for the whole draft.",
    }),
    body: t.exposeString("body", { description: "The comment." }),
    createdAt: t.expose("created_at", { type: "DateTime", description: "When it was written." }),
  }),
});

DraftCommentTallyRef.implement({
  description:
    "A consultation's counts over an organization's subtree: comments and members who commented. Shown to the " +
    "organization's writers.",
  runScopesOnType: true,
  authScopes: (tally: CommentTallyRow) => ({ writeCell: tally.org_id }),
  fields: (t) => ({
    organization: cellReference.required(t, "The organization.", (tally) => tally.org_id),
    comments: t.exposeInt("comments", { description: "Comments from its members." }),
    commenters: t.exposeInt("commenters", { description: "Its members who commented." }),
    children: t.connection({
      type: DraftCommentTallyRef,
      description: "The organizations directly under this one whose members commented, by name.",
      resolve: (tally, args, context) =>
        childOrganizationsPage<CommentTallyRow>(
          context,
          "draftCommentChildTallies",
          childCommentTalliesListQuery(tally.consultation_id),
          tally.org_id,
          args,
        ),
    }),
    cellComments: t.connection({
      type: DraftCommentRef,
      description: "The comments of this cell's own members, in the order written.",
      resolve: (tally, args, context) =>
        commentsPage(
          context,
          "draftCellComments",
          commentsListQuery(tally.org_id),
          tally.consultation_id,
          args,
        ),
    }),
  }),
});
