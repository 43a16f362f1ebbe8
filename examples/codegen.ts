// graphql-codegen: typed documents for the example clients, from the committed schema (npm run test:clients).
import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: "examples/operations/*.graphql",
  ignoreNoDocuments: false,
  generates: {
    "examples/generated/": {
      preset: "client",
      presetConfig: {
        // Whole results typed in place: the examples read fields directly, without useFragment().
        fragmentMasking: false,
        // The trusted documents' manifest (persisted-documents.json, copied to the server by
        // `npm run operations:persist`): each document carries its SHA-256 in `__meta__.hash`, which the clients send.
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      // Normalized caches (Apollo, urql's Graphcache) add __typename to every selection set; the documents have it
      // already, so a client's transform leaves them (and their hash) unchanged.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          ID: "string",
          Date: "string",
          Month: "string",
          Dong: "number",
          DateTime: "string",
          PartialDate: "string",
          File: "File",
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
