import type { AgendaKind, MeetingKind, MeetingStatus, VoteChoice } from "../domain/meetings";
import { REPEATED_ABSENCE_RUN } from "../domain/quorum";
import { Conditions, onLineOf } from "./conditions";
import { type Bind, type Database, insertRow, nowIso, replaceRows, rowsWhereIn, upsertRow } from "./database";
import type { ListQuery } from "./pages";

/** A meeting as stored; `MeetingContent` is what a write sets. */
export interface MeetingRow extends MeetingContent {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GuestRow {
  id: string;
  meeting_id: string;
  position: number;
  person_id: string | null;
  name: string;
  capacity: string | null;
}

export interface AgendaItemRow {
  id: string;
  meeting_id: string;
  position: number;
  kind: AgendaKind;
  title: string;
  covered: number | null;
}

export interface DecisionRow {
  id: string;
  meeting_id: string;
  position: number;
  motion: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  members_who_count: number;
  version: number;
  voided_at: string | null;
  void_reason: string | null;
}

export interface VoteRow {
  decision_id: string;
  person_id: string;
  choice: VoteChoice;
}

export function meetingsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<MeetingRow>(db, "meetings", "id", ids, "id");
}

export function guestsByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<GuestRow>(db, "meeting_guests", "meeting_id", ids, "position");
}

export function agendaByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AgendaItemRow>(db, "agenda_items", "meeting_id", ids, "position");
}

export function agendaDocumentsByItemIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<{ agenda_item_id: string; document_id: string }>(
    db,
    "agenda_item_documents",
    "agenda_item_id",
    ids,
    "document_id",
  );
}

export function decisionsByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<DecisionRow>(db, "meeting_decisions", "meeting_id", ids, "position");
}

export function votesByDecisionIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<VoteRow>(db, "decision_votes", "decision_id", ids, "person_id");
}

export interface MeetingFilter {
  cellId?: string | null;
  kind?: MeetingKind | null;
  from?: string | null;
  to?: string | null;
  status?: MeetingStatus | null;
}

/** Meetings the viewer may see (cells on the line of their grants), newest first. */
export function meetingListQuery(
  filter: MeetingFilter,
  reader: { everything: boolean; readPaths: readonly string[] },
  byCell: boolean,
): ListQuery {
  const where = new Conditions();
  if (!reader.everything) {
    // Driven from the cells of the line (path index) to their meetings (meetings_by_cell_date).
    const line = onLineOf("mc.path", reader.readPaths);
    where.add(`m.cell_id IN (SELECT mc.id FROM cells mc WHERE ${line.sql})`, ...line.binds);
  }
  if (filter.cellId) where.add("m.cell_id = ?", filter.cellId);
  if (filter.kind) where.add("m.kind = ?", filter.kind);
  if (filter.from) where.add("m.meeting_date >= ?", filter.from);
  if (filter.to) where.add("m.meeting_date <= ?", filter.to);
  if (filter.status) where.add("m.status = ?", filter.status);
  // A whole table when the reader sees everything and no filter is set (each is tested by truthiness above).
  const whole = reader.everything && !byCell && Object.values(filter).every((value) => !value);
  return {
    select: "m.*",
    from: "meetings m",
    where: where.sql,
    binds: where.binds,
    parentColumn: byCell ? "m.cell_id" : null,
    sortKey: "m.meeting_date || m.scheduled_start",
    id: "m.id",
    descending: true,
    total: whole ? "meetings" : undefined,
  };
}

export interface ComplianceRows {
  years: {
    cell_id: string;
    founded_on: string | null;
    dissolved_on: string | null;
    regular_months: number | null;
    thematic_quarters: number | null;
    present: number | null;
    counted: number | null;
  }[];
  absenceRuns: { cell_id: string; person_id: string; longest_run: number }[];
}

/**
 * The year's meeting record of every cell of a subtree (or of some cells) that existed in the year (the root included when it is a
 * cell), from the counters kept on write (migration 0020): a row per cell for its held months and quarters and its
 * attendance, and a row per member whose run of absences reaches REPEATED_ABSENCE_RUN (the partial index holds
 * only those; its literal 3 is that constant). Two statements in one batch, reading a row per cell and per such
 * member, not the meetings or the attendance behind them. The subtree's cells come from its path range (the unary
 * + keeps the kind from choosing cells_by_kind instead).
 */
