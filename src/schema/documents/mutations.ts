import { builder } from "../../builder";
import type { Context } from "../../context";
import { newId, nowIso } from "../../db/database";
import type { DocumentContent, DocumentRow } from "../../db/document-rows";
import {
  type AssignmentRow,
  activeCellsUnder,
  assignmentsByIds,
  attachmentsByDocumentIds,
  contentOf,
  deleteRelation,
  documentsByIds,
  insertAssignment,
  insertAttachment,
  insertDocument,
  insertRelation,
  insertVersion,
  markAttachmentsPurged,
  recordImplementation,
  relationExists,
  relationsByIds,
  serialsInSequence,
  setDocumentStatus,
  softDeleteDocument,
  supersedesThroughChain,
  updateDocument,
  versionsByDocumentIds,
} from "../../db/documents";
import { isWithinSubtree } from "../../domain/cells";
import { documentNumberOrRefuse, parseTerm } from "../../domain/document-numbers";
import {
  assertAttachmentAcceptable,
  assertRelationAllowed,
  assertTypeCodeFits,
  canReadDocument,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type DocumentType,
  type RelationKind,
  statusAfterRelation,
} from "../../domain/documents";
import { assertContentMatchesType, cleanFileName } from "../../domain/files";
import { refuse } from "../../domain/refusal";
import { assertExpectedVersion } from "../cells/mutations";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { AssignmentRef, AttachmentRef, DocumentRef, DocumentRelationRef, ExternalBodyRef } from "./refs";
import { type Issuer, sequenceOf } from "./sequences";
import { DocumentTypeEnum, ImplementationStatusEnum, RelationKindEnum } from "./types";

builder.scalarType("File", {
  description: "A file sent with the GraphQL multipart request spec (as Yoga receives it).",
  serialize: () => {
    throw new Error("File is an input type");
  },
  parseValue: (value) => {
    if (!(value instanceof File)) refuse("INVALID_FILE", "Send the file as a multipart upload.", ["file"]);
    return value;
  },
});

const DeletedDocumentRef = builder.objectRef<{ id: string }>("DeletedDocument").implement({
  description: "A document that was deleted.",
  fields: (t) => ({
    id: t.globalID({
      description: "Its global ID.",
      resolve: (deleted) => ({ type: "Document", id: deleted.id }),
    }),
  }),
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

async function documentOrRefuse(context: Context, id: string, field = "documentId"): Promise<DocumentRow> {
  const document = await context.loaders.document.load(id);
  if (!document || !(await context.access.canReadDocument(document))) {
    refuse("NOT_FOUND", "No document you can see has this ID.", [field]);
  }
  return document;
}

async function reloadDocument(context: Context, id: string): Promise<DocumentRow> {
  context.loaders.document.clear(id);
  return documentOrRefuse(context, id);
}

/** Writers of the issuing cell; an external body's documents, any writer (they register what reaches them). */
/**
 * Writers of the document's issuer. A document the viewer cannot read passes here like an unknown one: `run` then
 * answers both NOT_FOUND alike (documentOrRefuse), so its ID tells nothing.
 */
async function writesDocument(documentId: string, context: Context) {
  const document = await context.loaders.document.load(documentId);
  if (!document || !(await context.access.canReadDocument(document))) return { authenticated: true };
  return document.issuer_cell_id ? { writeCell: document.issuer_cell_id } : { writer: true };
}

function issuerTermOrRefuse(written: string | null | undefined): number | null {
  if (written == null || written.trim() === "") return null;
  const term = parseTerm(written);
  if (term === null) {
    refuse("INVALID_TERM", `"${written}" is not a term in Roman numerals, as in “khóa XII”.`, ["issuerTerm"]);
  }
  return term;
}

/**
 * Reads a typed number into the content and checks it: it fits the type, carries the issuer's code, and no
 * other document of the same sequence (issuer × type code × term) has it.
 */
async function numbered(
  context: Context,
  content: DocumentContent,
  written: string | null,
  excludeId: string | null,
): Promise<DocumentContent> {
  if (written === null)
    return { ...content, number: null, serial: null, typeCode: null, issuerCode: null, sequenceTerm: null };
  const number = documentNumberOrRefuse(written, ["number"]);
  assertTypeCodeFits(content.type, number.typeCode);
  const issuer: Issuer = content.issuerCellId
    ? { cellId: content.issuerCellId }
    : { bodyId: content.issuerBodyId as string, issuerTerm: content.issuerTerm };
  const expectedCode = await issuerCodeOf(context, issuer);
  if (expectedCode && expectedCode !== number.issuerCode) {
    refuse(
      "ISSUER_CODE_MISMATCH",
      `This issuer's numbers end in /${expectedCode}, not /${number.issuerCode}.`,
      ["number"],
    );
  }
  const sequenceTerm = await sequenceOf(context, issuer, content.issuedOn ?? context.today);
  const holder = (
    await serialsInSequence(context.db, {
      issuerId: content.issuerCellId ?? (content.issuerBodyId as string),
      typeCode: number.typeCode,
      sequenceTerm,
    })
  ).find((row) => row.serial === number.serial && row.id !== excludeId);
  if (holder) {
    refuse(
      "DUPLICATE_DOCUMENT_NUMBER",
      `${holder.number} is already the number of “${holder.title}” in the same sequence (${sequenceTerm}).`,
      ["number"],
    );
  }
  return {
    ...content,
    number: number.canonical,
    serial: number.serial,
    typeCode: number.typeCode,
    issuerCode: number.issuerCode,
    sequenceTerm,
  };
}

async function issuerCodeOf(context: Context, issuer: Issuer): Promise<string | null> {
  if ("cellId" in issuer) return (await context.loaders.cell.load(issuer.cellId))?.document_code ?? null;
  const body = await ExternalBodyRef.getDataloader(context).load(issuer.bodyId);
  return body.issuer_code;
}

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > 500)
    refuse("INVALID_TITLE", "A title has 1 to 500 characters.", ["title"]);
  return trimmed;
}

