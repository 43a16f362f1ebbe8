// npm start: a development secret, GraphiQL's assets, the local D1 migrated and loaded with the demo
// data (idempotent), then `wrangler dev` on http://127.0.0.1:8787/graphql.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { developmentSecret, importTypeScript, root, run } from "./lib.mjs";

developmentSecret();

run("node", ["scripts/copy-graphiql.mjs"]);
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"]);

const { demoDataStatements } = await importTypeScript("scripts/demo-data.ts");
const demoFile = join(root, ".wrangler", "tmp", "demo-data.sql");
mkdirSync(join(root, ".wrangler", "tmp"), { recursive: true });
writeFileSync(demoFile, `${demoDataStatements().join("\n")}\n`);
run("wrangler", ["d1", "execute", "DB", "--local", "--file", demoFile]);

const port = process.env.PORT ?? "8787";
// GraphiQL posts from this origin: the CSRF check allows the configured origins only (README, Security).
const origins = `PUBLIC_ORIGIN:http://127.0.0.1:${port},http://localhost:${port}`;
run("wrangler", ["dev", "--ip", "127.0.0.1", "--port", port, "--var", origins, ...process.argv.slice(2)]);
