import { DEMO, globalId } from "../helpers";
import {
  BIRTH_DATE,
  CANDIDACY_APPLICATION,
  DISCIPLINE_DECIDED_ON,
  DUES_FIGURE,
  DUES_PAID,
  DUES_YEAR,
  EMAIL,
  EXEMPTION_FROM,
  type Fixtures,
  freshExternalDocument,
  freshGrant,
  freshRelation,
  HONOUR_DECIDED_ON,
  IDENTITY_NUMBER,
  MEMBER_FILE_OCCUPATION,
  PHONE,
  RATED_YEAR,
  ROLES,
  type Role,
  versionOf,
} from "./matrix-fixtures";

/**
 * Who an access rule lets through, for an object of X's subtree and for the same kind of object in another
 * subtree (where only the committee over that subtree and admins reach).
 */
export type Reach = "public" | "signedIn" | "line" | "writers" | "governors" | "admin";

const SIGNED_IN = ROLES.filter((role) => role !== "anonymous");
const OF_THE_OTHER_SUBTREE: readonly Role[] = ["outsider", "admin"];

export const REACH: Record<Reach, { inX: readonly Role[]; elsewhere: readonly Role[] }> = {
  public: { inX: ROLES, elsewhere: ROLES },
  signedIn: { inX: SIGNED_IN, elsewhere: SIGNED_IN },
  /** X's records: its members, its writers, the committees above (the line of X). */
  line: { inX: ["member", "secretary", "committee", "admin"], elsewhere: OF_THE_OTHER_SUBTREE },
  /** Writing X's records: its secretary and the committees above. */
  writers: { inX: ["secretary", "committee", "admin"], elsewhere: OF_THE_OTHER_SUBTREE },
  /** Governing X's place in the tree, deciding over it, its audit log: the committees above. */
  governors: { inX: ["committee", "admin"], elsewhere: OF_THE_OTHER_SUBTREE },
  admin: { inX: ["admin"], elsewhere: ["admin"] },
};

type Input = Record<string, unknown>;

export interface QueryRule {
  reach: Reach;
  /** The root field with arguments aimed at X, and a selection. */
  call: (f: Fixtures) => string;
  /** A list filtered by the same rule in SQL: signed-in viewers outside the reach get it empty, not refused. */
  filtered?: true;
  /** An object by ID: signed-in viewers outside the reach get null, exactly as for an ID of nothing. */
  byId?: true;
}

/** `node` and `nodes` are proven type by type in the node matrix. */
export const NODE_MATRIX = "node matrix";

export interface MutationCase {
  /** What the case shows, for mutations whose rule depends on the input. */
  label?: string;
  allowed: Reach | readonly Role[];
  /** An input aimed at X (built anew for every viewer, with current versions). */
  input: (f: Fixtures) => Input | Promise<Input>;
  /**
   * Domain refusals an allowed viewer may get: such inputs stop there (a stale version, a rule of the domain), so
   * the fixtures stay as other rules need them. Without them, allowed viewers must succeed.
   */
  outcomes?: readonly string[];
  /** Sends the request itself (a multipart upload). */
  send?: "multipart";
  /**
   * Viewers who are answered as for an object that does not exist — NOT_FOUND in the payload, nothing written —
   * because the object is out of their reach (another branch's person, document or meeting; someone's calendar feed).
   */
  notFoundFor?: readonly Role[];
}

export interface NodeRule {
  reach: Reach;
  inX: (f: Fixtures) => string;
  elsewhere: (f: Fixtures) => string;
  /** Objects of the type outside any subtree, with their own rule. */
  outside?: { label: string; reach: Reach; id: (f: Fixtures) => string };
}

/** A personal field: readable by the person it is about (if any), by `readers`, masked for everyone else. */
export interface PersonalRule {
  readers: readonly Role[];
  subjectReads: boolean;
  /** How the value shows in a response when read; it must appear nowhere else. */
  marker: string;
  /** Every way to reach it: node(id), root fields, connections and lists of the parent type. */
  routes: ((f: Fixtures) => string)[];
}

const stale = -1;
const unique = () => crypto.randomUUID().slice(0, 8);
const aTw = () => globalId("Document", DEMO.directive10);