function snapshot(
  context: Context,
  document: { id: string },
  content: DocumentContent,
  version: number,
  note: string | null,
) {
  return insertVersion(context.db, {
    id: newId(),
    document_id: document.id,
    version,
    title: content.title,
    summary: content.summary,
    body: content.body,
    saved_by: context.viewer?.personId ?? null,
    saved_at: nowIso(),
    note,
  });
}

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
    if (!draft && !input.issuedOn)
      refuse("ISSUED_ON_REQUIRED", "An issued document needs its date of issue.", ["issuedOn"]);
    const isCell = input.issuerId.typename === "Cell";
    if (isCell) {
      const cell = await context.loaders.cell.load(input.issuerId.id);
      if (!cell) refuse("NOT_FOUND", "No organization has this ID.", ["issuerId"]);
    } else {
      const [body] = await ExternalBodyRef.getDataloader(context).loadMany([input.issuerId.id]);
      if (!body || body instanceof Error) refuse("NOT_FOUND", "No external body has this ID.", ["issuerId"]);
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
      issuerTerm: issuerTermOrRefuse(input.issuerTerm),
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
      issuerTerm: input.issuerTerm === undefined ? current.issuerTerm : issuerTermOrRefuse(input.issuerTerm),
      source: input.source === undefined ? current.source : input.source?.trim() || null,
    };
    if (changed.status !== "DRAFT" && !changed.issuedOn) {
      refuse("ISSUED_ON_REQUIRED", "An issued document needs its date of issue.", ["issuedOn"]);
    }
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
    if (document.status !== "DRAFT")
      refuse("NOT_A_DRAFT", `The document is ${document.status}, not a draft.`, ["documentId"]);
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
    if (!relation) refuse("NOT_FOUND", "No relation has this ID.", ["relationId"]);
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

defineMutation("assignDocument", {
  description:
    "A committee gives a document to cells of its subtree to implement, with a deadline (again: a new deadline).",
  inputFields: (t) => ({
    documentId: t.globalID({ for: DocumentRef, required: true, description: "The document to implement." }),
    committeeId: t.globalID({ for: CellRef, required: true, description: "The committee assigning it." }),
    cellIds: t.globalIDList({
      for: CellRef,
      description: "The organizations of its subtree; by default every active cell in it.",
    }),
    deadline: t.field({ type: "Date", description: "When the cells report on it." }),
  }),
  output: { field: "document", type: DocumentRef, description: "The document, with its assignments." },
  authorize: (input) => ({ governUnder: input.committeeId.id }),
  run: async (input, context) => {
    const document = await documentOrRefuse(context, input.documentId.id);
    const committee = await context.loaders.cell.load(input.committeeId.id);
    if (!committee) refuse("NOT_FOUND", "No organization has this ID.", ["committeeId"]);
    const cellIds = input.cellIds
      ? input.cellIds.map((id) => id.id)
      : (await activeCellsUnder(context.db, committee.path)).map((row) => row.id);
    if (cellIds.length === 0)
      refuse("NO_CELLS", `${committee.name} has no active cells to assign it to.`, ["cellIds"]);
    if (cellIds.length > 2000) refuse("TOO_MANY_CELLS", "Assign at most 2,000 cells at once.", ["cellIds"]);
    const cells = await context.loaders.cell.loadMany(cellIds);
    const issuerPath = document.issuer_cell_id
      ? ((await context.loaders.cell.load(document.issuer_cell_id))?.path ?? null)
      : null;
    cells.forEach((cell, index) => {
      if (!cell || cell instanceof Error)
        refuse("NOT_FOUND", "No organization has this ID.", ["cellIds", String(index)]);
      if (cell.id === committee.id || !isWithinSubtree(cell.path, committee.path)) {
        refuse("NOT_IN_SUBTREE", `${cell.name} is not below ${committee.name}.`, ["cellIds", String(index)]);
      }
      const membersOfCell = { everything: false, readPaths: [cell.path], draftPaths: [] };
      if (!canReadDocument({ status: document.status, deletedAt: null }, issuerPath, membersOfCell)) {
        refuse(
          "NOT_READABLE_BY_CELL",
          `The members of ${cell.name} cannot read this document (a draft, or a document of an organization off ` +
            "their line): issue it first, or assign one they can read.",
          ["cellIds", String(index)],
        );
      }
    });
    await context.db.write([
      context.db.guardVersion("documents", document.id, document.version),
      ...cellIds.map((cellId) =>
        insertAssignment(context.db, {
          id: newId(),
          document_id: document.id,
          cell_id: cellId,
          assigned_by_cell_id: committee.id,
          deadline: input.deadline ?? null,
          status: "NOT_STARTED",
          report_document_id: null,
          reported_on: null,
          note: null,
        }),
      ),
    ]);
    return reloadDocument(context, document.id);
  },
});

