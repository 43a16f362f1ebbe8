import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow, LineageRow } from "../../db/cells";
import { type AssignmentRow, assignmentsOfDocumentQuery } from "../../db/document-assignments";
import { type RelationEnd, relationListQuery, relationsOfDocuments } from "../../db/document-relations";
import {
  attachmentsByDocumentIds,
  cellsFoundedByDocuments,
  successionsDecidedByDocuments,
  versionsByDocumentIds,
} from "../../db/documents";
import { tenantQueryOf } from "../../db/tenants";
import { type DocumentNumber, toRoman } from "../../domain/document-numbers";
import type { DocumentReader, RelationDirection } from "../../domain/documents";
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  IMPLEMENTATION_STATUS_LABELS,
  RELATION_KIND_LABELS,
  TYPE_CODES,
} from "../../domain/documents";
import { CellRef, cellReference } from "../cells/refs";
import { SuccessionRef } from "../cells/types";
import { asConnection, connectionOf } from "../common/connections";
import { recordFields, rowsNamingIt } from "../common/fields";
import { labelledEnum, labelledFields } from "../common/labels";
import { personReference } from "../people/refs";
import {
  AssignmentRef,
  AttachmentRef,
  DocumentRef,
  DocumentRelationRef,
  DocumentVersionRef,
  documentReference,
  ExternalBodyRef,
} from "./refs";

export const DocumentTypeEnum = labelledEnum("DocumentType", "Kind of Party document.", DOCUMENT_TYPE_LABELS);
export const DocumentStatusEnum = labelledEnum(
  "DocumentStatus",
  "Where a document stands: draft, issued, superseded or revoked.",
  DOCUMENT_STATUS_LABELS,
);
export const RelationKindEnum = labelledEnum(
  "DocumentRelationKind",
  "How one document relates to another.",
  RELATION_KIND_LABELS,
);
export const ImplementationStatusEnum = labelledEnum(
  "ImplementationStatus",
  "Where a cell stands in implementing a document.",
  IMPLEMENTATION_STATUS_LABELS,
);

export const RelationDirectionEnum = builder.enumType("RelationDirection", {
  description: "Which relations of a document: from it to others, from others to it, or both.",
  values: {
    OUTGOING: { description: "This document relates to others (it implements, supersedes … them)." },
    INCOMING: { description: "Others relate to this document (they implement, supersede … it)." },
    BOTH: { description: "Both directions." },
  },
});

const relationArgs = builder.args((t) => ({
  direction: t.field({ type: RelationDirectionEnum, defaultValue: "BOTH", description: "Which direction." }),
  kind: t.field({ type: RelationKindEnum, description: "Only relations of this kind." }),
}));

export const DocumentNumberRef = builder.objectRef<DocumentNumber>("DocumentNumber").implement({
  description: "An official number read into its parts.",
  fields: (t) => ({
    canonical: t.exposeString("canonical", {
      description: "The form Chibo stores and shows, e.g. “45-QĐ/ĐU”.",
    }),
    serial: t.exposeInt("serial", { description: "The serial within the issuer's sequence." }),
    typeCode: t.exposeString("typeCode", { description: "The type abbreviation, e.g. QĐ, NQ, KL." }),
    issuerCode: t.exposeString("issuerCode", { description: "The issuer abbreviation, e.g. TW, ĐU, ĐUK." }),
    types: t.field({
      type: [DocumentTypeEnum],
      description: "The document types numbered with this type code (QĐ: decisions and regulations).",
      resolve: (number) =>
        (Object.keys(TYPE_CODES) as (keyof typeof TYPE_CODES)[]).filter((type) =>
          TYPE_CODES[type].includes(number.typeCode),
        ),
    }),
  }),
});

const IssuerTermRef = builder.objectRef<number>("IssuerTerm").implement({
  description: "A term of an issuing body (khóa), written in Roman numerals.",
  fields: (t) => ({
    number: t.int({ description: "The term as a number (10).", resolve: (term) => term }),
    roman: t.string({ description: "The term in Roman numerals (X).", resolve: (term) => toRoman(term) }),
    label: t.string({
      description: "As written in documents: “khóa X”.",
      resolve: (term) => `khóa ${toRoman(term)}`,
    }),
  }),
});

