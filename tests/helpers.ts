import { createExecutionContext, env as testEnv, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { expect } from "vitest";
import { DEMO } from "../scripts/demo-data";
import type { GrantRole } from "../src/domain/grants";
import worker from "../src/index";

export { DEMO };

export const TEST_JWT_SECRET = "chibo-test-secret-not-for-deployment-0123456789";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export function globalId(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

export function rawId(globalIdValue: string): string {
  return atob(globalIdValue).split(":").slice(1).join(":");
}

export async function tokenFor(
  role: GrantRole,
  cellId: string | null = null,
  options: {
    secret?: string;
    expiresIn?: string;
    audience?: string;
    personId?: string;
    /** Further grants the same token carries. */
    alsoGrants?: { role: GrantRole; cell: string }[];
  } = {},
): Promise<string> {
  const grants = [{ role, ...(cellId ? { cell: cellId } : {}) }, ...(options.alsoGrants ?? [])];
  const jwt = new SignJWT({ grants })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience(options.audience ?? "chibo")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h");
  if (options.personId) jwt.setSubject(options.personId);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** A development token without a grants claim: its grants are the grants table's rows for its principal. */
export function tokenOfPrincipal(principal: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("chibo-dev")
    .setAudience("chibo")
    .setSubject(principal)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/**
 * Sends an operation to the Worker. The suite reads messages in English (its assertions quote them); a test of the
 * default language passes `acceptLanguage: null` (no header: Vietnamese) or "vi".
 */
export async function gql<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  acceptLanguage: string | null = "en",
): Promise<GraphQLResponse<Data>> {
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status">;
  return { status: response.status, ...body };
}

export interface Sent<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: Data | null;
    errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
    extensions?: Record<string, any>;
  };
}

/**
 * A fetch into the Worker over the test's bindings and `env` (production settings for the example clients), which
 * records every request it forwards; `loseNextResponse` makes the next answer vanish after the Worker has handled
 * the request, as a dropped mobile connection does.
 */
export function workerFetch(env: Partial<Cloudflare.Env>) {
  const sent: Request[] = [];
  let loseNext = false;
  const fetchFromWorker = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    sent.push(request.clone() as Request);
    const context = createExecutionContext();
    const response = await worker.fetch(request, { ...testEnv, ...env }, context);
    await waitOnExecutionContext(context);
    if (loseNext) {
      loseNext = false;
      throw new TypeError("Network connection lost.");
    }
    return response;
  };
  return {
    fetch: fetchFromWorker as typeof fetch,
    sent,
    loseNextResponse: () => {
      loseNext = true;
    },
  };
}

/**
 * A request to the Worker (`/graphql` unless `path` says otherwise; an object body is sent as JSON). With `env`,
 * the Worker runs over those bindings in place of the test's: a faulty D1, production settings, a tight limiter.
 */
export async function send<Data = Record<string, any>>(
  request: {
    path?: string;
    method?: string;
    token?: string;
    headers?: Record<string, string>;
    body?: object | FormData | string;
  },
  env?: Partial<Cloudflare.Env>,
): Promise<Sent<Data>> {
  const { body } = request;
  const json = body !== undefined && typeof body !== "string" && !(body instanceof FormData);
  const outgoing = new Request(`http://chibo.test${request.path ?? "/graphql"}`, {
    method: request.method ?? "POST",
    headers: {
      ...(json ? { "content-type": "application/json" } : {}),
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      ...request.headers,
    },
    body: json ? JSON.stringify(body) : (body as FormData | string | undefined),
  });
  let response: Response;
  if (env) {
    const context = createExecutionContext();
    response = await worker.fetch(outgoing, { ...testEnv, ...env }, context);
    await waitOnExecutionContext(context);
  } else {
    response = await exports.default.fetch(outgoing);
  }
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

export function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/** The codes of a mutation payload's typed errors (`errors { code }`); undefined when there is no payload. */
export function payloadCodes(
  payload: { errors: { code: string }[] } | null | undefined,
): string[] | undefined {
  return payload?.errors.map((error) => error.code);
}

/** The codes a mutation answered with: its payload's typed errors, else the request's own errors. */
export function mutationCodes(result: GraphQLResponse, mutation: string): (string | undefined)[] {
  const payload = (result.data as Record<string, { errors: { code: string }[] } | null> | undefined)?.[
    mutation
  ];
  return payload?.errors.map((error) => error.code) ?? codes(result);
}

export const adminToken = () => tokenFor("ADMIN");

const CELL_FIELDS = "id name version kind parent { id } dissolvedOn aliases { name kind usedUntil }";

/** Creates an organization as ADMIN and returns it; throws on any error so fixtures fail loudly. */
export async function createCell(input: Record<string, unknown>, token?: string) {
  const result = await gql(
    `mutation ($input: CreateCellInput!) { createCell(input: $input) { cell { ${CELL_FIELDS} } errors { code message } } }`,
    { input },
    token ?? (await adminToken()),
  );
  if (result.errors || result.data?.createCell.errors.length) {
    throw new Error(`createCell failed: ${JSON.stringify(result.errors ?? result.data?.createCell.errors)}`);
  }
  return result.data?.createCell.cell as { id: string; name: string; version: number };
}

/** A committee with one cell under it, named uniquely so test files never see each other's rows. */
export async function createBranch(label: string) {
  const unique = `${label} ${crypto.randomUUID().slice(0, 8)}`;
  const committee = await createCell({
    name: `Đảng bộ ${unique}`,
    kind: "GRASSROOTS_COMMITTEE",
    parentId: globalId("Cell", DEMO.bloc),
  });
  const cell = await createCell({
    name: `Chi bộ ${unique}`,
    kind: "SUBORDINATE_CELL",
    parentId: committee.id,
  });
  return { committee, cell, unique };
}

export async function mutate(
  name: string,
  input: Record<string, unknown>,
  selection: string,
  token?: string,
) {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  return gql(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} errors { code message field } } }`,
    { input },
    token ?? (await adminToken()),
  );
}

/** An issued document of an organization, created as ADMIN; returns its id and version. */
export async function createDocument(input: Record<string, unknown>, token?: string) {
  const result = await mutate("createDocument", input, "document { id version status }", token);
  if (result.errors || result.data?.createDocument.errors.length) {
    throw new Error(
      `createDocument failed: ${JSON.stringify(result.errors ?? result.data?.createDocument.errors)}`,
    );
  }
  return result.data?.createDocument.document as { id: string; version: number; status: string };
}

/** A GraphQL multipart request (the spec Yoga implements) uploading one file to a document. */
export async function uploadAttachment(documentId: string, file: File, token?: string) {
  const body = new FormData();
  body.set(
    "operations",
    JSON.stringify({
      query: `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) {
        attachment { id fileName contentType size sha256 url purged } errors { code message }
      } }`,
      variables: { input: { documentId, file: null } },
    }),
  );
  body.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  body.set("0", file);
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: { authorization: `Bearer ${token ?? (await adminToken())}` },
      body,
    }),
  );
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, "status">) };
}

export async function download(path: string, token?: string) {
  return exports.default.fetch(
    new Request(`http://chibo.test${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
  );
}

