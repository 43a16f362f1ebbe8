import { builder } from "../../builder";
import type { Context } from "../../context";
import {
  type AttendanceHistoryRow,
  type AttendeeRow,
  attendanceHistoryByMeetingIds,
  attendeeStandingsOfMeetings,
  attendeesOfMeetings,
  type RegularAttendanceRow,
  regularAttendanceOfYear,
} from "../../db/attendance";
import type { MeetingRow } from "../../db/meetings";
import { partyStatusOn } from "../../domain/membership";
import {
  type Attendee,
  REPEATED_ABSENCE_RUN,
  type summarizeAttendance,
  trailingAbsenceRun,
} from "../../domain/quorum";
import { labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { personReference } from "../people/refs";
import { PartyStatusEnum } from "../people/types";
import { AttendanceStatusEnum } from "./refs";

/** Who was expected at a meeting, their records and corrections, and the figures drawn from them. */

/** The loader key of a cell's year: "<cell id>/<year>" (ids hold no slash). */
const cellYearKey = (cellId: string, day: string) => `${cellId}/${day.slice(0, 4)}`;

/**
 * How many members the viewer may read stood at three or more absences in a row on a regular meeting's day: each member's records at the
 * cell's held regular meetings of the year up to that day. A cell's year is read once, whatever the number of its
 * meetings asking (reading it per meeting would grow with the square of a year's meetings).
 */
export async function membersAbsentThreeInARowOn(meeting: MeetingRow, context: Context): Promise<number> {
  const records = await context.loaders
    .grouped(
      "regularAttendanceOfYear",
      (keys) =>
        Promise.all(
          keys.map((key) => {
            const [cellId = "", year = ""] = key.split("/");
            return regularAttendanceOfYear(context.db, cellId, year);
          }),
        ).then((perKey) => perKey.flat()),
      (row) => cellYearKey(row.cell_id, row.meeting_date),
    )
    .load(cellYearKey(meeting.cell_id, meeting.meeting_date));
  // Each member's statuses stay in date order, as read.
  const statusesByPerson = new Map<string, RegularAttendanceRow["status"][]>();
  for (const record of records.filter((row) => row.meeting_date <= meeting.meeting_date)) {
    const statuses = statusesByPerson.get(record.person_id) ?? [];
    statuses.push(record.status);
    statusesByPerson.set(record.person_id, statuses);
  }
  const absentees = [...statusesByPerson.entries()]
    .filter(([, statuses]) => trailingAbsenceRun(statuses) >= REPEATED_ABSENCE_RUN)
    .map(([personId]) => personId);
  // A count in a message is of people the viewer may read, like any list: nothing hidden is counted.
  const readable = await Promise.all(absentees.map((personId) => context.access.canReadPerson(personId)));
  return readable.filter(Boolean).length;
}

/** A meeting's expected attendees with their records, read with the other loads of the moment. */
export const attendeeRowsOf = listByKey("attendees", attendeesOfMeetings, (row) => row.meeting_id);

const attendeeStandingRowsOf = listByKey(
  "attendeeStandings",
  attendeeStandingsOfMeetings,
  (row) => row.meeting_id,
);

const attendanceHistoryOf = listByKey(
  "attendanceHistory",
  attendanceHistoryByMeetingIds,
  (entry) => entry.meeting_id,
);

export async function attendeesOf(
  meeting: MeetingRow,
  context: Context,
): Promise<(AttendeeRow & Attendee)[]> {
  const rows = await attendeeRowsOf(meeting.id, context);
  // The cell's members on the meeting's day: whoever reads the meeting reads them (its cell is on their line), and
  // their person rows came with them.
  context.access.vouchForPeople(rows.map((row) => row.person_id));
  for (const row of rows) context.loaders.person.prime(row.person_id, row);
  return rows.map((row) => ({
    ...row,
    personId: row.person_id,
    partyStatus: partyStatusOn(
      { partyStatus: row.party_status, admittedOn: row.admitted_on, officialOn: row.official_on },
      meeting.meeting_date,
    ),
  }));
}

/** The expected attendees' standing on the meeting's day and records, without their person rows: for figures. */
export async function attendeeStandingsOf(meeting: MeetingRow, context: Context): Promise<Attendee[]> {
  const rows = await attendeeStandingRowsOf(meeting.id, context);
  return rows.map((row) => ({
    personId: row.person_id,
    status: row.status,
    partyStatus: partyStatusOn(
      { partyStatus: row.party_status, admittedOn: row.admitted_on, officialOn: row.official_on },
      meeting.meeting_date,
    ),
  }));
}

type AttendanceEntry = AttendeeRow & Attendee & { history?: AttendanceHistoryRow[] };

export const AttendanceCorrectionRef = builder.objectRef<AttendanceHistoryRow>("AttendanceRecord").implement({
  description: "One record of an attendee's status: a check-in or an entry or correction by the secretary.",
  fields: (t) => ({
    status: t.expose("status", { type: AttendanceStatusEnum, description: "Status recorded." }),
    source: t.exposeString("source", { description: "CHECK_IN (by the member) or SECRETARY." }),
    recordedBy: personReference.optional(
      t,
      "Who recorded it, where the token named a person.",
      (row) => row.recorded_by,
    ),
    recordedAt: t.expose("recorded_at", { type: "DateTime", description: "When." }),
    note: t.exposeString("note", { nullable: true, description: "Reason or note." }),
  }),
});

export const AttendanceRef = builder.objectRef<AttendanceEntry>("Attendance").implement({
  description: "An expected attendee (a member of the cell on the meeting's day) and their record.",
  fields: (t) => ({
    person: personReference.required(t, "The member.", (row) => row.person_id),
    partyStatusThen: t.expose("partyStatus", {
      type: PartyStatusEnum,
      description: "Their standing on the meeting's day (official or probationary).",
    }),
    ...labelledFields(
      t,
      "status",
      AttendanceStatusEnum,
      "Present, absent with or without reason, exempted; null while not recorded.",
      (row) => row.status,
      { nullable: true },
    ),
    note: t.exposeString("note", { nullable: true, description: "Reason or note." }),
    exempted: t.boolean({
      description:
        "Exempted from Party activities on the meeting's day (recordExemption): absent, recorded as exempted.",
      resolve: (row) => row.exempted === 1,
    }),
    history: t.field({
      type: [AttendanceCorrectionRef],
      description: "Every record and correction, oldest first.",
      resolve: async (row, _args, context) =>
        (await attendanceHistoryOf(row.meeting_id, context)).filter(
          (entry) => entry.person_id === row.person_id,
        ),
    }),
  }),
});

interface Counts {
  present: number;
  absentExcused: number;
  absentUnexcused: number;
  exempted: number;
  notRecorded: number;
}

const CountsRef = builder.objectRef<Counts>("AttendanceCounts").implement({
  description: "Attendees by status.",
  fields: (t) => ({
    present: t.exposeInt("present", { description: "Present." }),
    absentExcused: t.exposeInt("absentExcused", { description: "Absent with an approved reason." }),
    absentUnexcused: t.exposeInt("absentUnexcused", { description: "Absent without reason." }),
    exempted: t.exposeInt("exempted", { description: "Exempted from activity." }),
    notRecorded: t.exposeInt("notRecorded", { description: "Not recorded yet." }),
  }),
});

export const AttendanceSummaryRef = builder
  .objectRef<ReturnType<typeof summarizeAttendance>>("AttendanceSummary")
  .implement({
    description: "Attendance figures of a meeting, computed from the records (src/domain/quorum.ts).",
    fields: (t) => ({
      expected: t.exposeInt("expected", { description: "Members of the cell on the meeting's day." }),
      all: t.expose("all", { type: CountsRef, description: "All expected attendees." }),
      official: t.expose("official", { type: CountsRef, description: "Official members." }),
      probationary: t.expose("probationary", { type: CountsRef, description: "Probationary members." }),
      attendanceRate: t.exposeFloat("attendanceRate", {
        nullable: true,
        description: "Present over expected minus exempted (0–1).",
      }),
      membersWhoCount: t.exposeInt("membersWhoCount", {
        description:
          "Denominator of a vote (Quy định 24-QĐ/TW 9.3.2): official members, less exempted and excused absentees.",
      }),
      voters: t.exposeInt("voters", { description: "Official members present: who may vote." }),
    }),
  });
