/**
 * The workload of the query-plan test: what the API's clients do, as each kind of reader, over the data volume
 * (query-plans-volume.ts) and a branch this workload founds under the volume's committee and then runs through a
 * year: every query, every mutation and the HTTP routes (attachments, calendar feeds, exports, report pages).
 *
 * Every GraphQL request must succeed (a failed step would leave its statements unobserved); each one's rows read
 * and rows returned are kept for the rows-read check.
 */
import { exports } from "cloudflare:workers";
import {
  adminToken,
  DEMO,
  download,
  type GraphQLResponse,
  globalId,
  rawId,
  tokenFor,
  tokenOfPrincipal,
  uploadAttachment,
} from "../helpers";
import { VOLUME, volumeCellId, volumePersonId } from "./query-plans-volume";
import { channelWorkload } from "./query-plans-workload-channel";
import { duesWorkload } from "./query-plans-workload-dues";

export interface RequestCost {
  label: string;
  rowsRead: number;
  rowsReturned: number;
  /**
   * Records an aggregate reads to answer with a few figures (a committee's year of attendance, its ratings): by
   * design it reads each of them, so they count with the rows returned.
   */
  rowsSummarized: number;
}

/**
 * The member statistics a write of a membership, a member's dates or file keeps (migration 0056): each of the
 * member's figures (about a dozen) at their cell and every organization above it (four here), a step on the day and
 * one more on each later step of the figure's count — a write dated in the past reads the steps since that day.
 */
const MEMBER_FIGURES_KEPT = 12 * 4;

/** What a decision's quota counts over the volume: a year of member ratings and stages. */
const VOLUME_RATINGS_AND_STAGES = 2 * VOLUME.cells * VOLUME.membersPerCell;

/**
 * Rows a response carries: its objects (each a row, or a part of one) and, for a connection, the rows its
 * totalCount stands for — counting them reads one index entry each.
 */
