import { newId } from "../../db/database";
import {
  deleteRelation,
  insertRelation,
  relationExists,
  relationsByIds,
  supersedesThroughChain,
} from "../../db/document-relations";
import { documentsByIds, setDocumentStatus } from "../../db/documents";
import { assertRelationAllowed, type RelationKind, statusAfterRelation } from "../../domain/documents";
import { refuse } from "../../domain/refusal";
import { defineMutation } from "../common/mutations";
import { documentOrRefuse } from "../common/references";
import { reloadDocument, writesDocument } from "./document-writes";
import { DocumentRef, DocumentRelationRef } from "./refs";
import { RelationKindEnum } from "./types";

/** Relations between documents: one implements, amends or replaces another. */

defineMutation("relateDocuments", {
  description:
    "Records that one document implements, continues, amends, supersedes, revokes or references another. " +
    "Superseding or revoking changes the target's status.",
  inputFields: (t) => ({
    fromId: t.globalID({ for: DocumentRef, required: true, description: "The relating document." }),
    toId: t.globalID({ for: DocumentRef, required: true, description: "The related document." }),
    kind: t.field({ type: RelationKindEnum, required: true, description: "How it relates." }),
    relatedOn: t.field({
      type: "Date",
      description: "Date of the relation (default: the relating document's).",
    }),
    note: t.string({ description: "Note." }),
  }),
  output: { field: "relation", type: DocumentRelationRef, description: "The relation recorded." },
  authorize: (input, context) => writesDocument(input.fromId.id, context),
  run: async (input, context) => {
    const from = await documentOrRefuse(context, input.fromId.id, "fromId");
    const to = await documentOrRefuse(context, input.toId.id, "toId");
    const kind = input.kind as RelationKind;
    assertRelationAllowed({
      fromId: from.id,
      toId: to.id,
      kind,
      alreadyRecorded: await relationExists(context.db, from.id, to.id, kind),
      targetSupersedesSource:
        kind === "SUPERSEDES" && (await supersedesThroughChain(context.db, to.id, from.id)),
    });
    const id = newId();
    const status = statusAfterRelation(kind);
    await context.db.write([
      context.db.guardVersion("documents", from.id, from.version),
      context.db.guardVersion("documents", to.id, to.version),
      insertRelation(context.db, {
        id,
        from_id: from.id,
        to_id: to.id,
        kind,
        related_on: input.relatedOn ?? from.issued_on,
        note: input.note?.trim() || null,
      }),
      ...(status ? [setDocumentStatus(context.db, to.id, status)] : []),
    ]);
    context.loaders.document.clear(to.id);
    return (await relationsByIds(context.db, [id]))[0] as never;
  },
});

defineMutation("removeDocumentRelation", {
  description:
    "Removes a relation recorded by mistake; a target superseded or revoked by it is issued again.",
  inputFields: (t) => ({
    relationId: t.globalID({ for: DocumentRelationRef, required: true, description: "The relation." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The relating document." },
  authorize: async (input, context) => {
    const [relation] = await relationsByIds(context.db, [input.relationId.id]);
    return relation ? writesDocument(relation.from_id, context) : { authenticated: true };
  },
  run: async (input, context) => {
    const [relation] = await relationsByIds(context.db, [input.relationId.id]);
    if (!relation)
      refuse("NOT_FOUND", { vi: "Không có quan hệ văn bản nào có ID này.", en: "No relation has this ID." }, [
        "relationId",
      ]);
    const from = await documentOrRefuse(context, relation.from_id);
    const [to] = await documentsByIds(context.db, [relation.to_id]);
    const restore = to && statusAfterRelation(relation.kind) === to.status;
    await context.db.write([
      context.db.guardVersion("documents", from.id, from.version),
      deleteRelation(context.db, relation.id),
      ...(restore ? [setDocumentStatus(context.db, relation.to_id, "ISSUED")] : []),
    ]);
    return reloadDocument(context, from.id);
  },
});