ExternalBodyRef.implement({
  description:
    "An issuing body outside Chibo's tree: the Central Committee, the Politburo, the Secretariat …",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name." }),
    issuerCode: t.exposeString("issuer_code", { description: "The issuer code its numbers carry (TW)." }),
  }),
});

export const DocumentIssuerUnion = builder.unionType("DocumentIssuer", {
  description: "Who issued a document: an organization of Chibo or an external body.",
  types: [CellRef, ExternalBodyRef],
  resolveType: (issuer) => ("issuer_code" in issuer ? "ExternalBody" : "Cell"),
});

/** Type-level rule for objects that belong to a document: readable exactly when the document is. */
async function readsDocumentOf(documentId: string, context: Context) {
  const document = await context.loaders.document.load(documentId);
  return document ? { readDocument: document } : { admin: true };
}

/** The paths whose line the viewer reads; null for a viewer who reads everything. */
function readerPathsOf(reader: DocumentReader): readonly string[] | null {
  return reader.everything ? null : reader.readPaths;
}

builder.node(DocumentRef, {
  description:
    "A Party document: a resolution, directive, conclusion, decision, regulation, plan, report, minutes … " +
    "External bodies' documents are readable by everyone signed in; a cell's, by its members and the committees " +
    "above; drafts, by the cell's secretary and the committees above.",
  id: { resolve: (document) => document.id },
  runScopesOnType: true,
  authScopes: (document) => ({ readDocument: document }),
  loadMany: async (ids, context) =>
    (await context.loaders.document.loadMany(ids)).map((row) => (row instanceof Error ? null : row)),
  fields: (t) => ({
    number: t.exposeString("number", {
      nullable: true,
      description: "The canonical number (“18-KL/TW”); null for an unnumbered draft.",
    }),
    numberParts: t.field({
      type: DocumentNumberRef,
      nullable: true,
      description: "The number's parts.",
      resolve: (document) =>
        document.number && document.serial && document.type_code && document.issuer_code
          ? {
              canonical: document.number,
              serial: document.serial,
              typeCode: document.type_code,
              issuerCode: document.issuer_code,
            }
          : null,
    }),
    ...labelledFields(t, "type", DocumentTypeEnum, "Kind of document.", (document) => document.type),
    ...labelledFields(
      t,
      "status",
      DocumentStatusEnum,
      "Draft, issued, superseded or revoked.",
      (document) => document.status,
    ),
    title: t.exposeString("title", { description: "Title (trích yếu)." }),
    summary: t.exposeString("summary", { nullable: true, description: "Short summary." }),
    body: t.exposeString("body", { nullable: true, description: "Full text, where recorded." }),
    issuedOn: t.expose("issued_on", { type: "Date", nullable: true, description: "Date of issue." }),
    source: t.exposeString("source", { nullable: true, description: "Where it came from: a URL or a note." }),
    issuer: t.field({
      type: DocumentIssuerUnion,
      description: "The issuing organization or body.",
      resolve: async (document, _args, context) =>
        document.issuer_cell_id
          ? ((await context.loaders.cell.load(document.issuer_cell_id)) as CellRow)
          : await ExternalBodyRef.getDataloader(context).load(document.issuer_body_id as string),
    }),
    issuerTerm: t.expose("issuer_term", {
      type: IssuerTermRef,
      nullable: true,
      description: "The issuer's term (khóa) the document names.",
    }),
    versions: rowsNamingIt(
      t,
      DocumentVersionRef,
      "Every saved version of the draft, oldest first.",
      versionsByDocumentIds,
      (version) => version.document_id,
    ),
    attachments: rowsNamingIt(
      t,
      AttachmentRef,
      "Files kept with the document (PDF, DOCX, scans of signed pages).",
      attachmentsByDocumentIds,
      (attachment) => attachment.document_id,
    ),
    relations: t.field({
      type: [DocumentRelationRef],
      description:
        "Relations to other documents: “what implements 10-CT/TW?” is relations(direction: INCOMING, kind: IMPLEMENTS). " +
        "Only those whose other document the viewer may read; outgoing ones first, each direction by date. " +
        "relationsConnection reads them a page at a time.",
      args: relationArgs,
      resolve: async (document, args, context) => {
        const reader = await context.access.reader();
        const directions: RelationDirection[] =
          !args.direction || args.direction === "BOTH" ? ["OUTGOING", "INCOMING"] : [args.direction];
        const lists = await Promise.all(
          directions.map((direction) =>
            context.loaders
              .grouped(
                `relations:${direction}:${args.kind ?? ""}`,
                (ids) => relationsOfDocuments(context.db, ids, { direction, kind: args.kind, reader }),
                (relation) => relation.document_id,
              )
              .load(document.id),
          ),
        );
        return lists.flat();
      },
    }),
    relationsConnection: t.connection(
      {
        type: DocumentRelationRef,
        description:
          "The relations of `relations`, a page at a time with their total, by date (both directions in one order): " +
          "a provincial plan may be implemented by hundreds of documents.",
        args: relationArgs,
        resolve: async (document, args, context) => {
          const direction = args.direction ?? "BOTH";
          return connectionOf<RelationEnd>(
            context,
            // The direction changes the list's FROM, which the loader's key does not hold.
            `documentRelations:${direction}`,
            relationListQuery({ direction, kind: args.kind, reader: await context.access.reader() }),
            document.id,
            args,
          );
        },
      },
      { name: "DocumentRelationsConnection" },
      { name: "DocumentRelationsConnectionEdge" },
    ),
    founds: t.loadableGroup({
      type: CellRef,
      description: "Organizations this decision founded.",
      load: async (ids: string[], context) => {
        const rows = await cellsFoundedByDocuments(context.db, ids);
        return (await context.loaders.cell.loadMany(rows.map((row) => row.id))).filter(
          (row): row is CellRow => row !== null && !(row instanceof Error),
        );
      },
      group: (cell) => (cell as CellRow).founding_document_id ?? "",
      resolve: (document) => document.id,
    }),
    recordsSuccessions: t.loadableGroup({
      type: SuccessionRef,
      description: "Successions of organizations (renamed, merged …) this decision recorded.",
      load: (ids: string[], context) =>
        successionsDecidedByDocuments(context.db, ids) as unknown as Promise<LineageRow[]>,
      group: (lineage) => lineage.decision_document_id ?? "",
      resolve: (document) => document.id,
    }),
    assignments: t.connection({
      type: AssignmentRef,
      description:
        "The cells assigned to implement it, by deadline: “who has not reported” is assignments(overdueOn: today).",
      args: {
        underId: t.arg.globalID({ for: CellRef, description: "Only cells in this organization's subtree." }),
        status: t.arg({ type: ImplementationStatusEnum, description: "Only assignments in this state." }),
        overdueOn: t.arg({
          type: "Date",
          description: "Only assignments not reported whose deadline fell before this day.",
        }),
      },
      resolve: async (document, args, context) => {
        const under = args.underId ? await context.loaders.cell.load(args.underId.id) : null;
        const page = await context.loaders.page<AssignmentRow>(
          "documentAssignments",
          assignmentsOfDocumentQuery({
            underPath: under?.path ?? (args.underId ? "/nowhere/" : null),
            status: args.status ?? null,
            overdueOn: args.overdueOn ?? null,
            readerPaths: readerPathsOf(await context.access.reader()),
          }),
          document.id,
          args,
        );
        return asConnection(page);
      },
    }),
    ...recordFields(t),
  }),
});

