/**
 * The operations the benchmark drives and tests/performance/query-counts.test.ts costs: the documents are the
 * screens' own (examples/operations/*.graphql, which the typed clients are generated from); this module says who
 * sends each one and with which variables, given the ids of a data set (the generated province, or a test fixture).
 */

export type OperationKind = "read" | "rollup" | "write";

/** Share of the floor's requests per second an operation must reach (issue 14). */
export const TARGETS: Record<OperationKind, number | null> = { read: 0.5, rollup: 0.35, write: 0.3 };

/** D1 round trips an operation may make, whatever its nesting (issue 14). */
export const ROUND_TRIPS_ALLOWED: Record<OperationKind, number> = { read: 3, rollup: 3, write: 4 };

export interface Grant {
  role: "MEMBER" | "SECRETARY" | "COMMITTEE" | "ADMIN";
  /** Raw cell id of the grant. */
  cell?: string;
  /** Raw person id: the token's subject. */
  person?: string;
}

export interface AttendanceWrite {
  meetingId: string;
  cellId: string;
  secretaryId: string;
  entries: { personId: string; status: string }[];
}

export interface RatingWrite {
  cellId: string;
  meetingId: string;
  secretaryId: string;
  proposals: { personId: string; level: string; score: number | null }[];
}

/** Raw ids of what the operations act on. */
export interface BenchFixtures {
  year: number;
  /** The day "overdue" is judged on. */
  today: string;
  search: string;
  provinceId: string;
  committeeId: string;
  cellId: string;
  secretaryId: string;
  personId: string;
  documentId: string;
  /** The province's last notice to all its members. */
  noticeId: string;
  /** Writes rotate over these, so that repeated writes stay valid and spread over many cells. */
  attendancePool: AttendanceWrite[];
  ratingPool: RatingWrite[];
}

export interface BenchOperation {
  name: string;
  kind: OperationKind;
  /** File name in examples/operations. */
  file: string;
  viewer: (fixtures: BenchFixtures, request: number) => Grant;
  variables: (fixtures: BenchFixtures, request: number) => Record<string, unknown>;
  /** How many distinct requests the operation rotates over (writes: their pool); 1 when absent. */
  variants?: (fixtures: BenchFixtures) => number;
}

/** The cheapest request the Worker answers through GraphQL: what every other figure is compared with. */
export const FLOOR = { name: "floor { __typename }", query: "{ __typename }" };

/** The floor's share kept by nine clients while a tenth sends HEAVIEST in a loop (issue 13's target). */
export const FLOOD_TARGET = 0.8;

export function globalId(typename: string, id: string): string {
  return btoa(`${typename}:${id}`);
}

function rotate<Item>(pool: readonly Item[], request: number): Item {
  const item = pool[request % pool.length];
  if (item === undefined) throw new Error("The fixtures hold no pool for this write.");
  return item;
}

/** The seed article's cell, which the demo data set holds beside any generated data. */
const DEMO_CELL = "demo-pac-cell";

const secretaryOfCell = (fixtures: BenchFixtures): Grant => ({
  role: "SECRETARY",
  cell: fixtures.cellId,
  person: fixtures.secretaryId,
});
const committeeMember = (fixtures: BenchFixtures): Grant => ({
  role: "COMMITTEE",
  cell: fixtures.committeeId,
});

/**
 * The most expensive request the server accepts: the province's compliance (1,967 organizations, each priced 8 rows
 * a year since the counters are kept on write: 15,736 rows) under 30 aliases — 472,000 rows reserved of the default
 * 500,000; a 32nd alias would pass the budget and be refused before it runs.
 */
export const HEAVIEST = {
  name: "heaviest accepted (30 × province compliance)",
  query: `query Heaviest($id: ID!) { cell(id: $id) { ${Array.from(
    { length: 30 },
    (_, index) => `c${index}: meetingCompliance(year: 2025) { cellCount attendanceRate }`,
  ).join(" ")} } }`,
  variables: (fixtures: BenchFixtures) => ({ id: globalId("Cell", fixtures.provinceId) }),
  // A signed-in person, as a heavy user is: the work limit counts their rows in their own bucket. Without a subject
  // the token would count by address, which on loopback is the anonymous floor clients' bucket too.
  viewer: (fixtures: BenchFixtures): Grant => ({
    role: "COMMITTEE",
    cell: fixtures.provinceId,
    person: fixtures.secretaryId,
  }),
};

