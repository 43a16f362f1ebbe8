// Prints a signed development token (alone on stdout):
//   npm run -s token -- --role ADMIN
//   npm run -s token -- --role SECRETARY --cell <cell id> [--person <person id>] [--hours 12]
// Cell and person ids may be the global IDs GraphiQL shows or raw ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { root } from "./lib.mjs";

const ROLES = ["MEMBER", "SECRETARY", "COMMITTEE", "ADMIN"];
const USAGE = `Prints a signed development token for the local server (alone on stdout).

  npm run -s token -- --role ADMIN
  npm run -s token -- --role SECRETARY --cell <cell id> --person <person id> [--hours 12]

  --role     ${ROLES.join(", ")}
  --cell     the organization the role is granted on (every role but ADMIN); a global ID or a raw id
  --person   the person the token speaks for (needed to check in or assess oneself)
  --hours    how long the token lives (12 by default)
  --help     this text

Send it as "Authorization: Bearer <token>" (GraphiQL: the Headers tab).`;

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: "string" },
      cell: { type: "string" },
      person: { type: "string" },
      hours: { type: "string", default: "12" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** Accepts a global ID ("Cell:…" in base64) or a raw id. */
function rawId(id, typename) {
  const decoded = Buffer.from(id, "base64").toString("utf8");
  return decoded.startsWith(`${typename}:`) ? decoded.slice(typename.length + 1) : id;
}

if (!ROLES.includes(values.role)) fail(`--role must be one of ${ROLES.join(", ")}`);
if (values.role !== "ADMIN" && !values.cell) fail(`--role ${values.role} needs --cell <id>`);

let secret;
try {
  secret = /^JWT_SECRET\s*=\s*"?([^"\n]+)"?/m.exec(readFileSync(join(root, ".dev.vars"), "utf8"))?.[1];
} catch {
  // reported below
}
if (!secret) fail("No JWT_SECRET in .dev.vars: run `npm start` once (it creates one).");

const grant = { role: values.role, ...(values.cell ? { cell: rawId(values.cell, "Cell") } : {}) };
const token = new SignJWT({ grants: [grant] })
  .setProtectedHeader({ alg: "HS256" })
  .setIssuer("chibo-dev")
  .setAudience("chibo")
  .setIssuedAt()
  .setExpirationTime(`${Number(values.hours)}h`);
if (values.person) token.setSubject(rawId(values.person, "Person"));
console.log(await token.sign(new TextEncoder().encode(secret)));
