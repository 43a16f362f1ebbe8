import type { AttendanceStatus } from "../domain/meetings";
import { type PartyStatus, periodCovers } from "../domain/membership";
import { chunks, type Database, jsonRows, questionMarks, rowsWhereIn } from "./database";
import type { PersonRow } from "./people";

/** Who was expected at meetings and what was recorded of them: attendance, its history, the year's runs. */

/**
 * An expected attendee of a meeting (a member of its cell on its day): their whole person row (which fills the person
 * loader) and their current record at the meeting, if any.
 */
export interface AttendeeRow extends PersonRow {
  meeting_id: string;
  person_id: string;
  party_status: PartyStatus;
  admitted_on: string | null;
  official_on: string | null;
  status: AttendanceStatus | null;
  source: "CHECK_IN" | "SECRETARY" | null;
  recorded_by: string | null;
  recorded_at: string | null;
  note: string | null;
  /** 1 when an exemption from Party activities covers the meeting's day. */
  exempted: 0 | 1;
}

export interface AttendanceHistoryRow {
  id: string;
  meeting_id: string;
  person_id: string;
  status: AttendanceStatus;
  source: "CHECK_IN" | "SECRETARY";
  recorded_by: string | null;
  recorded_at: string;
  note: string | null;
}

export function attendanceHistoryByMeetingIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<AttendanceHistoryRow>(db, "attendance_history", "meeting_id", ids, "recorded_at, id");
}

/** A membership `ms` that covers the day of meeting `m` (memberships are half-open: [started_on, ended_on)). */
const MEMBER_ON_MEETING_DAY =
  "ms.started_on <= m.meeting_date AND (ms.ended_on IS NULL OR ms.ended_on > m.meeting_date)";

/** Meeting `m` was held in a year whose first and last days are bound as ?2 and ?3. */
const HELD_IN_YEAR = "m.status = 'HELD' AND m.meeting_date >= ?2 AND m.meeting_date <= ?3";

/** What a meeting's figures need of each expected attendee: their standing on the day and their record. */
export type AttendeeStandingRow = Pick<
  AttendeeRow,
  "meeting_id" | "person_id" | "party_status" | "admitted_on" | "official_on" | "status"
>;

/** Expected attendees of meetings, `columns` of each: one statement per chunk of meetings, one round trip. */
async function expectedAttendees<Row>(db: Database, meetingIds: readonly string[], columns: string) {
  const statements = chunks(meetingIds).map((chunk) =>
    db.prepare(
      `SELECT ${columns}
       FROM meetings m
       JOIN memberships ms ON ms.cell_id = m.cell_id AND ${MEMBER_ON_MEETING_DAY}
       JOIN people p ON p.id = ms.person_id
       LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = p.id
       WHERE m.id IN (${questionMarks(chunk.length)})
       ORDER BY m.id, p.sort_key, p.id`,
      chunk,
    ),
  );
  return (await db.readBatch<Row>(statements)).flat();
}

/** Expected attendees of meetings with their person rows and whole records (the attendance list). */
export function attendeesOfMeetings(db: Database, meetingIds: readonly string[]): Promise<AttendeeRow[]> {
  return expectedAttendees<AttendeeRow>(
    db,
    meetingIds,
    `p.*, m.id AS meeting_id, p.id AS person_id, a.status, a.source, a.recorded_by, a.recorded_at, a.note,
     EXISTS (SELECT 1 FROM exemptions e WHERE e.person_id = p.id AND e.from_on <= m.meeting_date
       AND (e.until_on IS NULL OR e.until_on > m.meeting_date)) AS exempted`,
  );
}

/**
 * Expected attendees' standings and records only (a meeting's figures, for a page of meetings): the members of the
 * meetings' cells with their standings are read once, not once per meeting, and each meeting's records by its key —
 * three statements in one round trip — and joined here on the meeting's day by the domain's rule (`periodCovers`,
 * which MEMBER_ON_MEETING_DAY spells in SQL).
 */
