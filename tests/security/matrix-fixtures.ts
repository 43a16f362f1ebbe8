import { exports } from "cloudflare:workers";
import {
  adminToken,
  cellWithMembers,
  createDocument,
  DEMO,
  type GraphQLResponse,
  globalId,
  gql,
  mutate,
  rawId,
  scheduleMeeting,
  tokenFor,
} from "../helpers";

/** The viewers of the matrix, each relative to cell X. */
export const ROLES = ["anonymous", "member", "secretary", "committee", "outsider", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  anonymous: "anonymous",
  member: "MEMBER of X",
  secretary: "SECRETARY of X",
  committee: "COMMITTEE above X",
  outsider: "COMMITTEE of another subtree",
  admin: "ADMIN",
};

/** One of everything a cell's subtree holds, as global IDs, created by an admin. */
export interface Subtree {
  unique: string;
  committee: string;
  cell: string;
  /** The person whose token plays MEMBER of X. */
  member: string;
  /** The person whose personal fields are read: born 1979-02-03, disciplined (and remedied) in 2023. */
  person: string;
  personName: string;
  candidate: string;
  /** A member of X's cell since 1990, proposed for the 30-year Party badge. */
  veteran: string;
  membership: string;
  role: string;
  term: string;
  meeting: string;
  document: string;
  relation: string;
  attachment: string;
  assignment: string;
  memberRating: string;
  organizationRating: string;
  /** The audit entry of the person's 2023 rating (filed under the cell). */
  auditEntry: string;
  /** A calendar feed the MEMBER created. */
  feed: string;
  /** A MEMBER grant on the cell, managed by an admin. */
  grant: string;
  /** The person's dues payment of January 2024. */
  duesEntry: string;
  /** The cell's announcement to its members, asking an acknowledgement. */
  announcement: string;
  /** The MEMBER's copy of it, and its counts at the cell. */
  announcementReceipt: string;
  announcementTally: string;
  /** A draft of the cell, opened for comments until 2099. */
  draft: string;
  consultation: string;
  /** The MEMBER's comment on it, and its counts at the cell. */
  comment: string;
  commentTally: string;
}

export interface Fixtures {
  x: Subtree;
  other: Subtree;
  externalBodies: [string, string];
  tokens: Record<Role, string | undefined>;
  /** A MEMBER of X whose token names the person of X: "the person themselves". */
  subjectToken: string;
}

export const BIRTH_DATE = "1979-02-03";
/** The first day of an exemption of X's person (before any of its meetings): what only its readers may see. */
export const EXEMPTION_FROM = "2010-01-01";

/** The days of an honour and a discipline of X's person (a member since 2015): what only its readers may see. */
export const HONOUR_DECIDED_ON = "2016-09-02";
export const DISCIPLINE_DECIDED_ON = "2017-05-06";

/** The occupation in the file of X's person: what only its readers may see. */
export const MEMBER_FILE_OCCUPATION = "Kỹ sư cầu đường";

/** The application day recorded for X's candidate: what only its readers may see. */
export const CANDIDACY_APPLICATION = "2024-01-02";
export const PHONE = "+84912345678";
export const EMAIL = "dang.vien.x@chibo.test";
export const IDENTITY_NUMBER = "001079012345";
export const RATED_YEAR = 2023;
/** X's person's dues basis (salary on which social insurance is paid) and one payment, of 2024. */
export const DUES_YEAR = 2024;
export const DUES_FIGURE = 7_654_300;
export const DUES_PAID = 76_543;

/** Fails loudly: a fixture that did not come out as meant would make every expectation meaningless. */
function payload(result: GraphQLResponse, name: string): Record<string, any> {
  const data = result.data?.[name] as Record<string, any> | undefined;
  if (result.errors || !data || data.errors.length > 0) {
    throw new Error(`${name} failed: ${JSON.stringify(result.errors ?? data?.errors)}`);
  }
  return data;
}

