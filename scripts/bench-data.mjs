// npm run bench:data -- --scale small|province [--seed N]
// Rebuilds the local D1 that `npm start` and `wrangler dev` use (.wrangler/state): a fresh database, the
// migrations (wrangler), the demo data, and a generated province — organizations, people, documents, three years of
// meetings, evaluations and ratings, a year of dues and of announcements — written with node:sqlite in one transaction. The same seed gives the same rows.
// Stop `npm start` first: the database file is replaced. Bulk data is not user activity: nothing is audited.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { writeAnnouncements } from "./bench-data/announcements.mjs";
import { buildDocuments, writeDocuments } from "./bench-data/documents.mjs";
import { writeDues } from "./bench-data/dues.mjs";
import { chooseAttendancePool, chooseFixtures, FIXTURES_PATH } from "./bench-data/fixtures.mjs";
import { planMeetings, writeMeetings } from "./bench-data/meetings.mjs";
import { buildOrganizations, SCALES, writeOrganizations } from "./bench-data/organizations.mjs";
import { buildPeople, writePeople } from "./bench-data/people.mjs";
import { Random } from "./bench-data/random.mjs";
import { writeRatings } from "./bench-data/ratings.mjs";
import { BulkLoader, localDatabaseFile, removeLocalDatabase } from "./bench-data/sqlite.mjs";
import { importTypeScript, root, run } from "./lib.mjs";

const FIXTURES_FILE = join(root, FIXTURES_PATH);
const USAGE = "Usage: npm run bench:data -- --scale small|province [--seed N]";
let options;
try {
  ({ values: options } = parseArgs({
    options: { scale: { type: "string", default: "small" }, seed: { type: "string", default: "1" } },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const scale = SCALES[options.scale];
const seed = Number(options.seed);
if (!scale || !Number.isSafeInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (message) => console.log(`[bench:data ${elapsed()}] ${message}`);

removeLocalDatabase(root);
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
const file = localDatabaseFile(root);
step(`fresh local D1 migrated: ${relative(root, file)}`);

// The API's own functions fill the derived columns (folded names, sort keys, sequences, numbers) as its writes do.
const [
  text,
  contact,
  cells,
  documentRows,
  membership,
  documents,
  numbers,
  issuerTerms,
  demo,
  dues,
  duesLedger,
] = await Promise.all(
  [
    "src/domain/text.ts",
    "src/domain/contact.ts",
    "src/db/cells.ts",
    "src/db/document-search.ts",
    "src/domain/membership.ts",
    "src/domain/documents.ts",
    "src/domain/document-numbers.ts",
    "src/domain/issuer-terms.ts",
    "scripts/demo-data.ts",
    "src/domain/dues.ts",
    "src/domain/dues-ledger.ts",
  ].map((entry) => importTypeScript(entry)),
);
const world = {
  random: new Random(seed),
  scale,
  lineage: [],
  domain: {
    foldVietnamese: text.foldVietnamese,
    personSortKey: text.personSortKey,
    normalizePhone: contact.normalizePhone,
    normalizeEmail: contact.normalizeEmail,
    normalizeIdentityNumber: contact.normalizeIdentityNumber,
    searchTextOf: cells.searchTextOf,
    probationEndsOn: membership.probationEndsOn,
    sequenceTerm: documents.sequenceTerm,
    formatDocumentNumber: numbers.formatDocumentNumber,
    numberingIssuer: issuerTerms.numberingIssuer,
    owedFor: dues.owedFor,
    splitCollected: duesLedger.splitCollected,
  },
};

const tree = buildOrganizations(world);
const people = buildPeople(world, tree);
planMeetings(world, tree.organizations);
const registry = buildDocuments(world, tree);
chooseAttendancePool(world, tree.organizations);
step(
  `planned ${options.scale} (seed ${seed}): ${tree.organizations.all.length} organizations, ` +
    `${people.all.length} people, ${registry.documents.length} documents`,
);

const loader = new BulkLoader(file);
if (loader.value("SELECT operation FROM audit_context WHERE id = 1") !== null) {
  throw new Error("audit_context holds an operation: the audit triggers would log the bulk load.");
}
const BULK_TABLES = [
  "attendance",
  "attendance_history",
  "monthly_evaluations",
  "rating_stages",
  "ratings",
  "meetings",
  "agenda_items",
  "memberships",
  "people",
  "dues_entries",
  "dues_entry_months",
  "announcement_deliveries",
];
// The counters kept on write (migration 0020) are filled once after the load, from their views: their triggers would
// recompute a key per inserted row, on tables whose indexes the load drops.
const rollupTriggers = loader.database
  .prepare(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rollup\\_%' ESCAPE '\\'",
  )
  .all();
let noticeId;
loader.transaction(
  () => {
    for (const trigger of rollupTriggers) loader.database.exec(`DROP TRIGGER ${trigger.name}`);
    loader.database.exec(demo.demoDataStatements().join("\n"));
    writeOrganizations(world, tree.organizations, loader);
    // Each organization's subtree size, which the API keeps on write (migration 0019), counted once for the load.
    loader.database.exec(
      "UPDATE cells SET subtree_cells = (SELECT COUNT(*) FROM cells d WHERE d.path >= cells.path AND d.path < cells.path || '~')",
    );
    writePeople(people, loader);
    writeDocuments(world, registry, loader);
    step("organizations, people and documents written");
    writeMeetings(world, tree.organizations, people, loader);
    writeRatings(world, tree.organizations, people, loader);
    writeDues(world, tree.organizations, people, loader, seed);
    noticeId = writeAnnouncements(tree.organizations, tree.province, loader, seed);
  },
  { rebuildIndexesOf: BULK_TABLES, onStep: step },
);
loader.transaction(
  () => {
    loader.database.exec(readFileSync(join(root, "scripts", "rollups-rebuild.sql"), "utf8"));
    // The generated documents' search rows were keyed by their rowid; the API keys them by day (migration 0021).
    loader.database.exec(
      `UPDATE document_search SET rowid = (SELECT ${documentRows.SEARCH_ROWID} FROM documents
         WHERE documents.rowid = document_search.rowid) WHERE rowid <= 4294967295`,
    );
    // And carry who may find them (migration 0022).
    loader.database.exec(
      `UPDATE document_search SET reach = (SELECT ${documentRows.SEARCH_REACH} FROM document_reads r
         WHERE r.document_rowid = (document_search.rowid & 4294967295)) WHERE reach IS NULL`,
    );
    for (const trigger of rollupTriggers) loader.database.exec(trigger.sql);
  },
  { rebuildIndexesOf: [], onStep: step },
);
step("rollups counted, search rows keyed by day and reach");
const auditEntries = loader.value("SELECT COUNT(*) FROM audit_log");
const counts = Object.fromEntries(loader.rowCounts());
loader.close();

const fixtures = { ...chooseFixtures(world, tree), noticeId };
mkdirSync(dirname(FIXTURES_FILE), { recursive: true });
writeFileSync(
  FIXTURES_FILE,
  `${JSON.stringify({ scale: options.scale, seed, rows: counts, fixtures }, null, 2)}\n`,
);
for (const [table, rows] of Object.entries(counts).sort(([, a], [, b]) => b - a)) {
  console.log(`  ${table.padEnd(28)} ${String(rows).padStart(10)}`);
}
step(
  `loaded ${Object.values(counts).reduce((sum, rows) => sum + rows, 0)} rows (audit log entries: ${auditEntries}); ` +
    `fixtures in ${relative(root, FIXTURES_FILE)}`,
);