export async function complianceRows(
  db: Database,
  scope: { subtreePath: string } | { cellIds: readonly string[] },
  year: number,
): Promise<ComplianceRows> {
  const cellsOfScope =
    "subtreePath" in scope ? "path >= ?1 AND path < ?1 || '~'" : "id IN (SELECT value FROM json_each(?1))";
  const cellsOfTree = `FROM cells WHERE ${cellsOfScope}
    AND +kind IN ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
    AND (dissolved_on IS NULL OR dissolved_on > ?2) AND (founded_on IS NULL OR substr(founded_on, 1, 4) <= ?3)`;
  const first = "subtreePath" in scope ? scope.subtreePath : JSON.stringify(scope.cellIds);
  const binds: Bind[] = [first, `${year}-01-01`, String(year)];
  const [years, absenceRuns] = await db.readBatch<never>([
    db.prepare(
      `SELECT c.id AS cell_id, c.founded_on, c.dissolved_on, y.regular_months, y.thematic_quarters, y.present,
         y.counted
       FROM (SELECT id, founded_on, dissolved_on ${cellsOfTree}) c
       LEFT JOIN cell_meeting_years y ON y.cell_id = c.id AND y.year = ?3`,
      binds,
    ),
    db.prepare(
      `SELECT cell_id, person_id, longest_run FROM member_absence_years
       WHERE cell_id IN (SELECT id ${cellsOfTree}) AND year = ?3 AND longest_run >= ${REPEATED_ABSENCE_RUN}`,
      binds,
    ),
  ]);
  return {
    years: years as unknown as ComplianceRows["years"],
    absenceRuns: absenceRuns as unknown as ComplianceRows["absenceRuns"],
  };
}

export function qualityScalesOf(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<{ cell_id: string; grades: string; set_at: string }>(
    db,
    "meeting_quality_scales",
    "cell_id",
    cellIds,
    "cell_id",
  );
}

export function setQualityScale(db: Database, cellId: string, grades: string, setBy: string | null) {
  return upsertRow(db, "meeting_quality_scales", ["cell_id"], ["cell_id", "grades", "set_by", "set_at"], {
    cell_id: cellId,
    grades,
    set_by: setBy,
    set_at: nowIso(),
  });
}

export interface MeetingContent {
  cell_id: string;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
  scheduled_start: string;
  scheduled_end: string;
  meeting_date: string;
  actual_start: string | null;
  actual_end: string | null;
  location: string | null;
  chair_person_id: string | null;
  secretary_person_id: string | null;
  minutes_document_id: string | null;
  resolution_document_id: string | null;
  content_prepared: number | null;
  draft_resolution_prepared: number | null;
  materials_sent_at: string | null;
  members_who_spoke: number | null;
  combined_with_thematic: number;
}

const CONTENT_COLUMNS: (keyof MeetingContent)[] = [
  "cell_id",
  "kind",
  "title",
  "status",
  "scheduled_start",
  "scheduled_end",
  "meeting_date",
  "actual_start",
  "actual_end",
  "location",
  "chair_person_id",
  "secretary_person_id",
  "minutes_document_id",
  "resolution_document_id",
  "content_prepared",
  "draft_resolution_prepared",
  "materials_sent_at",
  "members_who_spoke",
  "combined_with_thematic",
];

export function contentOfMeeting(row: MeetingRow): MeetingContent {
  return Object.fromEntries(
    CONTENT_COLUMNS.map((column) => [column, row[column]]),
  ) as unknown as MeetingContent;
}

export function insertMeeting(db: Database, id: string, content: MeetingContent) {
  return insertRow(db, "meetings", ["id", ...CONTENT_COLUMNS], { ...content, id });
}

