import { builder } from "../../builder";
import { newId } from "../../db/database";
import type { DocumentContent } from "../../db/document-rows";
import {
  contentOf,
  insertDocument,
  softDeleteDocument,
  updateDocument,
  versionsByDocumentIds,
} from "../../db/documents";
import { issuerTermOf } from "../../domain/document-numbers";
import type { DocumentType } from "../../domain/documents";
import { assertDraft, assertIssueDate, validTitle } from "../../domain/documents";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../../domain/versions";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, documentOrRefuse } from "../common/references";
import { numbered, reloadDocument, snapshot, writesDocument } from "./document-writes";
import { DocumentRef, ExternalBodyRef } from "./refs";
import { DocumentTypeEnum } from "./types";

const DeletedDocumentRef = builder.objectRef<{ id: string }>("DeletedDocument").implement({
  description: "A document that was deleted.",
  fields: (t) => ({
    id: t.globalID({
      description: "Its global ID.",
      resolve: (deleted) => ({ type: "Document", id: deleted.id }),
    }),
  }),
});

defineMutation("createDocument", {
  description:
    "Registers a document: issued (with its number and date) or a draft, of a cell or an external body.",
  inputFields: (t) => ({
    type: t.field({ type: DocumentTypeEnum, required: true, description: "Kind of document." }),
    title: t.string({ required: true, description: "Title (trích yếu)." }),
    issuerId: t.globalID({
      for: [CellRef, ExternalBodyRef],
      required: true,
      description: "The issuer: a Cell of Chibo or an ExternalBody.",
    }),
    issuerTerm: t.string({ description: "The issuer's term as the document names it (“khóa XII”)." }),
    number: t.string({ description: "The official number, in any form that reads (“Số: 18-KL/TW”)." }),
    issuedOn: t.field({ type: "Date", description: "Date of issue (required unless draft)." }),
    draft: t.boolean({ description: "A draft: kept with versions, readable only by the issuer's writers." }),
    summary: t.string({ description: "Short summary." }),
    body: t.string({ description: "Full text." }),
    source: t.string({ description: "Where it came from: a URL or a note." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The new document." },
  authorize: (input) =>
    input.issuerId.typename === "Cell" ? { writeCell: input.issuerId.id } : { writer: true },
  run: async (input, context) => {
    const draft = input.draft ?? false;
    assertIssueDate(draft ? "DRAFT" : "ISSUED", input.issuedOn);
    const isCell = input.issuerId.typename === "Cell";
    if (isCell) {
      await cellOrRefuse(context, input.issuerId.id, "issuerId");
    } else {
      const [body] = await ExternalBodyRef.getDataloader(context).loadMany([input.issuerId.id]);
      if (!body || body instanceof Error)
        refuse(
          "NOT_FOUND",
          { vi: "Không có cơ quan ngoài hệ thống nào có ID này.", en: "No external body has this ID." },
          ["issuerId"],
        );
    }
    const base: DocumentContent = {
      type: input.type as DocumentType,
      status: draft ? "DRAFT" : "ISSUED",
      number: null,
      serial: null,
      typeCode: null,
      issuerCode: null,
      issuerCellId: isCell ? input.issuerId.id : null,
      issuerBodyId: isCell ? null : input.issuerId.id,
      issuerTerm: issuerTermOf(input.issuerTerm),
      sequenceTerm: null,
      title: validTitle(input.title),
      summary: input.summary?.trim() || null,
      body: input.body ?? null,
      issuedOn: input.issuedOn ?? null,
      source: input.source?.trim() || null,
    };
    const content = await numbered(context, base, input.number?.trim() || null, null);
    const id = newId();
    await context.db.write([
      ...insertDocument(context.db, id, content),
      ...(draft ? [snapshot(context, { id }, content, 1, null)] : []),
    ]);
    return reloadDocument(context, id);
  },
});

defineMutation("updateDocument", {
  description: "Changes a document. Saving a draft keeps the previous text as a version.",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
    title: t.string({ description: "Title." }),
    summary: t.string({ description: "Summary." }),
    body: t.string({ description: "Full text." }),
    number: t.string({ description: "Official number." }),
    issuedOn: t.field({ type: "Date", description: "Date of issue." }),
    issuerTerm: t.string({ description: "The issuer's term (“khóa XII”)." }),
    source: t.string({ description: "Source." }),
    versionNote: t.string({ description: "Why the draft changed (“amended at the meeting of 23/12/2017”)." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The document as changed." },
  authorize: (input, context) => writesDocument(input.documentId.id, context),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    assertExpectedVersion(document, input.expectedVersion);
    const current = contentOf(document);
    const changed: DocumentContent = {
      ...current,
      title: input.title == null ? current.title : validTitle(input.title),
      summary: input.summary === undefined ? current.summary : input.summary?.trim() || null,
      body: input.body === undefined ? current.body : input.body,
      issuedOn: input.issuedOn === undefined ? current.issuedOn : input.issuedOn,
      issuerTerm: input.issuerTerm === undefined ? current.issuerTerm : issuerTermOf(input.issuerTerm),
      source: input.source === undefined ? current.source : input.source?.trim() || null,
    };
    assertIssueDate(changed.status, changed.issuedOn);
    const written = input.number === undefined ? current.number : input.number?.trim() || null;
    const content = await numbered(context, changed, written, document.id);
    const versions =
      document.status === "DRAFT" ? await versionsByDocumentIds(context.db, [document.id]) : [];
    await context.db.write([
      context.db.guardVersion("documents", document.id, document.version),
      ...updateDocument(context.db, document.id, content),
      ...(document.status === "DRAFT"
        ? [snapshot(context, document, content, versions.length + 1, input.versionNote?.trim() || null)]
        : []),
    ]);
    return reloadDocument(context, document.id);
  },
});

defineMutation("issueDocument", {
  description: "Issues a draft: gives it its number and date of issue.",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The draft." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
    number: t.string({ description: "Official number (unless the document is unnumbered)." }),
    issuedOn: t.field({ type: "Date", required: true, description: "Date of issue." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The issued document." },
  authorize: (input, context) => writesDocument(input.documentId.id, context),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    assertExpectedVersion(document, input.expectedVersion);
    assertDraft(document.status);
    const content = await numbered(
      context,
      { ...contentOf(document), status: "ISSUED", issuedOn: input.issuedOn },
      input.number?.trim() || document.number,
      document.id,
    );
    await context.db.write([
      context.db.guardVersion("documents", document.id, document.version),
      ...updateDocument(context.db, document.id, content),
    ]);
    return reloadDocument(context, document.id);
  },
});

defineMutation("deleteDocument", {
  description: "Deletes a document recorded by mistake. Its files stay until an admin purges them.",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
  }),
  output: { field: "deleted", type: DeletedDocumentRef, description: "The deleted document's ID." },
  authorize: (input, context) => writesDocument(input.documentId.id, context),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    assertExpectedVersion(document, input.expectedVersion);
    await context.db.write([
      context.db.guardVersion("documents", document.id, document.version),
      ...softDeleteDocument(context.db, document.id),
    ]);
    return { id: document.id };
  },
});
