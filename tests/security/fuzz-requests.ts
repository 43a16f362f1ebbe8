/**
 * The fuzz test's requests (plain descriptions, so a failure prints the request that reproduces it), the viewers
 * that send them, and what every answer must be: never a 5xx, JSON with a GraphQL result or errors that carry a
 * code, no SQL text or stack in a message, no masked fault, and no mutation succeeding for a writer whose IDs
 * name nothing.
 */
import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { adminToken, DEMO, TEST_JWT_SECRET, tokenFor } from "../helpers";

const ORIGIN = "http://chibo.test";

export interface FuzzRequest {
  /** What the case is: category, field or shape, viewer. */
  label: string;
  method: string;
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  /** Text or bytes; a function for bodies that can be read only once (streams, multipart forms). */
  body?: string | Uint8Array<ArrayBuffer> | (() => BodyInit);
  /** The mutation field of a writer's operation: its IDs name nothing, so it must be refused. */
  refusedMutation?: string;
  /** The answer may be something else than JSON: GraphiQL's page for a browser, a calendar, a file. */
  allowsNonJson?: boolean;
}

export interface Viewer {
  name: string;
  /** The Authorization header, if any. */
  authorization?: string;
  /**
   * Whether the API may let this viewer write. Such viewers get only IDs that name nothing in their mutations;
   * the others (anonymous, forged or expired tokens) get real IDs too, since nothing they send may write.
   */
  mayWrite: boolean;
}

const encoder = new TextEncoder();

function signed(claims: Record<string, unknown>, options: { secret?: string; expiresAt?: number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience("chibo")
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 3600)
    .sign(encoder.encode(options.secret ?? TEST_JWT_SECRET));
}

function unsigned(claims: Record<string, unknown>): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

/**
 * Who sends the generated operations: the roles of the brief, tokens the API signs but whose claims are hostile
 * (they may write wherever the API lets them, so they count as writers), and headers that must be refused.
 */
export async function fuzzViewers(): Promise<{ trusted: Viewer[]; hostile: Viewer[] }> {
  const bearer = (token: string) => `Bearer ${token}`;
  const admin = await adminToken();
  const adminClaims = { grants: [{ role: "ADMIN" }] };
  const trusted: Viewer[] = [
    { name: "anonymous", mayWrite: false },
    { name: "MEMBER", authorization: bearer(await tokenFor("MEMBER", DEMO.cell)), mayWrite: true },
    { name: "SECRETARY", authorization: bearer(await tokenFor("SECRETARY", DEMO.cell)), mayWrite: true },
    { name: "COMMITTEE", authorization: bearer(await tokenFor("COMMITTEE", DEMO.office)), mayWrite: true },
    { name: "ADMIN", authorization: bearer(admin), mayWrite: true },
  ];
  const hostile: Viewer[] = [
    { name: "ADMIN, lower-case scheme", authorization: `bearer ${admin}`, mayWrite: true },
    { name: "ADMIN, spaces around", authorization: `  Bearer   ${admin}  `, mayWrite: true },
    {
      name: "SECRETARY of cell %",
      authorization: bearer(await signed({ grants: [{ role: "SECRETARY", cell: "%" }] })),
      mayWrite: true,
    },
    {
      name: "COMMITTEE of an injected cell",
      authorization: bearer(await signed({ grants: [{ role: "COMMITTEE", cell: "' OR '1'='1" }] })),
      mayWrite: true,
    },
    {
      name: "MEMBER with an injected subject",
      authorization: bearer(
        await signed({ sub: "' OR 1=1 --", grants: [{ role: "MEMBER", cell: DEMO.cell }] }),
      ),
      mayWrite: true,
    },
    {
      name: "grants from the table for an injected subject",
      authorization: bearer(await signed({ sub: "%' OR '1'='1" })),
      mayWrite: true,
    },
    { name: "no grants", authorization: bearer(await signed({ grants: [] })), mayWrite: true },
    {
      name: "expired ADMIN",
      authorization: bearer(await signed(adminClaims, { expiresAt: Math.floor(Date.now() / 1000) - 60 })),
      mayWrite: false,
    },
    {
      name: "ADMIN signed with another secret",
      authorization: bearer(
        await signed(adminClaims, { secret: "not-the-secret-not-the-secret-0123456789" }),
      ),
      mayWrite: false,
    },
    { name: "ADMIN with alg none", authorization: bearer(unsigned(adminClaims)), mayWrite: false },
    {
      name: "unknown role",
      authorization: bearer(await signed({ grants: [{ role: "GOD" }] })),
      mayWrite: false,
    },
    {
      name: "grants not a list",
      authorization: bearer(await signed({ grants: { role: "ADMIN" } })),
      mayWrite: false,
    },
    {
      name: "grant with a numeric cell",
      authorization: bearer(await signed({ grants: [{ role: "SECRETARY", cell: 5 }] })),
      mayWrite: false,
    },
    { name: "Basic", authorization: "Basic YWRtaW46YWRtaW4=", mayWrite: false },
    { name: "Bearer without token", authorization: "Bearer", mayWrite: false },
    { name: "Bearer garbage", authorization: "Bearer ' OR 1=1 --", mayWrite: false },
    { name: "three dots", authorization: "Bearer ...", mayWrite: false },
    { name: "JWT of garbage", authorization: `Bearer ${btoa("{")}.${btoa("[")}.x`, mayWrite: false },
    { name: "8 KiB header", authorization: `Bearer ${"a".repeat(8200)}`, mayWrite: false },
    { name: "two tokens", authorization: `Bearer ${admin}, Bearer ${admin}`, mayWrite: false },
  ];
  return { trusted, hostile };
}

