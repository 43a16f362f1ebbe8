// Imports a cell's spreadsheet (CSV) through the GraphQL API, so the API's rules and permissions hold:
//   npm run import -- <file.csv> --kind members|documents|attendance|dues-bases --cell <cell id> [--meeting <meeting id>]
//                     [--apply] [--url http://127.0.0.1:8787/graphql] [--token <jwt>] [--verbose] [--lang en]
// Every row is checked first (src/domain/import*.ts) and the report printed. Without --apply it is a dry run:
// it shows what would be created, what is already recorded (unchanged) and what would be refused, and writes
// nothing. With --apply it writes only when no row has a problem. Running the same file again changes nothing.
// Without --token it signs a development ADMIN token with the secret in .dev.vars (a local server only).
// The report is Vietnamese, as are the API's messages it shows; --lang en prints both in English.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { importTypeScript, root } from "./lib.mjs";

const USAGE =
  "Usage: npm run import -- <file.csv> --kind members|documents|attendance|dues-bases --cell <cell id> " +
  "[--meeting <meeting id>] [--apply] [--url http://127.0.0.1:8787/graphql] [--token <jwt>] [--verbose] [--lang en]";

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

let parsedArgs;
try {
  parsedArgs = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: "string" },
      cell: { type: "string" },
      meeting: { type: "string" },
      apply: { type: "boolean", default: false },
      url: { type: "string", default: "http://127.0.0.1:8787/graphql" },
      token: { type: "string" },
      verbose: { type: "boolean", default: false },
      lang: { type: "string", default: "vi" },
    },
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const { values: options, positionals } = parsedArgs;
if (!["vi", "en"].includes(options.lang)) fail(`--lang must be vi or en.\n${USAGE}`);
/** The text of the chosen language: `say({ vi, en })`. */
const say = (text) => text[options.lang];
const KINDS = ["members", "documents", "attendance", "dues-bases"];
if (positionals.length !== 1) fail(USAGE);
if (!KINDS.includes(options.kind))
  fail(
    `${say({ vi: "--kind phải là một trong", en: "--kind must be one of" })} ${KINDS.join(", ")}.\n${USAGE}`,
  );
if (!options.cell)
  fail(`${say({ vi: "Thiếu --cell <ID chi bộ>.", en: "--cell <cell id> is required." })}\n${USAGE}`);
if (options.kind === "attendance" && !options.meeting)
  fail(
    say({
      vi: "--kind attendance cần --meeting <ID buổi họp>.",
      en: "--kind attendance needs --meeting <meeting id>.",
    }),
  );

const domain = await importTypeScript("src/domain/import.ts");
const { samePerson } = await importTypeScript("src/domain/import-members.ts");
const { formatVietnameseDate } = await importTypeScript("src/domain/import-table.ts");
const { todayInVietnam } = await importTypeScript("src/domain/dates.ts");
const { foldVietnamese: fold } = await importTypeScript("src/domain/text.ts");
const file = positionals[0];
const apply = options.apply;

// ——— Reading the file ———

function readText(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`${say({ vi: "Không đọc được", en: "Cannot read" })} ${path}: ${error.message}`);
  }
  // Excel's "Unicode text" is UTF-16 with a BOM; read it too rather than failing on it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(
      say({
        vi:
          `${path} không phải UTF-8 (bảng mã cũ như TCVN3 hay Windows-1258?). ` +
          'Trong Excel: File → Save As → "CSV UTF-8 (Comma delimited)".',
        en:
          `${path} is not UTF-8 (an old Vietnamese encoding such as TCVN3 or Windows-1258?). ` +
          'In Excel: File → Save As → "CSV UTF-8 (Comma delimited)".',
      }),
    );
  }
}

