/// <reference types="vite/types/importMeta.d.ts" />
/**
 * What each benchmark operation (bench/operations.ts, the screens' documents of examples/operations) costs in D1
 * round trips, on a small data set and on a bigger one: a committee with one cell of two members (the secretary who
 * reads, and another) against one with four cells of six members, more meetings and more documents. Both hold
 * something in every branch the screens read, so they differ in size only. The counts are exact and the same for
 * both: an operation costs a fixed number of round trips set by its shape, whatever the data.
 *
 * And each reads at most 20 rows per row it returns, plus 300 (ROWS_READ_RULE), on the bigger set beside the
 * query-plans volume (a committee of a hundred cells, three thousand members, a year of meetings and attendance,
 * ratings, documents): a scan or a walk of a subtree's history would read thousands.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type BenchFixtures,
  type BenchOperation,
  countListItems,
  FLOOR,
  type Grant,
  globalId,
  OPERATIONS,
  ROUND_TRIPS_ALLOWED,
  rowsReadAllowed,
} from "../../bench/operations";
import {
  createCell,
  createDocument,
  gql,
  grantTo,
  heldMeeting,
  mutate,
  rawId,
  tokenFor,
  tokenOfPrincipal,
} from "../helpers";
import { loadVolume } from "./query-plans-volume";

const documents = import.meta.glob<string>("../../examples/operations/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

function documentOf(operation: BenchOperation): string {
  const source = documents[`../../examples/operations/${operation.file}`];
  if (!source) throw new Error(`examples/operations/${operation.file} is missing`);
  return source;
}

/** Round trips of each operation: the same on both data sets. */
const EXPECTED_ROUND_TRIPS: Record<string, number> = {
  "committee subtree": 3,
  "cell page": 3,
  "member profile": 2,
  "document search": 3,
  "what implements X": 3,
  "who has not reported on X": 3,
  "committee reminders": 3,
  "badges due": 3,
  "member statistics": 3,
  "seed cell statistics 2017": 3,
  "dues roll": 2,
  "dues arrears": 3,
  "dues summary (province)": 2,
  inbox: 3,
  "province notice's counts": 3,
  "compliance rollup": 3,
  "rating summary rollup": 2,
  "annual report": 3,
  "record attendance": 4,
  "propose ratings": 4,
};

const YEAR = 2024;

interface Shape {
  cells: number;
  membersPerCell: number;
  /** Regular meetings held per cell in the year, besides the year-end review. */
  meetingsPerCell: number;
  /** Documents of the committee besides the one assigned to every cell. */
  extraDocuments: number;
}

async function succeed(name: string, input: Record<string, unknown>, selection: string) {
  const result = await mutate(name, input, selection);
  const payload = result.data?.[name];
  if (result.errors || payload?.errors.length) {
    throw new Error(`${name} failed: ${JSON.stringify(result.errors ?? payload?.errors)}`);
  }
  return payload;
}

/** An official member; a veteran was admitted in 1989 and has reached the 30-year badge. */
async function official(cellId: string, fullName: string, veteran = false): Promise<string> {
  const candidate = await succeed(
    "createCandidate",
    { fullName, cellId, birthDate: veteran ? "1965-05-01" : "1980-05-01" },
    "person { id }",
  );
  const personId = candidate.person.id as string;
  const [admittedOn, officialOn] = veteran ? ["1989-03-01", "1990-03-01"] : ["2015-03-01", "2016-03-01"];
  await succeed("admitMember", { personId, admittedOn }, "person { id }");
  await succeed("recognizeOfficial", { personId, officialOn }, "person { id }");
  return personId;
}

/**
 * A province → a district committee → grassroots cells with official members (the second one transferred from
 * another cell, the last a veteran due a badge) and a secretary elected for a term, a year of held meetings with attendance (the second member absent
 * every time) and the review, a directive of the Secretariat and a resolution of the province
 * assigned to every cell and implemented by each cell's report (all but the last cell reported by the deadline),
 * ratings proposed at the review, targets and a quality grade: every branch the screens read holds something, so
 * the two data sets differ in size only.
 */
