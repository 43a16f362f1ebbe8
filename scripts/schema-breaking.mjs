// npm run schema:breaking [-- <git ref>] — compares schema/schema.graphql with the last released schema and
// prints every breaking and dangerous change (graphql's findBreakingChanges / findDangerousChanges). Exits 1 when
// a change would break existing clients.
//
// The released schema is, in order: schema/schema.graphql at the ref given on the command line; at the newest
// git tag matching v*; schema/released.graphql; schema/schema.graphql as committed at HEAD.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, findBreakingChanges, findDangerousChanges } from "graphql";
import { root } from "./lib.mjs";

const SCHEMA_PATH = "schema/schema.graphql";
const RELEASED_PATH = "schema/released.graphql";

function git(...args) {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/** schema/schema.graphql as it was at a git ref, or null when the ref or the file does not exist there. */
function schemaAt(ref) {
  return git("show", `${ref}:${SCHEMA_PATH}`);
}

function newestReleaseTag() {
  const tags = git("tag", "--list", "v*", "--sort=-v:refname");
  return (
    tags
      ?.split("\n")
      .find((tag) => tag.trim() !== "")
      ?.trim() ?? null
  );
}

/** The released schema's SDL and a label saying where it came from. */
function releasedSchema() {
  const requested = process.argv[2];
  if (requested) {
    const sdl = schemaAt(requested);
    if (sdl === null) {
      console.error(`No ${SCHEMA_PATH} at "${requested}".`);
      process.exit(2);
    }
    return { sdl, ref: requested };
  }
  const tag = newestReleaseTag();
  if (tag) {
    const sdl = schemaAt(tag);
    if (sdl !== null) return { sdl, ref: tag };
    console.warn(`The newest release tag ${tag} has no ${SCHEMA_PATH}; looking further.`);
  }
  const releasedFile = join(root, RELEASED_PATH);
  if (existsSync(releasedFile)) return { sdl: readFileSync(releasedFile, "utf8"), ref: RELEASED_PATH };
  const head = schemaAt("HEAD");
  if (head !== null) return { sdl: head, ref: "HEAD" };
  return null;
}

const released = releasedSchema();
if (!released) {
  console.log(`No released schema to compare with (no v* tag, no ${RELEASED_PATH}, nothing committed).`);
  process.exit(0);
}

const current = buildSchema(readFileSync(join(root, SCHEMA_PATH), "utf8"));
const previous = buildSchema(released.sdl);

const breaking = findBreakingChanges(previous, current);
const dangerous = findDangerousChanges(previous, current);

if (breaking.length > 0) {
  console.log(`Breaking changes since ${released.ref} (${breaking.length}):`);
  for (const change of breaking) console.log(`  ✗ ${change.type}: ${change.description}`);
}
if (dangerous.length > 0) {
  console.log(`Dangerous changes since ${released.ref} (${dangerous.length}):`);
  for (const change of dangerous) console.log(`  ! ${change.type}: ${change.description}`);
}
if (breaking.length > 0) {
  console.log(
    "Clients built on the released schema may break. Keep the old fields and types (deprecate them) or release a new version.",
  );
  process.exit(1);
}
console.log(`No breaking changes since ${released.ref}`);