async function adminQuery(query: string, variables: Record<string, unknown> = {}) {
  const result = await gql(query, variables, await adminToken());
  if (result.errors) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
  return result.data as Record<string, any>;
}

/** The current version of a versioned object, so that a write built on it is not a conflict. */
export async function versionOf(id: string): Promise<number> {
  const data = await adminQuery(
    `query ($id: ID!) { node(id: $id) {
      ... on Cell { version } ... on Person { version } ... on Document { version } ... on Meeting { version }
    } }`,
    { id },
  );
  return data.node.version as number;
}

/** An external body's issued document, new each time (for relations that a test removes). */
export async function freshExternalDocument(externalBody: string): Promise<string> {
  const document = await createDocument({
    type: "DIRECTIVE",
    title: `Chỉ thị ${crypto.randomUUID()}`,
    issuerId: externalBody,
    issuedOn: "2024-02-01",
  });
  return document.id;
}

export async function freshRelation(fixtures: Fixtures): Promise<string> {
  const target = await freshExternalDocument(fixtures.externalBodies[0]);
  const related = await mutate(
    "relateDocuments",
    { fromId: fixtures.x.document, toId: target, kind: "REFERENCES" },
    "relation { id }",
  );
  return payload(related, "relateDocuments").relation.id;
}

export async function freshGrant(cellId: string): Promise<string> {
  const granted = await mutate(
    "grantRole",
    { principal: `matrix-${crypto.randomUUID()}@example.org`, role: "MEMBER", cellId },
    "grant { id }",
  );
  return payload(granted, "grantRole").grant.id;
}

/** A GraphQL multipart request uploading a small PDF, sent with the given token or none. */
export async function uploadPdf(documentId: string, token: string | undefined): Promise<GraphQLResponse> {
  const body = new FormData();
  body.set(
    "operations",
    JSON.stringify({
      query: `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) {
        attachment { id } errors { code message }
      } }`,
      variables: { input: { documentId, file: null } },
    }),
  );
  body.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  body.set("0", new File(["%PDF-1.4\n% ma trận\n%%EOF\n"], "ma-tran.pdf", { type: "application/pdf" }));
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body,
    }),
  );
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, "status">) };
}

