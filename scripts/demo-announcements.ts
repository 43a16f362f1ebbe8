/**
 * An announcement for the demo (issue 18): the bloc committee asks every member of its subtree to study its
 * Resolution 02 again before the year's reviews and to acknowledge it — half of the seed cell has read it, a few have
 * acknowledged. The notice is an illustration; the article has none. Its counts and the inboxes are written from
 * their definitions (0059's views), as publishing and reading would have kept them.
 */

import { insert, literal } from "./demo-sql";

const ANNOUNCEMENT = "demo-announcement-resolution-02";
const SENT_AT = "2026-12-01T02:00:00.000Z";

export function announcementStatements(blocId: string, cellId: string, resolutionId: string): string[] {
  const id = literal(ANNOUNCEMENT);
  const readersOfCell = (count: number) =>
    `person_id IN (SELECT person_id FROM announcement_deliveries WHERE announcement_id = ${id}
       AND cell_id = ${literal(cellId)} ORDER BY person_id LIMIT ${count})`;
  return [
    insert("announcements", {
      id: ANNOUNCEMENT,
      sender_cell_id: blocId,
      audience: "MEMBERS",
      title: "Ôn lại Nghị quyết 02-NQ/ĐUK trước kiểm điểm cuối năm",
      body:
        "Đề nghị các đồng chí đảng viên đọc lại Nghị quyết số 02-NQ/ĐUK về nâng cao vai trò lãnh đạo của cấp ủy, " +
        "chi bộ cơ sở, liên hệ với nhiệm vụ của mình trước buổi kiểm điểm, và xác nhận đã đọc thông báo này.",
      acknowledge_by: "2026-12-20",
      published_on: "2026-12-01",
      published_by: "demo",
      created_at: SENT_AT,
    }),
    insert("announcement_documents", {
      announcement_id: ANNOUNCEMENT,
      document_id: resolutionId,
      position: 0,
    }),
    `INSERT OR IGNORE INTO announcement_deliveries (announcement_id, person_id, cell_id, sent_at)
     SELECT ${id}, m.person_id, MIN(m.cell_id), ${literal(SENT_AT)}
     FROM cells c JOIN memberships m ON m.cell_id = c.id AND m.started_on <= '2026-12-01'
       AND (m.ended_on IS NULL OR m.ended_on > '2026-12-01')
     WHERE c.path >= (SELECT path FROM cells WHERE id = ${literal(blocId)})
       AND c.path < (SELECT path FROM cells WHERE id = ${literal(blocId)}) || '~'
     GROUP BY m.person_id;`,
    `UPDATE announcement_deliveries SET read_at = '2026-12-02T01:30:00.000Z'
     WHERE announcement_id = ${id} AND read_at IS NULL AND ${readersOfCell(6)};`,
    `UPDATE announcement_deliveries SET acknowledged_at = '2026-12-02T01:35:00.000Z'
     WHERE announcement_id = ${id} AND acknowledged_at IS NULL AND ${readersOfCell(3)};`,
    `INSERT OR IGNORE INTO announcement_tallies (org_id, announcement_id, sent_at, delivered, read, acknowledged)
     SELECT * FROM announcement_tally_facts WHERE announcement_id = ${id};`,
    `INSERT INTO inbox_counts (person_id, received, unread)
     SELECT * FROM inbox_count_facts
     WHERE person_id IN (SELECT person_id FROM announcement_deliveries WHERE announcement_id = ${id})
     ON CONFLICT DO UPDATE SET received = excluded.received, unread = excluded.unread;`,
  ];
}
