import { builder, visibleOrNull } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import type { DocumentRow } from "../../db/document-rows";
import { searchDocuments } from "../../db/document-search";
import { allExternalBodies, documentListQuery, serialsInSequence } from "../../db/documents";
import {
  type DocumentNumber,
  type DocumentTypeCode,
  formatDocumentNumber,
  issuerCodeOf,
  type NumberPart,
  parseDocumentNumber,
} from "../../domain/document-numbers";
import { type DocumentType, nextSerial, numberingGaps, TYPE_CODES } from "../../domain/documents";
import { numberingIssuer } from "../../domain/issuer-terms";
import { highlight, SEARCH_COUNT_LIMIT, searchTiers } from "../../domain/search";
import { CellRef } from "../cells/refs";
import { asConnection, selectsAny } from "../common/connections";
import { UserErrorRef } from "../common/errors";
import { cellOrRefuse } from "../common/references";
import { DocumentRef, ExternalBodyRef } from "./refs";
import { sequenceOf } from "./sequences";
import { DocumentNumberRef, DocumentStatusEnum, DocumentTypeEnum } from "./types";

const NumberPartEnum = builder.enumType("DocumentNumberPart", {
  description: "The part of a document number that could not be read.",
  values: {
    FORM: { description: "The overall form serial-TYPE/ISSUER." },
    SERIAL: { description: "The serial before the hyphen." },
    TYPE_CODE: { description: "The type code between hyphen and slash." },
    ISSUER_CODE: { description: "The issuer code after the slash." },
  } satisfies Record<NumberPart, { description: string }>,
});

interface NumberParse {
  result: ReturnType<typeof parseDocumentNumber>;
}

const NumberParseRef = builder.objectRef<NumberParse>("DocumentNumberParse").implement({
  description: "A document number as read: its parts, or why it cannot be read.",
  fields: (t) => ({
    number: t.field({
      type: DocumentNumberRef,
      nullable: true,
      description: "The parts, when the number reads.",
      resolve: ({ result }) => (result.ok ? result.number : null),
    }),
    part: t.field({
      type: NumberPartEnum,
      nullable: true,
      description: "The part at fault, when it does not.",
      resolve: ({ result }) => (result.ok ? null : result.problem.part),
    }),
    errors: t.field({
      type: [UserErrorRef],
      description: "INVALID_DOCUMENT_NUMBER with a message naming the part, or empty.",
      resolve: ({ result }) =>
        result.ok
          ? []
          : [{ code: "INVALID_DOCUMENT_NUMBER", message: result.problem.message, field: ["number"] }],
    }),
  }),
});

interface NumberingFacts {
  issuer: CellRow;
  type: DocumentType;
  sequenceTerm: string;
  serials: number[];
}

function nextNumberOf(facts: NumberingFacts): DocumentNumber {
  const typeCode = TYPE_CODES[facts.type][0] as DocumentTypeCode;
  const serial = nextSerial(facts.serials);
  const issuerCode = facts.issuer.document_code as string;
  return { serial, typeCode, issuerCode, canonical: formatDocumentNumber(serial, typeCode, issuerCode) };
}

const NumberingRef = builder.objectRef<NumberingFacts>("DocumentNumbering").implement({
  description:
    "An issuer's numbering sequence for one type in one term: what is used, what is next, what is skipped.",
  fields: (t) => ({
    issuer: t.expose("issuer", { type: CellRef, description: "The issuing organization." }),
    type: t.expose("type", { type: DocumentTypeEnum, description: "The document type." }),
    sequence: t.exposeString("sequenceTerm", {
      description: "The sequence: “term:<id>” (a recorded term) or “year:<yyyy>” (terms not recorded).",
    }),
    used: t.exposeIntList("serials", { description: "Serials already used, ascending." }),
    next: t.field({
      type: DocumentNumberRef,
      description: "The number to give the next document.",
      resolve: nextNumberOf,
    }),
    gaps: t.intList({
      description: "Serials skipped: numbers below the highest that no document carries.",
      resolve: (facts) => numberingGaps(facts.serials),
    }),
  }),
});

const DocumentFilter = builder.inputType("DocumentFilter", {
  description: "Which documents to list (only those the viewer may read are ever listed).",
  fields: (t) => ({
    search: t.string({
      description:
        "Words of the number, title, summary or text, ignoring case and diacritics (“sinh hoat chi bo”); ranked.",
    }),
    type: t.field({ type: DocumentTypeEnum, description: "Only this type." }),
    issuerId: t.globalID({
      for: [CellRef, ExternalBodyRef],
      description: "Only this issuer (a Cell or ExternalBody).",
    }),
    issuedFrom: t.field({ type: "Date", description: "Issued on or after." }),
    issuedTo: t.field({ type: "Date", description: "Issued on or before." }),
    number: t.string({ description: "Exactly this number, in any form that reads (“so 18 kl/tw”)." }),
    status: t.field({ type: DocumentStatusEnum, description: "Only this status." }),
  }),
});

