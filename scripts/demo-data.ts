/**
 * The demo data set: every organization, person, role and lineage fact of shared/seed/facts.md
 * (the 16/01/2018 article on the cell of the Provincial Public Administration Center, Vĩnh Phúc).
 * Members the article does not name carry neutral placeholder names. Where the article gives only a year
 * ("2017"), organizations and lineage use partial dates; memberships and offices need a day, and use
 * 2017-01-01 as a placeholder for "during 2017" (documented in the README).
 *
 * Rendered as INSERT OR IGNORE statements, one per line, so loading it twice changes nothing.
 */
import { SEARCH_REACH_OF_DOCUMENT, SEARCH_ROWID } from "../src/db/document-search";
import { foldVietnamese, personSortKey } from "../src/domain/text";
import { channelStatements } from "./demo-channel";
import { duesStatements } from "./demo-dues";
import { ILLUSTRATION_CELL, memberFileStatements } from "./demo-member-files";
import { insert, literal, type Value } from "./demo-sql";

export const DEMO = {
  bloc: "demo-bloc-committee",
  office: "demo-office-committee",
  predecessor: "demo-investment-cell",
  cell: "demo-pac-cell",
  term: "demo-pac-term-2017",
  secretary: "demo-nguyen-tien-hanh",
  probationary: "demo-member-11",
  foundingDecision: "demo-doc-45-qd-du",
  directive10: "demo-doc-10-ct-tw",
  conclusion18: "demo-doc-18-kl-tw",
  resolution4: "demo-doc-04-nq-tw",
  resolution02: "demo-doc-02-nq-duk",
  draftReport: "demo-doc-report-2017",
  draftResolution2027: "demo-doc-draft-resolution-2027",
  congress: "demo-meeting-congress-2017",
  review: "demo-meeting-review-2017",
} as const;

interface CellSeed {
  id: string;
  kind: string;
  name: string;
  parent: string | null;
  path: string;
  founded_on?: string;
  document_code?: string;
  dissolved_on?: string;
  aliases: { id: string; name: string }[];
}

const cells: CellSeed[] = [
  {
    id: DEMO.bloc,
    kind: "BLOC_COMMITTEE",
    name: "Đảng bộ Khối các cơ quan tỉnh Vĩnh Phúc",
    parent: null,
    path: `/${DEMO.bloc}/`,
    document_code: "ĐUK",
    aliases: [{ id: "demo-alias-bloc", name: "Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc" }],
  },
  {
    id: DEMO.office,
    kind: "GRASSROOTS_COMMITTEE",
    name: "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc",
    parent: DEMO.bloc,
    path: `/${DEMO.bloc}/${DEMO.office}/`,
    document_code: "ĐU",
    aliases: [{ id: "demo-alias-office", name: "Đảng ủy Văn phòng UBND tỉnh" }],
  },
  {
    id: DEMO.predecessor,
    kind: "SUBORDINATE_CELL",
    name: "Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Vĩnh Phúc",
    parent: DEMO.office,
    path: `/${DEMO.bloc}/${DEMO.office}/${DEMO.predecessor}/`,
    founded_on: "2012-12-28",
    dissolved_on: "2017",
    aliases: [],
  },
  {
    id: DEMO.cell,
    kind: "SUBORDINATE_CELL",
    name: "Chi bộ Trung tâm Hành chính công tỉnh",
    parent: DEMO.office,
    path: `/${DEMO.bloc}/${DEMO.office}/${DEMO.cell}/`,
    founded_on: "2017",
    // A cell numbers its own resolutions and minutes under "CB" (01-NQ/CB), so the seed's first one works.
    document_code: "CB",
    aliases: [{ id: "demo-alias-pac", name: "Chi bộ PAA Vinh Phuc" }],
  },
  {
    ...ILLUSTRATION_CELL,
    parent: DEMO.office,
    path: `/${DEMO.bloc}/${DEMO.office}/${ILLUSTRATION_CELL.id}/`,
    aliases: [],
  },
];

interface PersonSeed {
  id: string;
  full_name: string;
  party_status: "OFFICIAL" | "PROBATIONARY" | "CANDIDATE";
  admitted_on?: string;
}

const placeholderMembers: PersonSeed[] = Array.from({ length: 10 }, (_, index) => ({
  id: `demo-member-${String(index + 1).padStart(2, "0")}`,
  full_name: `Đảng viên ${String(index + 1).padStart(2, "0")}`,
  party_status: "OFFICIAL",
}));

