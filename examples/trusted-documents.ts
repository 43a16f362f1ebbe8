import type { DocumentNode } from "graphql";

/**
 * The id of a trusted document: graphql-codegen's client preset (persistedDocuments in examples/codegen.ts) embeds
 * it in every generated document as `__meta__.hash`, the key of the manifest the server runs
 * (src/http/persisted-operations.json). Apollo's PersistedQueryLink and urql's persistedExchange send it instead
 * of the text.
 */
export function trustedDocumentId(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== "string") {
    throw new Error(
      "Not a generated document: use the documents of examples/generated, which carry their id.",
    );
  }
  return hash;
}