export const QUERY_RULES: Record<string, QueryRule | typeof NODE_MATRIX> = {
  annualReport: {
    reach: "line",
    call: (f) => `annualReport(cellId: "${f.x.cell}", year: ${RATED_YEAR}) { year }`,
  },
  auditLog: { reach: "governors", call: (f) => `auditLog(filter: { cellId: "${f.x.cell}" }) { totalCount }` },
  calendarFeeds: { reach: "signedIn", call: () => "calendarFeeds { id }" },
  inbox: { reach: "signedIn", call: () => "inbox { unreadCount }" },
  invitations: { reach: "signedIn", call: () => "invitations { id }" },
  savedDocuments: { reach: "signedIn", call: () => "savedDocuments { totalCount }" },
  draftConsultations: { reach: "signedIn", call: () => "draftConsultations { id }" },
  guestInvitations: { reach: "signedIn", call: () => "guestInvitations { title }" },
  cell: { reach: "public", call: (f) => `cell(id: "${f.x.cell}") { id }` },
  cells: { reach: "public", call: (f) => `cells(filter: { search: "${f.x.unique}" }) { totalCount }` },
  document: { reach: "line", byId: true, call: (f) => `document(id: "${f.x.document}") { id }` },
  documentNumbering: {
    reach: "writers",
    call: (f) => `documentNumbering(issuerId: "${f.x.cell}", type: PLAN) { next { canonical } }`,
  },
  documents: {
    reach: "line",
    filtered: true,
    call: (f) => `documents(filter: { issuerId: "${f.x.cell}" }) { totalCount }`,
  },
  externalBodies: { reach: "public", call: () => "externalBodies { id }" },
  ethnicGroups: { reach: "public", call: () => "ethnicGroups { code }" },
  grants: { reach: "admin", call: (f) => `grants(filter: { cellId: "${f.x.cell}" }) { totalCount }` },
  meeting: { reach: "line", byId: true, call: (f) => `meeting(id: "${f.x.meeting}") { id }` },
  meetings: {
    reach: "line",
    filtered: true,
    call: (f) => `meetings(filter: { cellId: "${f.x.cell}" }) { totalCount }`,
  },
  duesArrears: {
    reach: "writers",
    call: (f) => `duesArrears(cellId: "${f.x.cell}", on: "${DUES_YEAR}-06-30") { outstanding }`,
  },
  memberStatistics: {
    reach: "writers",
    call: (f) => `memberStatistics(cellId: "${f.x.cell}", on: "2025-12-31") { organization { members } }`,
  },
  nationalRollup: { reach: "admin", call: () => "nationalRollup(year: 2017) { total { cellCount } }" },
  nextDocumentNumber: {
    reach: "writers",
    call: (f) => `nextDocumentNumber(issuerId: "${f.x.cell}", type: PLAN) { canonical }`,
  },
  node: NODE_MATRIX,
  nodes: NODE_MATRIX,
  parseDocumentNumber: { reach: "public", call: () => `parseDocumentNumber(number: "18-KL/TW") { part }` },
  people: {
    reach: "line",
    filtered: true,
    call: (f) => `people(filter: { search: "${f.x.personName}" }) { totalCount }`,
  },
  person: { reach: "line", byId: true, call: (f) => `person(id: "${f.x.person}") { id }` },
  ratingSchemes: { reach: "public", call: () => "ratingSchemes { code }" },
  tenants: { reach: "public", call: () => "tenants { key }" },
};