export interface Answer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  text: string;
  milliseconds: number;
}

function bodyOf(request: FuzzRequest): BodyInit | undefined {
  if (request.method === "GET" || request.method === "HEAD" || request.body === undefined) return undefined;
  return typeof request.body === "function" ? request.body() : request.body;
}

export async function send(request: FuzzRequest): Promise<Answer> {
  const started = Date.now();
  const response = await exports.default.fetch(
    new Request(`${ORIGIN}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: bodyOf(request),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    retryAfter: response.headers.get("retry-after"),
    text,
    milliseconds: Date.now() - started,
  };
}

/** Longest an answer may take: the limits promise "never a long wait", and the demo data is small. */
const SLOW_MILLISECONDS = 3000;

/** What a fault leaks: SQLite's and D1's messages, stack frames, source positions. */
const LEAKS = [
  /SQLITE_[A-Z]/,
  /D1_[A-Z]+/,
  /no such (table|column|function)/,
  /near "[^"]*": syntax error/,
  /fts5: /,
  /unterminated string/,
  /malformed MATCH/,
  /unrecognized token/,
  /SQL logic error/,
  /constraint failed/,
  /\n\s+at /,
  /\bat [\w.$<>]+ \([^)]*:\d+:\d+\)/,
  /\.(ts|js|mjs):\d+:\d+/,
];

/** Paths the Worker answers: the GraphQL endpoint and its routes (src/routes). */
function isServedPath(path: string): boolean {
  const pathname = new URL(path, ORIGIN).pathname;
  return (
    pathname === "/graphql" ||
    /^\/documents\/[^/]+\/attachments\/[^/]+$/.test(pathname) ||
    /^\/cells\/[^/]+\/(meetings\.ics|reports\/\d{4}|export\.(json|csv))$/.test(pathname)
  );
}

const JSON_MEDIA_TYPE = /^application\/(graphql-response\+)?json\b/i;

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

function errorProblems(errors: unknown): string[] {
  if (!Array.isArray(errors) || errors.length === 0) return ["`errors` is not a non-empty list"];
  const problems: string[] = [];
  for (const error of errors as GraphQLErrorShape[]) {
    if (typeof error?.message !== "string")
      problems.push(`an error without a message: ${JSON.stringify(error)}`);
    const code = error?.extensions?.code;
    if (typeof code !== "string") problems.push(`an error without extensions.code: ${JSON.stringify(error)}`);
    if (code === "INTERNAL_SERVER_ERROR") problems.push(`a masked fault: ${JSON.stringify(error)}`);
    const serialized = JSON.stringify(error);
    const leak = LEAKS.find((pattern) => pattern.test(serialized));
    if (leak) problems.push(`an error leaks ${leak}: ${serialized.slice(0, 500)}`);
  }
  return problems;
}

/** Everything wrong with an answer; empty when it is a well-formed GraphQL result or error. */
export function answerProblems(request: FuzzRequest, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.milliseconds > SLOW_MILLISECONDS) problems.push(`answered in ${answer.milliseconds} ms`);
  // No body to read: HEAD and OPTIONS, 204, and 406, which GraphQL over HTTP allows for an Accept header
  // naming no media type the API answers in.
  if (request.method === "HEAD" || request.method === "OPTIONS" || [204, 406].includes(answer.status)) {
    return problems;
  }
  // Paths the Worker does not serve are plain 404s.
  if (answer.status === 404 && !isServedPath(request.path)) return problems;
  if (!JSON_MEDIA_TYPE.test(answer.contentType)) {
    if (!request.allowsNonJson || answer.status >= 400) {
      problems.push(`answered ${answer.contentType || "no content type"}: ${answer.text.slice(0, 200)}`);
    }
    return problems;
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...problems, `answered malformed JSON: ${answer.text.slice(0, 200)}`];
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return [...problems, `answered JSON that is not an object: ${answer.text.slice(0, 200)}`];
  }
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (data === undefined && errors === undefined) problems.push("answered neither data nor errors");
  if (data !== undefined && data !== null && typeof data !== "object")
    problems.push("`data` is not an object");
  if (errors !== undefined) problems.push(...errorProblems(errors));
  if (answer.status >= 400 && errors === undefined) problems.push(`HTTP ${answer.status} without errors`);
  // Rate limiting is an answer too, when it says so and when to come back.
  if (answer.status === 429) {
    const codes = Array.isArray(errors)
      ? (errors as GraphQLErrorShape[]).map((error) => error?.extensions?.code)
      : [];
    if (!codes.includes("RATE_LIMITED")) problems.push("HTTP 429 without a RATE_LIMITED error");
    if (answer.retryAfter === null) problems.push("HTTP 429 without Retry-After");
  }
  if (request.refusedMutation && data && typeof data === "object") {
    const payload = (data as Record<string, { errors?: unknown } | null>)[request.refusedMutation];
    if (payload && Array.isArray(payload.errors) && payload.errors.length === 0) {
      problems.push(`the mutation succeeded: ${answer.text.slice(0, 300)}`);
    }
  }
  return problems;
}

/** The request as a failure report shows it: enough to send it again. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    typeof request.body === "string"
      ? request.body
      : request.body instanceof Uint8Array
        ? `<${request.body.byteLength} bytes>`
        : request.body
          ? "<stream or multipart form>"
          : "";
  const shown = body.length > 600 ? `${body.slice(0, 600)}… (${body.length} characters)` : body;
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${value.length > 80 ? `${value.slice(0, 80)}…` : value}`)
    .join("; ");
  const path = request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path;
  return `${request.label}\n    ${request.method} ${path}\n    ${headers}\n    ${shown}`;
}