const parsed = domain.parseImportFile(options.kind, readText(file), { today: todayInVietnam() });
const separatorName = {
  ",": { vi: "dấu phẩy", en: "comma" },
  ";": { vi: "dấu chấm phẩy", en: "semicolon" },
  "\t": { vi: "tab", en: "tab" },
}[parsed.separator];
console.log(
  say({
    vi: `${file}: ${parsed.total} dòng (phân cách bằng ${separatorName.vi}), ${parsed.problems.length} lỗi.`,
    en:
      `${file}: ${parsed.total} row${parsed.total === 1 ? "" : "s"} (${separatorName.en}-separated), ` +
      `${parsed.problems.length} problem${parsed.problems.length === 1 ? "" : "s"}.`,
  }),
);
if (parsed.ignoredColumns.length > 0)
  console.log(
    `${say({ vi: "Cột không đọc", en: "Columns not read" })}: ${parsed.ignoredColumns.join(", ")}.`,
  );

const LINE = { vi: "dòng", en: "line" };

function describe(problem) {
  return `  ${say(LINE)} ${problem.line}${problem.column ? `, ${problem.column}` : ""}: ${say(problem.reason)} [${problem.code}]`;
}
for (const problem of parsed.problems) console.log(describe(problem));

// ——— The API ———

function signedDevelopmentToken() {
  let secret;
  try {
    secret = /^JWT_SECRET\s*=\s*"?([^"\n]+)"?/m.exec(readFileSync(join(root, ".dev.vars"), "utf8"))?.[1];
  } catch {
    // reported below
  }
  if (!secret)
    fail(
      say({
        vi: "Không có --token và không có JWT_SECRET trong .dev.vars: chạy `npm start` một lần, hoặc truyền --token <jwt>.",
        en: "No --token and no JWT_SECRET in .dev.vars: run `npm start` once, or pass --token <jwt>.",
      }),
    );
  return new SignJWT({ grants: [{ role: "ADMIN" }] })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience("chibo")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));
}

const token = options.token ?? (await signedDevelopmentToken());
const REFUSED = { vi: "API từ chối", en: "The API refused" };

async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        authorization: `Bearer ${token}`,
        "accept-language": options.lang,
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    return fail(
      say({
        vi: `Không kết nối được ${options.url}: ${error.cause?.message ?? error.message}. Máy chủ đã chạy chưa?`,
        en: `Cannot reach ${options.url}: ${error.cause?.message ?? error.message}. Is the server running?`,
      }),
      1,
    );
  }
  const body = await response.json().catch(() => null);
  if (!body)
    fail(
      say({
        vi: `${options.url} trả lời HTTP ${response.status} mà không có kết quả GraphQL.`,
        en: `${options.url} answered HTTP ${response.status} without a GraphQL response.`,
      }),
      1,
    );
  if (body.errors?.length) {
    const [error] = body.errors;
    fail(`${say(REFUSED)}: ${error.message} [${error.extensions?.code ?? response.status}]`, 1);
  }
  return body.data;
}

/** Accepts a global ID (as GraphiQL shows it) or a raw id. */
function globalId(id, typename) {
  const decoded = Buffer.from(id, "base64").toString("utf8");
  return decoded.startsWith(`${typename}:`) ? id : Buffer.from(`${typename}:${id}`).toString("base64");
}

function rawId(id) {
  return Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
}

// ——— Progress, on stderr ———

const PROGRESS_FROM = {
  members: 200,
  "dues-bases": 200,
  documents: 20,
  attendance: Number.POSITIVE_INFINITY,
};

function progress(total, unit) {
  if (total < PROGRESS_FROM[options.kind]) return { update() {}, done() {} };
  const width = 30;
  let lastQuarter = -1;
  const render = (done) => {
    const filled = Math.round((done / total) * width);
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${unit}`;
  };
  return {
    update(done) {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r${render(done)}`);
      } else if (Math.floor((done / total) * 4) > lastQuarter) {
        lastQuarter = Math.floor((done / total) * 4);
        process.stderr.write(`${render(done)}\n`);
      }
    },
    done() {
      if (process.stderr.isTTY) process.stderr.write("\n");
    },
  };
}