const members: PersonSeed[] = [
  { id: DEMO.secretary, full_name: "Nguyễn Tiến Hạnh", party_status: "OFFICIAL" },
  ...placeholderMembers,
  // The article's one probationary member, to be proposed for official membership in 2018.
  {
    id: DEMO.probationary,
    full_name: "Đảng viên 11",
    party_status: "PROBATIONARY",
    admitted_on: "2017-06-15",
  },
];

// The article's "01 to 02 outstanding candidates" to admit in 2018.
const candidates = ["Quần chúng ưu tú 01", "Quần chúng ưu tú 02"];

const MEMBERSHIP_START = "2017-01-01";

export function demoDataStatements(): string[] {
  const statements: string[] = [];
  for (const cell of cells) {
    statements.push(
      insert("cells", {
        id: cell.id,
        kind: cell.kind,
        name: cell.name,
        sort_key: foldVietnamese(cell.name),
        search_text: [cell.name, ...cell.aliases.map((alias) => alias.name)].map(foldVietnamese).join(" | "),
        parent_id: cell.parent,
        path: cell.path,
        subtree_cells: cells.filter((other) => other.path.startsWith(cell.path)).length,
        founded_on: cell.founded_on ?? null,
        document_code: cell.document_code ?? null,
        dissolved_on: cell.dissolved_on ?? null,
      }),
      ...cell.aliases.map((alias) =>
        insert("cell_aliases", { id: alias.id, cell_id: cell.id, name: alias.name, kind: "ALIAS" }),
      ),
    );
  }
  statements.push(
    insert("cell_lineage", {
      id: "demo-lineage-pac",
      predecessor_id: DEMO.predecessor,
      successor_id: DEMO.cell,
      kind: "SUCCEEDED",
      occurred_on: "2017",
      note: "Tiền thân là Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư; chuyển thành Chi bộ Trung tâm Hành chính công ngay sau khi UBND tỉnh ban hành văn bản thành lập Trung tâm Hành chính công tỉnh Vĩnh Phúc (2017).",
    }),
    insert("terms", { id: DEMO.term, cell_id: DEMO.cell, starts_on: "2017", ends_on: "2020" }),
  );
  for (const person of members) {
    statements.push(
      insert("people", {
        id: person.id,
        full_name: person.full_name,
        sort_key: personSortKey(person.full_name),
        search_text: foldVietnamese(person.full_name),
        party_status: person.party_status,
        admitted_on: person.admitted_on ?? null,
      }),
      insert("memberships", {
        id: `${person.id}-membership`,
        person_id: person.id,
        cell_id: DEMO.cell,
        started_on: person.admitted_on ?? MEMBERSHIP_START,
        start_reason: person.admitted_on ? "ADMITTED" : "TRANSFERRED_IN",
      }),
    );
  }
  candidates.forEach((fullName, index) => {
    statements.push(
      insert("people", {
        id: `demo-candidate-0${index + 1}`,
        full_name: fullName,
        sort_key: personSortKey(fullName),
        search_text: foldVietnamese(fullName),
        party_status: "CANDIDATE",
        candidate_cell_id: DEMO.cell,
      }),
    );
  });
  statements.push(
    insert("roles", {
      id: "demo-role-secretary",
      person_id: DEMO.secretary,
      cell_id: DEMO.cell,
      role: "SECRETARY",
      term_id: DEMO.term,
      started_on: MEMBERSHIP_START,
    }),
    insert("roles", {
      id: "demo-role-office-committee",
      person_id: DEMO.secretary,
      cell_id: DEMO.office,
      role: "COMMITTEE_MEMBER",
      term_id: null,
      started_on: MEMBERSHIP_START,
    }),
  );
  statements.push(
    ...documentStatements(),
    ...meetingStatements(),
    ...ratingStatements(),
    ...memberFileStatements(),
    ...duesStatements(
      DEMO.cell,
      members.map((person) => ({
        id: person.id,
        from: (person.admitted_on ?? MEMBERSHIP_START).slice(0, 7),
        // Illustrations: the article gives no incomes.
        figure: person.id === DEMO.secretary ? 8_000_000 : 5_000_000,
      })),
    ),
    ...channelStatements(DEMO.bloc, DEMO.cell, DEMO.resolution02, DEMO.draftResolution2027),
  );
  return statements;
}

