/**
 * A small typed client for Chibo on plain fetch (a script, a server-side job), on the documents graphql-codegen
 * generates from examples/operations/*.graphql. Results and variables are typed from the schema: a field renamed or
 * removed there fails here at compile time. It sends each operation by its trusted id, so it works against a
 * server in strict mode; apps use Apollo Client or urql instead (examples/apollo.ts, examples/urql.ts).
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  CellPageDocument,
  CommitteeSubtreeDocument,
  OverdueAssignmentsDocument,
  ProposeMemberRatingsDocument,
  type RateMembersInput,
  RecordAttendanceDocument,
  type RecordAttendanceInput,
} from "./generated/graphql";
import { trustedDocumentId } from "./trusted-documents";

export const DEFAULT_ENDPOINT = "http://127.0.0.1:8787/graphql";

/** An error as the API sends it: every error carries `extensions.code` (see README, "Errors"). */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The request failed as a whole (HTTP error, or GraphQL errors and no data). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly ApiError[],
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** Sends one operation and returns its typed data; throws ApiRequestError when there is no data to return. */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
  endpoint: string = DEFAULT_ENDPOINT,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json;q=0.9",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({
      extensions: { persistedQuery: { version: 1, sha256Hash: trustedDocumentId(document) } },
      variables,
    }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: ApiError[] };
  const errors = body.errors ?? [];
  if (body.data == null) {
    const codes = errors.map((error) => error.extensions?.code ?? "UNKNOWN").join(", ");
    throw new ApiRequestError(`Chibo answered ${response.status} (${codes})`, response.status, errors);
  }
  return body.data;
}

/** Today in Vietnam (YYYY-MM-DD), the day the API's "today" defaults use. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

// --- Typed uses -------------------------------------------------------------------------------------------------

/** A committee's tree: each organization with its parent and its member count today. */
export async function committeeTree(committeeId: string, token: string) {
  const data = await request(CommitteeSubtreeDocument, { committeeId }, token);
  return (data.cell?.descendants.edges ?? []).map(({ node }) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    parentId: node.parent?.id ?? null,
    members: node.members?.totalCount ?? 0,
  }));
}

/** A cell's page as a mobile app shows it: each member with this year's rating, and the last meetings. */
export async function cellPage(cellId: string, year: number, token: string) {
  const data = await request(CellPageDocument, { cellId, year }, token);
  const cell = data.cell;
  if (!cell) return null;
  const ratingOf = new Map((cell.memberRatings ?? []).map((rating) => [rating.person.id, rating]));
  return {
    name: cell.name,
    members: (cell.members?.edges ?? []).map(({ node, membership }) => ({
      name: node.fullName,
      status: node.partyStatusLabel,
      since: membership.startedOn,
      rating: ratingOf.get(node.id)?.level?.label ?? null,
    })),
    meetings: (cell.meetings?.edges ?? []).map(({ node }) => ({
      date: node.date,
      title: node.title,
      attendanceRate: node.attendanceSummary.attendanceRate,
      absentWithoutReason: node.attendanceSummary.all.absentUnexcused,
    })),
  };
}

/** The cells under a committee that have not reported on a document by its deadline. */
export async function cellsNotReported(documentId: string, committeeId: string, token: string) {
  const data = await request(
    OverdueAssignmentsDocument,
    { documentId, committeeId, today: todayInVietnam() },
    token,
  );
  return (data.document?.assignments.edges ?? []).map(({ node }) => ({
    cell: node.cell.name,
    deadline: node.deadline,
    status: node.statusLabel,
  }));
}

/** The secretary records attendance; refusals come back as `errors` (codes), not as exceptions. */
export async function recordAttendance(
  meetingId: string,
  entries: RecordAttendanceInput["entries"],
  token: string,
) {
  const { recordAttendance: payload } = await request(
    RecordAttendanceDocument,
    { input: { meetingId, entries } },
    token,
  );
  if (payload.errors.length > 0) return { ok: false as const, errors: payload.errors };
  return { ok: true as const, attendanceRate: payload.meeting?.attendanceSummary.attendanceRate ?? null };
}

/** The cell proposes its members' ratings of a year (the PROPOSAL stage), at its review meeting. */
export async function proposeMemberRatings(
  cellId: string,
  year: number,
  entries: RateMembersInput["entries"],
  meetingId: string | null,
  token: string,
) {
  const { rateMembers: payload } = await request(
    ProposeMemberRatingsDocument,
    { input: { cellId, year, stage: "PROPOSAL", entries, meetingId }, year },
    token,
  );
  return {
    errors: payload.errors.map((error) => `${error.code}: ${error.message}`),
    ratings: (payload.cell?.memberRatings ?? []).map((rating) => ({
      personId: rating.person.id,
      level: rating.level?.code ?? null,
      stage: rating.stage,
    })),
  };
}
