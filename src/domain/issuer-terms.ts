import { comparePartialDates } from "./dates";
import { toRoman } from "./document-numbers";
import { refuse } from "./refusal";

/**
 * The Central Committee, the Politburo and the Secretariat all number as “TW” (guidance 36-HD/VPTW): one issuer,
 * one sequence per type and term. Every other external body, and every organization of Chibo, numbers on its own.
 */
export function numberingIssuer(issuer: { cellId: string } | { issuerCode: string }): string {
  return "cellId" in issuer ? issuer.cellId : `code:${issuer.issuerCode}`;
}

interface NumberedTerm {
  term: number;
  from: string;
  /** The day the next congress closed; null while the term runs or its end is not recorded here. */
  until: string | null;
}

/**
 * Terms (khóa) of the Central Committee, each from the day after one National Congress closed to the day the next
 * one closed. The 14th Congress's closing day is not recorded here yet: khóa XIII is checked from its start only.
 */
const CENTRAL_COMMITTEE_TERMS: readonly NumberedTerm[] = [
  { term: 9, from: "2001-04-23", until: "2006-04-25" },
  { term: 10, from: "2006-04-26", until: "2011-01-19" },
  { term: 11, from: "2011-01-20", until: "2016-01-28" },
  { term: 12, from: "2016-01-29", until: "2021-02-01" },
  { term: 13, from: "2021-02-02", until: null },
];

const TERMS_BY_ISSUER_CODE: Readonly<Record<string, readonly NumberedTerm[]>> = {
  TW: CENTRAL_COMMITTEE_TERMS,
};

/**
 * A document that names its issuer's term (“khóa XII”) was issued during that term, where the term's dates are
 * known: 10-CT/TW of khóa X is dated 2007, not 2017.
 */
export function assertIssuerTermCovers(
  issuerCode: string | null,
  term: number | null,
  issuedOn: string | null,
): void {
  const terms = issuerCode ? TERMS_BY_ISSUER_CODE[issuerCode] : undefined;
  if (!terms || term === null || issuedOn === null) return;
  const known = terms.find((candidate) => candidate.term === term);
  const latest = terms[terms.length - 1] as NumberedTerm;
  const from = known?.from ?? (term > latest.term ? latest.from : null);
  const until = known?.until ?? null;
  const before = from !== null && comparePartialDates(issuedOn, from) < 0;
  const after = until !== null && comparePartialDates(issuedOn, until) > 0;
  if (!before && !after) return;
  const span = known ? `${known.from} – ${known.until ?? "nay"}` : `sau ${latest.from}`;
  const spanEn = known ? `${known.from} – ${known.until ?? "now"}` : `after ${latest.from}`;
  refuse(
    "ISSUER_TERM_MISMATCH",
    {
      vi: `Khóa ${toRoman(term)} của ${issuerCode} là ${span}; văn bản ngày ${issuedOn} không thuộc khóa đó.`,
      en: `Term ${toRoman(term)} of ${issuerCode} runs ${spanEn}; a document of ${issuedOn} does not belong to it.`,
    },
    ["issuerTerm"],
  );
}