interface DocumentSeed {
  id: string;
  type: string;
  status: "ISSUED" | "DRAFT";
  number?: [serial: number, typeCode: string, issuerCode: string];
  issuer: { cell: string } | { body: string };
  issuer_term?: number;
  sequence_term?: string;
  title: string;
  summary?: string;
  body?: string;
  issued_on?: string;
  /** For a draft: the day it was written (its place among the documents). */
  drafted_on?: string;
  source: string;
}

const ARTICLE = "Bài “Trung tâm Hành chính công tỉnh tổng kết công tác xây dựng Đảng năm 2017”, 16/01/2018";

const DIRECTIONS_2018 = [
  "Phấn đấu tiếp nhận, giải quyết thủ tục hành chính liên quan đến người dân và doanh nghiệp, trả kết quả giải quyết đúng và trước hạn với tỷ lệ cao nhất có thể.",
  "Nghiêm túc thực hiện Kết luận số 18-KL/TW ngày 22/09/2017 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị 10-CT/TW của Ban Bí thư khoá X “Về nâng cao chất lượng sinh hoạt chi bộ” trong tình hình mới.",
  "Đăng ký và thực hiện xây dựng chi bộ trong sạch vững mạnh năm 2018.",
  "Tiếp tục thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khoá XII) về tăng cường xây dựng, chỉnh đốn Đảng.",
  "Tiếp tục triển khai thực hiện Nghị quyết số 02-NQ/ĐUK ngày 09/11/2016 của Ban Chấp hành Đảng bộ khối (Khoá VI).",
  "Đẩy mạnh công tác phát triển đảng viên: đề nghị xét chuyển đảng chính thức cho 01 đảng viên dự bị và xét kết nạp từ 01 đến 02 quần chúng ưu tú.",
];

const documents: DocumentSeed[] = [
  {
    id: DEMO.foundingDecision,
    type: "DECISION",
    status: "ISSUED",
    number: [45, "QĐ", "ĐU"],
    issuer: { cell: DEMO.office },
    sequence_term: "year:2012",
    title: "Quyết định thành lập Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Vĩnh Phúc",
    issued_on: "2012-12-28",
    source: ARTICLE,
  },
  {
    id: DEMO.directive10,
    type: "DIRECTIVE",
    status: "ISSUED",
    number: [10, "CT", "TW"],
    issuer: { body: "secretariat" },
    issuer_term: 10,
    sequence_term: "khoa:10",
    title: "Về nâng cao chất lượng sinh hoạt chi bộ",
    issued_on: "2007-03-30",
    source: "Ngày ban hành không có trong bài báo (30/03/2007)",
  },
  {
    id: DEMO.conclusion18,
    type: "CONCLUSION",
    status: "ISSUED",
    number: [18, "KL", "TW"],
    issuer: { body: "secretariat" },
    issuer_term: 12,
    sequence_term: "khoa:12",
    title:
      "Về tiếp tục đẩy mạnh thực hiện Chỉ thị 10-CT/TW của Ban Bí thư khóa X “Về nâng cao chất lượng sinh hoạt chi bộ” trong tình hình mới",
    issued_on: "2017-09-22",
    source: ARTICLE,
  },
  {
    id: DEMO.resolution4,
    type: "RESOLUTION",
    status: "ISSUED",
    number: [4, "NQ", "TW"],
    issuer: { body: "central-committee" },
    issuer_term: 12,
    sequence_term: "khoa:12",
    title:
      "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ",
    issued_on: "2016-10-30",
    source: "Số và ngày không có trong bài báo (04-NQ/TW, 30/10/2016)",
  },
  {
    id: DEMO.resolution02,
    type: "RESOLUTION",
    status: "ISSUED",
    number: [2, "NQ", "ĐUK"],
    issuer: { cell: DEMO.bloc },
    issuer_term: 6,
    sequence_term: "year:2016",
    title:
      "Về nâng cao vai trò, hiệu quả lãnh đạo của cấp ủy, chi bộ cơ sở đối với việc thực hiện nhiệm vụ chính trị",
    issued_on: "2016-11-09",
    source: ARTICLE,
  },
  {
    id: DEMO.draftReport,
    type: "REPORT",
    status: "DRAFT",
    issuer: { cell: DEMO.cell },
    title: "Báo cáo tổng kết công tác xây dựng Đảng năm 2017, phương hướng nhiệm vụ năm 2018",
    summary: "Dự thảo, thảo luận và bổ sung tại Hội nghị tổng kết ngày 23/12/2017.",
    body: `Phương hướng nhiệm vụ năm 2018:\n${DIRECTIONS_2018.map((line, index) => `${index + 1}. ${line}`).join("\n")}`,
    source: ARTICLE,
  },
  {
    id: DEMO.draftResolution2027,
    type: "RESOLUTION",
    status: "DRAFT",
    issuer: { cell: DEMO.bloc },
    title: "Dự thảo Nghị quyết về nhiệm vụ công tác xây dựng Đảng năm 2027",
    summary: "Dự thảo lấy ý kiến đảng viên trong Đảng bộ Khối trước khi trình Hội nghị Ban Chấp hành.",
    body:
      "I. Đánh giá kết quả năm 2026.\nII. Mục tiêu, chỉ tiêu năm 2027.\nII.1. 100% chi bộ sinh hoạt định kỳ hằng tháng, " +
      "mỗi quý ít nhất một buổi sinh hoạt chuyên đề.\nII.2. Kết nạp mới ít nhất 3% so với tổng số đảng viên.\n" +
      "III. Nhiệm vụ, giải pháp.",
    drafted_on: "2026-12-01",
    source: "Minh họa: bài báo không có dự thảo này (issue 18, góp ý dự thảo)",
  },
];

