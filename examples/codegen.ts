// graphql-codegen: typed documents for the example clients, from the committed schema (npm run test:clients).
import type { CodegenConfig } from "@graphql-codegen/cli";

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
      },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          ID: "string",
          Date: "string",
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