export const MUTATION_RULES: Record<string, MutationCase | readonly MutationCase[]> = {
  admitMember: [
    {
      label: "X's candidate into X",
      notFoundFor: ["outsider"],
      allowed: "writers",
      input: (f) => ({ personId: f.x.candidate, admittedOn: "2024-01-01", expectedVersion: stale }),
      outcomes: ["CONFLICT"],
    },
    {
      label: "X's candidate into a cell of another subtree",
      notFoundFor: ["outsider"],
      allowed: ["admin"],
      input: (f) => ({
        personId: f.x.candidate,
        cellId: f.other.cell,
        admittedOn: "2024-01-01",
        expectedVersion: stale,
      }),
      outcomes: ["CONFLICT"],
    },
  ],
  assessSelf: {
    allowed: "signedIn",
    input: () => ({ year: 2024, level: "GOOD", comment: "Tự đánh giá" }),
    outcomes: ["NO_PERSON", "RATING_LOCKED"],
  },
  assignDocument: {
    allowed: "governors",
    input: (f) => ({
      documentId: aTw(),
      committeeId: f.x.committee,
      cellIds: [f.x.cell],
      deadline: "2030-01-01",
    }),
  },
  assignRole: {
    allowed: "writers",
    input: (f) => ({
      personId: f.x.person,
      organizationId: f.x.cell,
      role: "DEPUTY_SECRETARY",
      startedOn: "2017-01-01",
      endedOn: "2000-01-01",
    }),
    outcomes: ["INVALID_DATE_RANGE"],
  },
  checkIn: {
    allowed: "signedIn",
    input: (f) => ({ meetingId: f.x.meeting }),
    outcomes: ["NO_PERSON", "CHECK_IN_CLOSED"],
  },
  createCalendarFeed: { allowed: "line", input: (f) => ({ cellId: f.x.cell }) },
  publishAnnouncement: {
    allowed: "writers",
    input: (f) => ({ senderId: f.x.cell, audience: "MEMBERS", title: `Ma trận ${unique()}`, body: "…" }),
  },
  openDraftForComments: {
    label: "a version opened already",
    allowed: "writers",
    input: (f) => ({ documentId: f.x.draft, closesOn: "2099-12-31" }),
    outcomes: ["ALREADY_OPEN"],
    // Drafts are their writers': to a member or another branch, as if there were none.
    notFoundFor: ["member", "outsider"],
  },
  commentOnDraft: {
    label: "the MEMBER's own comment",
    allowed: ["member"],
    input: (f) => ({ consultationId: f.x.consultation, body: "Góp ý." }),
    // Tokens that name no member of the subtree: as if there were no such draft open to them.
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  saveDocument: {
    label: "to the viewer's own list",
    allowed: "signedIn",
    input: (f) => ({ documentId: f.x.document }),
    // Tokens that name no member have no list.
    outcomes: ["NO_PERSON"],
  },
  unsaveDocument: {
    label: "from the viewer's own list",
    allowed: "signedIn",
    input: (f) => ({ documentId: f.x.document }),
    outcomes: ["NO_PERSON"],
  },
  markAnnouncementRead: {
    label: "the MEMBER's own copy",
    allowed: ["member"],
    input: (f) => ({ announcementId: f.x.announcement }),
    // Tokens that name no recipient: as if there were no such announcement.
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  answerInvitation: {
    label: "the MEMBER's own answer",
    allowed: ["member"],
    input: (f) => ({ meetingId: f.x.meeting, response: "ATTENDING" }),
    // The fixture's meeting may be held already: then it takes no answer.
    outcomes: ["INVITATION_CLOSED"],
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  answerGuestInvitation: {
    label: "a guest's own answer (none of the matrix's viewers is a guest of X's meeting)",
    allowed: [],
    input: (f) => ({ meetingId: f.x.meeting, response: "ATTENDING" }),
    notFoundFor: ["member", "secretary", "committee", "outsider", "admin"],
  },
  recordStudy: {
    label: "the MEMBER's own copy (of a notice, not a study)",
    allowed: ["member"],
    input: (f) => ({ announcementId: f.x.announcement, studiedOn: "2026-01-01" }),
    outcomes: ["NOT_A_STUDY"],
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  acknowledgeAnnouncement: {
    label: "the MEMBER's own copy",
    allowed: ["member"],
    input: (f) => ({ announcementId: f.x.announcement }),
    outcomes: ["ALREADY_ACKNOWLEDGED"],
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  createCandidate: {
    allowed: "writers",
    input: (f) => ({ fullName: `Quần chúng ${unique()}`, cellId: f.x.cell }),
  },
  createCell: {
    allowed: "governors",
    input: (f) => ({ name: `Chi bộ mới ${unique()}`, kind: "SUBORDINATE_CELL", parentId: f.x.committee }),
  },
  createDocument: [
    {
      label: "of X",
      allowed: "writers",
      input: (f) => ({ type: "PLAN", title: `Dự thảo ${unique()}`, issuerId: f.x.cell, draft: true }),
    },
    {
      label: "of an external body: any writer registers what reaches them",
      allowed: ["secretary", "committee", "outsider", "admin"],
      input: (f) => ({
        type: "DIRECTIVE",
        title: `Chỉ thị ${unique()}`,
        issuerId: f.externalBodies[0],
        issuedOn: "2024-02-01",
      }),
    },
  ],
  createTerm: {
    allowed: "writers",
    input: (f) => ({ cellId: f.x.cell, startsOn: "2000", endsOn: "2002" }),
    outcomes: ["OVERLAPPING_TERM"],
  },
  recordCandidacy: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.candidate, applicationOn: "2024-01-01", expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  deleteDocument: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ documentId: f.x.document, expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  dissolveCell: {
    allowed: "governors",
    input: (f) => ({ cellId: f.x.cell, dissolvedOn: "2030", expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  endMembership: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, on: "2030-01-01", reason: "RESIGNED", expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  endRole: {
    // Another branch's office or assignment: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ roleId: f.x.role, endedOn: "2000-01-01" }),
    outcomes: ["INVALID_DATE_RANGE"],
  },
  grantRole: {
    allowed: "admin",
    input: (f) => ({ principal: `matrix-${unique()}@example.org`, role: "MEMBER", cellId: f.x.cell }),
  },
  importMembers: {
    allowed: "writers",
    input: (f) => ({ cellId: f.x.cell, rows: [{ fullName: "Nhập Thử", status: "CANDIDATE" }], dryRun: true }),
  },
  issueDocument: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({
      documentId: f.x.document,
      expectedVersion: await versionOf(f.x.document),
      issuedOn: "2024-01-10",
    }),
    outcomes: ["NOT_A_DRAFT"],
  },
  linkTermToCongress: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ termId: f.x.term, meetingId: f.x.meeting }),
    outcomes: ["NOT_A_CONGRESS"],
  },
  moveCell: {
    allowed: "governors",
    input: (f) => ({ cellId: f.x.cell, newParentId: f.x.committee, expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  purgeDocumentFiles: {
    allowed: "admin",
    input: (f) => ({ documentId: f.x.document }),
    outcomes: ["NOT_PURGEABLE"],
  },
  rateMeetingQuality: { allowed: "writers", input: (f) => ({ cellId: f.x.cell, year: 2024, grade: "GOOD" }) },
  rateMembers: [
    {
      label: "the cell's proposal",
      allowed: "writers",
      input: (f) => ({
        cellId: f.x.cell,
        year: 2024,
        stage: "PROPOSAL",
        entries: [{ personId: f.x.person, level: "GOOD" }],
      }),
      outcomes: ["RATING_LOCKED"],
    },
    {
      label: "the decision of the committee above",
      allowed: "governors",
      input: (f) => ({
        cellId: f.x.cell,
        year: 2024,
        stage: "DECISION",
        withoutDocumentBecause: "Quyết định sẽ ban hành sau",
        entries: [{ personId: f.x.person, level: "GOOD" }],
      }),
      outcomes: ["REASON_REQUIRED"],
    },
  ],
  rateOrganization: [
    {
      label: "its own rating",
      allowed: "writers",
      input: (f) => ({ cellId: f.x.cell, year: 2024, stage: "SELF", level: "GOOD" }),
      outcomes: ["RATING_LOCKED"],
    },
    {
      label: "the decision of the committee above",
      allowed: "governors",
      input: (f) => ({
        cellId: f.x.cell,
        year: 2024,
        stage: "DECISION",
        level: "GOOD",
        withoutDocumentBecause: "Quyết định sẽ ban hành sau",
      }),
      outcomes: ["REASON_REQUIRED"],
    },
  ],
  proposeBadge: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, years: 30, occasion: "NATIONAL_DAY", year: 2024 }),
    outcomes: ["BADGE_NOT_DUE"],
  },
  recordBadgeAward: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "governors",
    input: (f) => ({
      personId: f.x.person,
      years: 30,
      occasion: "NATIONAL_DAY",
      year: 2024,
      decisionDocumentId: f.x.document,
    }),
    outcomes: ["BADGE_NOT_DUE"],
  },
  updateMemberFile: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, expectedVersion: stale, religion: "Không" }),
    outcomes: ["CONFLICT"],
  },
  recordExemption: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, from: "2012-01-01", until: "2012-06-01", reason: "AGE" }),
    outcomes: ["EXEMPTION_OVERLAPS"],
  },
  setDuesBasis: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, fromMonth: "2010-01", category: "PENSION", figure: 1_000_000 }),
    outcomes: ["NO_DUES_REGULATION"],
  },
  importDuesBases: {
    allowed: "writers",
    input: (f) => ({
      cellId: f.x.cell,
      rows: [
        { fullName: "Người Ngoài Danh Sách", fromMonth: "2026-01", category: "PENSION", figure: 1_000_000 },
      ],
    }),
    outcomes: ["NOT_A_MEMBER"],
  },
  recordDuesPayment: {
    allowed: "writers",
    input: (f) => ({
      cellId: f.x.cell,
      personId: f.x.person,
      paidOn: "2014-01-10",
      months: ["2014-01"],
      amount: 10_000,
    }),
    outcomes: ["NOT_A_MEMBER_THAT_MONTH"],
  },
  correctDuesPayment: {
    // Another branch's entry: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({
      entryId: f.x.duesEntry,
      changes: [{ month: `${DUES_YEAR}-01`, amount: -1 }],
      reason: " ",
    }),
    outcomes: ["REASON_REQUIRED"],
  },
  recordDuesArrearsReason: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, year: 1800, reason: "Ốm dài ngày" }),
    outcomes: ["INVALID_YEAR"],
  },
  closeDuesMonth: {
    allowed: "writers",
    input: (f) => ({ cellId: f.x.cell, month: "2199-01" }),
    outcomes: ["MONTH_NOT_STARTED"],
  },
  setDuesSettings: {
    allowed: "governors",
    input: (f) => ({ cellId: f.x.cell, retainedBasisPoints: 10_001, remitEvery: "MONTH" }),
    outcomes: ["INVALID_SHARE"],
  },
  recordDuesRemittance: {
    allowed: "writers",
    input: (f) => ({ cellId: f.x.cell, month: "2199-01", remittedOn: "2199-02-01" }),
    outcomes: ["DATE_IN_FUTURE"],
  },
  recordHonour: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({
      personId: f.x.person,
      form: "MEDAL",
      decidedOn: `${new Date().getFullYear() + 1}-01-01`,
      authority: "Chủ tịch nước",
    }),
    outcomes: ["DATE_IN_FUTURE"],
  },
  recordDiscipline: {
    // Another branch's person: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, form: "WARNING", decidedOn: "2014-01-01", authority: "Chi bộ" }),
    outcomes: ["NOT_A_MEMBER"],
  },
  recognizeOfficial: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, officialOn: "2024-01-01", expectedVersion: stale }),
    outcomes: ["CONFLICT"],
  },
  recordAttendance: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ meetingId: f.x.meeting, entries: [{ personId: f.x.person, status: "PRESENT" }] }),
  },
  recordDecision: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ meetingId: f.x.meeting, motion: "Thông qua nghị quyết" }),
    outcomes: ["MEETING_NOT_HELD"],
  },
  correctDecision: {
    // Another branch's meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ meetingId: f.x.meeting, position: 1, reason: "Ghi nhầm", votesFor: 1 }),
    outcomes: ["NOT_FOUND"],
  },
  voidDecision: {
    // Another branch's meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ meetingId: f.x.meeting, position: 1, reason: "Ghi nhầm" }),
    outcomes: ["NOT_FOUND"],
  },
  recordImplementation: {
    // Another branch's office or assignment: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ assignmentId: f.x.assignment, status: "IN_PROGRESS", note: "Đang triển khai" }),
  },
  recordSelfAssessment: {
    // Another branch's member: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ personId: f.x.person, year: 2024, level: "GOOD", comment: "Theo bản tự kiểm điểm" }),
    outcomes: ["RATING_LOCKED"],
  },
  recordMonthlyEvaluations: {
    allowed: "writers",
    input: (f) => ({
      cellId: f.x.cell,
      year: 2024,
      month: 1,
      entries: [{ personId: f.x.person, level: "GOOD" }],
    }),
  },
  recordSuccession: {
    allowed: "governors",
    input: (f) => ({ predecessorId: f.x.cell, successorId: f.x.cell, kind: "SUCCEEDED", occurredOn: "2020" }),
    outcomes: ["INVALID_SUCCESSION"],
  },
  relateDocuments: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({
      fromId: f.x.document,
      toId: await freshExternalDocument(f.externalBodies[0]),
      kind: "REFERENCES",
    }),
  },
  removeDocumentRelation: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({ relationId: await freshRelation(f) }),
  },
  revokeCalendarFeed: {
    label: "the MEMBER's own feed",
    allowed: ["member", "secretary", "committee", "admin"],
    input: (f) => ({ feedId: f.x.feed }),
    notFoundFor: ["outsider"],
  },
  rotateCalendarFeed: {
    label: "the MEMBER's own feed",
    allowed: ["member"],
    input: (f) => ({ feedId: f.x.feed }),
    // Revoked by the case above when it ran first.
    outcomes: ["FEED_REVOKED"],
    notFoundFor: ["secretary", "committee", "outsider", "admin"],
  },
  revokeGrant: { allowed: "admin", input: async (f) => ({ id: await freshGrant(f.x.cell) }) },
  setGrantExpiry: {
    allowed: "admin",
    input: async (f) => ({
      id: await freshGrant(f.x.cell),
      expiresOn: `${new Date().getFullYear() + 1}-06-30`,
      expectedVersion: 1,
    }),
  },
  scheduleMeeting: {
    allowed: "writers",
    input: (f) => ({
      cellId: f.x.cell,
      kind: "THEMATIC",
      title: `Chuyên đề ${unique()}`,
      scheduledStart: "2024-06-05T14:00:00+07:00",
      scheduledEnd: "2024-06-05T16:00:00+07:00",
    }),
  },
  setAnnualTargets: {
    allowed: "writers",
    input: (f) => ({ cellId: f.x.cell, year: 2025, admissionsMin: 1, admissionsMax: 2 }),
  },
  setMeetingQualityScale: {
    allowed: "governors",
    input: (f) => ({
      committeeId: f.x.committee,
      grades: [
        { code: "GOOD", label: "Tốt" },
        { code: "FAIR", label: "Khá" },
        { code: "WEAK", label: "Kém" },
      ],
    }),
  },
  setRatingDeadline: {
    allowed: "governors",
    input: (f) => ({ committeeId: f.x.committee, year: 2024, proposalsDue: "2024-12-20" }),
  },
  setRatingSchemeSetting: {
    allowed: "governors",
    input: (f) => ({
      committeeId: f.x.committee,
      year: 2024,
      setting: "MEMBER_QUOTA_APPLIES",
      applies: true,
    }),
  },
  transferMember: [
    {
      label: "within X's line",
      allowed: "writers",
      input: (f) => ({ personId: f.x.person, toCellId: f.x.cell, on: "2030-01-01", expectedVersion: stale }),
      outcomes: ["CONFLICT"],
    },
    {
      label: "to a cell of another subtree",
      notFoundFor: ["outsider"],
      allowed: ["admin"],
      input: (f) => ({
        personId: f.x.person,
        toCellId: f.other.cell,
        on: "2030-01-01",
        expectedVersion: stale,
      }),
      outcomes: ["CONFLICT"],
    },
  ],
  updateCell: {
    allowed: "writers",
    input: async (f) => ({
      cellId: f.x.cell,
      expectedVersion: await versionOf(f.x.cell),
      addAliases: [unique()],
    }),
  },
  updateDocument: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({
      documentId: f.x.document,
      expectedVersion: await versionOf(f.x.document),
      summary: `Tóm tắt ${unique()}`,
    }),
  },
  updateMeeting: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({
      meetingId: f.x.meeting,
      expectedVersion: await versionOf(f.x.meeting),
      location: `Hội trường ${unique()}`,
    }),
  },
  updatePerson: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: async (f) => ({ personId: f.x.person, expectedVersion: await versionOf(f.x.person) }),
  },
  uploadAttachment: {
    // Another branch's person, document or meeting: as if there were none.
    notFoundFor: ["outsider"],
    allowed: "writers",
    input: (f) => ({ documentId: f.x.document }),
    send: "multipart",
  },
};

