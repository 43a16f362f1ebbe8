import type { InvitationResponse } from "../domain/invitations";
import { type Database, rowsWhereIn, upsertRow } from "./database";
import type { MeetingRow } from "./meetings";

/** Answers to meeting invitations (migration 0065). */

export interface MeetingAnswerRow {
  meeting_id: string;
  person_id: string;
  response: InvitationResponse;
  reason: string | null;
  answered_at: string;
}

export function answersByMeetingIds(db: Database, meetingIds: readonly string[]) {
  return rowsWhereIn<MeetingAnswerRow>(
    db,
    "meeting_answers",
    "meeting_id",
    meetingIds,
    "meeting_id, answered_at",
  );
}

/** A later answer replaces the person's earlier one (they changed their mind before the meeting). */
export function saveAnswer(db: Database, row: MeetingAnswerRow) {
  return upsertRow(
    db,
    "meeting_answers",
    ["meeting_id", "person_id"],
    ["meeting_id", "person_id", "response", "reason", "answered_at"],
    row,
  );
}

/** The scheduled meetings of some cells from a day on, soonest first: a member's invitations. */
export function upcomingMeetingsOf(db: Database, cellIds: readonly string[], from: string) {
  return db.all<MeetingRow>(
    `SELECT m.* FROM json_each(?1) c JOIN meetings m ON m.cell_id = c.value AND m.meeting_date >= ?2
     WHERE m.status = 'SCHEDULED'
     ORDER BY m.meeting_date, m.scheduled_start, m.id LIMIT 50`,
    [JSON.stringify(cellIds), from],
  );
}

/** The scheduled meetings a person is a guest of, from a day on, soonest first. */
export function guestMeetingsOf(db: Database, personId: string, from: string) {
  return db.all<MeetingRow>(
    `SELECT m.* FROM meeting_guests g JOIN meetings m ON m.id = g.meeting_id AND m.meeting_date >= ?2
     WHERE g.person_id = ?1 AND m.status = 'SCHEDULED'
     ORDER BY m.meeting_date, m.scheduled_start, m.id LIMIT 50`,
    [personId, from],
  );
}