async function buildFixtures(label: string, shape: Shape): Promise<BenchFixtures> {
  const unique = `${label} ${crypto.randomUUID().slice(0, 8)}`;
  const province = await createCell({ name: `Đảng bộ tỉnh ${unique}`, kind: "PROVINCIAL_COMMITTEE" });
  const committee = await createCell({
    name: `Đảng bộ huyện ${unique}`,
    kind: "DISTRICT_COMMITTEE",
    parentId: province.id,
    documentCode: "HU",
  });
  // Where the second member of every cell came from, outside the committee: histories span several cells.
  const former = await createCell({
    name: `Chi bộ cũ ${unique}`,
    kind: "GRASSROOTS_CELL",
    parentId: province.id,
  });
  const cells: { id: string; secretary: string; members: string[]; meeting: string; review: string }[] = [];
  for (let cellIndex = 0; cellIndex < shape.cells; cellIndex += 1) {
    const cell = await createCell({
      name: `Chi bộ ${cellIndex + 1} ${unique}`,
      kind: "GRASSROOTS_CELL",
      parentId: committee.id,
    });
    const members: string[] = [];
    for (let index = 0; index < shape.membersPerCell; index += 1) {
      const personId = await official(
        index === 1 ? former.id : cell.id,
        `Đảng viên ${index + 1} ${unique}`,
        index === shape.membersPerCell - 1,
      );
      if (index === 1) {
        await succeed("transferMember", { personId, toCellId: cell.id, on: "2019-09-01" }, "person { id }");
      }
      members.push(personId);
    }
    const [secretary] = members as [string];
    const term = await succeed(
      "createTerm",
      { cellId: cell.id, startsOn: "2016-03-01", endsOn: "2021-03-01" },
      "term { id }",
    );
    await succeed(
      "assignRole",
      {
        personId: secretary,
        organizationId: cell.id,
        role: "SECRETARY",
        startedOn: "2016-03-01",
        termId: term.term.id,
      },
      "role { id }",
    );
    const present = members.map((id): [string, string] => [id, "PRESENT"]);
    // The second member misses every regular meeting, excused: absent three times in a row by the third.
    const oneAbsent = present.map(([id], index): [string, string] => [
      id,
      index === 1 ? "ABSENT_EXCUSED" : "PRESENT",
    ]);
    let meeting = "";
    for (let month = 1; month <= shape.meetingsPerCell; month += 1) {
      meeting = (await heldMeeting(cell.id, `${YEAR}-${String(month).padStart(2, "0")}-05`, oneAbsent)).id;
    }
    const review = (await heldMeeting(cell.id, `${YEAR}-12-20`, present, "ANNUAL_REVIEW")).id;
    cells.push({ id: cell.id, secretary, members, meeting, review });
  }

  const resolution = await createDocument({
    type: "RESOLUTION",
    title: `Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ ${unique}`,
    issuerId: province.id,
    issuedOn: `${YEAR}-03-01`,
  });
  await createDocument({
    type: "DIRECTIVE",
    title: `Chỉ thị về nâng cao chất lượng sinh hoạt chi bộ ${unique}`,
    issuerId: globalId("ExternalBody", "secretariat"),
    issuerTerm: "XIII",
    issuedOn: `${YEAR}-02-01`,
  });
  for (let index = 0; index < shape.extraDocuments; index += 1) {
    await createDocument({
      type: "DIRECTIVE",
      title: `Chỉ thị ${index + 1} về chất lượng sinh hoạt chi bộ ${unique}`,
      issuerId: committee.id,
      issuedOn: `${YEAR}-04-0${(index % 9) + 1}`,
    });
  }
  const assigned = await succeed(
    "assignDocument",
    { documentId: resolution.id, committeeId: province.id, deadline: `${YEAR}-06-30` },
    "document { assignments(first: 100) { edges { node { id cell { id } } } } }",
  );
  const assignments = assigned.document.assignments.edges.map(
    (edge: { node: { id: string; cell: { id: string } } }) => edge.node,
  );
  // Every cell's report implements the resolution; the last cell has not reported by the deadline yet.
  for (const cell of cells) {
    const report = await createDocument({
      type: "REPORT",
      title: `Báo cáo kết quả thực hiện nghị quyết ${unique}`,
      issuerId: cell.id,
      issuedOn: `${YEAR}-06-15`,
    });
    await succeed(
      "relateDocuments",
      { fromId: report.id, toId: resolution.id, kind: "IMPLEMENTS" },
      "relation { id }",
    );
    const assignment = assignments.find((node: { cell: { id: string } }) => node.cell.id === cell.id);
    const reported = cell !== cells.at(-1);
    await succeed(
      "recordImplementation",
      {
        assignmentId: assignment.id,
        status: reported ? "REPORTED" : "IN_PROGRESS",
        reportDocumentId: report.id,
        reportedOn: reported ? `${YEAR}-06-15` : null,
      },
      "assignment { id }",
    );
  }
  for (const cell of cells) {
    await succeed(
      "rateMembers",
      {
        cellId: cell.id,
        year: YEAR,
        stage: "PROPOSAL",
        meetingId: cell.review,
        entries: cell.members.map((personId) => ({ personId, level: "GOOD" })),
      },
      "cell { id }",
    );
    await succeed(
      "rateOrganization",
      { cellId: cell.id, year: YEAR, stage: "SELF", level: "GOOD", meetingId: cell.review },
      "rating { id }",
    );
  }
  // Every member's dues: a basis, the first quarter paid in one payment, January closed and remitted.
  await succeed(
    "setDuesSettings",
    { cellId: cells[0]?.id, retainedBasisPoints: 3_000, remitEvery: "MONTH" },
    "cell { id }",
  );
  for (const cell of cells) {
    for (const personId of cell.members) {
      await succeed(
        "setDuesBasis",
        { personId, fromMonth: `${YEAR}-01`, category: "INSURED_SALARY", figure: 5_000_000 },
        "person { id }",
      );
      await succeed(
        "recordDuesPayment",
        {
          cellId: cell.id,
          personId,
          paidOn: `${YEAR}-01-10`,
          months: [`${YEAR}-01`, `${YEAR}-02`, `${YEAR}-03`],
          amount: 150_000,
        },
        "entry { id }",
      );
    }
  }
  await succeed("closeDuesMonth", { cellId: cells[0]?.id, month: `${YEAR}-01` }, "roll { closed }");
  await succeed(
    "recordDuesRemittance",
    { cellId: cells[0]?.id, month: `${YEAR}-01`, remittedOn: `${YEAR}-02-05` },
    "remittance { remitted }",
  );
  const [first] = cells as [(typeof cells)[number]];
  for (const year of [YEAR, YEAR + 1]) {
    await succeed(
      "setAnnualTargets",
      {
        cellId: first.id,
        year,
        admissionsMin: 1,
        admissionsMax: 2,
        recognitions: 1,
        registeredLevel: "GOOD",
        documentIds: [resolution.id],
        tasks: ["Nâng cao chất lượng sinh hoạt chi bộ."],
      },
      "cell { id }",
    );
  }
  await succeed(
    "rateMeetingQuality",
    { cellId: first.id, year: YEAR, grade: "GOOD", meetingId: first.review },
    "cell { id }",
  );
  // The province's notice to every member, read by the first cell's members and acknowledged by its secretary.
  const notice = (
    await succeed(
      "publishAnnouncement",
      {
        senderId: province.id,
        audience: "MEMBERS",
        title: `Thông báo ${unique}`,
        body: "…",
        acknowledgeBy: "2099-12-31",
      },
      "announcement { id }",
    )
  ).announcement.id;
  for (const personId of first.members) {
    const reader = await tokenFor("MEMBER", rawId(first.id), { personId: rawId(personId) });
    const read = await mutate(
      "markAnnouncementRead",
      { announcementId: notice },
      "receipt { readAt }",
      reader,
    );
    expect(read.data?.markAnnouncementRead.errors).toEqual([]);
  }

  return {
    year: YEAR,
    today: "2025-12-31",
    search: `chất lượng sinh hoạt ${unique.split(" ").at(-1)}`,
    provinceId: rawId(province.id),
    committeeId: rawId(committee.id),
    cellId: rawId(first.id),
    secretaryId: rawId(first.secretary),
    personId: rawId(first.secretary),
    documentId: rawId(resolution.id),
    noticeId: rawId(notice),
    attendancePool: [
      {
        meetingId: rawId(first.meeting),
        cellId: rawId(first.id),
        secretaryId: rawId(first.secretary),
        entries: first.members.map((id, index) => ({
          personId: rawId(id),
          status: index === 1 ? "ABSENT_EXCUSED" : "PRESENT",
        })),
      },
    ],
    ratingPool: [
      {
        cellId: rawId(first.id),
        meetingId: rawId(first.review),
        secretaryId: rawId(first.secretary),
        proposals: first.members.map((id) => ({ personId: rawId(id), level: "GOOD", score: null })),
      },
    ],
  };
}

