import { csvDocument } from "../domain/csv";
import { comparePartialDates, isIsoDate, todayInVietnam } from "../domain/dates";
import { PARTY_STATUS_LABELS, type PartyStatus, partyStatusOn } from "../domain/membership";
import { jsonError } from "./http";
import { downloadDisposition, type Execute } from "./printable";

/** GET /cells/{cellId}/export.json and /cells/{cellId}/export.csv (`?on=YYYY-MM-DD`, today by default). */
export const EXPORT_PATH = /^\/cells\/([^/]+)\/export\.(json|csv)$/;

export type ExportFormat = "json" | "csv";

const PAGE = 100;

const MEMBERS_FRAGMENT = `
fragment ExportMembers on CellMembersConnection {
  pageInfo { hasNextPage endCursor }
  edges { membership { startedOn } node { id fullName partyStatus admittedOn officialOn
    file { genderLabel ethnicGroup { name } partyCardNumber partyCardIssuedOn religion birthplace homeTown occupation
      generalEducation professionalLevelLabel politicalTheoryLevelLabel stateManagementLevelLabel foreignLanguages } } }
}`;

const FRAGMENTS = `
fragment ExportOrganization on Cell { id name kind kindLabel isCell parent { id } foundedOn dissolvedOn }
fragment ExportDescendants on CellDescendantsConnection {
  pageInfo { hasNextPage endCursor }
  edges { node { ...ExportOrganization members(on: $on, first: ${PAGE}) { ...ExportMembers } } }
}${MEMBERS_FRAGMENT}`;

// `meetings(first: 0)` reads nothing: it asks the API whether the viewer may read the cell's records (anyone
// whose grant lies on its line, as for the annual report); `members` alone only needs a signed-in reader.
const FIRST_QUERY = `query Export($id: ID!, $on: Date!) {
  cell(id: $id) {
    ...ExportOrganization
    readable: meetings(first: 0) { pageInfo { hasNextPage } }
    members(on: $on, first: ${PAGE}) { ...ExportMembers }
    descendants(first: ${PAGE}, includeDissolved: true) { ...ExportDescendants }
  }
}${FRAGMENTS}`;

const MORE_DESCENDANTS = `query ExportDescendants($id: ID!, $on: Date!, $after: String!) {
  cell(id: $id) { descendants(first: ${PAGE}, after: $after, includeDissolved: true) { ...ExportDescendants } }
}${FRAGMENTS}`;

const MORE_MEMBERS = `query ExportMembers($id: ID!, $on: Date!, $after: String!) {
  cell(id: $id) { members(on: $on, first: ${PAGE}, after: $after) { ...ExportMembers } }
}${MEMBERS_FRAGMENT}`;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface MembersPage {
  pageInfo: PageInfo;
  edges: {
    membership: { startedOn: string };
    node: {
      id: string;
      fullName: string;
      partyStatus: PartyStatus;
      admittedOn: string | null;
      officialOn: string | null;
      /** Personal: null where the caller may not read it (they still get the rest of the list). */
      file: ExportedFile | null;
    };
  }[];
}

interface Organization {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  isCell: boolean;
  parent: { id: string } | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  members: MembersPage | null;
}

interface DescendantsPage {
  pageInfo: PageInfo;
  edges: { node: Organization }[];
}

/** The member's file as the export's query reads it. */
interface ExportedFile {
  genderLabel: string | null;
  ethnicGroup: { name: string } | null;
  partyCardNumber: string | null;
  partyCardIssuedOn: string | null;
  religion: string | null;
  birthplace: string | null;
  homeTown: string | null;
  occupation: string | null;
  generalEducation: string | null;
  professionalLevelLabel: string | null;
  politicalTheoryLevelLabel: string | null;
  stateManagementLevelLabel: string | null;
  foreignLanguages: string | null;
}

/**
 * The member's file in an export, column by column: the CSV header (one the import reads back), the JSON key and the
 * value, in Vietnamese where the file has a label.
 */
