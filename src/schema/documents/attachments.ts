import { builder } from "../../builder";
import { newId, nowIso } from "../../db/database";
import {
  attachmentsByDocumentIds,
  documentsByIds,
  insertAttachment,
  markAttachmentsPurged,
} from "../../db/documents";
import {
  assertAttachmentAcceptable,
  assertFileWithin,
  assertPurgeable,
  DEFAULT_MAX_ATTACHMENT_BYTES,
} from "../../domain/documents";
import { assertContentMatchesType, cleanFileName, uploadedFile } from "../../domain/files";
import { refuse } from "../../domain/refusal";
import { defineMutation } from "../common/mutations";
import { documentOrRefuse } from "../common/references";
import { writesDocument } from "./document-writes";
import { AttachmentRef, DocumentRef } from "./refs";

/** Files attached to documents (R2), and their purge. */

builder.scalarType("File", {
  description: "A file sent with the GraphQL multipart request spec (as Yoga receives it).",
  serialize: () => {
    throw new Error("File is an input type");
  },
  parseValue: uploadedFile,
});

const PurgeRef = builder.objectRef<{ documentId: string; files: number }>("FilePurge").implement({
  description: "Files removed from storage.",
  fields: (t) => ({
    documentId: t.globalID({
      description: "The document whose files went.",
      resolve: (purge) => ({ type: "Document", id: purge.documentId }),
    }),
    files: t.exposeInt("files", { description: "How many files were removed." }),
  }),
});

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

defineMutation("uploadAttachment", {
  description:
    "Keeps a file with a document (PDF, DOC/DOCX, JPEG/PNG/TIFF scans), sent as a multipart upload.",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
    file: t.field({ type: "File", required: true, description: "The file (GraphQL multipart request)." }),
  }),
  output: { field: "attachment", type: AttachmentRef, description: "The stored file." },
  authorize: (input, context) => writesDocument(input.documentId.id, context),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    const maxBytes = Number(context.env.MAX_ATTACHMENT_BYTES) || DEFAULT_MAX_ATTACHMENT_BYTES;
    const file = input.file;
    assertAttachmentAcceptable({ name: file.name, type: file.type, size: file.size }, maxBytes);
    const bytes = await file.arrayBuffer();
    assertFileWithin(bytes.byteLength, maxBytes);
    const contentType = file.type.split(";")[0]?.trim().toLowerCase() ?? "application/octet-stream";
    assertContentMatchesType(contentType, new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 16)));
    const id = newId();
    const key = `documents/${document.id}/${id}`;
    const sha256 = await sha256Hex(bytes);
    await context.env.FILES.put(key, bytes, { httpMetadata: { contentType }, sha256 });
    try {
      await context.db.write([
        context.db.guardVersion("documents", document.id, document.version),
        insertAttachment(context.db, {
          id,
          document_id: document.id,
          file_name: cleanFileName(file.name),
          content_type: contentType,
          size: bytes.byteLength,
          sha256,
          r2_key: key,
          uploaded_by: context.viewer?.personId ?? null,
          purged_at: null,
          created_at: nowIso(),
        }),
      ]);
    } catch (error) {
      // The record did not land: the object would be an orphan nobody can reach, so it goes too.
      await context.env.FILES.delete(key);
      throw error;
    }
    return (await attachmentsByDocumentIds(context.db, [document.id])).find((row) => row.id === id) as never;
  },
});

defineMutation("purgeDocumentFiles", {
  description:
    "Admins only: deletes from storage the files of a deleted or revoked document (the records stay).",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
  }),
  output: { field: "purge", type: PurgeRef, description: "What was removed." },
  authorize: () => ({ admin: true }),
  run: async (input, context) => {
    const [document] = await documentsByIds(context.db, [input.documentId.id]);
    if (!document)
      refuse("NOT_FOUND", { vi: "Không có văn bản nào có ID này.", en: "No document has this ID." }, [
        "documentId",
      ]);
    assertPurgeable({ deletedAt: document.deleted_at, status: document.status });
    const files = (await attachmentsByDocumentIds(context.db, [document.id])).filter(
      (file) => file.purged_at === null,
    );
    if (files.length > 0) await context.env.FILES.delete(files.map((file) => file.r2_key));
    await context.db.write([markAttachmentsPurged(context.db, document.id)]);
    return { documentId: document.id, files: files.length };
  },
});
