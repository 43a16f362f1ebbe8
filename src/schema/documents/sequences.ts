import type { Context } from "../../context";
import { termsByCellIds } from "../../db/cells";
import { sequenceTerm } from "../../domain/documents";

export type Issuer = { cellId: string } | { bodyId: string; issuerTerm: number | null };

/**
 * The numbering sequence a document of this issuer, issued on this day, belongs to: a cell's recorded term,
 * an external body's term (khóa) as the document names it, or else the calendar year.
 */
export async function sequenceOf(context: Context, issuer: Issuer, issuedOn: string): Promise<string> {
  if ("bodyId" in issuer) {
    return issuer.issuerTerm !== null ? `khoa:${issuer.issuerTerm}` : `year:${issuedOn.slice(0, 4)}`;
  }
  const terms = await termsByCellIds(context.db, [issuer.cellId]);
  return sequenceTerm(
    issuedOn,
    terms.map((term) => ({ id: term.id, from: term.starts_on, until: term.ends_on })),
  );
}