function numberOf(seed: DocumentSeed): string | null {
  return seed.number
    ? `${String(seed.number[0]).padStart(2, "0")}-${seed.number[1]}/${seed.number[2]}`
    : null;
}

function documentStatements(): string[] {
  const statements: string[] = [];
  for (const seed of documents) {
    const number = numberOf(seed);
    statements.push(
      insert("documents", {
        id: seed.id,
        type: seed.type,
        status: seed.status,
        number,
        serial: seed.number?.[0] ?? null,
        type_code: seed.number?.[1] ?? null,
        issuer_code: seed.number?.[2] ?? null,
        issuer_cell_id: "cell" in seed.issuer ? seed.issuer.cell : null,
        issuer_body_id: "body" in seed.issuer ? seed.issuer.body : null,
        issuer_term: seed.issuer_term ?? null,
        sequence_term: seed.sequence_term ?? null,
        title: seed.title,
        summary: seed.summary ?? null,
        body: seed.body ?? null,
        issued_on: seed.issued_on ?? null,
        source: seed.source,
        sort_key: seed.issued_on ?? seed.drafted_on ?? "2017-12-23",
      }),
      `INSERT INTO document_search (rowid, number, title, summary, body, reach) SELECT ${SEARCH_ROWID}, ${[
        number ?? "",
        seed.title,
        seed.summary ?? "",
        seed.body ?? "",
      ]
        .map((text) => literal(foldVietnamese(text)))
        .join(
          ", ",
        )}, ${SEARCH_REACH_OF_DOCUMENT} FROM documents WHERE id = ${literal(seed.id)} AND NOT EXISTS (SELECT 1 FROM document_search WHERE rowid = ${SEARCH_ROWID});`,
    );
  }
  const report = documents.find((seed) => seed.id === DEMO.draftReport) as DocumentSeed;
  statements.push(
    insert("document_versions", {
      id: "demo-report-v1",
      document_id: DEMO.draftReport,
      version: 1,
      title: report.title,
      summary: "Dự thảo trình Hội nghị tổng kết.",
      body: report.body ?? null,
      saved_at: "2017-12-20T00:00:00.000Z",
      note: "Dự thảo trình Hội nghị (ngày lưu là giá trị giữ chỗ: bài báo chỉ nói “trước 23/12/2017”).",
    }),
    insert("document_versions", {
      id: "demo-report-v2",
      document_id: DEMO.draftReport,
      version: 2,
      title: report.title,
      summary: report.summary ?? null,
      body: report.body ?? null,
      saved_at: "2017-12-23T10:00:00.000Z",
      note: "Các đảng viên thảo luận, đóng góp ý kiến bổ sung tại Hội nghị ngày 23/12/2017.",
    }),
    `UPDATE cells SET founding_document_id = ${literal(DEMO.foundingDecision)} WHERE id = ${literal(DEMO.predecessor)} AND founding_document_id IS NULL;`,
    insert("document_relations", {
      id: "demo-rel-18-continues-10",
      from_id: DEMO.conclusion18,
      to_id: DEMO.directive10,
      kind: "CONTINUES",
      related_on: "2017-09-22",
      note: "Tiếp tục đẩy mạnh thực hiện Chỉ thị 10-CT/TW.",
    }),
  );
  for (const target of [DEMO.conclusion18, DEMO.resolution4, DEMO.resolution02]) {
    statements.push(
      insert("document_relations", {
        id: `demo-rel-report-implements-${target}`,
        from_id: DEMO.draftReport,
        to_id: target,
        kind: "IMPLEMENTS",
        related_on: "2017-12-23",
        note: "Phương hướng nhiệm vụ năm 2018.",
      }),
      insert("implementation_assignments", {
        id: `demo-assignment-${target}`,
        document_id: target,
        cell_id: DEMO.cell,
        assigned_by_cell_id: DEMO.office,
        status: "IN_PROGRESS",
        report_document_id: DEMO.draftReport,
        note: "Phương hướng nhiệm vụ năm 2018 của Chi bộ.",
      }),
    );
  }
  return statements;
}

