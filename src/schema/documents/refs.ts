import { builder } from "../../builder";
import { type AssignmentRow, assignmentsByIds } from "../../db/document-assignments";
import { type RelationRow, relationsByIds } from "../../db/document-relations";
import type { DocumentRow } from "../../db/document-rows";
import {
  type AttachmentRow,
  attachmentsByIds,
  type DocumentVersionRow,
  type ExternalBodyRow,
  externalBodiesByIds,
} from "../../db/documents";
import { referenceFields } from "../common/fields";

export const DocumentRef = builder.objectRef<DocumentRow>("Document");

/** A row's document, by its id. */
export const documentReference = referenceFields(DocumentRef, "document");

export const ExternalBodyRef = builder.loadableNodeRef<ExternalBodyRow>("ExternalBody", {
  id: { resolve: (body) => body.id },
  load: (ids: string[], context) => externalBodiesByIds(context.db, ids),
  sort: (body) => body.id,
});

export const DocumentRelationRef = builder.loadableNodeRef<RelationRow>("DocumentRelation", {
  id: { resolve: (relation) => relation.id },
  load: (ids: string[], context) => relationsByIds(context.db, ids),
  sort: (relation) => relation.id,
});

export const AttachmentRef = builder.loadableNodeRef<AttachmentRow>("Attachment", {
  id: { resolve: (attachment) => attachment.id },
  load: (ids: string[], context) => attachmentsByIds(context.db, ids),
  sort: (attachment) => attachment.id,
});

export const AssignmentRef = builder.loadableNodeRef<AssignmentRow>("ImplementationAssignment", {
  id: { resolve: (assignment) => assignment.id },
  load: (ids: string[], context) => assignmentsByIds(context.db, ids),
  sort: (assignment) => assignment.id,
});

export const DocumentVersionRef = builder.objectRef<DocumentVersionRow>("DocumentVersion");