DocumentVersionRef.implement({
  description: "A saved version of a draft: what it said, who saved it and when.",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "1 for the first saved text, then 2, 3 …" }),
    title: t.exposeString("title", { description: "Title at that version." }),
    summary: t.exposeString("summary", { nullable: true, description: "Summary at that version." }),
    body: t.exposeString("body", { nullable: true, description: "Text at that version." }),
    savedBy: personReference.optional(
      t,
      "Who saved it, where the token named a person.",
      (version) => version.saved_by,
    ),
    savedAt: t.expose("saved_at", { type: "DateTime", description: "When it was saved." }),
    note: t.exposeString("note", {
      nullable: true,
      description: "Why it changed (e.g. “amended at the meeting”).",
    }),
  }),
});

DocumentRelationRef.implement({
  description:
    "A typed, directed relation: `from` implements, supersedes, amends … `to`. Readable when both documents are.",
  runScopesOnType: true,
  authScopes: async (relation, context) => ({
    $all: {
      ...(await readsDocumentOf(relation.from_id, context)),
      $all: await readsDocumentOf(relation.to_id, context),
    },
  }),
  fields: (t) => ({
    ...labelledFields(
      t,
      "kind",
      RelationKindEnum,
      "How `from` relates to `to`.",
      (relation) => relation.kind,
    ),
    from: documentReference.required(t, "The relating document.", (relation) => relation.from_id),
    to: documentReference.required(t, "The related document.", (relation) => relation.to_id),
    relatedOn: t.expose("related_on", { type: "Date", nullable: true, description: "Date of the relation." }),
    note: t.exposeString("note", { nullable: true, description: "Note." }),
  }),
});