async function subtree(label: string): Promise<Subtree> {
  const branch = await cellWithMembers(label, 2);
  const [member, person] = branch.members as [string, string];
  const { cell, committee, unique } = branch;
  payload(
    await mutate(
      "updateCell",
      { cellId: cell.id, expectedVersion: await versionOf(cell.id), documentCode: "CB" },
      "cell { id }",
    ),
    "updateCell",
  );
  payload(
    await mutate(
      "updatePerson",
      {
        personId: person,
        expectedVersion: await versionOf(person),
        birthDate: BIRTH_DATE,
        phone: PHONE,
        email: EMAIL,
        identityNumber: IDENTITY_NUMBER,
      },
      "person { id }",
    ),
    "updatePerson",
  );
  payload(
    await mutate(
      "updateMemberFile",
      { personId: person, expectedVersion: await versionOf(person), occupation: MEMBER_FILE_OCCUPATION },
      "person { id }",
    ),
    "updateMemberFile",
  );
  payload(
    await mutate(
      "recordExemption",
      { personId: person, from: EXEMPTION_FROM, until: "2011-01-01", reason: "HEALTH" },
      "person { id }",
    ),
    "recordExemption",
  );
  payload(
    await mutate(
      "recordHonour",
      { personId: person, form: "COMMENDATION", decidedOn: HONOUR_DECIDED_ON, authority: "Đảng ủy" },
      "person { id }",
    ),
    "recordHonour",
  );
  payload(
    await mutate(
      "recordDiscipline",
      { personId: person, form: "REPRIMAND", decidedOn: DISCIPLINE_DECIDED_ON, authority: "Chi bộ" },
      "person { id }",
    ),
    "recordDiscipline",
  );
  payload(
    await mutate(
      "setDuesBasis",
      { personId: person, fromMonth: `${DUES_YEAR}-01`, category: "INSURED_SALARY", figure: DUES_FIGURE },
      "person { id }",
    ),
    "setDuesBasis",
  );
  const duesEntry = payload(
    await mutate(
      "recordDuesPayment",
      {
        cellId: cell.id,
        personId: person,
        paidOn: `${DUES_YEAR}-01-20`,
        months: [`${DUES_YEAR}-01`],
        amount: DUES_PAID,
      },
      "entry { id }",
    ),
    "recordDuesPayment",
  ).entry.id;
  const announcement = payload(
    await mutate(
      "publishAnnouncement",
      {
        senderId: cell.id,
        audience: "MEMBERS",
        title: `Thông báo ${unique}`,
        body: "…",
        acknowledgeBy: "2099-12-31",
      },
      "announcement { id tally { id } }",
    ),
    "publishAnnouncement",
  ).announcement;
  const draft = await createDocument({
    type: "PLAN",
    draft: true,
    title: `Dự thảo ${unique}`,
    issuerId: cell.id,
  });
  const consultation = payload(
    await mutate(
      "openDraftForComments",
      { documentId: draft.id, closesOn: "2099-12-31" },
      "consultation { id }",
    ),
    "openDraftForComments",
  ).consultation.id;
  const comment = payload(
    await mutate(
      "commentOnDraft",
      { consultationId: consultation, body: "Góp ý của ma trận." },
      "comment { id consultation { tally { id } } }",
      await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(member) }),
    ),
    "commentOnDraft",
  ).comment;
  const candidate = payload(
    await mutate("createCandidate", { fullName: `Ứng viên ${unique}`, cellId: cell.id }, "person { id }"),
    "createCandidate",
  ).person.id;
  payload(
    await mutate(
      "recordCandidacy",
      { personId: candidate, applicationOn: CANDIDACY_APPLICATION },
      "person { id }",
    ),
    "recordCandidacy",
  );
  const veteran = payload(
    await mutate(
      "createCandidate",
      { fullName: `Cựu chiến binh ${unique}`, cellId: cell.id },
      "person { id }",
    ),
    "createCandidate",
  ).person.id;
  payload(
    await mutate("admitMember", { personId: veteran, admittedOn: "1990-02-03" }, "person { id }"),
    "admitMember",
  );
  payload(
    await mutate("recognizeOfficial", { personId: veteran, officialOn: "1991-02-03" }, "person { id }"),
    "recognizeOfficial",
  );
  payload(
    await mutate(
      "proposeBadge",
      { personId: veteran, years: 30, occasion: "PARTY_FOUNDING", year: 2020 },
      "person { id }",
    ),
    "proposeBadge",
  );
  const term = payload(
    await mutate("createTerm", { cellId: cell.id, startsOn: "2020", endsOn: "2022" }, "term { id }"),
    "createTerm",
  ).term.id;
  const role = payload(
    await mutate(
      "assignRole",
      { personId: person, organizationId: cell.id, role: "SECRETARY", startedOn: "2020-01-01" },
      "role { id }",
    ),
    "assignRole",
  ).role.id;
  const meeting = await scheduleMeeting({
    cellId: cell.id,
    kind: "REGULAR",
    title: `Sinh hoạt ${unique}`,
    scheduledStart: "2024-03-05T14:00:00+07:00",
    scheduledEnd: "2024-03-05T16:00:00+07:00",
  });
  const document = await createDocument({
    type: "PLAN",
    title: `Kế hoạch ${unique}`,
    issuerId: cell.id,
    issuedOn: "2024-01-10",
  });
  const relation = payload(
    await mutate(
      "relateDocuments",
      { fromId: document.id, toId: globalId("Document", DEMO.conclusion18), kind: "IMPLEMENTS" },
      "relation { id }",
    ),
    "relateDocuments",
  ).relation.id;
  const attachment = payload(await uploadPdf(document.id, await adminToken()), "uploadAttachment").attachment
    .id;
  payload(
    await mutate(
      "assignDocument",
      {
        documentId: globalId("Document", DEMO.conclusion18),
        committeeId: committee.id,
        cellIds: [cell.id],
      },
      "document { id }",
    ),
    "assignDocument",
  );
  const rated = await mutate(
    "rateMembers",
    {
      cellId: cell.id,
      year: RATED_YEAR,
      stage: "PROPOSAL",
      entries: [
        { personId: member, level: "GOOD" },
        { personId: person, level: "NOT_COMPLETED", disciplined: true, remedied: true },
      ],
    },
    "cell { id }",
  );
  payload(rated, "rateMembers");
  const organizationRating = payload(
    await mutate(
      "rateOrganization",
      {
        cellId: cell.id,
        year: RATED_YEAR,
        stage: "SELF",
        level: "GOOD",
        disciplined: true,
        remedied: true,
      },
      "rating { id }",
    ),
    "rateOrganization",
  ).rating.id;
  const feed = payload(
    await mutate(
      "createCalendarFeed",
      { cellId: cell.id },
      "feed { id }",
      await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(member) }),
    ),
    "createCalendarFeed",
  ).feed.id;
  const read = await adminQuery(
    `query ($cell: ID!, $person: ID!, $conclusion: ID!, $committee: ID!, $requestId: String!) {
      cell(id: $cell) { memberRatings(year: ${RATED_YEAR}) { id person { id } } }
      person(id: $person) { fullName memberships { id } }
      document(id: $conclusion) { assignments(underId: $committee) { edges { node { id } } } }
      auditLog(filter: { requestId: $requestId }) { edges { node { id table after } } }
    }`,
    {
      cell: cell.id,
      person,
      conclusion: globalId("Document", DEMO.conclusion18),
      committee: committee.id,
      requestId: (rated as { extensions?: { requestId?: string } }).extensions?.requestId,
    },
  );
  return {
    unique,
    committee: committee.id,
    cell: cell.id,
    member,
    person,
    personName: read.person.fullName,
    candidate,
    veteran,
    membership: read.person.memberships[0].id,
    role,
    term,
    meeting: meeting.id,
    document: document.id,
    relation,
    attachment,
    assignment: read.document.assignments.edges[0].node.id,
    memberRating: read.cell.memberRatings.find((rating: any) => rating.person.id === person).id,
    organizationRating,
    auditEntry: read.auditLog.edges.find(
      (edge: any) => edge.node.table === "ratings" && JSON.parse(edge.node.after).person_id === rawId(person),
    ).node.id,
    feed,
    grant: await freshGrant(cell.id),
    duesEntry,
    announcement: announcement.id,
    announcementReceipt: globalId("AnnouncementReceipt", `${rawId(announcement.id)}:${rawId(member)}`),
    announcementTally: announcement.tally.id,
    draft: draft.id,
    consultation,
    comment: comment.id,
    commentTally: globalId("DraftCommentTally", `${rawId(consultation)}:${rawId(cell.id)}`),
  };
}

export async function buildFixtures(): Promise<Fixtures> {
  const x = await subtree("Ma trận X");
  const other = await subtree("Ma trận khác");
  const bodies = (await adminQuery("{ externalBodies { id } }")).externalBodies as { id: string }[];
  const cellOfX = rawId(x.cell);
  return {
    x,
    other,
    externalBodies: [bodies[0]?.id as string, bodies[1]?.id as string],
    tokens: {
      anonymous: undefined,
      member: await tokenFor("MEMBER", cellOfX, { personId: rawId(x.member) }),
      secretary: await tokenFor("SECRETARY", cellOfX),
      committee: await tokenFor("COMMITTEE", rawId(x.committee)),
      outsider: await tokenFor("COMMITTEE", rawId(other.committee)),
      admin: await adminToken(),
    },
    subjectToken: await tokenFor("MEMBER", cellOfX, { personId: rawId(x.person) }),
  };
}
