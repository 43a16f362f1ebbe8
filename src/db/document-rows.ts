import type { DocumentTypeCode } from "../domain/document-numbers";
import type { DocumentStatus, DocumentType } from "../domain/documents";

/** A row of `documents`, as the loaders and lists return it. */
export interface DocumentRow {
  id: string;
  type: DocumentType;
  status: DocumentStatus;
  number: string | null;
  serial: number | null;
  type_code: DocumentTypeCode | null;
  issuer_code: string | null;
  issuer_cell_id: string | null;
  issuer_body_id: string | null;
  issuer_term: number | null;
  sequence_term: string | null;
  title: string;
  summary: string | null;
  body: string | null;
  issued_on: string | null;
  source: string | null;
  version: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** What a write of a document sets: its content, as the mutations give it. */
export interface DocumentContent {
  type: DocumentType;
  status: DocumentStatus;
  number: string | null;
  serial: number | null;
  typeCode: DocumentTypeCode | null;
  issuerCode: string | null;
  issuerCellId: string | null;
  issuerBodyId: string | null;
  issuerTerm: number | null;
  sequenceTerm: string | null;
  title: string;
  summary: string | null;
  body: string | null;
  issuedOn: string | null;
  source: string | null;
}