AttachmentRef.implement({
  description: "A file kept with a document, stored in R2; download it from `url` with the same token.",
  runScopesOnType: true,
  authScopes: (attachment, context) => readsDocumentOf(attachment.document_id, context),
  fields: (t) => ({
    fileName: t.exposeString("file_name", { description: "The file's name." }),
    contentType: t.exposeString("content_type", { description: "Media type." }),
    size: t.exposeInt("size", { description: "Size in bytes." }),
    sha256: t.exposeString("sha256", { description: "SHA-256 of the content, hex." }),
    url: t.string({
      description: "Path of the download route (GET, same Authorization header).",
      resolve: (attachment, _args, context) =>
        `/documents/${encodeURIComponent(attachment.document_id)}/attachments/${encodeURIComponent(attachment.id)}` +
        tenantQueryOf(context.tenant),
    }),
    purged: t.boolean({
      description: "Whether an admin purged the file (the record stays).",
      resolve: (attachment) => attachment.purged_at !== null,
    }),
    uploadedAt: t.expose("created_at", { type: "DateTime", description: "When it was uploaded." }),
  }),
});

AssignmentRef.implement({
  description:
    "A document a committee gave a cell to implement, with the cell's record of it. Readable by those who read " +
    "both the document and the cell's records (its line).",
  runScopesOnType: true,
  authScopes: async (assignment, context) => ({
    $all: { ...(await readsDocumentOf(assignment.document_id, context)), readCell: assignment.cell_id },
  }),
  fields: (t) => ({
    document: documentReference.required(
      t,
      "The document to implement.",
      (assignment) => assignment.document_id,
    ),
    cell: cellReference.required(t, "The cell that implements it.", (assignment) => assignment.cell_id),
    assignedBy: cellReference.required(
      t,
      "The committee that assigned it.",
      (assignment) => assignment.assigned_by_cell_id,
    ),
    deadline: t.expose("deadline", { type: "Date", nullable: true, description: "When the report is due." }),
    ...labelledFields(
      t,
      "status",
      ImplementationStatusEnum,
      "Where the cell stands.",
      (assignment) => assignment.status,
    ),
    reportDocument: documentReference.optional(
      t,
      "The cell's own plan or report on it.",
      (assignment) => assignment.report_document_id,
    ),
    reportedOn: t.expose("reported_on", {
      type: "Date",
      nullable: true,
      description: "When the cell recorded it.",
    }),
    note: t.exposeString("note", { nullable: true, description: "Note." }),
    version: t.exposeInt("version", {
      description: "Increases with every change; send it back as expectedVersion.",
    }),
  }),
});
