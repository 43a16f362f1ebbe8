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
import { loadableNode } from "../common/nodes";

export const DocumentRef = builder.objectRef<DocumentRow>("Document");

/** A row's document, by its id. */
export const documentReference = referenceFields(DocumentRef, "document");

export const ExternalBodyRef = loadableNode<ExternalBodyRow>("ExternalBody", externalBodiesByIds);

export const DocumentRelationRef = loadableNode<RelationRow>("DocumentRelation", relationsByIds);

export const AttachmentRef = loadableNode<AttachmentRow>("Attachment", attachmentsByIds);

export const AssignmentRef = loadableNode<AssignmentRow>("ImplementationAssignment", assignmentsByIds);

export const DocumentVersionRef = builder.objectRef<DocumentVersionRow>("DocumentVersion");