/** `count` official members (admitted 2015, official 2016) of a cell, named after `label`: their global IDs. */
export async function addMembers(cellId: string, count: number, label: string) {
  const members: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const candidate = await mutate(
      "createCandidate",
      { fullName: `Thành viên ${index + 1} ${label}`, cellId },
      "person { id }",
    );
    const id = candidate.data?.createCandidate.person.id;
    await mutate("admitMember", { personId: id, admittedOn: "2015-03-01" }, "person { id }");
    await mutate("recognizeOfficial", { personId: id, officialOn: "2016-03-01" }, "person { id }");
    members.push(id);
  }
  return members;
}

/** A cell with `count` official members (admitted 2015, official 2016) and their global IDs. */
export async function cellWithMembers(label: string, count: number) {
  const branch = await createBranch(label);
  return { ...branch, members: await addMembers(branch.cell.id, count, branch.unique) };
}

const MEETING = "meeting { id version status date attendanceSummary { attendanceRate } }";

export async function scheduleMeeting(input: Record<string, unknown>, token?: string) {
  const result = await mutate("scheduleMeeting", input, MEETING, token);
  if (result.errors || result.data?.scheduleMeeting.errors.length) {
    throw new Error(
      `scheduleMeeting failed: ${JSON.stringify(result.errors ?? result.data?.scheduleMeeting.errors)}`,
    );
  }
  return result.data?.scheduleMeeting.meeting as { id: string; version: number; date: string };
}

/** A regular meeting held on a day (14:00–16:00 Vietnam time), with every listed member's status. */
export async function heldMeeting(
  cellId: string,
  day: string,
  statuses: [personId: string, status: string][],
  kind = "REGULAR",
) {
  const meeting = await scheduleMeeting({
    cellId,
    kind,
    title: `Sinh hoạt ${day}`,
    scheduledStart: `${day}T14:00:00+07:00`,
    scheduledEnd: `${day}T16:00:00+07:00`,
  });
  const held = await mutate(
    "updateMeeting",
    {
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      status: "HELD",
      actualStart: `${day}T14:00:00+07:00`,
      actualEnd: `${day}T16:00:00+07:00`,
    },
    "meeting { id version }",
  );
  if (statuses.length > 0) {
    await mutate(
      "recordAttendance",
      { meetingId: meeting.id, entries: statuses.map(([personId, status]) => ({ personId, status })) },
      "meeting { id }",
    );
  }
  return held.data?.updateMeeting.meeting as { id: string; version: number };
}

/** Grants a role as an admin (a cell's, or everywhere for ADMIN); the grant must be accepted. */
export async function grantTo(principal: string, role: string, cellId: string | null, personId?: string) {
  const result = await mutate(
    "grantRole",
    { principal, role, ...(cellId ? { cellId } : {}), ...(personId ? { personId } : {}) },
    "grant { id principal role version }",
  );
  expect(result.data?.grantRole.errors).toEqual([]);
  return result.data?.grantRole.grant as { id: string; principal: string };
}