async function numberingOf(
  context: Context,
  issuerId: string,
  type: DocumentType,
  on: string | null | undefined,
) {
  const issuer = await cellOrRefuse(context, issuerId, "issuerId");
  issuerCodeOf({ name: issuer.name, documentCode: issuer.document_code });
  const sequenceTerm = await sequenceOf(context, { cellId: issuer.id }, on ?? context.today);
  const serials = (
    await serialsInSequence(context.db, {
      issuerId: numberingIssuer({ cellId: issuer.id }),
      typeCode: TYPE_CODES[type][0] as DocumentTypeCode,
      sequenceTerm,
    })
  ).map((row) => row.serial);
  return { issuer, type, sequenceTerm, serials };
}

builder.queryFields((t) => ({
  document: t.field({
    type: DocumentRef,
    nullable: true,
    description: "A document by global ID; null if there is none the viewer may read.",
    authScopes: { authenticated: true },
    args: {
      id: t.arg.globalID({ for: DocumentRef, required: true, description: "The document's global ID." }),
    },
    resolve: async (_root, args, context, info) =>
      visibleOrNull(await context.loaders.document.load(args.id.id), "Document", context, info),
  }),
  documents: t.connection(
    {
      type: DocumentRef,
      description:
        "Documents the viewer may read, newest first; when searching, those whose number or title holds a searched word come first.",
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: DocumentFilter, description: "What to list." }) },
      resolve: async (_root, args, context, info) => {
        const filter = args.filter ?? {};
        const number = filter.number ? parseDocumentNumber(filter.number) : null;
        const issuer = filter.issuerId;
        const conditions = {
          ...filter,
          number: number ? (number.ok ? number.number.canonical : filter.number) : null,
          issuerCellId: issuer?.typename === "Cell" ? issuer.id : null,
          issuerBodyId: issuer?.typename === "ExternalBody" ? issuer.id : null,
        };
        const reader = await context.access.reader();
        const tiers = filter.search ? searchTiers(filter.search) : null;
        const page = tiers
          ? await searchDocuments(context.db, tiers, conditions, reader, {
              ...args,
              counted: selectsAny(info, ["totalCount", "totalCountIsExact"]),
            })
          : await context.loaders.page<DocumentRow>(
              "documents",
              documentListQuery(conditions, reader),
              "",
              args,
            );
        const connection = asConnection(page);
        return {
          ...connection,
          totalCountIsExact: "totalIsExact" in page ? page.totalIsExact : true,
          edges: connection.edges.map((edge) => ({ ...edge, search: filter.search ?? null })),
        };
      },
    },
    {
      fields: (connection) => ({
        totalCountIsExact: connection.boolean({
          description: `False when a search stopped counting at its limit (${SEARCH_COUNT_LIMIT}): totalCount then says “at least”. True otherwise.`,
          resolve: (shape) => (shape as unknown as { totalCountIsExact?: boolean }).totalCountIsExact ?? true,
        }),
      }),
    },
    {
      fields: (edge) => ({
        snippet: edge.string({
          nullable: true,
          description:
            "When searching: an excerpt of the text around the first match, HTML-escaped, matches in <mark>.",
          resolve: (shape) => {
            const { node, search } = shape as unknown as { node: DocumentRow; search: string | null };
            if (!search) return null;
            return highlight([node.title, node.summary, node.body].filter(Boolean).join(" — "), search);
          },
        }),
      }),
    },
  ),
  parseDocumentNumber: t.field({
    type: NumberParseRef,
    description:
      "Reads a document number as typed (“Số: 18-kl/tw”, “45 - QD / DU”), for forms that check as users type.",
    args: { number: t.arg.string({ required: true, description: "The number as typed." }) },
    resolve: (_root, args) => ({ result: parseDocumentNumber(args.number) }),
  }),
  documentNumbering: t.field({
    type: NumberingRef,
    description:
      "An organization's numbering for a type in the term of a day (today by default): the next number and the gaps.",
    args: {
      issuerId: t.arg.globalID({ for: CellRef, required: true, description: "The issuing organization." }),
      type: t.arg({ type: DocumentTypeEnum, required: true, description: "The document type." }),
      on: t.arg({ type: "Date", description: "A day in the term; today by default." }),
    },
    authScopes: (_root, args) => ({ writeCell: args.issuerId.id }),
    resolve: (_root, args, context) => numberingOf(context, args.issuerId.id, args.type, args.on),
  }),
  nextDocumentNumber: t.field({
    type: DocumentNumberRef,
    description: "The number to give an organization's next document of a type, in the current term.",
    args: {
      issuerId: t.arg.globalID({ for: CellRef, required: true, description: "The issuing organization." }),
      type: t.arg({ type: DocumentTypeEnum, required: true, description: "The document type." }),
    },
    authScopes: (_root, args) => ({ writeCell: args.issuerId.id }),
    resolve: async (_root, args, context) =>
      nextNumberOf(await numberingOf(context, args.issuerId.id, args.type, null)),
  }),
  externalBodies: t.field({
    type: [ExternalBodyRef],
    description: "Issuing bodies outside Chibo's tree.",
    resolve: (_root, _args, context) => allExternalBodies(context.db),
  }),
}));