export const NODE_RULES: Record<string, NodeRule> = {
  Announcement: { reach: "line", inX: (f) => f.x.announcement, elsewhere: (f) => f.other.announcement },
  AnnouncementReceipt: {
    reach: "line",
    inX: (f) => f.x.announcementReceipt,
    elsewhere: (f) => f.other.announcementReceipt,
  },
  AnnouncementTally: {
    reach: "writers",
    inX: (f) => f.x.announcementTally,
    elsewhere: (f) => f.other.announcementTally,
  },
  DraftComment: { reach: "line", inX: (f) => f.x.comment, elsewhere: (f) => f.other.comment },
  DraftCommentTally: {
    reach: "writers",
    inX: (f) => f.x.commentTally,
    elsewhere: (f) => f.other.commentTally,
  },
  DraftConsultation: { reach: "line", inX: (f) => f.x.consultation, elsewhere: (f) => f.other.consultation },
  Attachment: { reach: "line", inX: (f) => f.x.attachment, elsewhere: (f) => f.other.attachment },
  AuditEntry: { reach: "governors", inX: (f) => f.x.auditEntry, elsewhere: (f) => f.other.auditEntry },
  Cell: { reach: "public", inX: (f) => f.x.cell, elsewhere: (f) => f.other.cell },
  DuesEntry: { reach: "writers", inX: (f) => f.x.duesEntry, elsewhere: (f) => f.other.duesEntry },
  Document: {
    reach: "line",
    inX: (f) => f.x.document,
    elsewhere: (f) => f.other.document,
    outside: { label: "an external body's", reach: "signedIn", id: () => aTw() },
  },
  DocumentRelation: { reach: "line", inX: (f) => f.x.relation, elsewhere: (f) => f.other.relation },
  ExternalBody: { reach: "public", inX: (f) => f.externalBodies[0], elsewhere: (f) => f.externalBodies[1] },
  Grant: { reach: "admin", inX: (f) => f.x.grant, elsewhere: (f) => f.other.grant },
  ImplementationAssignment: {
    reach: "line",
    inX: (f) => f.x.assignment,
    elsewhere: (f) => f.other.assignment,
  },
  Meeting: { reach: "line", inX: (f) => f.x.meeting, elsewhere: (f) => f.other.meeting },
  MemberRating: { reach: "line", inX: (f) => f.x.memberRating, elsewhere: (f) => f.other.memberRating },
  Membership: { reach: "line", inX: (f) => f.x.membership, elsewhere: (f) => f.other.membership },
  OrganizationRating: {
    reach: "line",
    inX: (f) => f.x.organizationRating,
    elsewhere: (f) => f.other.organizationRating,
  },
  Person: { reach: "line", inX: (f) => f.x.person, elsewhere: (f) => f.other.person },
  Role: { reach: "line", inX: (f) => f.x.role, elsewhere: (f) => f.other.role },
  Term: { reach: "public", inX: (f) => f.x.term, elsewhere: (f) => f.other.term },
};