export function updateMeeting(db: Database, id: string, content: MeetingContent) {
  return db.prepare(
    `UPDATE meetings SET ${CONTENT_COLUMNS.map((column, i) => `${column} = ?${i + 2}`).join(", ")},
       version = version + 1, updated_at = ?${CONTENT_COLUMNS.length + 2}
     WHERE id = ?1`,
    [id, ...CONTENT_COLUMNS.map((column) => content[column]), nowIso()],
  );
}

export function replaceAgenda(
  db: Database,
  meetingId: string,
  items: readonly (Omit<AgendaItemRow, "meeting_id"> & { documentIds: readonly string[] })[],
) {
  return [
    db.prepare(
      "DELETE FROM agenda_item_documents WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?1)",
      [meetingId],
    ),
    db.prepare("DELETE FROM agenda_items WHERE meeting_id = ?1", [meetingId]),
    ...items.flatMap((item) => [
      insertRow(db, "agenda_items", ["id", "meeting_id", "position", "kind", "title", "covered"], {
        ...item,
        meeting_id: meetingId,
      }),
      ...item.documentIds.map((documentId) =>
        insertRow(db, "agenda_item_documents", ["agenda_item_id", "document_id"], {
          agenda_item_id: item.id,
          document_id: documentId,
        }),
      ),
    ]),
  ];
}

export function replaceGuests(
  db: Database,
  meetingId: string,
  guests: readonly Omit<GuestRow, "meeting_id">[],
) {
  return replaceRows(
    db,
    "meeting_guests",
    "meeting_id",
    meetingId,
    ["id", "meeting_id", "position", "person_id", "name", "capacity"],
    guests,
  );
}

export function insertDecision(
  db: Database,
  row: Omit<DecisionRow, "version" | "voided_at" | "void_reason">,
  votes: readonly VoteRow[],
) {
  return [
    db.prepare(
      `INSERT INTO meeting_decisions (id, meeting_id, position, motion, votes_for, votes_against, votes_abstain,
         members_who_count)
       VALUES (?1, ?2, (SELECT coalesce(MAX(position), 0) + 1 FROM meeting_decisions WHERE meeting_id = ?2), ?3, ?4, ?5, ?6, ?7)`,
      [
        row.id,
        row.meeting_id,
        row.motion,
        row.votes_for,
        row.votes_against,
        row.votes_abstain,
        row.members_who_count,
      ],
    ),
    ...voteInserts(db, votes),
  ];
}

export function voteInserts(db: Database, votes: readonly VoteRow[]) {
  return votes.map((vote) => insertRow(db, "decision_votes", ["decision_id", "person_id", "choice"], vote));
}

export function linkTermToCongress(db: Database, termId: string, meetingId: string | null) {
  return db.prepare("UPDATE terms SET elected_at_meeting_id = ?2 WHERE id = ?1", [termId, meetingId]);
}

export function termsElectedAt(db: Database, meetingIds: readonly string[]) {
  return rowsWhereIn<{ id: string; elected_at_meeting_id: string }>(
    db,
    "terms",
    "elected_at_meeting_id",
    meetingIds,
    "starts_on",
  );
}

/** The meetings a calendar shows: not cancelled, from a year back on. */
export function meetingsForCalendar(db: Database, cellId: string, fromDate: string) {
  return db.all<MeetingRow>(
    "SELECT * FROM meetings WHERE cell_id = ?1 AND meeting_date >= ?2 ORDER BY meeting_date, scheduled_start LIMIT 500",
    [cellId, fromDate],
  );
}

/** Some cells' meetings still scheduled from one day to another, with when their materials went out. */
export function scheduledMeetingsOf(db: Database, cellIds: readonly string[], from: string, until: string) {
  return db.all<{ cell_id: string; title: string; meeting_date: string; materials_sent_at: string | null }>(
    `SELECT cell_id, title, meeting_date, materials_sent_at FROM meetings
     WHERE cell_id IN (SELECT value FROM json_each(?1)) AND meeting_date >= ?2 AND meeting_date <= ?3
       AND status = 'SCHEDULED'
     ORDER BY meeting_date LIMIT ?4`,
    [JSON.stringify(cellIds), from, until, 10 * cellIds.length],
  );
}