// ——— Reporting ———

const report = { created: [], unchanged: [], refused: [] };

function line(row, text) {
  return `  ${say(LINE)} ${row.line}: ${text}`;
}

function printReport(verb) {
  const list = (title, entries, always) => {
    console.log(`  ${title.padEnd(11)}${entries.length}`);
    if (always || options.verbose || parsed.total <= 30)
      for (const entry of entries) console.log(`  ${entry}`);
  };
  console.log(verb);
  const toWrite =
    options.kind === "attendance" ? { vi: "sẽ ghi", en: "to record" } : { vi: "sẽ tạo", en: "to create" };
  list(say(toWrite), report.created, false);
  list(say({ vi: "không đổi", en: "unchanged" }), report.unchanged, false);
  list(say({ vi: "bị từ chối", en: "refused" }), report.refused, true);
}

const cellId = globalId(options.cell, "Cell");
const { cell } = await graphql("query ($id: ID!) { cell(id: $id) { id name isCell } }", { id: cellId });
if (!cell)
  fail(
    say({
      vi: `Không có tổ chức nào có ID ${options.cell}.`,
      en: `No organization has the ID ${options.cell}.`,
    }),
    1,
  );
console.log(`${say({ vi: "Chi bộ", en: "Cell" })}: ${cell.name}`);

const blockedByFile = parsed.problems.length > 0;
const CHECKED = { vi: "Đã kiểm tra với API:", en: "Checked with the API:" };
const CHECKED_DRY = { vi: "Đã kiểm tra với API (chạy thử):", en: "Checked with the API (dry run):" };
const DRY_RUN = {
  vi: "Chạy thử (chưa ghi gì; thêm --apply để ghi):",
  en: "Dry run (nothing written; add --apply to write):",
};

function refuseToWriteWithProblems() {
  if (blockedByFile || report.refused.length > 0) {
    fail(
      say({
        vi: "Chưa ghi gì: sửa các dòng trên trước (mọi dòng được kiểm tra trước khi ghi).",
        en: "Nothing written: fix the rows above first (every row is checked before anything is written).",
      }),
      1,
    );
  }
}

// ——— Members and their dues bases: importMembers / importDuesBases, in batches, a dry run first ———

/** The imports the API takes as batches of rows, each row about a member of the cell. */
const BATCHED = {
  members: {
    mutation: "importMembers",
    inputType: "ImportMembersInput",
    describe: (row) => `${row.fullName} (${row.status})`,
  },
  "dues-bases": {
    mutation: "importDuesBases",
    inputType: "ImportDuesBasesInput",
    describe: (row) => `${row.fullName} (${row.category}, ${row.fromMonth})`,
  },
};
const batched = BATCHED[options.kind];

const MEMBER_RESULT = `result { created unchanged rows { row outcome person { id } } } errors { code message field }`;

/** A parsed row as the mutation takes it: every field the file gave (the file's columns included), not its line. */
function memberInput({ line: _line, ...row }) {
  return row;
}

async function importBatch(rows, dryRun) {
  const data = await graphql(
    `mutation ($input: ${batched.inputType}!) { ${batched.mutation}(input: $input) { ${MEMBER_RESULT} } }`,
    { input: { cellId, rows: rows.map(memberInput), dryRun } },
  );
  return data[batched.mutation];
}

/** Splits the API's errors into per-row refusals (field input.rows.<i>.<field>) and the others. */
function rowErrors(errors, rows) {
  const byRow = new Map();
  const other = [];
  for (const error of errors) {
    const index =
      error.field?.[1] === "rows" && error.field.length >= 3 ? Number(error.field[2]) : Number.NaN;
    if (Number.isInteger(index) && rows[index]) {
      const column = parsed.columns[error.field[3]] ?? error.field[3];
      byRow.set(index, [...(byRow.get(index) ?? []), `${column}: ${error.message} [${error.code}]`]);
    } else {
      other.push(error);
    }
  }
  return { byRow, other };
}