function rowsReturned(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + rowsReturned(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce<number>(
    (sum, [key, item]) =>
      sum + (key === "totalCount" && typeof item === "number" ? item : rowsReturned(item)),
    1,
  );
}

type Variables = Record<string, unknown>;
type Data = Record<string, any>;

const cellId = (id: string) => globalId("Cell", id);
const personId = (id: string) => globalId("Person", id);

function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

export async function runWorkload(): Promise<RequestCost[]> {
  const costs: RequestCost[] = [];

  async function request(
    label: string,
    query: string,
    variables: Variables,
    token: string | undefined,
    rowsSummarized: number,
    headers: Record<string, string> = {},
  ): Promise<Data> {
    const response = await exports.default.fetch(
      new Request("http://chibo.test/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      }),
    );
    const body = (await response.json()) as GraphQLResponse & { extensions?: { d1RowsRead?: number } };
    if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
    costs.push({
      label,
      rowsRead: body.extensions?.d1RowsRead ?? 0,
      rowsReturned: rowsReturned(body.data),
      rowsSummarized,
    });
    return body.data as Data;
  }

  const read = (
    label: string,
    query: string,
    variables: Variables = {},
    token?: string,
    rowsSummarized = 0,
  ) => request(label, query, variables, token, rowsSummarized);

  /** A mutation that must succeed: its payload's `errors` must be empty. */
  async function write(
    name: string,
    input: Variables,
    selection: string,
    token?: string,
    rowsSummarized = 0,
  ): Promise<Data> {
    const type = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const data = await request(
      name,
      `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} errors { code message } } }`,
      { input },
      token ?? admin,
      rowsSummarized,
    );
    const payload = data[name];
    if (payload.errors.length > 0) throw new Error(`${name}: ${JSON.stringify(payload.errors)}`);
    return payload;
  }

  const admin = await adminToken();
  const committee = await tokenFor("COMMITTEE", VOLUME.committee);
  const bloc = await tokenFor("COMMITTEE", DEMO.bloc);
  const cellOne = volumeCellId(1);
  // Member n belongs to cell ((n - 1) mod 100) + 1: person 1 is the secretary of cell 1, person 101 a member.
  const secretary = await tokenFor("SECRETARY", cellOne, { personId: volumePersonId(1) });
  const member = await tokenFor("MEMBER", cellOne, { personId: volumePersonId(101) });
  const year = VOLUME.year;

  // Organizations: public lists, search, the tree around a committee.
  const CELL_CARD = "id name kind kindLabel isCell isDissolved foundedOn documentCode parent { id name }";
  await read("cells", `{ cells(first: 20) { totalCount edges { cursor node { ${CELL_CARD} } } } }`);
  const firstCells = await read("cells, two pages", `{ cells(first: 5) { pageInfo { endCursor } } }`);
  await read(
    "cells, next page",
    `query ($after: String) { cells(first: 5, after: $after) { totalCount edges { node { id name } } } }`,
    { after: firstCells.cells.pageInfo.endCursor },
  );
  await read(
    "cells, last page",
    `{ cells(last: 5) { totalCount pageInfo { hasPreviousPage } edges { node { id name } } } }`,
  );
  await read(
    "cells by search",
    `query ($s: String) { cells(filter: { search: $s }) { totalCount edges { node { id name } } } }`,
    { s: "chi bo khoi luong 042" },
  );
  await read(
    "cells by words of one or two letters",
    `query ($s: String) { cells(filter: { search: $s }) { totalCount edges { node { id name } } } }`,
    { s: "bo 04" },
  );
  await read(
    "cells by parent and kind",
    `query ($parent: ID) { cells(first: 10, filter: { parentId: $parent, kind: SUBORDINATE_CELL, includeDissolved: true }) {
      totalCount edges { node { id name } } } }`,
    { parent: cellId(VOLUME.committee) },
  );
  await read(
    "cells of a kind",
    `{ cells(first: 10, filter: { kind: GRASSROOTS_COMMITTEE }) { totalCount edges { node { id name } } } }`,
  );
  await read(
    "a committee's tree",
    `query ($id: ID!) { cell(id: $id) {
      name aliases { name kind usedFrom usedUntil } ancestors { name } parent { name }
      children(first: 5) { totalCount edges { node { name } } }
      allChildren: children(first: 5, includeDissolved: true) { totalCount }
      descendants(first: 5) { totalCount edges { node { name parent { name } } } }
      allDescendants: descendants(first: 5, includeDissolved: true) { totalCount }
      predecessors { kind } successors { kind } terms { label startsOn endsOn }
    } }`,
    { id: cellId(VOLUME.committee) },
  );
  await read(
    "the members of many cells at once",
    `query ($parent: ID) { cells(first: 20, filter: { parentId: $parent }) { edges { node {
      members(first: 3) { totalCount edges { node { id fullName } } } } } } }`,
    { parent: cellId(VOLUME.committee) },
    committee,
  );
  await read(
    "a committee's member statistics with each of its cells",
    `query ($id: ID!, $on: Date) { memberStatistics(cellId: $id, on: $on) {
      organization { members byStatus { code members } byAgeBand { code members } events { code members } }
      children { organization { name } members byStatus { code members } }
    } }`,
    { id: cellId(VOLUME.committee), on: `${VOLUME.year}-12-31` },
    committee,
  );
  await read(
    "the seed cell's history",
    `query ($id: ID!) { cell(id: $id) {
      name foundingDocument { number founds { name } recordsSuccessions { kind predecessor { name } } }
      predecessors { kind occurredOn decisionDocument { number } predecessor { name successors { successor { name } } } }
      terms { label electedAt { title } officers { role person { fullName } } }
      officers(on: "2017-12-23") { role person { fullName } term { label } }
    } }`,
    { id: cellId(DEMO.cell) },
    admin,
  );

  // People: lists for each kind of reader, a cell's members, a person's record.
  const PERSON_CARD = "id fullName partyStatus partyStatusLabel admittedOn officialOn";
  await read(
    "people, everyone",
    `{ people(first: 20) { totalCount edges { node { ${PERSON_CARD} } } } }`,
    {},
    admin,
  );
  await read(
    "people of a status",
    `{ people(first: 20, filter: { status: DECEASED }) { totalCount edges { node { ${PERSON_CARD} } } } }`,
    {},
    admin,
  );
  await read(
    "people of a committee's subtree",
    `{ people(first: 20) { totalCount edges { node { ${PERSON_CARD} } } } }`,
    {},
    committee,
  );
  await read(
    "people by search",
    `query ($s: String) { people(first: 20, filter: { search: $s }) { totalCount edges { node { ${PERSON_CARD} } } } }`,
    { s: "dang vien thu 1042" },
    committee,
  );
  await read(
    "people by words of one or two letters",
    `query ($s: String) { people(first: 20, filter: { search: $s }) { totalCount edges { node { ${PERSON_CARD} } } } }`,
    { s: "th 10" },
    committee,
  );
  await read(
    "people of a cell by status",
    `query ($cell: ID) { people(first: 20, filter: { cellId: $cell, status: OFFICIAL }) { totalCount edges { node {
      ${PERSON_CARD} birthDate memberships { cell { name } startedOn endedOn } roles { role organization { name } }
      currentMembership { cell { name } } candidateOf { name }
    } } } }`,
    { cell: cellId(cellOne) },
    secretary,
  );
  await read(
    "a member reads a fellow member",
    `query ($id: ID!) { person(id: $id) { fullName partyStatus memberships { cell { name } } roles { role } } }`,
    { id: personId(volumePersonId(1)) },
    member,
  );
  const listed = await read(
    "a cell's first member",
    `query ($id: ID!) { cell(id: $id) { members(first: 1) { edges { membership { id } } } } }`,
    { id: cellId(cellOne) },
    committee,
  );
  await read(
    "a membership by its ID",
    `query ($id: ID!) { node(id: $id) { ... on Membership { startedOn cell { name } } } }`,
    { id: listed.cell.members.edges[0].membership.id },
    committee,
  );
  await read(
    "a cell's members and candidates",
    `query ($id: ID!) { cell(id: $id) {
      members(first: 20) { totalCount edges { membership { startedOn startReason } node { fullName } } }
      formerMembers: members(first: 20, on: "2011-06-01") { totalCount edges { node { fullName } } }
      candidates { fullName candidateOf { name } } officers { role person { fullName } }
    } }`,
    { id: cellId(cellOne) },
    committee,
  );

  // Documents: registries for each kind of reader, full-text search, every filter, a document's links.
  const DOCUMENT_CARD = "id number title status type issuedOn";
  await read(
    "documents, everything",
    `{ documents(first: 20) { totalCount edges { node { ${DOCUMENT_CARD} } } } }`,
    {},
    admin,
  );
  await read(
    "documents a member may read",
    `{ documents(first: 20) { totalCount edges { node { ${DOCUMENT_CARD} } } } }`,
    {},
    member,
  );
  await read(
    "documents a secretary may read, drafts included",
    `{ documents(first: 20, filter: { type: RESOLUTION }) { totalCount edges { node { ${DOCUMENT_CARD} } } } }`,
    {},
    secretary,
  );
  const searched = await read(
    "documents by search",
    `query ($s: String) { documents(first: 10, filter: { search: $s }) {
      totalCount totalCountIsExact pageInfo { endCursor } edges { snippet node { number } } } }`,
    { s: "nghi quyet chuyen de 15" },
    committee,
  );
  await read(
    "documents by search, the next page and back",
    `query ($s: String, $cursor: String) {
      next: documents(first: 10, after: $cursor, filter: { search: $s }) { edges { node { number } } }
      back: documents(last: 10, before: $cursor, filter: { search: $s }) { edges { node { number } } } }`,
    { s: "nghi quyet chuyen de 15", cursor: searched.documents.pageInfo.endCursor },
    committee,
  );
  await read(
    "documents by every filter",
    `query ($issuer: ID) { documents(filter: { type: RESOLUTION, issuerId: $issuer, issuedFrom: "${year}-01-01",
      issuedTo: "${year}-12-31", status: ISSUED, number: "1-NQ/CB" }) { totalCount edges { node { number } } } }`,
    { issuer: cellId(cellOne) },
    committee,
  );
  await read(
    "documents of an external body",
    `query ($issuer: ID) { documents(filter: { issuerId: $issuer }) { totalCount edges { node {
      number issuer { ... on ExternalBody { name } } } } } }`,
    { issuer: globalId("ExternalBody", "politburo") },
    member,
  );
  await read(
    "a document's assignments and links",
    `query ($id: ID!, $under: ID) { document(id: $id) {
      number issuer { ... on Cell { name } ... on ExternalBody { name issuerCode } } issuerTerm { label }
      assignments(first: 20, underId: $under, status: NOT_STARTED, overdueOn: "${year}-12-31") {
        totalCount edges { node { cell { name } assignedBy { name } status deadline } } }
      attachments { fileName } versions { version title savedBy { fullName } }
      relations { kind from { number } to { number } } founds { name } recordsSuccessions { kind }
    } }`,
    { id: globalId("Document", DEMO.resolution02), under: cellId(VOLUME.committee) },
    committee,
  );
  await read(
    "a cell's documents to implement",
    `query ($id: ID!) { cell(id: $id) { documentsToImplement(first: 10, status: REPORTED) {
      totalCount edges { node { document { number } status reportDocument { number } } } } } }`,
    { id: cellId(volumeCellId(2)) },
    committee,
  );
  await read(
    "the seed documents",
    `query ($id: ID!) { document(id: $id) { number versions { version } relations { kind } } }`,
    { id: globalId("Document", DEMO.draftReport) },
    admin,
  );
  await read("external bodies", "{ externalBodies { name issuerCode } }", {}, member);
  await read(
    "numbering",
    `query ($issuer: ID!) {
      documentNumbering(issuerId: $issuer, type: RESOLUTION, on: "${year}-06-01") { used gaps next { canonical } }
      nextDocumentNumber(issuerId: $issuer, type: RESOLUTION) { canonical }
    }`,
    { issuer: cellId(cellOne) },
    secretary,
  );

  // Meetings: lists for each kind of reader, a cell's year, compliance over a committee's subtree.
  const MEETING_CARD = "id title kind status date";
  await read(
    "meetings, everything",
    `{ meetings(first: 20) { totalCount edges { node { ${MEETING_CARD} } } } }`,
    {},
    admin,
  );
  await read(
    "meetings a member may read, filtered",
    `{ meetings(first: 20, filter: { from: "${year}-01-01", to: "${year}-12-31", kind: REGULAR, status: HELD }) {
      totalCount edges { node { ${MEETING_CARD} } } } }`,
    {},
    member,
  );
  await read(
    "meetings of a cell",
    `query ($cell: ID) { meetings(first: 20, filter: { cellId: $cell }) { totalCount edges { node { ${MEETING_CARD} } } } }`,
    { cell: cellId(cellOne) },
    committee,
  );
  await read(
    "a cell's year of meetings",
    `query ($id: ID!) { cell(id: $id) {
      meetings(first: 12, kind: REGULAR, status: HELD, from: "${year}-01-01", to: "${year}-12-31") { totalCount edges { node {
        ${MEETING_CARD} attendanceSummary { expected attendanceRate membersWhoCount }
        attendance { person { fullName } partyStatusThen status history { status recordedBy { fullName } } }
        qualityChecks { criterion met } agenda { title documents { number } } guests { name person { fullName } }
        decisions { motion passed votes { choice person { fullName } } } electedTerms { label }
        minutes { number } resolution { number } chair { fullName } secretary { fullName }
      } } }
      meetingCompliance(year: ${year}) { attendanceRate cells { monthsWithoutRegularMeeting membersAbsentThreeInARow { fullName } } }
      meetingQualityScale { code label } meetingQualityRating(year: ${year}) { gradeCode meeting { title } }
    } }`,
    { id: cellId(cellOne) },
    secretary,
    12 * VOLUME.membersPerCell,
  );
  await read(
    "a committee's meeting compliance",
    `query ($id: ID!) { cell(id: $id) { meetingCompliance(year: ${year}) {
      cellCount attendanceRate cellsFallingShort { cell { name } quartersWithoutThematicMeeting } } } }`,
    { id: cellId(VOLUME.committee) },
    committee,
    VOLUME.cells,
  );

  // Ratings: schemes, a committee's summary, a cell's progress, the year-end report.
  await read(
    "rating schemes",
    "{ ratingSchemes { code name memberLevels { code label } organizationLevels { code } regulation { number } } }",
    {},
    member,
  );
  await read(
    "a committee's rating summary",
    `query ($id: ID!) { cell(id: $id) {
      ratingSummary(year: ${year}) { members { rated byLevel { code count } byStage { code count } } organizations { rated } own { level { code } } }
      ratingSchemeSettings { schemeCode setting applies setBy { fullName } }
    } }`,
    { id: cellId(VOLUME.committee) },
    committee,
  );
  // Every tenant's figures: a row per cell of each database (the volume's and the demo's), a few tallies.
  await read(
    "the national rollup",
    `{ nationalRollup(year: ${year}) { total { cellCount attendanceRate cellsFallingShort members { rated } } tenants { tenant { key } } } }`,
    {},
    admin,
    VOLUME.cells,
  );
  await read(
    "a cell's rating progress",
    `query ($id: ID!) { cell(id: $id) {
      ratingProgress(year: ${year}) { person { fullName } stage rating { level { code } stages { stage level { code } } monthlyEvaluations { month levelCode } } }
      memberRatings(year: ${year}) { person { fullName } level { code } decided }
      monthlyEvaluations(year: ${year}) { month levelCode person { fullName } }
      organizationRating(year: ${year}) { level { code } stages { stage } }
    } }`,
    { id: cellId(cellOne) },
    secretary,
  );

  // The audit trail: everything for an admin, a committee's subtree with every filter, one request's entries.
  const AUDIT_CARD = "id sequence operation table rowKey action actor { fullName } scope { name }";
  await read(
    "audit log, everything",
    `{ auditLog(first: 20) { totalCount edges { node { ${AUDIT_CARD} } } } }`,
    {},
    admin,
  );
  const auditPage = await read(
    "audit log of a committee, filtered",
    `query ($cell: ID) { auditLog(first: 20, filter: { cellId: $cell, operation: "updatePerson",
      from: "${year}-03-01T00:00:00Z", to: "${year}-04-01T00:00:00Z" }) { totalCount edges { node { ${AUDIT_CARD} } } } }`,
    { cell: cellId(VOLUME.committee) },
    committee,
  );
  await read(
    "audit log of one request",
    `{ auditLog(first: 20, filter: { requestId: "vol-request-7" }) { totalCount edges { node { ${AUDIT_CARD} } } } }`,
    {},
    admin,
  );
  await read(
    "an audit entry by id",
    `query ($id: ID!) { node(id: $id) { ... on AuditEntry { operation before after } } }`,
    { id: auditPage.auditLog.edges[0].node.id },
    committee,
  );

  // A new branch under the volume's committee, run through a year.
  const unique = crypto.randomUUID().slice(0, 8);
  const partial = (
    await write(
      "createCell",
      {
        name: `Đảng bộ bộ phận Thử nghiệm ${unique}`,
        kind: "PARTIAL_COMMITTEE",
        parentId: cellId(VOLUME.committee),
        aliases: [`Bộ phận thử ${unique}`],
        foundedOn: "2015",
        documentCode: "ĐUBP",
      },
      "cell { id version }",
      committee,
    )
  ).cell;
  const branchCell = (
    await write(
      "createCell",
      {
        name: `Chi bộ Thử nghiệm ${unique}`,
        kind: "SUBORDINATE_CELL",
        parentId: partial.id,
        documentCode: "CB",
      },
      "cell { id version }",
      committee,
    )
  ).cell;
  const renamed = await write(
    "updateCell",
    {
      cellId: branchCell.id,
      expectedVersion: branchCell.version,
      name: `Chi bộ Kiểm thử ${unique}`,
      renamedOn: "2020",
      addAliases: [`Chi bộ KT ${unique}`],
      foundedOn: "2015-05-05",
    },
    "cell { id version }",
    committee,
  );
  // A mobile client's retry: the same mutation twice with one Idempotency-Key; the second gets the first's answer.
  // Keys belong to the person a token names.
  const namedCommittee = await tokenFor("COMMITTEE", VOLUME.committee, { personId: volumePersonId(2) });
  for (const attempt of ["first", "retry"]) {
    await request(
      `updateCell with an Idempotency-Key, ${attempt}`,
      `mutation ($input: UpdateCellInput!) { updateCell(input: $input) { cell { id } errors { code } } }`,
      { input: { cellId: branchCell.id, expectedVersion: renamed.cell.version, foundedOn: "2015-05-06" } },
      namedCommittee,
      0,
      { "idempotency-key": `query-plans-${unique}` },
    );
  }
  const term = (
    await write(
      "createTerm",
      { cellId: branchCell.id, startsOn: "2020-08-01", endsOn: "2023-02-01" },
      "term { id }",
    )
  ).term;
  const branchSecretary = await tokenFor("SECRETARY", rawId(branchCell.id));

  const people: string[] = [];
  for (const [index, name] of [
    "Nguyễn Văn Thử",
    "Trần Thị Nghiệm",
    "Lê Văn Kiểm",
    "Phạm Thị Tra",
  ].entries()) {
    const candidate = await write(
      "createCandidate",
      { fullName: `${name} ${unique}`, cellId: branchCell.id, birthDate: `199${index}-01-01` },
      "person { id version }",
      branchSecretary,
    );
    const id = candidate.person.id;
    await write(
      "admitMember",
      { personId: id, admittedOn: "2016-03-01" },
      "person { id }",
      branchSecretary,
      MEMBER_FIGURES_KEPT,
    );
    await write(
      "recognizeOfficial",
      { personId: id, officialOn: "2017-03-01" },
      "person { id }",
      branchSecretary,
    );
    people.push(id);
  }
  const [first, second, third, fourth] = people as [string, string, string, string];

  // A member's file, written and read back.
  const filed = await read(
    "a member's version",
    `query ($id: ID!) { person(id: $id) { version } }`,
    { id: fourth },
    branchSecretary,
  );
  await write(
    "updateMemberFile",
    {
      personId: fourth,
      expectedVersion: filed.person.version,
      gender: "MALE",
      ethnicGroupCode: "01",
      partyCardNumber: `9${Date.now().toString().slice(-9)}`,
    },
    "person { file { genderLabel ethnicGroup { name } partyCardNumber } }",
    branchSecretary,
    MEMBER_FIGURES_KEPT,
  );

  await write(
    "recordExemption",
    { personId: third, from: "2010-01-01", until: "2011-01-01", reason: "HEALTH" },
    "person { exemptions { from reasonLabel } }",
    branchSecretary,
    MEMBER_FIGURES_KEPT,
  );
  await write(
    "recordHonour",
    { personId: third, form: "COMMENDATION", decidedOn: "2012-09-02", authority: "Đảng ủy" },
    "person { honours { formLabel } disciplines { formLabel } }",
    branchSecretary,
  );

  await duesWorkload(
    { read, write },
    {
      cellId: branchCell.id,
      committeeId: partial.id,
      governor: committee,
      secretary: branchSecretary,
      payer: third,
      other: fourth,
    },
  );

  await channelWorkload(
    { read, write },
    {
      cellId: branchCell.id,
      committeeId: partial.id,
      governor: committee,
      secretary: branchSecretary,
      member: await tokenFor("MEMBER", rawId(branchCell.id), { personId: rawId(third) }),
      guestId: fourth,
      guest: await tokenFor("MEMBER", rawId(branchCell.id), { personId: rawId(fourth) }),
    },
  );

  // A veteran's Party badge: due, proposed by the cell, awarded by the committee's decision.
  const veteran = (
    await write(
      "createCandidate",
      { fullName: `Cựu chiến binh ${unique}`, cellId: branchCell.id, birthDate: "1970-01-01" },
      "person { id }",
      branchSecretary,
    )
  ).person.id;
  await write(
    "admitMember",
    { personId: veteran, admittedOn: "1994-09-02" },
    "person { id }",
    branchSecretary,
    MEMBER_FIGURES_KEPT,
  );
  await write(
    "recognizeOfficial",
    { personId: veteran, officialOn: "1995-09-02" },
    "person { id }",
    branchSecretary,
    MEMBER_FIGURES_KEPT,
  );
  await read(
    "badges due in a cell",
    `query ($id: ID!) { cell(id: $id) { badgesDue(occasion: NATIONAL_DAY, year: 2024) { person { fullName } years } } }`,
    { id: branchCell.id },
    branchSecretary,
  );
  const badge = { personId: veteran, years: 30, occasion: "NATIONAL_DAY", year: 2024 };
  await write("proposeBadge", badge, "person { badges { stage } }", branchSecretary);
  const badgeDecision = (
    await write(
      "createDocument",
      {
        type: "DECISION",
        title: `Quyết định tặng Huy hiệu ${unique}`,
        issuerId: partial.id,
        issuedOn: "2024-08-20",
      },
      "document { id }",
      committee,
    )
  ).document.id;
  await write(
    "recordBadgeAward",
    { ...badge, decisionDocumentId: badgeDecision },
    "person { partyAge { years nextBadge } badges { stage decision { id } } }",
    committee,
  );
  const pipeline = await write(
    "createCandidate",
    { fullName: `Quần chúng ${unique}`, cellId: branchCell.id, birthDate: "2000-05-05" },
    "person { id }",
    branchSecretary,
  );
  await write(
    "recordCandidacy",
    { personId: pipeline.person.id, applicationOn: "2024-04-01", introducerIds: [first, second] },
    "person { candidacy { missingSteps introducers { fullName } } }",
    branchSecretary,
  );
  const person = await read(
    "a new member",
    `query ($id: ID!) { person(id: $id) { version } }`,
    { id: first },
    branchSecretary,
  );
  await write(
    "updatePerson",
    { personId: first, expectedVersion: person.person.version, fullName: `Nguyễn Văn Thử Lại ${unique}` },
    "person { id }",
    branchSecretary,
  );
  const role = (
    await write(
      "assignRole",
      {
        personId: first,
        organizationId: branchCell.id,
        role: "SECRETARY",
        startedOn: "2020-08-01",
        termId: term.id,
      },
      "role { id }",
      committee,
    )
  ).role;
  await write(
    "assignRole",
    { personId: second, organizationId: partial.id, role: "COMMITTEE_MEMBER", startedOn: "2020-08-01" },
    "role { id }",
    committee,
  );
  await write("endRole", { roleId: role.id, endedOn: "2024-08-01" }, "role { id }", committee);
  await write(
    "transferMember",
    { personId: fourth, toCellId: cellId(volumeCellId(3)), on: "2024-02-01" },
    "person { id }",
    committee,
    2 * MEMBER_FIGURES_KEPT,
  );
  await write(
    "endMembership",
    { personId: third, on: "2024-12-01", reason: "TRANSFERRED_OUT" },
    "person { id }",
    committee,
    MEMBER_FIGURES_KEPT,
  );

  // Documents of the branch: a registered one, a draft revised and issued, relations, a file, an assignment.
  const issued = (
    await write(
      "createDocument",
      {
        type: "RESOLUTION",
        title: `Nghị quyết thử nghiệm ${unique}`,
        summary: "Tóm tắt",
        body: "Nội dung nghị quyết",
        issuerId: partial.id,
        number: "1-NQ/ĐUBP",
        issuedOn: `${year}-01-15`,
      },
      "document { id version }",
      committee,
    )
  ).document;
  const draft = (
    await write(
      "createDocument",
      {
        type: "PLAN",
        title: `Kế hoạch thử nghiệm ${unique}`,
        issuerId: branchCell.id,
        draft: true,
        body: "Dự thảo",
      },
      "document { id version }",
      branchSecretary,
    )
  ).document;
  const revised = (
    await write(
      "updateDocument",
      {
        documentId: draft.id,
        expectedVersion: draft.version,
        body: "Dự thảo lần 2",
        versionNote: "Sửa theo góp ý",
      },
      "document { id version }",
      branchSecretary,
    )
  ).document;
  const plan = (
    await write(
      "issueDocument",
      {
        documentId: draft.id,
        expectedVersion: revised.version,
        issuedOn: `${year}-02-01`,
        number: "1-KH/CB",
      },
      "document { id version }",
      branchSecretary,
    )
  ).document;
  const earlier = (
    await write(
      "createDocument",
      {
        type: "REGULATION",
        title: `Quy chế cũ ${unique}`,
        issuerId: partial.id,
        issuedOn: `${year - 1}-01-15`,
      },
      "document { id version }",
      committee,
    )
  ).document;
  const supersedes = (
    await write(
      "relateDocuments",
      { fromId: issued.id, toId: earlier.id, kind: "SUPERSEDES", relatedOn: `${year}-01-15` },
      "relation { id }",
      committee,
    )
  ).relation;
  await write(
    "relateDocuments",
    { fromId: plan.id, toId: issued.id, kind: "IMPLEMENTS", note: "Kế hoạch thực hiện" },
    "relation { id }",
    committee,
  );
  await write("removeDocumentRelation", { relationId: supersedes.id }, "document { id }", committee);
  await write(
    "relateDocuments",
    { fromId: issued.id, toId: earlier.id, kind: "SUPERSEDES" },
    "relation { id }",
    committee,
  );
  await read(
    "a document's relations a page at a time",
    `query ($id: ID!) { document(id: $id) {
      implementations: relationsConnection(direction: INCOMING, kind: IMPLEMENTS, first: 5) {
        totalCount edges { node { note from { number } } } }
      all: relationsConnection(first: 5) { totalCount edges { node { kind from { number } to { number } } } }
    } }`,
    { id: issued.id },
    committee,
  );
  const uploaded = await uploadAttachment(
    issued.id,
    new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "nghị quyết.pdf", { type: "application/pdf" }),
    committee,
  );
  const attachment = (uploaded.data as Data).uploadAttachment.attachment;
  if ((await download(attachment.url, committee)).status !== 200)
    throw new Error("attachment download failed");
  await write(
    "assignDocument",
    { documentId: issued.id, committeeId: partial.id, deadline: `${year}-06-30` },
    "document { id }",
    committee,
  );
  const assignments = await read(
    "the branch's assignments",
    `query ($id: ID!) { document(id: $id) { assignments(first: 10) { edges { node { id version } } } } }`,
    { id: issued.id },
    committee,
  );
  const assignment = assignments.document.assignments.edges[0].node;
  await write(
    "recordImplementation",
    {
      assignmentId: assignment.id,
      expectedVersion: assignment.version,
      status: "REPORTED",
      reportDocumentId: plan.id,
      reportedOn: `${year}-06-20`,
      note: "Đã triển khai",
    },
    "assignment { id }",
    branchSecretary,
  );
  const throwaway = (
    await write(
      "createDocument",
      { type: "NOTICE", title: `Thông báo nhầm ${unique}`, issuerId: partial.id, issuedOn: `${year}-03-01` },
      "document { id version }",
      committee,
    )
  ).document;
  await write(
    "deleteDocument",
    { documentId: throwaway.id, expectedVersion: throwaway.version },
    "deleted { id }",
    committee,
  );
  const revoked = (
    await write(
      "createDocument",
      {
        type: "NOTICE",
        title: `Thông báo thu hồi ${unique}`,
        issuerId: partial.id,
        issuedOn: `${year}-03-02`,
      },
      "document { id version }",
      committee,
    )
  ).document;
  await uploadAttachment(
    revoked.id,
    new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "thông báo.pdf", { type: "application/pdf" }),
    committee,
  );
  await write(
    "relateDocuments",
    { fromId: issued.id, toId: revoked.id, kind: "REVOKES" },
    "relation { id }",
    committee,
  );
  await write("purgeDocumentFiles", { documentId: revoked.id }, "purge { files }", admin);

  // Meetings of the branch: a congress that elects the term, a regular meeting held, a meeting running now.
  const minutes = (
    await write(
      "createDocument",
      {
        type: "MINUTES",
        title: `Biên bản tháng 3 ${unique}`,
        issuerId: branchCell.id,
        issuedOn: `${year}-03-05`,
      },
      "document { id }",
      branchSecretary,
    )
  ).document;
  const congress = (
    await write(
      "scheduleMeeting",
      {
        cellId: branchCell.id,
        kind: "CONGRESS",
        title: "Đại hội chi bộ",
        scheduledStart: "2020-07-20T07:30:00+07:00",
        scheduledEnd: "2020-07-20T11:30:00+07:00",
      },
      "meeting { id version }",
      branchSecretary,
    )
  ).meeting;
  await write(
    "updateMeeting",
    {
      meetingId: congress.id,
      expectedVersion: congress.version,
      status: "HELD",
      actualStart: "2020-07-20T07:30:00+07:00",
      actualEnd: "2020-07-20T11:30:00+07:00",
    },
    "meeting { id }",
    branchSecretary,
  );
  await write(
    "linkTermToCongress",
    { termId: term.id, meetingId: congress.id },
    "meeting { id }",
    branchSecretary,
  );
  const regular = (
    await write(
      "scheduleMeeting",
      {
        cellId: branchCell.id,
        kind: "REGULAR",
        title: "Sinh hoạt tháng 3",
        scheduledStart: `${year}-03-05T14:00:00+07:00`,
        scheduledEnd: `${year}-03-05T16:00:00+07:00`,
        location: "Phòng họp",
        chairId: second,
        secretaryId: third,
        agenda: [{ kind: "REPORT_DISCUSSION", title: "Triển khai nghị quyết", documentIds: [issued.id] }],
        guests: [{ personId: fourth, capacity: "Dự và chỉ đạo" }, { name: "Khách mời" }],
      },
      "meeting { id version }",
      branchSecretary,
    )
  ).meeting;
  const held = (
    await write(
      "updateMeeting",
      {
        meetingId: regular.id,
        expectedVersion: regular.version,
        status: "HELD",
        actualStart: `${year}-03-05T14:00:00+07:00`,
        actualEnd: `${year}-03-05T16:00:00+07:00`,
        contentPrepared: true,
        draftResolutionPrepared: true,
        membersWhoSpoke: 2,
        minutesDocumentId: minutes.id,
        agenda: [
          {
            kind: "REPORT_DISCUSSION",
            title: "Triển khai nghị quyết",
            documentIds: [issued.id],
            covered: true,
          },
          { kind: "OTHER", title: "Việc khác", covered: true },
        ],
        guests: [{ name: "Khách mời", capacity: "Đại biểu" }],
        basisDocumentIds: [issued.id],
        speeches: [{ personId: first, agendaPosition: 1, summary: "Báo cáo" }, { name: "Khách mời" }],
      },
      "meeting { id version }",
      branchSecretary,
    )
  ).meeting;
  await write(
    "recordAttendance",
    {
      meetingId: held.id,
      entries: [
        { personId: first, status: "PRESENT" },
        { personId: second, status: "PRESENT" },
        { personId: third, status: "ABSENT_EXCUSED", note: "Đi công tác" },
      ],
    },
    "meeting { id }",
    branchSecretary,
  );
  await write(
    "recordAttendance",
    { meetingId: held.id, entries: [{ personId: third, status: "PRESENT", note: "Đến muộn" }] },
    "meeting { id }",
    branchSecretary,
  );
  await write(
    "recordDecision",
    {
      meetingId: held.id,
      motion: "Thông qua kế hoạch",
      votes: [
        { personId: first, choice: "FOR" },
        { personId: second, choice: "FOR" },
        { personId: third, choice: "ABSTAIN" },
      ],
    },
    "meeting { id }",
    branchSecretary,
  );
  await write(
    "recordDecision",
    { meetingId: held.id, motion: "Thông qua nghị quyết", votesFor: 3, votesAgainst: 0 },
    "meeting { id }",
    branchSecretary,
  );
  await write(
    "correctDecision",
    { meetingId: held.id, position: 2, reason: "Ghi nhầm số phiếu", votesFor: 2, votesAgainst: 1 },
    "decision { version corrections { reason previous { votesFor } } }",
    branchSecretary,
  );
  await write(
    "voidDecision",
    { meetingId: held.id, position: 2, reason: "Cấp trên hủy" },
    "decision { voided }",
    branchSecretary,
  );
  const running = (
    await write(
      "scheduleMeeting",
      {
        cellId: cellId(cellOne),
        kind: "REGULAR",
        title: "Đang họp",
        scheduledStart: minutesFromNow(-10),
        scheduledEnd: minutesFromNow(80),
      },
      "meeting { id }",
      secretary,
    )
  ).meeting;
  await write(
    "checkIn",
    { meetingId: running.id },
    "meeting { attendanceSummary { expected } }",
    member,
    VOLUME.membersPerCell,
  );
  const feed = (await write("createCalendarFeed", { cellId: cellId(cellOne) }, "feed { id url }", member))
    .feed;
  const rotated = (await write("rotateCalendarFeed", { feedId: feed.id }, "feed { url }", member)).feed;
  const calendar = await exports.default.fetch(new Request(`http://chibo.test${rotated.url}`));
  if (calendar.status !== 200) throw new Error(`calendar feed: ${calendar.status}`);
  await read("own calendar feeds", "{ calendarFeeds { id expiresAt } }", {}, member);
  await write("revokeCalendarFeed", { feedId: feed.id }, "feed { revoked }", secretary);
  await write(
    "setMeetingQualityScale",
    {
      committeeId: partial.id,
      grades: [
        { code: "A", label: "Loại A" },
        { code: "B", label: "Loại B" },
      ],
    },
    "committee { id }",
    committee,
  );
  await write(
    "rateMeetingQuality",
    { cellId: branchCell.id, year, grade: "A", meetingId: held.id, note: "Tốt" },
    "cell { id }",
    branchSecretary,
  );

  // Ratings of the branch: self-assessment, proposals, the committee's decision, monthly evaluations, targets.
  const branchMember = await tokenFor("MEMBER", rawId(branchCell.id), { personId: rawId(second) });
  await write("assessSelf", { year, level: "GOOD", comment: "Hoàn thành tốt" }, "cell { id }", branchMember);
  await write(
    "rateMembers",
    {
      cellId: branchCell.id,
      year,
      stage: "PROPOSAL",
      entries: [
        { personId: first, level: "GOOD" },
        { personId: second, level: "GOOD", disciplined: false },
      ],
    },
    "cell { id }",
    branchSecretary,
  );
  // A decision's quota counts the ratings of the whole grassroots organization: the volume's committee.
  await write(
    "rateMembers",
    {
      cellId: branchCell.id,
      year,
      stage: "DECISION",
      withoutDocumentBecause: "Quyết định sẽ ban hành sau",
      entries: [{ personId: first, level: "GOOD" }],
    },
    "cell { id }",
    committee,
    VOLUME_RATINGS_AND_STAGES,
  );
  await write(
    "rateOrganization",
    { cellId: branchCell.id, year, stage: "SELF", level: "GOOD", disciplined: false },
    "rating { id }",
    branchSecretary,
  );
  await write(
    "rateOrganization",
    { cellId: branchCell.id, year, stage: "PROPOSAL", level: "GOOD", reason: "Đề nghị" },
    "rating { id }",
    committee,
  );
  await write(
    "setRatingSchemeSetting",
    { committeeId: partial.id, year, setting: "MEMBER_QUOTA_APPLIES", applies: true, note: "Áp dụng" },
    "committee { id }",
    committee,
  );
  await write(
    "recordMonthlyEvaluations",
    {
      cellId: branchCell.id,
      year,
      month: 5,
      entries: [
        { personId: first, level: "GOOD" },
        { personId: second, level: "COMPLETED", note: "Chậm báo cáo" },
      ],
    },
    "cell { id }",
    branchSecretary,
  );
  await write(
    "setAnnualTargets",
    {
      cellId: branchCell.id,
      year,
      admissionsMin: 1,
      admissionsMax: 2,
      recognitions: 1,
      registeredLevel: "GOOD",
      documentIds: [issued.id],
      tasks: ["Hoàn thành kế hoạch"],
    },
    "cell { id }",
    branchSecretary,
  );
  await write(
    "setRatingDeadline",
    { committeeId: partial.id, year: 2024, proposalsDue: "2024-12-20" },
    "committee { id }",
    committee,
  );
  await read(
    "what the branch has to act on",
    `query ($id: ID!) { node(id: $id) { ... on Cell { actionsNeeded { kind dueSince detail } } } }`,
    { id: branchCell.id },
    branchSecretary,
  );
  await read(
    "the branch's meeting",
    `query ($id: ID!) { meeting(id: $id) {
      agenda { title documents { number } } decisions { motion votes { choice person { fullName } } }
      attendance { person { fullName } status history { status } } guests { name person { fullName } }
      basisDocuments { number } speeches { name person { fullName } }
    } }`,
    { id: held.id },
    branchSecretary,
  );
  const ratings = await read(
    "the branch's member ratings",
    `query ($id: ID!) { cell(id: $id) { memberRatings(year: ${year}) { id } } }`,
    { id: branchCell.id },
    branchSecretary,
  );
  await read(
    "a member rating by id",
    `query ($id: ID!) { node(id: $id) { ... on MemberRating { level { code } stages { stage } } } }`,
    { id: ratings.cell.memberRatings[0].id },
    branchSecretary,
  );
  await read(
    "the branch's year-end report",
    `query ($id: ID!) { annualReport(cellId: $id, year: ${year}) {
      membersAtStart membersAtEnd admissions recognitions transfersIn departures documentsReported meetingsHeld
      regularMeetingsHeld thematicMeetingsHeld
      meetingCompliance { attendanceRate } meetingQuality { gradeCode }
      ratings { members { rated } organizations { rated } own { level { code } } }
      targets { admissionsMin documents { number } documentsProgress { status } ratingObtained { level { code } } }
      nextYearTargets { year }
    } }`,
    { id: branchCell.id },
    branchSecretary,
  );
  await read(
    "the branch's committee, rated",
    `query ($id: ID!) { cell(id: $id) {
      ratingSummary(year: ${year}) { members { rated proposedExcellent decidedExcellent } }
      ratingSchemeSettings { schemeCode applies }
      meetingQualityScale { code }
      annualTargets(year: ${year}) { tasks }
    } }`,
    { id: partial.id },
    committee,
  );
  const report = await download(`/cells/${rawId(branchCell.id)}/reports/${year}`, branchSecretary);
  if (report.status !== 200) throw new Error(`report page: ${report.status}`);
  for (const format of ["csv", "json"]) {
    const exported = await download(`/cells/${rawId(branchCell.id)}/export.${format}`, branchSecretary);
    if (exported.status !== 200)
      throw new Error(`export.${format}: ${exported.status} ${await exported.text()}`);
  }

  // Importing a member list into the branch: a dry run, then the import.
  const rows = [
    {
      fullName: "Hoàng Văn Nhập",
      status: "OFFICIAL",
      birthDate: "1980-03-05",
      admittedOn: "2005-06-15",
      officialOn: "2006-06-15",
      joinedOn: "2017-01-01",
    },
    { fullName: "Vũ Thị Quần Chúng", status: "CANDIDATE", birthDate: "2001-02-02" },
  ];
  await write(
    "importMembers",
    { cellId: branchCell.id, rows, dryRun: true },
    "result { created }",
    branchSecretary,
  );
  await write(
    "importMembers",
    { cellId: branchCell.id, rows: rows.slice(0, 1) },
    "result { created }",
    branchSecretary,
    MEMBER_FIGURES_KEPT,
  );

  // The tree changes: a succession, a move, the dissolution of an empty cell.
  const successor = (
    await write(
      "createCell",
      { name: `Chi bộ Kế tục ${unique}`, kind: "SUBORDINATE_CELL", parentId: partial.id },
      "cell { id version }",
      committee,
    )
  ).cell;
  await write(
    "recordSuccession",
    {
      predecessorId: branchCell.id,
      successorId: successor.id,
      kind: "SUCCEEDED",
      occurredOn: `${year}-12-01`,
      decisionDocumentId: issued.id,
      note: "Kế tục",
    },
    "successor { id }",
    committee,
  );
  await write(
    "moveCell",
    { cellId: partial.id, newParentId: cellId(DEMO.office), expectedVersion: partial.version },
    "cell { id }",
    bloc,
    // The moved branch's member counts leave the organizations above it and join the new ones, day by day.
    2 * MEMBER_FIGURES_KEPT,
  );
  const toDissolve = await read("a cell to dissolve", `query ($id: ID!) { cell(id: $id) { version } }`, {
    id: successor.id,
  });
  await write(
    "dissolveCell",
    { cellId: successor.id, dissolvedOn: `${year}-12-31`, expectedVersion: toDissolve.cell.version },
    "cell { id }",
    bloc,
  );
  await read(
    "the moved branch",
    `query ($id: ID!) { cell(id: $id) { ancestors { name } version descendants(first: 5, includeDissolved: true) { totalCount } } }`,
    { id: renamed.cell.id },
    bloc,
  );

  // Grants recorded by an admin, read for a token without a grants claim, listed and revoked.
  const subject = `idp|${unique}`;
  const grant = (
    await write(
      "grantRole",
      { principal: subject, role: "SECRETARY", cellId: branchCell.id, personId: second },
      "grant { id }",
    )
  ).grant;
  await write(
    "grantRole",
    { principal: subject, role: "MEMBER", cellId: cellId(cellOne), personId: second },
    "grant { id }",
  );
  await read(
    "a token without a grants claim",
    `query ($id: ID!) { cell(id: $id) { members(first: 5) { totalCount } } }`,
    { id: branchCell.id },
    await tokenOfPrincipal(subject),
  );
  await read(
    "grants",
    `query ($principal: String, $cell: ID) {
      all: grants(first: 20) { totalCount edges { node { principal role cell { name } person { fullName } } } }
      filtered: grants(first: 20, filter: { principal: $principal, cellId: $cell, includeRevoked: true }) { totalCount }
    }`,
    { principal: subject, cell: branchCell.id },
    admin,
  );
  const inTwentyDays = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await write(
    "setGrantExpiry",
    { id: grant.id, expiresOn: inTwentyDays, expectedVersion: 1 },
    "grant { expiresOn }",
  );
  await read(
    "a cell's reminders of grants ending",
    `query ($id: ID!) { node(id: $id) { ... on Cell { actionsNeeded { kind detail } } } }`,
    { id: branchCell.id },
    admin,
  );
  await write("revokeGrant", { id: grant.id }, "grant { revokedAt }");
  return costs;
}
