/**
 * The channel in the demo (issue 18): the seed cell's next regular meeting with its members' answers (five attending,
 * two excused, the others still to answer), the bloc committee's notice asking members to read its Resolution 02 again
 * before the year's reviews — half of the seed cell has read it, a few have acknowledged — and its study of the same
 * resolution, under way: a few members have recorded the day and a reflection; and the committee's draft resolution
 * for 2027 open for comments, three of the seed cell's members having commented. All are illustrations; the article
 * has none of them. Their counts and the inboxes are written from their definitions (0059's views), as publishing and
 * reading would have kept them.
 */

import { insert, literal } from "./demo-sql";

const NOTICE = "demo-announcement-resolution-02";
const STUDY = "demo-study-resolution-02";

interface DemoAnnouncement {
  id: string;
  kind: "NOTICE" | "STUDY";
  title: string;
  body: string;
  acknowledgeBy: string;
  publishedOn: string;
  /** How many of the seed cell's members have read it, and acknowledged (for a study: recorded) it. */
  read: number;
  acknowledged: number;
}

const ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    id: NOTICE,
    kind: "NOTICE",
    title: "Ôn lại Nghị quyết 02-NQ/ĐUK trước kiểm điểm cuối năm",
    body:
      "Đề nghị các đồng chí đảng viên đọc lại Nghị quyết số 02-NQ/ĐUK về nâng cao vai trò lãnh đạo của cấp ủy, " +
      "chi bộ cơ sở, liên hệ với nhiệm vụ của mình trước buổi kiểm điểm, và xác nhận đã đọc thông báo này.",
    acknowledgeBy: "2026-12-20",
    publishedOn: "2026-12-01",
    read: 6,
    acknowledged: 3,
  },
  {
    id: STUDY,
    kind: "STUDY",
    title: "Học tập, quán triệt Nghị quyết 02-NQ/ĐUK",
    body: "Các đồng chí nghiên cứu nghị quyết, viết bài thu hoạch liên hệ với công việc của mình.",
    acknowledgeBy: "2026-12-31",
    publishedOn: "2026-11-20",
    read: 8,
    acknowledged: 4,
  },
];

function statementsOf(announcement: DemoAnnouncement, blocId: string, cellId: string, resolutionId: string) {
  const id = literal(announcement.id);
  const sentAt = literal(`${announcement.publishedOn}T02:00:00.000Z`);
  const on = literal(announcement.publishedOn);
  const membersOfCell = (count: number) =>
    `person_id IN (SELECT person_id FROM announcement_deliveries WHERE announcement_id = ${id}
       AND cell_id = ${literal(cellId)} ORDER BY person_id LIMIT ${count})`;
  const doneAt = literal(`${announcement.publishedOn.slice(0, 8)}25T01:35:00.000Z`);
  return [
    insert("announcements", {
      id: announcement.id,
      kind: announcement.kind,
      sender_cell_id: blocId,
      audience: "MEMBERS",
      title: announcement.title,
      body: announcement.body,
      acknowledge_by: announcement.acknowledgeBy,
      published_on: announcement.publishedOn,
      published_by: "demo",
      created_at: `${announcement.publishedOn}T02:00:00.000Z`,
    }),
    insert("announcement_documents", {
      announcement_id: announcement.id,
      document_id: resolutionId,
      position: 0,
    }),
    `INSERT OR IGNORE INTO announcement_deliveries (announcement_id, person_id, cell_id, sent_at)
     SELECT ${id}, m.person_id, MIN(m.cell_id), ${sentAt}
     FROM cells c JOIN memberships m ON m.cell_id = c.id AND m.started_on <= ${on}
       AND (m.ended_on IS NULL OR m.ended_on > ${on})
     WHERE c.path >= (SELECT path FROM cells WHERE id = ${literal(blocId)})
       AND c.path < (SELECT path FROM cells WHERE id = ${literal(blocId)}) || '~'
     GROUP BY m.person_id;`,
    `UPDATE announcement_deliveries SET read_at = ${doneAt}
     WHERE announcement_id = ${id} AND read_at IS NULL AND ${membersOfCell(announcement.read)};`,
    announcement.kind === "STUDY"
      ? `UPDATE announcement_deliveries SET acknowledged_at = ${doneAt}, studied_on = ${literal(`${announcement.publishedOn.slice(0, 8)}25`)},
           reflection = 'Liên hệ: chi bộ cần sinh hoạt chuyên đề đều đặn hơn, mỗi đảng viên nhận một việc cụ thể.'
         WHERE announcement_id = ${id} AND acknowledged_at IS NULL AND ${membersOfCell(announcement.acknowledged)};`
      : `UPDATE announcement_deliveries SET acknowledged_at = ${doneAt}
         WHERE announcement_id = ${id} AND acknowledged_at IS NULL AND ${membersOfCell(announcement.acknowledged)};`,
    `INSERT OR IGNORE INTO announcement_tallies (org_id, announcement_id, sent_at, delivered, read, acknowledged)
     SELECT * FROM announcement_tally_facts WHERE announcement_id = ${id};`,
  ];
}