const FILE_COLUMNS = [
  ["Giới tính", "gender", (file: ExportedFile) => file.genderLabel],
  ["Dân tộc", "ethnicGroup", (file: ExportedFile) => file.ethnicGroup?.name ?? null],
  ["Số thẻ đảng viên", "partyCardNumber", (file: ExportedFile) => file.partyCardNumber],
  ["Ngày cấp thẻ", "partyCardIssuedOn", (file: ExportedFile) => file.partyCardIssuedOn],
  ["Tôn giáo", "religion", (file: ExportedFile) => file.religion],
  ["Nơi sinh", "birthplace", (file: ExportedFile) => file.birthplace],
  ["Quê quán", "homeTown", (file: ExportedFile) => file.homeTown],
  ["Nghề nghiệp", "occupation", (file: ExportedFile) => file.occupation],
  ["Giáo dục phổ thông", "generalEducation", (file: ExportedFile) => file.generalEducation],
  ["Chuyên môn", "professionalLevel", (file: ExportedFile) => file.professionalLevelLabel],
  ["Lý luận chính trị", "politicalTheoryLevel", (file: ExportedFile) => file.politicalTheoryLevelLabel],
  ["Quản lý nhà nước", "stateManagementLevel", (file: ExportedFile) => file.stateManagementLevelLabel],
  ["Ngoại ngữ", "foreignLanguages", (file: ExportedFile) => file.foreignLanguages],
] as const;

type FileColumn = (typeof FILE_COLUMNS)[number][1];

/** From the member's file, for callers who may read it (the cell's writers); null otherwise or when not recorded. */
function fileValues(file: ExportedFile | null): Record<FileColumn, string | null> {
  return Object.fromEntries(FILE_COLUMNS.map(([, key, value]) => [key, file ? value(file) : null])) as Record<
    FileColumn,
    string | null
  >;
}

export interface ExportedMember extends Record<FileColumn, string | null> {
  cellId: string;
  cellName: string;
  id: string;
  fullName: string;
  /** Standing on the export's day (official from the recognition day, probationary before it). */
  status: "OFFICIAL" | "PROBATIONARY";
  statusLabel: string;
  admittedOn: string | null;
  officialOn: string | null;
  /** First day of the membership that makes them a member of the cell that day. */
  memberSince: string;
}

export interface ExportedOrganization {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  isCell: boolean;
  parentId: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  memberCount: number;
}

export interface CellExport {
  cell: { id: string; name: string; kind: string; kindLabel: string };
  /** The day the members are listed on. */
  exportedOn: string;
  organizations: ExportedOrganization[];
  members: ExportedMember[];
}

class ExportFailure extends Error {
  constructor(readonly response: Response) {
    super("export failed");
  }
}

async function run<Data>(execute: Execute, query: string, variables: Record<string, unknown>): Promise<Data> {
  const result = await execute(query, variables);
  // A member's file is personal: refused for a caller who may not read it, it is left blank, not the export.
  const error = result.errors?.find(
    (each) =>
      !(each.extensions?.code === "FORBIDDEN" && (each as { path?: unknown[] }).path?.at(-1) === "file"),
  );
  if (error) {
    const code = error.extensions?.code ?? "BAD_REQUEST";
    const status = code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : 400;
    throw new ExportFailure(jsonError(status, code, error.message));
  }
  return result.data as Data;
}

/** An organization that existed on the day: founded by then (or undated) and not dissolved by then. */
function existedOn(organization: Organization, day: string): boolean {
  const founded = organization.foundedOn === null || comparePartialDates(organization.foundedOn, day) <= 0;
  const dissolved = organization.dissolvedOn;
  const notYetDissolved =
    dissolved === null ||
    (dissolved.length === day.length ? dissolved > day : comparePartialDates(dissolved, day) >= 0);
  return founded && notYetDissolved;
}

