import type { MeetingKind, MeetingStatus } from "./meetings";
import { MEETING_KIND_LABELS } from "./meetings";

/** Feed tokens are 32 random bytes, base64url; only their SHA-256 is stored. */
export function newFeedToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export async function hashFeedToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function calendarFeedPath(cellId: string, token: string, tenantKey: string | null = null): string {
  return `/cells/${encodeURIComponent(cellId)}/meetings.ics?token=${token}${tenantKey ? `&tenant=${tenantKey}` : ""}`;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in text values. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (currentBytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function utcStamp(instant: string): string {
  return new Date(Date.parse(instant))
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const STATUS = {
  SCHEDULED: "CONFIRMED",
  HELD: "CONFIRMED",
  POSTPONED: "TENTATIVE",
  CANCELLED: "CANCELLED",
} as const;

export interface CalendarMeeting {
  id: string;
  kind: MeetingKind;
  status: MeetingStatus;
  title: string;
  location: string | null;
  scheduled_start: string;
  scheduled_end: string;
  actual_start: string | null;
  actual_end: string | null;
  version: number;
  updated_at: string;
}

/** A cell's meetings as an iCalendar (RFC 5545) feed that calendar apps on phones subscribe to. */
export function meetingsCalendar(
  cellName: string,
  meetings: readonly CalendarMeeting[],
  host: string,
  now: Date,
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Chibo//Meetings//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cellName)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  for (const meeting of meetings) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${meeting.id}@${host}`,
      `DTSTAMP:${utcStamp(now.toISOString())}`,
      `DTSTART:${utcStamp(meeting.actual_start ?? meeting.scheduled_start)}`,
      `DTEND:${utcStamp(meeting.actual_end ?? meeting.scheduled_end)}`,
      `SUMMARY:${escapeText(meeting.title)}`,
      `DESCRIPTION:${escapeText(`${MEETING_KIND_LABELS[meeting.kind]} — ${cellName}`)}`,
      ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
      `STATUS:${STATUS[meeting.status]}`,
      `SEQUENCE:${meeting.version}`,
      `LAST-MODIFIED:${utcStamp(meeting.updated_at)}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