export async function attendeeStandingsOfMeetings(
  db: Database,
  meetingIds: readonly string[],
): Promise<AttendeeStandingRow[]> {
  const ids = JSON.stringify(meetingIds);
  const [meetings, members, records] = await Promise.all([
    db.all<{ id: string; cell_id: string; meeting_date: string }>(
      "SELECT id, cell_id, meeting_date FROM meetings WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
      [ids],
    ),
    db.all<Omit<AttendeeStandingRow, "meeting_id" | "status"> & MembershipSpan>(
      `SELECT ms.cell_id, ms.started_on, ms.ended_on, p.id AS person_id, p.party_status, p.admitted_on, p.official_on
       FROM memberships ms JOIN people p ON p.id = ms.person_id
       WHERE ms.cell_id IN (SELECT cell_id FROM meetings WHERE id IN (SELECT value FROM json_each(?1)))
       ORDER BY p.sort_key, p.id`,
      [ids],
    ),
    db.all<{ meeting_id: string; person_id: string; status: AttendanceStatus }>(
      "SELECT meeting_id, person_id, status FROM attendance WHERE meeting_id IN (SELECT value FROM json_each(?1))",
      [ids],
    ),
  ]);
  const recorded = new Map(
    records.map((record) => [`${record.meeting_id}/${record.person_id}`, record.status]),
  );
  return meetings.flatMap((meeting) =>
    members
      .filter(
        (member) =>
          member.cell_id === meeting.cell_id &&
          periodCovers({ from: member.started_on, until: member.ended_on }, meeting.meeting_date),
      )
      .map(({ cell_id: _cell, started_on: _from, ended_on: _until, ...member }) => ({
        ...member,
        meeting_id: meeting.id,
        status: recorded.get(`${meeting.id}/${member.person_id}`) ?? null,
      })),
  );
}

/** Where and when a membership ran (memberships are half-open: [started_on, ended_on)). */
interface MembershipSpan {
  cell_id: string;
  started_on: string;
  ended_on: string | null;
}

export interface RegularAttendanceRow {
  cell_id: string;
  person_id: string;
  meeting_date: string;
  status: AttendanceStatus | null;
}

/**
 * Each member's record at the held regular meetings of a cell in a year, in date order: what the "absent three times
 * in a row" criterion of each meeting reads, up to that meeting's day.
 */
export function regularAttendanceOfYear(db: Database, cellId: string, year: string) {
  return db.all<RegularAttendanceRow>(
    `SELECT m.cell_id, ms.person_id, m.meeting_date, a.status
     FROM meetings m
     JOIN memberships ms ON ms.cell_id = m.cell_id AND ${MEMBER_ON_MEETING_DAY}
     LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = ms.person_id
     WHERE m.cell_id = ?1 AND m.kind = 'REGULAR' AND ${HELD_IN_YEAR}
     ORDER BY ms.person_id, m.meeting_date, m.id`,
    [cellId, `${year}-01-01`, `${year}-12-31`],
  );
}

/** What one attendee's record says; the meeting, source, recorder and time are the write's. */
export interface AttendanceEntry {
  /** The history row's id. */
  id: string;
  person_id: string;
  status: AttendanceStatus;
  note: string | null;
}

/**
 * Records attendees' statuses and appends them to the history, so that no correction erases the one before: two
 * statements for any number of attendees (each statement of a batch costs D1 and the Worker a result to handle).
 */
export function recordAttendance(
  db: Database,
  write: Pick<AttendanceHistoryRow, "meeting_id" | "source" | "recorded_by" | "recorded_at">,
  entries: readonly AttendanceEntry[],
) {
  const binds = [
    write.meeting_id,
    write.source,
    write.recorded_by,
    write.recorded_at,
    JSON.stringify(entries),
  ];
  const rows = `(SELECT ${jsonRows("e", ["id", "person_id", "status", "note"])} FROM json_each(?5) e)`;
  return [
    db.prepare(
      `INSERT INTO attendance (meeting_id, person_id, status, source, recorded_by, recorded_at, note)
       SELECT ?1, person_id, status, ?2, ?3, ?4, note FROM ${rows} WHERE true
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, source = excluded.source,
         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, note = excluded.note`,
      binds,
    ),
    db.prepare(
      `INSERT INTO attendance_history (id, meeting_id, person_id, status, source, recorded_by, recorded_at, note)
       SELECT id, ?1, person_id, status, ?2, ?3, ?4, note FROM ${rows}`,
      binds,
    ),
  ];
}

/** The first held meeting of a cell, on or after a day, at which a person's attendance is recorded. */
export function recordedAttendanceFrom(db: Database, cellId: string, personId: string, day: string) {
  return db.first<{ title: string; meeting_date: string }>(
    `SELECT m.title, m.meeting_date FROM meetings m
     WHERE m.cell_id = ?1 AND m.meeting_date >= ?3 AND m.status = 'HELD'
       AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.person_id = ?2)
     ORDER BY m.meeting_date LIMIT 1`,
    [cellId, personId, day],
  );
}