function token(grant: Grant): Promise<string> {
  return tokenFor(grant.role, grant.cell ?? null, grant.person ? { personId: grant.person } : {});
}

/**
 * A token as an identity provider issues it, without a grants claim: the same grant recorded in the grants table for
 * a principal of its own.
 */
async function tokenOfRecordedGrant(grant: Grant): Promise<string> {
  const principal = `grantee-${crypto.randomUUID()}@chibo.test`;
  await grantTo(
    principal,
    grant.role,
    grant.cell ? globalId("Cell", grant.cell) : null,
    grant.person ? globalId("Person", grant.person) : undefined,
  );
  return tokenOfPrincipal(principal);
}

interface Work {
  roundTrips: number;
  rowsRead: number;
  rowsReturned: number;
}

/** Sends the operation as the benchmark does and returns its work, failing on any error in the answer. */
async function workOf(
  operation: BenchOperation,
  fixtures: BenchFixtures,
  tokenOf: (grant: Grant) => Promise<string> = token,
): Promise<Work> {
  const response = await gql(
    documentOf(operation),
    operation.variables(fixtures, 0),
    await tokenOf(operation.viewer(fixtures, 0)),
  );
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  expect(JSON.stringify(response.data)).not.toMatch(/"errors":\[\{/);
  const figures = (response as { extensions?: { d1RoundTrips?: number; d1RowsRead?: number } }).extensions;
  return {
    roundTrips: figures?.d1RoundTrips ?? -1,
    rowsRead: figures?.d1RowsRead ?? -1,
    rowsReturned: countListItems(response.data),
  };
}

describe("D1 round trips of the benchmark's operations", () => {
  let small: BenchFixtures;
  let bigger: BenchFixtures;

  beforeAll(async () => {
    await loadVolume(env.DB);
    small = await buildFixtures("nhỏ", {
      cells: 1,
      membersPerCell: 2,
      meetingsPerCell: 3,
      extraDocuments: 0,
    });
    bigger = await buildFixtures("lớn", {
      cells: 4,
      membersPerCell: 6,
      meetingsPerCell: 6,
      extraDocuments: 5,
    });
  }, 300_000);

  it("holds an expectation for every operation", () => {
    expect(Object.keys(EXPECTED_ROUND_TRIPS).sort()).toEqual(
      OPERATIONS.map((operation) => operation.name).sort(),
    );
  });

  it("costs nothing for the floor", async () => {
    const response = await gql(FLOOR.query);
    expect((response as { extensions?: { d1RoundTrips?: number } }).extensions?.d1RoundTrips).toBe(0);
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    "%s costs the same round trips on a small and a bigger data set",
    async (name, operation) => {
      const costs = {
        small: (await workOf(operation, small)).roundTrips,
        bigger: (await workOf(operation, bigger)).roundTrips,
      };
      expect(costs).toEqual({ small: EXPECTED_ROUND_TRIPS[name], bigger: EXPECTED_ROUND_TRIPS[name] });
    },
  );

  // An identity provider's token names its holder only: its grants are read from the grants table before the
  // operation's first level can be authorized — one round trip more, never more than one (docs/scaling.md, "Grants").
  it.each(
    OPERATIONS.filter((operation) => operation.kind !== "write").map(
      (operation) => [operation.name, operation] as const,
    ),
  )(
    "%s costs one round trip more when the viewer's grants are recorded in the grants table",
    async (name, operation) => {
      expect((await workOf(operation, bigger, tokenOfRecordedGrant)).roundTrips).toBe(
        (EXPECTED_ROUND_TRIPS[name] ?? 0) + 1,
      );
    },
  );

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    "%s makes no more round trips than its kind allows (3 for a read, 4 for a write)",
    (name, operation) => {
      expect(EXPECTED_ROUND_TRIPS[name]).toBeLessThanOrEqual(ROUND_TRIPS_ALLOWED[operation.kind]);
    },
  );

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    "%s reads at most 20 rows per row it returns, plus 300, beside a committee of a hundred cells",
    async (_name, operation) => {
      const work = await workOf(operation, bigger);
      expect(work.rowsReturned).toBeGreaterThan(0);
      expect(work.rowsRead).toBeLessThanOrEqual(rowsReadAllowed(work.rowsReturned));
    },
  );
});