async function batchDryRun(batch) {
  let rows = batch;
  for (let attempt = 0; attempt < 3 && rows.length > 0; attempt += 1) {
    const payload = await importBatch(rows, true);
    if (payload.errors.length === 0) {
      for (const outcome of payload.result.rows) {
        const row = rows[outcome.row];
        (outcome.outcome === "CREATED" ? report.created : report.unchanged).push(
          line(row, batched.describe(row)),
        );
      }
      return;
    }
    const { byRow, other } = rowErrors(payload.errors, rows);
    if (other.length > 0)
      fail(`${say(REFUSED)}: ${other.map((e) => `${e.message} [${e.code}]`).join("; ")}`, 1);
    for (const [index, messages] of byRow) report.refused.push(line(rows[index], messages.join("; ")));
    rows = rows.filter((_row, index) => !byRow.has(index));
  }
}

async function importBatchedRows() {
  const batches = [];
  for (let start = 0; start < parsed.rows.length; start += domain.MEMBER_IMPORT_BATCH) {
    batches.push(parsed.rows.slice(start, start + domain.MEMBER_IMPORT_BATCH));
  }
  const check = progress(parsed.rows.length, say({ vi: "dòng đã kiểm tra", en: "rows checked" }));
  let done = 0;
  for (const batch of batches) {
    await batchDryRun(batch);
    done += batch.length;
    check.update(done);
  }
  check.done();
  printReport(say(apply ? CHECKED_DRY : DRY_RUN));
  if (!apply) return;
  refuseToWriteWithProblems();
  const write = progress(parsed.rows.length, say({ vi: "dòng đã ghi", en: "rows written" }));
  let created = 0;
  let unchanged = 0;
  done = 0;
  for (const [index, batch] of batches.entries()) {
    const payload = await importBatch(batch, false);
    if (payload.errors.length > 0) {
      write.done();
      const messages = payload.errors.map((e) => `${e.message} [${e.code}]`).join("; ");
      fail(
        say({
          vi:
            `Đợt ${index + 1}/${batches.length} bị từ chối, không được ghi: ${messages}\n` +
            `${index} đợt trước đó đã được ghi; chạy lại lệnh nhập để hoàn tất (các dòng đã ghi giữ nguyên).`,
          en:
            `Batch ${index + 1} of ${batches.length} was refused and not written: ${messages}\n` +
            `${index} batch(es) before it were written; run the import again to finish (written rows stay unchanged).`,
        }),
        1,
      );
    }
    created += payload.result.created;
    unchanged += payload.result.unchanged;
    done += batch.length;
    write.update(done);
  }
  write.done();
  console.log(
    say({
      vi: `Đã ghi: ${created} tạo mới, ${unchanged} không đổi.`,
      en: `Written: ${created} created, ${unchanged} unchanged.`,
    }),
  );
}

// ——— Documents: createDocument per row, skipping numbers already recorded ———

async function resolveIssuers(rows) {
  const { externalBodies } = await graphql("{ externalBodies { id name issuerCode } }");
  const written = [...new Set(rows.map((row) => row.issuer))];
  const candidates = written.map((issuer) => {
    const decoded = Buffer.from(issuer, "base64").toString("utf8");
    return /^(Cell|ExternalBody):/.test(decoded) ? issuer : globalId(issuer, "Cell");
  });
  const { nodes } = await graphql("query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", {
    ids: candidates,
  });
  const resolve = (issuer, node) => {
    if (node) return { id: node.id };
    const key = fold(issuer);
    const byId = externalBodies.filter((body) => rawId(body.id) === issuer || fold(body.name) === key);
    const byCode = externalBodies.filter((body) => fold(body.issuerCode) === key);
    const matches = byId.length > 0 ? byId : byCode;
    if (matches.length === 1) return { id: matches[0].id };
    if (matches.length > 1) {
      const names = matches.map((body) => `${rawId(body.id)} (${body.name})`).join(", ");
      return {
        error: say({
          vi: `"${issuer}" trùng với nhiều cơ quan: viết một trong ${names}.`,
          en: `"${issuer}" names several bodies: write one of ${names}.`,
        }),
      };
    }
    const known = externalBodies.map((body) => rawId(body.id)).join(", ");
    return {
      error: say({
        vi: `"${issuer}" không phải ID tổ chức đảng, cũng không phải cơ quan bên ngoài (${known}).`,
        en: `"${issuer}" is neither a cell's ID nor an external body (${known}).`,
      }),
    };
  };
  const resolved = new Map();
  for (const [index, issuer] of written.entries()) resolved.set(issuer, resolve(issuer, nodes[index]));
  return resolved;
}