const NEXT_MEETING = "demo-meeting-regular-2027-01";

/** The seed cell's meeting of January 2027, scheduled, with the answers of seven members. */
function invitationStatements(cellId: string): string[] {
  const members = (offset: number, count: number) =>
    `SELECT person_id FROM memberships WHERE cell_id = ${literal(cellId)} AND ended_on IS NULL
     ORDER BY person_id LIMIT ${count} OFFSET ${offset}`;
  return [
    insert("meetings", {
      id: NEXT_MEETING,
      cell_id: cellId,
      kind: "REGULAR",
      title: "Sinh hoạt chi bộ định kỳ tháng 1/2027",
      status: "SCHEDULED",
      meeting_date: "2027-01-05",
      scheduled_start: "2027-01-05T07:00:00.000Z",
      scheduled_end: "2027-01-05T09:00:00.000Z",
      location: "Phòng họp tầng 2",
    }),
    `INSERT OR IGNORE INTO meeting_answers (meeting_id, person_id, response, reason, answered_at)
     SELECT ${literal(NEXT_MEETING)}, person_id, 'ATTENDING', NULL, '2026-12-03T02:00:00.000Z' FROM (${members(0, 5)});`,
    `INSERT OR IGNORE INTO meeting_answers (meeting_id, person_id, response, reason, answered_at)
     SELECT ${literal(NEXT_MEETING)}, person_id, 'EXCUSED', 'Đi công tác theo kế hoạch của cơ quan', '2026-12-04T02:00:00.000Z'
     FROM (${members(5, 2)});`,
  ];
}

const CONSULTATION = "demo-consultation-resolution-2027";

const COMMENTS: { section: string | null; body: string }[] = [
  {
    section: "II.1",
    body: "Đề nghị ghi rõ chủ đề sinh hoạt chuyên đề của từng quý để các chi bộ chủ động chuẩn bị.",
  },
  {
    section: "II.2",
    body: "Chỉ tiêu 3% là phù hợp với chi bộ có đông quần chúng ưu tú; nên giao theo từng chi bộ.",
  },
  {
    section: null,
    body: "Nhất trí với dự thảo; đề nghị bổ sung nhiệm vụ chuyển đổi số trong sinh hoạt chi bộ.",
  },
  { section: "I", body: "Phần đánh giá nên nêu cả hạn chế về tỷ lệ đảng viên dự sinh hoạt." },
];

/** The committee's draft for 2027, open for comments until the end of January; four comments from three members. */
function consultationStatements(blocId: string, cellId: string, draftId: string): string[] {
  const commenter = (index: number) =>
    `(SELECT person_id FROM memberships WHERE cell_id = ${literal(cellId)} AND ended_on IS NULL
      ORDER BY person_id LIMIT 1 OFFSET ${index % 3})`;
  return [
    `INSERT OR IGNORE INTO draft_consultations
       (id, document_id, version, org_id, title, summary, body, closes_on, opened_on, opened_by, created_at)
     SELECT ${literal(CONSULTATION)}, id, version, ${literal(blocId)}, title, summary, body, '2027-01-31', '2026-12-01',
       'demo', '2026-12-01T02:00:00.000Z'
     FROM documents WHERE id = ${literal(draftId)};`,
    ...COMMENTS.map(
      (comment, index) =>
        `INSERT OR IGNORE INTO draft_comments (id, consultation_id, person_id, cell_id, section, body, created_at)
         SELECT ${literal(`demo-comment-${index + 1}`)}, ${literal(CONSULTATION)}, ${commenter(index)}, ${literal(cellId)},
           ${literal(comment.section)}, ${literal(comment.body)}, ${literal(`2026-12-0${2 + index}T03:00:00.000Z`)}
         WHERE NOT EXISTS (SELECT 1 FROM draft_comments WHERE id = ${literal(`demo-comment-${index + 1}`)});`,
    ),
  ];
}

export function channelStatements(
  blocId: string,
  cellId: string,
  resolutionId: string,
  draftId: string,
): string[] {
  return [
    ...invitationStatements(cellId),
    ...consultationStatements(blocId, cellId, draftId),
    ...ANNOUNCEMENTS.flatMap((announcement) => statementsOf(announcement, blocId, cellId, resolutionId)),
    `INSERT INTO inbox_counts (person_id, received, unread)
     SELECT * FROM inbox_count_facts
     WHERE person_id IN (SELECT person_id FROM announcement_deliveries WHERE announcement_id IN (${literal(NOTICE)}, ${literal(STUDY)}))
     ON CONFLICT DO UPDATE SET received = excluded.received, unread = excluded.unread;`,
  ];
}
