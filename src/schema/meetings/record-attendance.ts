import { builder } from "../../builder";
import type { Context } from "../../context";
import { recordAttendance } from "../../db/attendance";
import { newId, nowIso } from "../../db/database";
import type { MeetingRow } from "../../db/meetings";
import { principalPerson } from "../../domain/grants";
import {
  assertAttendanceOpen,
  assertAttendanceRecordable,
  assertCheckInOpen,
  assertOwnCellMeeting,
} from "../../domain/meetings";
import { type AttendanceEntry, statusUnderExemption, withOthersPresent } from "../../domain/quorum";
import { defineMutation } from "../common/mutations";
import { PersonRef } from "../people/refs";
import { attendeeRowsOf, attendeeStandingsOf, attendeesOf } from "./attendance";
import { meetingOrRefuse, reloadMeeting, writesMeeting } from "./meeting-writes";
import { AttendanceStatusEnum, MeetingRef } from "./refs";

/** Attendance recorded by the secretary, or by each member checking in. */

const AttendanceEntryInput = builder.inputType("AttendanceEntryInput", {
  description: "One attendee's status.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    status: t.field({ type: AttendanceStatusEnum, required: true, description: "Their status." }),
    note: t.string({ description: "Reason or note (e.g. the approved reason of an absence)." }),
  }),
});

async function writeAttendance(
  context: Context,
  meeting: MeetingRow,
  given: readonly AttendanceEntry[],
  source: "CHECK_IN" | "SECRETARY",
  othersPresent = false,
) {
  if (source === "SECRETARY") assertAttendanceOpen(meeting.scheduled_start, new Date());
  const attendees = await attendeesOf(meeting, context);
  const expected = new Set(attendees.map((attendee) => attendee.person_id));
  assertAttendanceRecordable(
    meeting.status,
    given.map((entry) => entry.personId),
    expected,
  );
  const standings = attendees.map((attendee) => ({ ...attendee, exempted: attendee.exempted === 1 }));
  const exempted = new Set(
    standings.filter((attendee) => attendee.exempted).map((attendee) => attendee.personId),
  );
  const entries = (othersPresent ? withOthersPresent(given, standings) : given).map((entry) => ({
    ...entry,
    status: statusUnderExemption(entry.status, exempted.has(entry.personId)),
  }));
  const recordedAt = nowIso();
  await context.db.write([
    context.db.guardVersion("meetings", meeting.id, meeting.version),
    ...recordAttendance(
      context.db,
      {
        meeting_id: meeting.id,
        source,
        recorded_by: context.viewer?.personId ?? null,
        recorded_at: recordedAt,
      },
      entries.map((entry) => ({
        id: newId(),
        person_id: entry.personId,
        status: entry.status,
        note: entry.note,
      })),
    ),
  ]);
  // The answer is the meeting with its attendance and figures: all are read again in one round trip.
  attendeeRowsOf(meeting.id, context).catch(() => undefined);
  attendeeStandingsOf(meeting, context).catch(() => undefined);
  return reloadMeeting(context, meeting.id);
}

defineMutation("recordAttendance", {
  description: "The secretary records or corrects attendance; every record and correction is kept.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
    entries: t.field({ type: [AttendanceEntryInput], required: true, description: "Statuses to record." }),
    othersPresent: t.boolean({
      description:
        "Also records every other expected attendee who has no record yet as present (“everyone present except " +
        "…”); records already made are kept.",
    }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting with its attendance." },
  authorize: (input, context) => writesMeeting(input.meetingId.id, context),
  run: async (input, context) => {
    const meeting = await meetingOrRefuse(context, input.meetingId.id);
    return writeAttendance(
      context,
      meeting,
      input.entries.map((entry) => ({
        personId: entry.personId.id,
        status: entry.status,
        note: entry.note?.trim() || null,
      })),
      "SECRETARY",
      input.othersPresent ?? false,
    );
  },
});

defineMutation("checkIn", {
  description: "A member checks themselves in from a phone, while their own cell's meeting runs.",
  inputFields: (t) => ({
    meetingId: t.globalID({ for: MeetingRef, required: true, description: "The meeting." }),
  }),
  output: { field: "meeting", type: MeetingRef, description: "The meeting." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const personId = principalPerson(
      context.viewer?.personId,
      {
        vi: "Token của đồng chí không gắn với người nào (chủ thể của token) để điểm danh.",
        en: "Your token names no person (its subject) to check in.",
      },
      ["meetingId"],
    );
    const meeting = await context.loaders.meeting.load(input.meetingId.id);
    const expected = meeting
      ? (await attendeesOf(meeting, context)).some((attendee) => attendee.person_id === personId)
      : false;
    assertOwnCellMeeting(meeting, expected);
    assertCheckInOpen(
      {
        status: meeting.status,
        scheduledStart: meeting.scheduled_start,
        scheduledEnd: meeting.scheduled_end,
        actualEnd: meeting.actual_end,
      },
      new Date(),
    );
    return writeAttendance(context, meeting, [{ personId, status: "PRESENT", note: null }], "CHECK_IN");
  },
});
