// The document registry of a province: what the central bodies issued in khóa XIII, what the provincial committee,
// the committees and the grassroots committees issued (resolutions, directives, plans implementing the level
// above, rating and reorganization decisions), the cells' yearly reports (drafted, amended at the review, issued),
// relations between them, and implementation: documents assigned to the cells of a subtree, with deadlines, and how
// far each cell got.
import { addDays, minDate, randomDay } from "./calendar.mjs";
import { DATA_TO, YEARS } from "./organizations.mjs";
import { ownTitle, paragraphs } from "./texts.mjs";

const TYPE_CODES = {
  RESOLUTION: "NQ",
  DIRECTIVE: "CT",
  CONCLUSION: "KL",
  DECISION: "QĐ",
  REGULATION: "QĐ",
  GUIDANCE: "HD",
  REPORT: "BC",
  PLAN: "KH",
  NOTICE: "TB",
  PROGRAMME: "CTr",
};

/** What each external body issues, and how much of it (khóa XIII began in February 2021). */
const CENTRAL_ISSUES = [
  ["central-committee", ["RESOLUTION", "CONCLUSION"], 1],
  ["politburo", ["RESOLUTION", "CONCLUSION", "DIRECTIVE", "REGULATION"], 3],
  ["secretariat", ["DIRECTIVE", "CONCLUSION", "DECISION"], 3],
  ["central-organization-commission", ["GUIDANCE"], 2],
  ["central-office", ["GUIDANCE"], 1],
];
const KHOA_XIII = 13;

const COMMITTEE_TYPES = [
  ["RESOLUTION", 3],
  ["DIRECTIVE", 1],
  ["CONCLUSION", 1],
  ["NOTICE", 2],
  ["REPORT", 2],
  ["GUIDANCE", 1],
  ["PROGRAMME", 0.5],
];

export class Registry {
  documents = [];
  relations = [];
  assignments = [];
  #relationKeys = new Set();
  #serials = new Map();

  constructor(world) {
    this.world = world;
  }

