import type { CalendarMeeting } from "../../src/domain/calendar";

/** A scheduled meeting as the calendar reads it, for the calendar's rule and writer tests. */
export function calendarMeeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: "meeting-1",
    kind: "REGULAR",
    status: "SCHEDULED",
    title: "Sinh hoạt chi bộ tháng 12",
    location: "Hội trường UBND phường",
    scheduled_start: "2026-12-05T14:00:00+07:00",
    scheduled_end: "2026-12-05T16:30:00+07:00",
    actual_start: null,
    actual_end: null,
    version: 3,
    updated_at: "2026-11-20T08:15:00.000Z",
    ...overrides,
  };
}
