import { applyD1Migrations, env } from "cloudflare:test";
import { demoDataStatements } from "../scripts/demo-data";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.DB_SECOND, env.TEST_MIGRATIONS);
await env.DB.batch(demoDataStatements().map((statement) => env.DB.prepare(statement)));