const onNode = (id: string, type: string, field: string) =>
  `node(id: "${id}") { ... on ${type} { ${field} } }`;

const personalOfPerson = (field: string, value: string): PersonalRule => ({
  readers: ["secretary", "committee", "admin"],
  subjectReads: true,
  marker: `"${field}":"${value}"`,
  routes: [
    (f) => onNode(f.x.person, "Person", field),
    (f) => `person(id: "${f.x.person}") { ${field} }`,
    (f) => `people(filter: { search: "${f.x.personName}" }) { edges { node { ${field} } } }`,
    (f) => `cell(id: "${f.x.cell}") { members { edges { node { ${field} } } } }`,
    (f) => `meeting(id: "${f.x.meeting}") { attendance { person { ${field} } } }`,
  ],
});

const personalOfMemberRating = (field: string): PersonalRule => ({
  readers: ["secretary", "committee", "admin"],
  subjectReads: true,
  marker: `"${field}":true`,
  routes: [
    (f) => onNode(f.x.memberRating, "MemberRating", field),
    (f) => `cell(id: "${f.x.cell}") { memberRatings(year: ${RATED_YEAR}) { ${field} } }`,
    (f) => `cell(id: "${f.x.cell}") { ratingProgress(year: ${RATED_YEAR}) { rating { ${field} } } }`,
  ],
});

