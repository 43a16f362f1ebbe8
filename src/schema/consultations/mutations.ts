import { addComment, consultationOfVersion, openConsultation } from "../../db/consultations";
import { newId, nowIso } from "../../db/database";
import {
  assertOpenable,
  assertOpenForComments,
  commenterCell,
  validComment,
} from "../../domain/consultations";
import { refuse } from "../../domain/refusal";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, currentCellsOf, documentOrRefuse } from "../common/references";
import { writesDocument } from "../documents/document-writes";
import { DocumentRef } from "../documents/refs";
import { DraftCommentRef, DraftConsultationRef } from "./refs";

/** Opening a draft for comments, and commenting on it. */

defineMutation("openDraftForComments", {
  description:
    "Opens the current version of an organization's draft for comments by the members of its subtree until a " +
    "day (today or later). For the writers of the organization that drafts it.",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The draft." }),
    closesOn: t.field({ type: "Date", required: true, description: "The last day comments are taken." }),
  }),
  output: { field: "consultation", type: DraftConsultationRef, description: "The draft as opened." },
  authorize: (input, context) => writesDocument(input.documentId.id, context),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    const existing = await consultationOfVersion(context.db, document.id, document.version);
    assertOpenable(
      { status: document.status, deletedAt: document.deleted_at, issuerCellId: document.issuer_cell_id },
      existing !== null,
      input.closesOn,
      context.today,
    );
    const consultation = {
      id: newId(),
      document_id: document.id,
      version: document.version,
      org_id: document.issuer_cell_id as string,
      title: document.title,
      summary: document.summary,
      body: document.body,
      closes_on: input.closesOn,
      opened_on: context.today,
      opened_by: context.viewer?.principal ?? context.viewer?.personId ?? null,
      created_at: nowIso(),
    };
    await context.db.write([openConsultation(context.db, consultation)]);
    return consultation;
  },
});

defineMutation("commentOnDraft", {
  description:
    "The viewer comments on a draft open to their cell, on one section or on the whole, until its closing day. " +
    "Each comment is kept with the version; a member may comment more than once.",
  inputFields: (t) => ({
    consultationId: t.globalID({
      for: DraftConsultationRef,
      required: true,
      description: "The draft opened.",
    }),
    section: t.string({
      description: 'The section commented on (e.g. "Mục II.3"); none for the whole draft.',
    }),
    body: t.string({ required: true, description: "The comment." }),
  }),
  output: { field: "comment", type: DraftCommentRef, description: "The comment, as kept." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const consultation = await DraftConsultationRef.getDataloader(context)
      .load(input.consultationId.id)
      .catch(() => null);
    const personId = context.viewer?.personId;
    if (!consultation || !personId || !(await context.access.canRead(consultation.org_id))) {
      refuse(
        "NOT_FOUND",
        {
          vi: "Không có dự thảo nào lấy ý kiến đồng chí có ID này.",
          en: "No draft open to you has this ID.",
        },
        ["consultationId"],
      );
    }
    const consulting = await cellOrRefuse(context, consultation.org_id, "consultationId");
    const cellId = commenterCell(consulting.path, await currentCellsOf(context, personId));
    assertOpenForComments(consultation.closes_on, context.today);
    const comment = {
      id: newId(),
      consultation_id: consultation.id,
      person_id: personId,
      cell_id: cellId,
      ...validComment(input.section ?? null, input.body),
      created_at: nowIso(),
    };
    await context.db.write([addComment(context.db, comment)]);
    return comment;
  },
});