export const OPERATIONS: BenchOperation[] = [
  {
    name: "committee subtree",
    kind: "read",
    file: "committee-subtree.graphql",
    viewer: committeeMember,
    variables: (fixtures) => ({ committeeId: globalId("Cell", fixtures.committeeId), first: 100 }),
  },
  {
    name: "cell page",
    kind: "read",
    file: "cell-page.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.cellId), year: fixtures.year }),
  },
  {
    name: "member profile",
    kind: "read",
    file: "member-profile.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ personId: globalId("Person", fixtures.personId) }),
  },
  {
    name: "document search",
    kind: "read",
    file: "document-search.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ search: fixtures.search, first: 20 }),
  },
  {
    name: "what implements X",
    kind: "read",
    file: "document-implementations.graphql",
    viewer: committeeMember,
    variables: (fixtures) => ({ documentId: globalId("Document", fixtures.documentId), first: 20 }),
  },
  {
    name: "who has not reported on X",
    kind: "read",
    file: "overdue-assignments.graphql",
    viewer: committeeMember,
    variables: (fixtures) => ({
      documentId: globalId("Document", fixtures.documentId),
      committeeId: globalId("Cell", fixtures.committeeId),
      today: fixtures.today,
      first: 100,
    }),
  },
  {
    name: "committee reminders",
    kind: "read",
    file: "committee-reminders.graphql",
    viewer: committeeMember,
    variables: (fixtures) => ({ committeeId: globalId("Cell", fixtures.committeeId), first: 20 }),
  },
  {
    name: "badges due",
    kind: "read",
    file: "badges-due.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({
      cellId: globalId("Cell", fixtures.cellId),
      occasion: "NATIONAL_DAY",
      year: fixtures.year,
    }),
  },
  {
    name: "member statistics",
    kind: "rollup",
    file: "member-statistics.graphql",
    viewer: (fixtures) => ({ role: "COMMITTEE", cell: fixtures.provinceId }),
    variables: (fixtures) => ({
      cellId: globalId("Cell", fixtures.provinceId),
      on: `${fixtures.year}-12-31`,
    }),
  },
  {
    name: "seed cell statistics 2017",
    kind: "read",
    file: "member-statistics.graphql",
    viewer: () => ({ role: "SECRETARY", cell: DEMO_CELL }),
    variables: () => ({ cellId: globalId("Cell", DEMO_CELL), on: "2017-12-31" }),
  },
  {
    name: "dues roll",
    kind: "read",
    file: "dues-roll.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.cellId), month: `${fixtures.year}-03` }),
  },
  {
    name: "dues arrears",
    kind: "read",
    file: "dues-arrears.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.cellId), on: `${fixtures.year}-12-31` }),
  },
  {
    name: "inbox",
    kind: "read",
    file: "inbox.graphql",
    viewer: (fixtures) => ({ role: "MEMBER", cell: fixtures.cellId, person: fixtures.secretaryId }),
    variables: () => ({ first: 20 }),
  },
  {
    name: "province notice's counts",
    kind: "rollup",
    file: "announcement-tally.graphql",
    viewer: (fixtures) => ({ role: "COMMITTEE", cell: fixtures.provinceId }),
    variables: (fixtures) => ({ announcementId: globalId("Announcement", fixtures.noticeId), first: 50 }),
  },
  {
    name: "dues summary (province)",
    kind: "rollup",
    file: "dues-summary.graphql",
    viewer: (fixtures) => ({ role: "COMMITTEE", cell: fixtures.provinceId }),
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.provinceId), year: fixtures.year }),
  },
  {
    name: "compliance rollup",
    kind: "rollup",
    file: "meeting-compliance.graphql",
    viewer: committeeMember,
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.committeeId), year: fixtures.year }),
  },
  {
    name: "rating summary rollup",
    kind: "rollup",
    file: "rating-summary.graphql",
    viewer: (fixtures) => ({ role: "COMMITTEE", cell: fixtures.provinceId }),
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.provinceId), year: fixtures.year }),
  },
  {
    name: "annual report",
    kind: "rollup",
    file: "annual-report.graphql",
    viewer: secretaryOfCell,
    variables: (fixtures) => ({ cellId: globalId("Cell", fixtures.cellId), year: fixtures.year }),
  },
  {
    name: "record attendance",
    kind: "write",
    file: "record-attendance.graphql",
    variants: (fixtures) => fixtures.attendancePool.length,
    viewer: (fixtures, request) => {
      const write = rotate(fixtures.attendancePool, request);
      return { role: "SECRETARY", cell: write.cellId, person: write.secretaryId };
    },
    variables: (fixtures, request) => {
      const write = rotate(fixtures.attendancePool, request);
      return {
        input: {
          meetingId: globalId("Meeting", write.meetingId),
          entries: write.entries.map((entry) => ({
            personId: globalId("Person", entry.personId),
            status: entry.status,
          })),
        },
      };
    },
  },
  {
    name: "propose ratings",
    kind: "write",
    file: "rate-members.graphql",
    variants: (fixtures) => fixtures.ratingPool.length,
    viewer: (fixtures, request) => {
      const write = rotate(fixtures.ratingPool, request);
      return { role: "SECRETARY", cell: write.cellId, person: write.secretaryId };
    },
    variables: (fixtures, request) => {
      const write = rotate(fixtures.ratingPool, request);
      return {
        year: fixtures.year,
        input: {
          cellId: globalId("Cell", write.cellId),
          year: fixtures.year,
          stage: "PROPOSAL",
          meetingId: globalId("Meeting", write.meetingId),
          entries: write.proposals.map((proposal) => ({
            personId: globalId("Person", proposal.personId),
            level: proposal.level,
            ...(proposal.score === null ? {} : { score: proposal.score }),
          })),
        },
      };
    },
  },
];

/**
 * Work in proportion to the answer (issue 14): an operation may read at most this many rows per row it returns, plus
 * a constant, whatever the size of the data behind it. The bench prints it per operation; the tests hold it
 * (tests/performance/query-counts.test.ts).
 */
export const ROWS_READ_RULE = { perRowReturned: 20, perOperation: 300 } as const;

export function rowsReadAllowed(rowsReturned: number): number {
  return ROWS_READ_RULE.perRowReturned * rowsReturned + ROWS_READ_RULE.perOperation;
}

/** Items of every list in a response: what "rows returned" counts (a connection's edges, a plain list's items). */
export function countListItems(value: unknown): number {
  if (Array.isArray(value))
    return value.length + value.reduce<number>((sum, item) => sum + countListItems(item), 0);
  if (value !== null && typeof value === "object") {
    return Object.values(value).reduce<number>((sum, item) => sum + countListItems(item), 0);
  }
  return 0;
}
