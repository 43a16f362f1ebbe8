// Announcements of the last year (issue 18): the province writes to all its members four times, each district
// committee six times, each basic cell to its members every other month; seven recipients in ten read each, two
// acknowledge. Delivered as publishing delivers (src/db/announcements.ts): one row per member of the sender's subtree
// on the day. Drawn from their own generator, so the data and fixtures drawn before stay as they were; their counts
// and the inboxes are filled afterwards from their views (scripts/rollups-rebuild.sql).
import { pad2 } from "./calendar.mjs";
import { isCell, YEARS } from "./organizations.mjs";
import { Random } from "./random.mjs";

const YEAR = YEARS.at(-1);
const PER_YEAR = { province: 4, district: 6, cell: 6 };

/** The province's notices, newest last: the benchmark follows the last one down the tree. */
export function writeAnnouncements(organizations, province, loader, seed) {
  const random = new Random(seed + 29);
  const senders = [
    ...Array.from({ length: PER_YEAR.province }, () => province),
    ...organizations.all
      .filter((organization) => organization.flavor === "district")
      .flatMap((district) => Array.from({ length: PER_YEAR.district }, () => district)),
    ...organizations
      .activeCells()
      .filter(isCell)
      .flatMap((cell) => Array.from({ length: PER_YEAR.cell }, () => cell)),
  ];
  const announce = loader.database.prepare(
    `INSERT INTO announcements
       (id, kind, sender_cell_id, audience, title, body, acknowledge_by, published_on, published_by, created_at)
     VALUES (?1, 'NOTICE', ?2, 'MEMBERS', ?3, ?4, ?5, ?6, NULL, ?7)`,
  );
  // Who reads is drawn from the person's ID and the announcement's place: the same rows on every run.
  const deliver = loader.database.prepare(
    `INSERT INTO announcement_deliveries (announcement_id, person_id, cell_id, sent_at, read_at, acknowledged_at)
     SELECT ?1, person_id, cell_id, ?3,
       CASE WHEN (unicode(substr(person_id, -1)) + unicode(substr(person_id, -2, 1)) + ?4) % 10 < 7 THEN ?5 END,
       CASE WHEN (unicode(substr(person_id, -1)) + unicode(substr(person_id, -2, 1)) + ?4) % 10 < 2 THEN ?5 END
     FROM (SELECT m.person_id, MIN(m.cell_id) AS cell_id
           FROM cells c JOIN memberships m ON m.cell_id = c.id AND m.started_on <= ?6
             AND (m.ended_on IS NULL OR m.ended_on > ?6)
           WHERE c.path >= ?2 AND c.path < ?2 || '~' GROUP BY m.person_id)`,
  );
  const pathOf = loader.database.prepare("SELECT path FROM cells WHERE id = ?1");
  const provinceNotices = [];
  senders.forEach((sender, index) => {
    const month = random.int(1, 11);
    const day = `${YEAR}-${pad2(month)}-${pad2(random.int(1, 28))}`;
    const sentAt = `${day}T02:00:00.000Z`;
    const readAt = `${YEAR}-${pad2(month + 1)}-01T03:00:00.000Z`;
    const id = random.id();
    announce.run(
      id,
      sender.id,
      `Thông báo số ${index + 1}/${YEAR}`,
      "Đề nghị các đồng chí đảng viên thực hiện.",
      index % 3 === 0 ? `${YEAR}-${pad2(month + 1)}-15` : null,
      day,
      sentAt,
    );
    deliver.run(id, pathOf.get(sender.id).path, sentAt, index, readAt, day);
    if (sender === province) provinceNotices.push({ id, sentAt });
  });
  return provinceNotices.sort((a, b) => a.sentAt.localeCompare(b.sentAt)).at(-1).id;
}