  /** The sequence the API would file the number under (src/domain/documents.ts sequenceTerm). */
  #sequenceOf(issuer, issuedOn) {
    if (issuer.body) return `khoa:${KHOA_XIII}`;
    return this.world.domain.sequenceTerm(
      issuedOn,
      issuer.cell.terms.map((term) => ({ id: term.id, from: term.startsOn, until: term.endsOn })),
    );
  }

  /** A document as createDocument (and, for drafts, updateDocument and issueDocument) would have left it. */
  add({
    type,
    issuer,
    issuedOn,
    title,
    summary = null,
    body,
    source = null,
    draftSaves = 0,
    staysDraft = false,
  }) {
    const { random } = this.world;
    const issuedAt = `${issuedOn}T0${random.int(1, 9)}:${random.int(10, 59)}:00.000Z`;
    const document = {
      id: random.id(),
      type,
      status: staysDraft ? "DRAFT" : "ISSUED",
      number: null,
      serial: null,
      typeCode: null,
      issuerCode: null,
      issuerCellId: issuer.cell?.id ?? null,
      issuerBodyId: issuer.body ?? null,
      issuerTerm: issuer.body ? KHOA_XIII : null,
      sequenceTerm: null,
      title,
      summary,
      body,
      issuedOn: staysDraft ? null : issuedOn,
      source,
      sortKey: issuedOn,
      // createDocument is version 1; every later save of a draft and the issue move it.
      version: draftSaves === 0 ? 1 : staysDraft ? draftSaves : draftSaves + 1,
      createdAt: draftSaves === 0 ? issuedAt : `${addDays(issuedOn, -random.int(5, 20))}T02:00:00.000Z`,
      updatedAt: issuedAt,
      deletedAt: null,
      versions: [],
      issuer,
    };
    for (let version = 1; version <= draftSaves; version += 1) {
      document.versions.push({
        id: random.id(),
        version,
        title,
        summary: version === draftSaves ? summary : null,
        body: version === draftSaves ? body : body.split("\n").slice(0, -1).join("\n"),
        savedAt: version === draftSaves ? issuedAt : document.createdAt,
        note: version === 1 ? null : "Bổ sung theo ý kiến đóng góp của các đảng viên tại hội nghị.",
      });
    }
    this.documents.push(document);
    return document;
  }

  /**
   * Numbers every issued document in the order of issue within its sequence (issuer × type code × term; the
   * bodies that sign “TW” are one issuer), as the serials of a registry run; an issuer without a code (a partial committee) leaves its documents unnumbered.
   */
  numberAll() {
    const { domain } = this.world;
    const issued = this.documents.filter((document) => document.issuedOn !== null);
    issued.sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
    for (const document of issued) {
      const { issuer, type, issuedOn } = document;
      const issuerCode = issuer.body ? issuer.code : issuer.cell.documentCode;
      if (!issuerCode) continue;
      const typeCode = TYPE_CODES[type];
      const sequenceTerm = this.#sequenceOf(issuer, issuedOn);
      const numberingIssuer = domain.numberingIssuer(
        issuer.body ? { issuerCode } : { cellId: document.issuerCellId },
      );
      const key = `${numberingIssuer}|${typeCode}|${sequenceTerm}`;
      const serial = (this.#serials.get(key) ?? 0) + 1;
      this.#serials.set(key, serial);
      Object.assign(document, {
        serial,
        typeCode,
        issuerCode,
        sequenceTerm,
        number: domain.formatDocumentNumber(serial, typeCode, issuerCode),
      });
    }
  }

  relate(from, to, kind, note = null) {
    const key = `${from.id}|${to.id}|${kind}`;
    if (from === to || this.#relationKeys.has(key)) return false;
    this.#relationKeys.add(key);
    this.relations.push({
      id: this.world.random.id(),
      from,
      to,
      kind,
      relatedOn: from.issuedOn ?? from.sortKey,
      note,
    });
    if (kind === "SUPERSEDES" || kind === "REVOKES") {
      to.status = kind === "SUPERSEDES" ? "SUPERSEDED" : "REVOKED";
      to.version += 1;
      to.updatedAt = from.updatedAt;
    }
    return true;
  }
}

function committeeDocument(registry, committee, issuedOn, above) {
  const { random } = registry.world;
  const earlierAbove = above.filter((document) => document.issuedOn !== null && document.issuedOn < issuedOn);
  if (earlierAbove.length > 0 && random.chance(0.45)) {
    const target = random.pick(earlierAbove);
    const plan = registry.add({
      type: "PLAN",
      issuer: { cell: committee },
      issuedOn,
      title: `Kế hoạch thực hiện ${target.title.charAt(0).toLowerCase()}${target.title.slice(1)}`,
      summary: "Triển khai, quán triệt và tổ chức thực hiện văn bản của cấp trên trong toàn Đảng bộ.",
      body: paragraphs(random, random.int(3, 6)),
      draftSaves: random.chance(0.2) ? 1 : 0,
    });
    registry.relate(plan, target, "IMPLEMENTS", "Cụ thể hóa để triển khai ở cấp mình.");
    return plan;
  }
  const type = random.weighted(COMMITTEE_TYPES);
  const document = registry.add({
    type,
    issuer: { cell: committee },
    issuedOn,
    title: ownTitle(random, type),
    summary: random.chance(0.7) ? "Văn bản chỉ đạo của cấp ủy về nhiệm vụ trọng tâm." : null,
    body: paragraphs(random, random.int(3, 8)),
    draftSaves: random.chance(0.2) ? 1 : 0,
  });
  const earlier = registry.documents.filter(
    (other) =>
      other.issuerCellId === committee.id &&
      other.type === type &&
      other !== document &&
      other.status === "ISSUED",
  );
  if (earlier.length > 0 && random.chance(0.05)) {
    registry.relate(
      document,
      random.pick(earlier),
      random.weighted([
        ["SUPERSEDES", 5],
        ["AMENDS", 4],
        ["REVOKES", 1],
      ]),
    );
  }
  if (earlierAbove.length > 0 && random.chance(0.25)) {
    registry.relate(document, random.pick(earlierAbove), random.chance(0.3) ? "CONTINUES" : "REFERENCES");
  }
  return document;
}

/** Each year a committee assigns some documents to the cells of its subtree, with a deadline. */
function assign(registry, organizations, committee, documents) {
  const { random } = registry.world;
  for (const document of documents) {
    const assignedOn = minDate(addDays(document.issuedOn, random.int(3, 20)), DATA_TO);
    const deadline = random.chance(0.1) ? null : addDays(assignedOn, random.int(60, 180));
    for (const cell of organizations.cellsUnder(committee, assignedOn)) {
      registry.assignments.push({
        id: random.id(),
        document,
        cell,
        assignedBy: committee,
        assignedOn,
        deadline,
      });
    }
  }
}

/**
 * Where each assignment stands at the end of 2025: most reported (some late), the rest in progress or not started;
 * a cell's yearly report implements up to two of that year's documents and is recorded as their report.
 */
function progress(registry, reports) {
  const { random } = registry.world;
  const byCellYear = new Map();
  for (const assignment of registry.assignments) {
    const key = `${assignment.cell.id}|${assignment.assignedOn.slice(0, 4)}`;
    byCellYear.set(key, [...(byCellYear.get(key) ?? []), assignment]);
  }
  for (const assignment of registry.assignments) {
    const due = assignment.deadline ?? addDays(assignment.assignedOn, 180);
    const from = addDays(assignment.assignedOn, 7);
    const until = minDate(addDays(due, 20), DATA_TO);
    const status =
      from > until
        ? "NOT_STARTED"
        : due <= DATA_TO
          ? random.weighted([
              ["REPORTED", 85],
              ["IN_PROGRESS", 9],
              ["NOT_STARTED", 6],
            ])
          : random.weighted([
              ["REPORTED", 30],
              ["IN_PROGRESS", 50],
              ["NOT_STARTED", 20],
            ]);
    Object.assign(assignment, {
      status,
      reportedOn: status === "REPORTED" ? randomDay(random, from, until) : null,
      report: null,
      note: status === "REPORTED" ? "Đã tổ chức quán triệt, triển khai và báo cáo kết quả thực hiện." : null,
      version: 1 + (status === "NOT_STARTED" ? 0 : 1) + (status === "REPORTED" ? 1 : 0),
    });
  }
  for (const report of reports) {
    const year = report.year;
    for (const assignment of random.sample(byCellYear.get(`${report.cell.id}|${year}`) ?? [], 2)) {
      registry.relate(
        report.document,
        assignment.document,
        "IMPLEMENTS",
        "Báo cáo kết quả thực hiện trong năm.",
      );
      assignment.report = report.document;
      if (report.document.status === "DRAFT") {
        Object.assign(assignment, {
          status: "IN_PROGRESS",
          reportedOn: null,
          note: "Đang hoàn thiện báo cáo.",
        });
      } else {
        Object.assign(assignment, { status: "REPORTED", reportedOn: report.document.issuedOn });
      }
      assignment.version = assignment.status === "REPORTED" ? 3 : 2;
    }
  }
}

/**
 * The documents of the province, about `scale.documents` of them: 2.5% central, 4% provincial, 15% the committees
 * directly under the province, 30% the grassroots committees, the rest the cells (their yearly reports first).
 */
export function buildDocuments(world, { organizations, province, uppers, grassroots, mergers }) {
  const { random, scale } = world;
  const registry = new Registry(world);
  const centralCount = Math.round(scale.documents * 0.025);
  const central = [];
  const bodyWeights = CENTRAL_ISSUES.map((entry) => [entry, entry[2]]);
  for (let index = 0; index < centralCount; index += 1) {
    const [body, types] = random.weighted(bodyWeights);
    const type = random.pick(types);
    central.push(
      registry.add({
        type,
        issuer: {
          body,
          code:
            body === "central-organization-commission" ? "BTCTW" : body === "central-office" ? "VPTW" : "TW",
        },
        issuedOn: randomDay(random, "2021-02-15", "2025-11-30"),
        title: ownTitle(random, type),
        summary: "Văn bản của Trung ương.",
        body: paragraphs(random, random.int(4, 9)),
        source: "Hệ thống văn bản của Đảng (bản lưu tại Văn phòng Tỉnh ủy)",
      }),
    );
  }

  const issueDays = (count) =>
    Array.from({ length: count }, () => randomDay(random, "2023-01-05", "2025-12-20")).sort();
  const rolloutOf = (committee, count, above) =>
    issueDays(count).map((issuedOn) => committeeDocument(registry, committee, issuedOn, above));

  const provincial = rolloutOf(province, Math.round(scale.documents * 0.04), central);
  const perUpper = Math.round((scale.documents * 0.15) / uppers.length);
  const upperDocuments = new Map(
    uppers.map((upper) => [upper, rolloutOf(upper, perUpper - 2, [...provincial, ...central])]),
  );
  const perGrassroots = Math.round((scale.documents * 0.3) / grassroots.length);
  const grassrootsDocuments = new Map(
    grassroots.map((committee) => [
      committee,
      rolloutOf(committee, Math.max(1, perGrassroots - 2), [
        ...upperDocuments.get(committee.parent),
        ...provincial,
      ]),
    ]),
  );

  // Rating decisions of 2023 and 2024 (early the next year) by every committee that decides ratings.
  world.ratingDecisions = new Map();
  for (const committee of [province, ...uppers, ...grassroots]) {
    for (const year of [2023, 2024]) {
      world.ratingDecisions.set(
        `${committee.id}|${year}`,
        registry.add({
          type: "DECISION",
          issuer: { cell: committee },
          issuedOn: randomDay(random, `${year + 1}-01-10`, `${year + 1}-02-25`),
          title: `Quyết định công nhận kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`,
          body: paragraphs(random, 2),
        }),
      );
    }
  }
  // The decisions that merged and split cells, which found the new cells.
  for (const merger of mergers) {
    const successor = merger.successors[0];
    const { parent } = successor;
    const decision = registry.add({
      type: "DECISION",
      issuer: { cell: parent.kind === "PARTIAL_COMMITTEE" ? parent.parent : parent },
      issuedOn: addDays(merger.day, -random.int(1, 10)),
      title: `Quyết định ${merger.predecessors.length > 1 ? "hợp nhất" : "chia tách"} ${merger.predecessors.map((cell) => cell.name).join(" và ")}`,
      body: paragraphs(random, 2),
    });
    for (const cell of merger.successors) cell.foundingDocumentId = decision.id;
    for (const entry of world.lineage)
      if (merger.successors.includes(entry.successor) && entry.decision)
        entry.decisionDocumentId = decision.id;
  }

  for (const year of YEARS) {
    const inYear = (documents) => documents.filter((document) => document.issuedOn?.startsWith(String(year)));
    // Documents worth assigning: not notices, and issued early enough to be assigned within the year.
    const key = (documents, count) =>
      random.sample(
        inYear(documents).filter(
          (document) => document.type !== "NOTICE" && document.issuedOn <= `${year}-11-30`,
        ),
        count,
      );
    assign(registry, organizations, province, [...key(provincial, 2), ...key(central, 2)]);
    for (const upper of uppers) assign(registry, organizations, upper, key(upperDocuments.get(upper), 2));
    for (const committee of grassroots)
      assign(registry, organizations, committee, key(grassrootsDocuments.get(committee), 1));
  }

  // The cells' yearly reports, drafted before the review and amended there; 10% of 2025's are still drafts.
  const reports = [];
  const cellBudget = scale.documents - registry.documents.length;
  const cells = organizations.cells().filter((cell) => cell.memberships.length > 0);
  for (const year of YEARS) {
    for (const cell of cells) {
      if (reports.length >= cellBudget) break;
      const review = cell.reviews.get(year);
      if (!review) continue;
      const document = registry.add({
        type: "REPORT",
        issuer: { cell },
        issuedOn: minDate(addDays(review, random.int(2, 8)), DATA_TO),
        title: `Báo cáo tổng kết công tác xây dựng Đảng năm ${year}, phương hướng nhiệm vụ năm ${year + 1}`,
        summary: `Dự thảo, thảo luận và bổ sung tại Hội nghị tổng kết năm ${year}.`,
        body: paragraphs(random, random.int(4, 7)),
        draftSaves: 2,
        staysDraft: year === 2025 && random.chance(0.1),
      });
      reports.push({ cell, year, document });
    }
  }
  progress(registry, reports);
  // Whatever budget is left: cells' plans implementing a document assigned to them.
  const assigned = registry.assignments.filter((assignment) => assignment.assignedOn < "2025-12-01");
  while (registry.documents.length < scale.documents && assigned.length > 0) {
    const assignment = random.pick(assigned);
    const plan = registry.add({
      type: "PLAN",
      issuer: { cell: assignment.cell },
      issuedOn: addDays(assignment.assignedOn, random.int(5, 25)),
      title: `Kế hoạch của chi bộ thực hiện ${assignment.document.title.charAt(0).toLowerCase()}${assignment.document.title.slice(1)}`,
      body: paragraphs(random, 2),
    });
    registry.relate(plan, assignment.document, "IMPLEMENTS");
  }
  for (const document of random.sample(
    registry.documents.filter((d) => d.issuerCellId && d.status === "ISSUED" && d.type === "NOTICE"),
    Math.round(scale.documents * 0.002),
  )) {
    document.deletedAt = `${addDays(document.issuedOn, random.int(1, 30))}T03:00:00.000Z`;
    document.version += 1;
  }
  registry.numberAll();
  world.registry = registry;
  return registry;
}

export function writeDocuments(world, registry, loader) {
  const { domain } = world;
  const documents = loader.table("documents", [
    "id",
    "type",
    "status",
    "number",
    "serial",
    "type_code",
    "issuer_code",
    "issuer_cell_id",
    "issuer_body_id",
    "issuer_term",
    "sequence_term",
    "title",
    "summary",
    "body",
    "issued_on",
    "source",
    "sort_key",
    "version",
    "deleted_at",
    "created_at",
    "updated_at",
  ]);
  const search = loader.table("document_search", ["rowid", "number", "title", "summary", "body"]);
  const versions = loader.table("document_versions", [
    "id",
    "document_id",
    "version",
    "title",
    "summary",
    "body",
    "saved_at",
    "note",
  ]);
  const relations = loader.table("document_relations", [
    "id",
    "from_id",
    "to_id",
    "kind",
    "related_on",
    "note",
    "created_at",
  ]);
  const assignments = loader.table("implementation_assignments", [
    "id",
    "document_id",
    "cell_id",
    "assigned_by_cell_id",
    "deadline",
    "status",
    "report_document_id",
    "reported_on",
    "note",
    "version",
    "created_at",
    "updated_at",
  ]);
  for (const document of registry.documents) {
    const { lastInsertRowid } = documents.insert({
      id: document.id,
      type: document.type,
      status: document.status,
      number: document.number,
      serial: document.serial,
      type_code: document.typeCode,
      issuer_code: document.issuerCode,
      issuer_cell_id: document.issuerCellId,
      issuer_body_id: document.issuerBodyId,
      issuer_term: document.issuerTerm,
      sequence_term: document.sequenceTerm,
      title: document.title,
      summary: document.summary,
      body: document.body,
      issued_on: document.issuedOn,
      source: document.source,
      sort_key: document.sortKey,
      version: document.version,
      deleted_at: document.deletedAt,
      created_at: document.createdAt,
      updated_at: document.deletedAt ?? document.updatedAt,
    });
    // The search row holds the folded text, keyed by the document's rowid until the load keys it by day (deleted
    // documents leave the index).
    if (document.deletedAt === null) {
      search.insert({
        rowid: lastInsertRowid,
        number: domain.foldVietnamese(document.number ?? ""),
        title: domain.foldVietnamese(document.title),
        summary: domain.foldVietnamese(document.summary ?? ""),
        body: domain.foldVietnamese(document.body ?? ""),
      });
    }
    for (const version of document.versions) {
      versions.insert({ document_id: document.id, ...version, saved_at: version.savedAt });
    }
  }
  for (const relation of registry.relations) {
    relations.insert({
      id: relation.id,
      from_id: relation.from.id,
      to_id: relation.to.id,
      kind: relation.kind,
      related_on: relation.relatedOn,
      note: relation.note,
      created_at: relation.from.updatedAt,
    });
  }
  for (const assignment of registry.assignments) {
    const lastChange =
      assignment.reportedOn ??
      (assignment.status === "IN_PROGRESS" ? addDays(assignment.assignedOn, 14) : assignment.assignedOn);
    assignments.insert({
      id: assignment.id,
      document_id: assignment.document.id,
      cell_id: assignment.cell.id,
      assigned_by_cell_id: assignment.assignedBy.id,
      deadline: assignment.deadline,
      status: assignment.status,
      report_document_id: assignment.report?.id ?? null,
      reported_on: assignment.reportedOn,
      note: assignment.note,
      version: assignment.version,
      created_at: `${assignment.assignedOn}T03:00:00.000Z`,
      updated_at: `${minDate(lastChange, DATA_TO)}T03:00:00.000Z`,
    });
  }
}
