import ical, { escape as escapeText, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { type CalendarMeeting, calendarEventOf } from "../domain/calendar";

/**
 * A cell's meetings as an iCalendar (RFC 5545) feed that calendar apps on phones subscribe to. ical-generator writes
 * the text: escaping, CRLF line ends, lines folded within 75 octets without splitting a UTF-8 sequence.
 */
export function meetingsCalendar(
  cellName: string,
  meetings: readonly CalendarMeeting[],
  host: string,
  now: Date,
): string {
  const calendar = ical({
    // ical-generator writes the calendar's name as given: a TEXT value still needs its commas and semicolons escaped.
    name: escapeText(cellName, false),
    prodId: { company: "Chibo", product: "Meetings", language: "VI" },
    method: ICalCalendarMethod.PUBLISH,
    x: [{ key: "X-WR-TIMEZONE", value: "Asia/Ho_Chi_Minh" }],
  });
  for (const meeting of meetings) {
    const event = calendarEventOf(meeting, cellName);
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      stamp: now,
      start: new Date(event.start),
      end: new Date(event.end),
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: ICalEventStatus[event.status],
      sequence: event.sequence,
      lastModified: new Date(event.lastModified),
    });
  }
  // Every content line ends with CRLF (RFC 5545 3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
