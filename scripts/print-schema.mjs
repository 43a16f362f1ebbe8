// npm run schema:print — writes the schema's SDL to schema/schema.graphql (kept in step by a test).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchema } from "graphql";
import { importTypeScript, root } from "./lib.mjs";

const { schema } = await importTypeScript("src/schema/index.ts");
mkdirSync(join(root, "schema"), { recursive: true });
writeFileSync(join(root, "schema", "schema.graphql"), `${printSchema(schema)}\n`);
console.log("Wrote schema/schema.graphql");
