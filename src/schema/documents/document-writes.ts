import type { Context } from "../../context";
import { newId, nowIso } from "../../db/database";
import type { DocumentContent, DocumentRow } from "../../db/document-rows";
import { insertVersion, serialsInSequence } from "../../db/documents";
import {
  assertIssuerCodeFits,
  assertNumberFree,
  documentNumberOrRefuse,
} from "../../domain/document-numbers";
import { assertTypeCodeFits } from "../../domain/documents";
import { assertIssuerTermCovers, numberingIssuer } from "../../domain/issuer-terms";
import { documentOrRefuse } from "../common/references";
import { ExternalBodyRef } from "./refs";
import { type Issuer, sequenceOf } from "./sequences";

/** What the document mutations share: finding the document written, its number and issuer, its audit snapshot. */

export async function reloadDocument(context: Context, id: string): Promise<DocumentRow> {
  context.loaders.document.clear(id);
  return documentOrRefuse(context, id);
}

/** Writers of the issuing cell; an external body's documents, any writer (they register what reaches them). */
/**
 * Writers of the document's issuer. A document the viewer cannot read passes here like an unknown one: `run` then
 * answers both NOT_FOUND alike (documentOrRefuse), so its ID tells nothing.
 */
export async function writesDocument(documentId: string, context: Context) {
  const document = await context.loaders.document.load(documentId);
  if (!document || !(await context.access.canReadDocument(document))) return { authenticated: true };
  return document.issuer_cell_id ? { writeCell: document.issuer_cell_id } : { writer: true };
}

/**
 * Reads a typed number into the content and checks it: it fits the type, carries the issuer's code, and no
 * other document of the same sequence (issuer × type code × term) has it.
 */
export async function numbered(
  context: Context,
  content: DocumentContent,
  written: string | null,
  excludeId: string | null,
): Promise<DocumentContent> {
  const issuer: Issuer = content.issuerCellId
    ? { cellId: content.issuerCellId }
    : { bodyId: content.issuerBodyId as string, issuerTerm: content.issuerTerm };
  const expectedCode = await issuerCodeOf(context, issuer);
  if ("bodyId" in issuer) assertIssuerTermCovers(expectedCode, content.issuerTerm, content.issuedOn);
  if (written === null)
    return { ...content, number: null, serial: null, typeCode: null, issuerCode: null, sequenceTerm: null };
  const number = documentNumberOrRefuse(written, ["number"]);
  assertTypeCodeFits(content.type, number.typeCode);
  assertIssuerCodeFits(expectedCode, number.issuerCode);
  const sequenceTerm = await sequenceOf(context, issuer, content.issuedOn ?? context.today);
  const holder = (
    await serialsInSequence(context.db, {
      issuerId: numberingIssuer(
        content.issuerCellId ? { cellId: content.issuerCellId } : { issuerCode: number.issuerCode },
      ),
      typeCode: number.typeCode,
      sequenceTerm,
    })
  ).find((row) => row.serial === number.serial && row.id !== excludeId);
  assertNumberFree(holder, sequenceTerm);
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

export function snapshot(
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