const personalOfOrganizationRating = (field: string): PersonalRule => ({
  readers: ["secretary", "committee", "admin"],
  subjectReads: false,
  marker: `"${field}":true`,
  routes: [
    (f) => onNode(f.x.organizationRating, "OrganizationRating", field),
    (f) => `cell(id: "${f.x.cell}") { organizationRating(year: ${RATED_YEAR}) { ${field} } }`,
    (f) => `annualReport(cellId: "${f.x.cell}", year: ${RATED_YEAR}) { ratings { own { ${field} } } }`,
  ],
});

/** Fields whose description declares them personal, each with every way to reach it. */
export const PERSONAL_RULES: Record<string, PersonalRule> = {
  "Person.birthDate": personalOfPerson("birthDate", BIRTH_DATE),
  "Person.phone": personalOfPerson("phone", PHONE),
  "Person.email": personalOfPerson("email", EMAIL),
  "Person.identityNumber": personalOfPerson("identityNumber", IDENTITY_NUMBER),
  "MemberRating.disciplined": personalOfMemberRating("disciplined"),
  "MemberRating.remedied": personalOfMemberRating("remedied"),
  "OrganizationRating.disciplined": personalOfOrganizationRating("disciplined"),
  "OrganizationRating.remedied": personalOfOrganizationRating("remedied"),
  // A candidate's steps (background check included): their cell's secretary and the committees above, not the
  // fellow members (the subject here is X's member, not the candidate).
  "Person.candidacy": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: false,
    marker: `"applicationOn":"${CANDIDACY_APPLICATION}"`,
    routes: [
      (f) => onNode(f.x.candidate, "Person", "candidacy { applicationOn }"),
      (f) => `person(id: "${f.x.candidate}") { candidacy { applicationOn } }`,
    ],
  },
  "Person.file": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"occupation":"${MEMBER_FILE_OCCUPATION}"`,
    routes: [
      (f) => onNode(f.x.person, "Person", "file { occupation }"),
      (f) => `person(id: "${f.x.person}") { file { occupation } }`,
      (f) => `cell(id: "${f.x.cell}") { members { edges { node { file { occupation } } } } }`,
    ],
  },
  "Person.honours": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"decidedOn":"${HONOUR_DECIDED_ON}"`,
    routes: [
      (f) => onNode(f.x.person, "Person", "honours { decidedOn }"),
      (f) => `person(id: "${f.x.person}") { honours { decidedOn } }`,
    ],
  },
  "Person.disciplines": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"decidedOn":"${DISCIPLINE_DECIDED_ON}"`,
    routes: [
      (f) => onNode(f.x.person, "Person", "disciplines { decidedOn }"),
      (f) => `person(id: "${f.x.person}") { disciplines { decidedOn } }`,
    ],
  },
  "Person.exemptions": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"from":"${EXEMPTION_FROM}"`,
    routes: [
      (f) => onNode(f.x.person, "Person", "exemptions { from }"),
      (f) => `person(id: "${f.x.person}") { exemptions { from } }`,
    ],
  },
  "Person.duesBases": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"figure":${DUES_FIGURE}`,
    routes: [
      (f) => onNode(f.x.person, "Person", "duesBases { figure }"),
      (f) => `person(id: "${f.x.person}") { duesBases { figure } }`,
    ],
  },
  "Person.duesMonths": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"paid":${DUES_PAID}`,
    routes: [
      (f) => onNode(f.x.person, "Person", `duesMonths(year: ${DUES_YEAR}) { paid }`),
      (f) => `person(id: "${f.x.person}") { duesMonths(year: ${DUES_YEAR}) { paid } }`,
    ],
  },
  "Person.duesArrears": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: true,
    marker: `"outstanding":${11 * DUES_PAID}`,
    routes: [
      (f) => onNode(f.x.person, "Person", `duesArrears(year: ${DUES_YEAR}) { outstanding }`),
      (f) => `person(id: "${f.x.person}") { duesArrears(year: ${DUES_YEAR}) { outstanding } }`,
    ],
  },
  // A member's badges are in their file: their cell's secretary and the committees above, not fellow members.
  "Person.badges": {
    readers: ["secretary", "committee", "admin"],
    subjectReads: false,
    marker: `"awardOn":"2020-02-03"`,
    routes: [
      (f) => onNode(f.x.veteran, "Person", "badges { awardOn }"),
      (f) => `person(id: "${f.x.veteran}") { badges { awardOn } }`,
    ],
  },
};
