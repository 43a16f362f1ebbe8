import { builder } from "../../builder";
import type { Context } from "../../context";
import { nowIso } from "../../db/database";
import { EMPTY_PAGE } from "../../db/pages";
import {
  type SavedDocumentRow,
  saveDocument,
  savedAmong,
  savedDocumentsListQuery,
  unsaveDocument,
} from "../../db/saved-documents";
import { principalPerson } from "../../domain/grants";
import { asConnection } from "../common/connections";
import { rowByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { documentOrRefuse, readableDocuments } from "../common/references";
import { DocumentRef } from "./refs";

/** A member's saved documents: saved, unsaved, listed, and marked on every document. */

const savedByViewer = rowByKey(
  "savedByViewer",
  (db, documentIds, context) =>
    context.viewer?.personId ? savedAmong(db, context.viewer.personId, documentIds) : Promise.resolve([]),
  (row) => row.document_id,
);

const NAMES_NO_MEMBER = {
  vi: "Token của đồng chí không gắn với đảng viên nào: không có danh sách văn bản đã lưu.",
  en: "Your token names no member: there is no list of saved documents.",
};

/** The viewer's person, and the document they may read: what saving and unsaving act on. */
async function saverAndDocument(context: Context, documentId: string) {
  const personId = principalPerson(context.viewer?.personId, NAMES_NO_MEMBER, ["documentId"]);
  return { personId, document: await documentOrRefuse(context, documentId) };
}

defineMutation("saveDocument", {
  description:
    "Saves a document the viewer may read to their own list (saving it again keeps its first time).",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The document, saved." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const { personId, document } = await saverAndDocument(context, input.documentId.id);
    await context.db.write([saveDocument(context.db, personId, document.id, nowIso())]);
    return document;
  },
});

defineMutation("unsaveDocument", {
  description: "Takes a document off the viewer's saved list (nothing happens if it was not on it).",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The document, no longer saved." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const { personId, document } = await saverAndDocument(context, input.documentId.id);
    await context.db.write([unsaveDocument(context.db, personId, document.id)]);
    return document;
  },
});

builder.objectFields(DocumentRef, (t) => ({
  savedAt: t.field({
    type: "DateTime",
    nullable: true,
    description: "When the viewer saved it to their list; null when it is not on it.",
    resolve: async (document, _args, context) =>
      (await savedByViewer(document.id, context))?.saved_at ?? null,
  }),
}));

builder.queryField("savedDocuments", (t) =>
  t.connection({
    type: DocumentRef,
    description:
      "The documents the viewer saved, the last saved first (those they can no longer read are left out of the " +
      "page). Empty for a token that names no member.",
    authScopes: { authenticated: true },
    resolve: async (_root, args, context) => {
      const personId = context.viewer?.personId;
      if (!personId) return asConnection(EMPTY_PAGE);
      const page = await context.loaders.page<SavedDocumentRow>(
        "savedDocuments",
        savedDocumentsListQuery(),
        personId,
        args,
      );
      const readable = new Map(
        (
          await readableDocuments(
            context,
            page.rows.map((row) => row.document_id),
          )
        ).map((document) => [document.id, document]),
      );
      const kept = page.rows.flatMap((row, index) => {
        const document = readable.get(row.document_id);
        return document ? [{ document, cursor: page.cursors[index] as string }] : [];
      });
      return asConnection({
        ...page,
        rows: kept.map((entry) => entry.document),
        cursors: kept.map((entry) => entry.cursor),
      });
    },
  }),
);
