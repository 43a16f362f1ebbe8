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

/** How a meeting's status reads in a calendar app (RFC 5545 3.8.1.11). */
const EVENT_STATUS = {
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

export interface CalendarEvent {
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string | null;
  status: (typeof EVENT_STATUS)[MeetingStatus];
  /** Raised with every change, so that subscribed apps take the new times (RFC 5545 3.8.7.4). */
  sequence: number;
  lastModified: string;
}

/** A meeting as its cell's members see it in their calendar: held meetings at their actual times. */
export function calendarEventOf(meeting: CalendarMeeting, cellName: string): CalendarEvent {
  return {
    start: meeting.actual_start ?? meeting.scheduled_start,
    end: meeting.actual_end ?? meeting.scheduled_end,
    summary: meeting.title,
    description: `${MEETING_KIND_LABELS[meeting.kind]} — ${cellName}`,
    location: meeting.location,
    status: EVENT_STATUS[meeting.status],
    sequence: meeting.version,
    lastModified: meeting.updated_at,
  };
}