defineMutation("recordImplementation", {
  description: "A cell records where it stands on a document it implements, with its own plan or report.",
  inputFields: (t) => ({
    assignmentId: t.globalID({ for: AssignmentRef, required: true, description: "The assignment." }),
    status: t.field({
      type: ImplementationStatusEnum,
      required: true,
      description: "Where the cell stands.",
    }),
    reportDocumentId: t.globalID({ for: DocumentRef, description: "The cell's own plan or report on it." }),
    reportedOn: t.field({ type: "Date", description: "Date of the record (required when REPORTED)." }),
    note: t.string({ description: "Note." }),
    expectedVersion: t.int({ description: "The version read; when given, a newer one means CONFLICT." }),
  }),
  output: { field: "assignment", type: AssignmentRef, description: "The assignment as recorded." },
  // An assignment out of the viewer's reach is answered as one that does not exist.
  authorize: async (input, context) => {
    const [assignment] = await assignmentsByIds(context.db, [input.assignmentId.id]);
    return assignment && (await context.access.canRead(assignment.cell_id))
      ? { writeCell: assignment.cell_id }
      : { authenticated: true };
  },
  run: async (input, context) => {
    const [assignment] = await assignmentsByIds(context.db, [input.assignmentId.id]);
    if (!assignment || !(await context.access.canRead(assignment.cell_id))) {
      refuse("NOT_FOUND", "No assignment you can see has this ID.", ["assignmentId"]);
    }
    if (input.expectedVersion != null) assertExpectedVersion(assignment, input.expectedVersion);
    if (input.status === "REPORTED" && !input.reportedOn) {
      refuse("REPORT_DATE_REQUIRED", "A report needs its date.", ["reportedOn"]);
    }
    let reportDocumentId: string | null = assignment.report_document_id;
    if (input.reportDocumentId) {
      const report = await documentOrRefuse(context, input.reportDocumentId.id, "reportDocumentId");
      if (report.issuer_cell_id !== assignment.cell_id) {
        refuse("REPORT_NOT_OWN", "The plan or report must be a document of the implementing cell.", [
          "reportDocumentId",
        ]);
      }
      reportDocumentId = report.id;
    }
    await context.db.write([
      context.db.guardVersion("implementation_assignments", assignment.id, assignment.version),
      recordImplementation(context.db, assignment.id, {
        status: input.status,
        report_document_id: reportDocumentId,
        reported_on: input.reportedOn ?? null,
        note: input.note?.trim() || assignment.note,
      }),
    ]);
    return (await assignmentsByIds(context.db, [assignment.id]))[0] as AssignmentRow;
  },
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
    if (bytes.byteLength > maxBytes) refuse("FILE_TOO_LARGE", `The limit is ${maxBytes} bytes.`, ["file"]);
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
    if (!document) refuse("NOT_FOUND", "No document has this ID.", ["documentId"]);
    if (document.deleted_at === null && document.status !== "REVOKED") {
      refuse("NOT_PURGEABLE", "Only the files of a deleted or revoked document can be purged.", [
        "documentId",
      ]);
    }
    const files = (await attachmentsByDocumentIds(context.db, [document.id])).filter(
      (file) => file.purged_at === null,
    );
    if (files.length > 0) await context.env.FILES.delete(files.map((file) => file.r2_key));
    await context.db.write([markAttachmentsPurged(context.db, document.id)]);
    return { documentId: document.id, files: files.length };
  },
});