/** Vietnam is UTC+7 all year: a local time on a day, as a UTC instant. */
function localInstant(day: string, time: string): string {
  return new Date(Date.parse(`${day}T${time}:00+07:00`)).toISOString();
}

function meeting(
  row: Record<string, Value> & { id: string; meeting_date: string; start: string; end: string },
) {
  const { start, end, ...rest } = row;
  const startsAt = localInstant(row.meeting_date, start);
  const endsAt = localInstant(row.meeting_date, end);
  return insert("meetings", {
    ...rest,
    cell_id: DEMO.cell,
    status: "HELD",
    scheduled_start: startsAt,
    scheduled_end: endsAt,
    actual_start: startsAt,
    actual_end: endsAt,
  });
}

/**
 * The seed's 2017 meetings. The article gives the review's day (23/12/2017) and says the congress was held in
 * 2017 and regular meetings every month; the other days and all the hours are placeholders (README).
 */
function meetingStatements(): string[] {
  const statements: string[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const id = `demo-meeting-regular-2017-${String(month).padStart(2, "0")}`;
    statements.push(
      meeting({
        id,
        kind: "REGULAR",
        title: `Sinh hoạt chi bộ định kỳ tháng ${month}/2017`,
        meeting_date: `2017-${String(month).padStart(2, "0")}-05`,
        start: "14:00",
        end: "16:00",
      }),
      insert("agenda_items", {
        id: `${id}-item-1`,
        meeting_id: id,
        position: 1,
        kind: "MEMBER_RATING",
        title:
          "Đánh giá kết quả công tác của đảng viên trong tháng trên cơ sở hiệu quả thực hiện nhiệm vụ chuyên môn",
      }),
    );
  }
  statements.push(
    meeting({
      id: DEMO.congress,
      kind: "CONGRESS",
      title: "Đại hội Chi bộ Trung tâm Hành chính công tỉnh nhiệm kỳ 2017-2020",
      meeting_date: "2017-03-15",
      start: "08:00",
      end: "11:30",
    }),
    insert("agenda_items", {
      id: `${DEMO.congress}-item-1`,
      meeting_id: DEMO.congress,
      position: 1,
      kind: "ELECTION",
      title: "Bầu Bí thư Chi bộ nhiệm kỳ 2017-2020",
    }),
    `UPDATE terms SET elected_at_meeting_id = ${literal(DEMO.congress)} WHERE id = ${literal(DEMO.term)} AND elected_at_meeting_id IS NULL;`,
    meeting({
      id: DEMO.review,
      kind: "ANNUAL_REVIEW",
      title: "Hội nghị tổng kết công tác xây dựng Đảng năm 2017",
      meeting_date: "2017-12-23",
      start: "08:00",
      end: "11:00",
      chair_person_id: DEMO.secretary,
    }),
  );
  const agenda: [string, string][] = [
    [
      "REPORT_DISCUSSION",
      "Thảo luận, đóng góp ý kiến bổ sung vào Dự thảo Báo cáo tổng kết công tác xây dựng Đảng năm 2017, phương hướng nhiệm vụ năm 2018",
    ],
    ["SELF_CRITICISM_REVIEW", "Kiểm điểm tập thể và cá nhân đảng viên"],
    ["MEMBER_RATING", "Đánh giá xếp loại đảng viên trong Chi bộ"],
    ["MEETING_QUALITY_RATING", "Đánh giá xếp loại chất lượng sinh hoạt chi bộ năm 2017"],
  ];
  agenda.forEach(([kind, title], index) => {
    statements.push(
      insert("agenda_items", {
        id: `${DEMO.review}-item-${index + 1}`,
        meeting_id: DEMO.review,
        position: index + 1,
        kind,
        title,
        covered: 1,
      }),
    );
  });
  statements.push(
    insert("agenda_item_documents", {
      agenda_item_id: `${DEMO.review}-item-1`,
      document_id: DEMO.draftReport,
    }),
  );
  for (const person of members) {
    statements.push(
      insert("attendance", {
        meeting_id: DEMO.review,
        person_id: person.id,
        status: "PRESENT",
        source: "SECRETARY",
        recorded_at: localInstant("2017-12-23", "11:00"),
      }),
      insert("attendance_history", {
        id: `${DEMO.review}-attendance-${person.id}`,
        meeting_id: DEMO.review,
        person_id: person.id,
        status: "PRESENT",
        source: "SECRETARY",
        recorded_at: localInstant("2017-12-23", "11:00"),
      }),
    );
  }
  const officials = members.filter((person) => person.party_status === "OFFICIAL").length;
  statements.push(
    insert("meeting_decisions", {
      id: `${DEMO.review}-decision-1`,
      meeting_id: DEMO.review,
      position: 1,
      motion:
        "Đề nghị Đảng ủy cấp trên công nhận xếp loại tập thể Chi bộ đạt Chi bộ trong sạch vững mạnh năm 2017",
      votes_for: officials,
      votes_against: 0,
      votes_abstain: 0,
      members_who_count: officials,
    }),
  );
  return statements;
}