const EXISTING_PAGE = 20;

async function existingDocuments(rows, issuers) {
  const existing = new Map();
  for (let start = 0; start < rows.length; start += EXISTING_PAGE) {
    const slice = rows.slice(start, start + EXISTING_PAGE).filter((row) => issuers.get(row.issuer).id);
    if (slice.length === 0) continue;
    const variables = {};
    const fields = slice.map((row, index) => {
      variables[`f${index}`] = { number: row.number, issuerId: issuers.get(row.issuer).id };
      return `d${index}: documents(filter: $f${index}, first: 100) { edges { node { id number issuedOn title } } }`;
    });
    const declarations = slice.map((_row, index) => `$f${index}: DocumentFilter`).join(", ");
    const data = await graphql(`query (${declarations}) { ${fields.join(" ")} }`, variables);
    slice.forEach((row, index) => {
      const found = data[`d${index}`].edges
        .map((edge) => edge.node)
        .find((node) => node.issuedOn?.slice(0, 4) === row.issuedOn.slice(0, 4));
      if (found) existing.set(row, found);
    });
  }
  return existing;
}

async function importDocumentRows() {
  const issuers = await resolveIssuers(parsed.rows);
  const existing = await existingDocuments(parsed.rows, issuers);
  const toCreate = [];
  for (const row of parsed.rows) {
    const issuer = issuers.get(row.issuer);
    if (issuer.error) report.refused.push(line(row, issuer.error));
    else if (existing.has(row)) {
      const found = existing.get(row);
      report.unchanged.push(
        line(
          row,
          say({
            vi: `${row.number} đã có${found.issuedOn !== row.issuedOn ? ` (ban hành ${found.issuedOn})` : ""}`,
            en: `${row.number} already recorded${found.issuedOn !== row.issuedOn ? ` (issued ${found.issuedOn})` : ""}`,
          }),
        ),
      );
    } else {
      toCreate.push(row);
      report.created.push(line(row, `${row.number} ${row.title}`));
    }
  }
  printReport(say(apply ? CHECKED : DRY_RUN));
  if (!apply) return;
  refuseToWriteWithProblems();
  const write = progress(toCreate.length, say({ vi: "văn bản đã ghi", en: "documents written" }));
  const refused = [];
  let created = 0;
  for (const [index, row] of toCreate.entries()) {
    const data = await graphql(
      `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } errors { code message field } } }`,
      {
        input: {
          type: row.type,
          title: row.title,
          issuerId: issuers.get(row.issuer).id,
          issuerTerm: row.issuerTerm,
          number: row.number,
          issuedOn: row.issuedOn,
          summary: row.summary,
          source: row.source,
        },
      },
    );
    const errors = data.createDocument.errors;
    if (errors.length > 0) refused.push(line(row, errors.map((e) => `${e.message} [${e.code}]`).join("; ")));
    else created += 1;
    write.update(index + 1);
  }
  write.done();
  console.log(
    say({
      vi: `Đã ghi: ${created} tạo mới, ${report.unchanged.length} không đổi, ${refused.length} bị từ chối.`,
      en: `Written: ${created} created, ${report.unchanged.length} unchanged, ${refused.length} refused.`,
    }),
  );
  for (const entry of refused) console.log(entry);
  if (refused.length > 0) process.exitCode = 1;
}