/** Reads the cell, its whole subtree and every member on the day, page by page, as the caller. */
async function gather(execute: Execute, id: string, on: string): Promise<CellExport | null> {
  const first = await run<{ cell: (Organization & { descendants: DescendantsPage }) | null }>(
    execute,
    FIRST_QUERY,
    { id, on },
  );
  if (!first.cell) return null;
  const root = first.cell;
  const organizations: Organization[] = [root];
  let page = root.descendants;
  for (;;) {
    organizations.push(...page.edges.map((edge) => edge.node).filter((node) => existedOn(node, on)));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    const next = await run<{ cell: { descendants: DescendantsPage } | null }>(execute, MORE_DESCENDANTS, {
      id,
      on,
      after: page.pageInfo.endCursor,
    });
    if (!next.cell) break;
    page = next.cell.descendants;
  }

  const members: ExportedMember[] = [];
  const counts = new Map<string, number>();
  for (const organization of organizations) {
    let membersPage = organization.members;
    while (membersPage) {
      for (const { node, membership } of membersPage.edges) {
        const status = partyStatusOn(
          { partyStatus: node.partyStatus, admittedOn: node.admittedOn, officialOn: node.officialOn },
          on,
        );
        members.push({
          cellId: organization.id,
          cellName: organization.name,
          id: node.id,
          fullName: node.fullName,
          status,
          statusLabel: PARTY_STATUS_LABELS[status],
          admittedOn: node.admittedOn,
          officialOn: node.officialOn,
          memberSince: membership.startedOn,
          ...fileValues(node.file),
        });
      }
      counts.set(organization.id, (counts.get(organization.id) ?? 0) + membersPage.edges.length);
      const { hasNextPage, endCursor } = membersPage.pageInfo;
      if (!hasNextPage || !endCursor) break;
      const next = await run<{ cell: { members: MembersPage | null } | null }>(execute, MORE_MEMBERS, {
        id: organization.id,
        on,
        after: endCursor,
      });
      membersPage = next.cell?.members ?? null;
    }
  }

  return {
    cell: { id: root.id, name: root.name, kind: root.kind, kindLabel: root.kindLabel },
    exportedOn: on,
    organizations: organizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      kind: organization.kind,
      kindLabel: organization.kindLabel,
      isCell: organization.isCell,
      parentId: organization.parent?.id ?? null,
      foundedOn: organization.foundedOn,
      dissolvedOn: organization.dissolvedOn,
      memberCount: counts.get(organization.id) ?? 0,
    })),
    members,
  };
}

const CSV_HEADER = [
  "Chi bộ",
  "Họ và tên",
  "Trạng thái",
  "Ngày kết nạp",
  "Ngày chính thức",
  ...FILE_COLUMNS.map(([header]) => header),
];

/**
 * One row per member: the cell's name, the full name, the standing that day (Vietnamese label), the admission
 * and official dates, and — for a caller who may read members' files — the file's columns (FILE_COLUMNS).
 * A comma file (csvDocument). Dates are yyyy-mm-dd, which Excel reads as dates in any locale (and `npm run import`
 * reads back); the headers are the ones the import understands.
 */
export function exportCsv(data: CellExport): string {
  const lines = [
    CSV_HEADER,
    ...data.members.map((member) => [
      member.cellName,
      member.fullName,
      member.statusLabel,
      member.admittedOn,
      member.officialOn,
      ...FILE_COLUMNS.map(([, key]) => member[key]),
    ]),
  ];
  return csvDocument(lines);
}

/**
 * GET /cells/{cellId}/export.json|csv: the cell, its whole subtree and the members of each cell on a day, read
 * through GraphQL as the caller, so the API's permissions apply (401 without a token, 403 off the cell's line).
 */
export async function serveExport(
  request: Request,
  cellGlobalId: string,
  format: ExportFormat,
  execute: Execute,
): Promise<Response> {
  if (request.method !== "GET") return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const on = new URL(request.url).searchParams.get("on") ?? todayInVietnam();
  if (!isIsoDate(on))
    return jsonError(400, "INVALID_DATE", `"${on.slice(0, 40)}" is not a date (YYYY-MM-DD).`);
  let data: CellExport | null;
  try {
    data = await gather(execute, cellGlobalId, on);
  } catch (error) {
    if (error instanceof ExportFailure) return error.response;
    throw error;
  }
  if (!data) return jsonError(404, "NOT_FOUND", "No such cell.");
  const headers = {
    "content-type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    "content-disposition": downloadDisposition(data.cell.name, on, format),
    "cache-control": "private, no-store",
  };
  const body = format === "json" ? JSON.stringify(data, null, 2) : exportCsv(data);
  return new Response(body, { headers });
}