/**
 * The seed's 2017 ratings (scheme 27-HD/BTCTW): at the review of 23/12/2017 the cell proposed every member "good"
 * or better, two of them — the article does not say who; here the placeholders 01 and 02 — "excellent" for the
 * superior committee to recognize, and proposed itself "clean and strong". The 2018 targets are the article's
 * directions.
 */
function ratingStatements(): string[] {
  const statements: string[] = [];
  const recordedAt = localInstant("2017-12-23", "11:00");
  for (const person of members) {
    const excellent = person.id === "demo-member-01" || person.id === "demo-member-02";
    const ratingId = `demo-rating-2017-${person.id}`;
    statements.push(
      insert("ratings", {
        id: ratingId,
        subject: "MEMBER",
        person_id: person.id,
        cell_id: DEMO.cell,
        year: 2017,
        scheme_id: "scheme-2014",
      }),
      insert("rating_stages", {
        id: `${ratingId}-proposal`,
        rating_id: ratingId,
        sequence: 1,
        stage: "PROPOSAL",
        level_code: excellent ? "EXCELLENT" : "GOOD",
        comment: excellent
          ? "Đề nghị Đảng ủy cấp trên công nhận đủ tư cách, hoàn thành xuất sắc nhiệm vụ"
          : null,
        meeting_id: DEMO.review,
        recorded_at: recordedAt,
      }),
    );
  }
  statements.push(
    insert("ratings", {
      id: "demo-rating-2017-cell",
      subject: "ORGANIZATION",
      cell_id: DEMO.cell,
      year: 2017,
      scheme_id: "scheme-2014",
    }),
    insert("rating_stages", {
      id: "demo-rating-2017-cell-self",
      rating_id: "demo-rating-2017-cell",
      sequence: 1,
      stage: "SELF",
      level_code: "CLEAN_STRONG",
      comment:
        "Thống nhất đề nghị Đảng ủy cấp trên công nhận xếp loại tập thể Chi bộ đạt Chi bộ trong sạch vững mạnh",
      meeting_id: DEMO.review,
      recorded_at: recordedAt,
    }),
    insert("annual_targets", {
      cell_id: DEMO.cell,
      year: 2018,
      admissions_min: 1,
      admissions_max: 2,
      recognitions: 1,
      registered_level_code: "EXCELLENT",
      registered_label: "Chi bộ trong sạch vững mạnh năm 2018",
      document_ids: JSON.stringify([DEMO.conclusion18, DEMO.resolution4, DEMO.resolution02]),
      tasks: JSON.stringify([DIRECTIONS_2018[0]]),
    }),
  );
  return statements;
}