// ——— Attendance: one recordAttendance with the entries that differ ———

async function importAttendanceRows() {
  const { meeting } = await graphql(
    `query ($id: ID!) { meeting(id: $id) { id title date cell { id name }
      attendance { person { id fullName birthDate } status } } }`,
    { id: globalId(options.meeting, "Meeting") },
  );
  if (!meeting)
    fail(
      say({
        vi: `Không có buổi họp nào có ID ${options.meeting}.`,
        en: `No meeting has the ID ${options.meeting}.`,
      }),
      1,
    );
  if (meeting.cell.id !== cell.id)
    fail(
      say({
        vi: `Buổi họp "${meeting.title}" là của ${meeting.cell.name}, không phải của ${cell.name}.`,
        en: `The meeting "${meeting.title}" is a meeting of ${meeting.cell.name}, not of ${cell.name}.`,
      }),
      1,
    );
  console.log(
    `${say({ vi: "Buổi họp", en: "Meeting" })}: ${meeting.title} (${formatVietnameseDate(meeting.date)})`,
  );
  const entries = [];
  for (const row of parsed.rows) {
    const matches = meeting.attendance.filter((attendee) =>
      samePerson({ fullName: attendee.person.fullName, birthDate: attendee.person.birthDate }, row),
    );
    if (matches.length === 0) {
      report.refused.push(
        line(
          row,
          say({
            vi: `${row.fullName} không phải đảng viên của ${meeting.cell.name} ngày ${formatVietnameseDate(meeting.date)}.`,
            en: `${row.fullName} is not a member of ${meeting.cell.name} on ${formatVietnameseDate(meeting.date)}.`,
          }),
        ),
      );
    } else if (matches.length > 1) {
      report.refused.push(
        line(
          row,
          say({
            vi: `${matches.length} đảng viên cùng tên ${row.fullName}: thêm ngày sinh (cột Ngày sinh).`,
            en: `${matches.length} members are named ${row.fullName}: add their birth dates (Ngày sinh).`,
          }),
        ),
      );
    } else if (matches[0].status === row.status) {
      report.unchanged.push(line(row, `${row.fullName}: ${row.status}`));
    } else {
      entries.push({ personId: matches[0].person.id, status: row.status, note: row.note });
      report.created.push(
        line(
          row,
          `${row.fullName}: ${matches[0].status ?? say({ vi: "chưa ghi", en: "not recorded" })} → ${row.status}`,
        ),
      );
    }
  }
  printReport(say(apply ? CHECKED : DRY_RUN));
  if (!apply) return;
  refuseToWriteWithProblems();
  if (entries.length === 0)
    return console.log(say({ vi: "Đã ghi: không có gì cần thay đổi.", en: "Written: nothing to change." }));
  const data = await graphql(
    `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id } errors { code message } } }`,
    { input: { meetingId: meeting.id, entries } },
  );
  const errors = data.recordAttendance.errors;
  if (errors.length > 0)
    fail(
      `${say({ vi: "Bị từ chối, chưa ghi gì", en: "Refused, nothing written" })}: ${errors.map((e) => `${e.message} [${e.code}]`).join("; ")}`,
      1,
    );
  console.log(
    say({
      vi: `Đã ghi: ${entries.length} đã ghi nhận, ${report.unchanged.length} không đổi.`,
      en: `Written: ${entries.length} recorded, ${report.unchanged.length} unchanged.`,
    }),
  );
}

if (batched) await importBatchedRows();
else if (options.kind === "documents") await importDocumentRows();
else await importAttendanceRows();

if (!apply && (blockedByFile || report.refused.length > 0)) process.exitCode = 1;
