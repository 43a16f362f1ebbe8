// Copies GraphiQL's built files from the @graphql-yoga/graphiql package into public/graphiql/,
// served as Workers static assets (the machines and many offices cannot reach a CDN).
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { root } from "./lib.mjs";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("@graphql-yoga/graphiql/package.json"));
const target = join(root, "public", "graphiql");
mkdirSync(target, { recursive: true });
for (const file of ["graphiql.css", "yoga-graphiql.umd.js", "monacoeditorwork"]) {
  const source = join(packageDir, "dist", file);
  if (!existsSync(source)) throw new Error(`@graphql-yoga/graphiql has no dist/${file}`);
  cpSync(source, join(target, file), { recursive: true });
}
