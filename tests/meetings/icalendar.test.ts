import { describe, expect, it } from "vitest";
import { meetingsCalendar } from "../../src/routes/icalendar";
import { calendarMeeting } from "../domain/calendar-fixtures";

const NOW = new Date("2026-12-01T03:04:05.678Z");
const HOST = "chibo.example.vn";

/** The logical lines of a feed: unfolded (RFC 5545 3.1) and split on CRLF. */
function unfoldedLines(feed: string): string[] {
  return feed.replace(/\r\n /g, "").split("\r\n");
}

/** The value of the first unfolded line with this property name. */
function property(feed: string, name: string): string | undefined {
  const line = unfoldedLines(feed).find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

const encoder = new TextEncoder();

describe("meetingsCalendar", () => {
  it("writes a calendar with one event per meeting", () => {
    const feed = meetingsCalendar(
      "Chi bộ Khu phố 3",
      [calendarMeeting(), calendarMeeting({ id: "meeting-2" })],
      HOST,
      NOW,
    );
    const lines = unfoldedLines(feed);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("X-WR-CALNAME:Chi bộ Khu phố 3");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(2);
    expect(lines).toContain(`UID:meeting-1@${HOST}`);
    expect(lines).toContain(`UID:meeting-2@${HOST}`);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(lines.at(-1)).toBe("");
  });

  it("writes an empty calendar without events", () => {
    const feed = meetingsCalendar("Chi bộ 1", [], HOST, NOW);
    expect(feed).not.toContain("BEGIN:VEVENT");
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("ends every line with CRLF and has no bare LF or CR", () => {
    const feed = meetingsCalendar(
      "Chi bộ 1",
      [calendarMeeting({ title: "Dòng một\nDòng hai\r\nDòng ba" })],
      HOST,
      NOW,
    );
    expect(feed.endsWith("\r\n")).toBe(true);
    expect(feed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes times in UTC basic format", () => {
    const feed = meetingsCalendar("Chi bộ 1", [calendarMeeting()], HOST, NOW);
    expect(property(feed, "DTSTART")).toBe("20261205T070000Z");
    expect(property(feed, "DTEND")).toBe("20261205T093000Z");
    expect(property(feed, "DTSTAMP")).toBe("20261201T030405Z");
    expect(property(feed, "LAST-MODIFIED")).toBe("20261120T081500Z");
    expect(property(feed, "SEQUENCE")).toBe("3");
  });

  it("uses the actual times of a held meeting", () => {
    const feed = meetingsCalendar(
      "Chi bộ 1",
      [
        calendarMeeting({
          status: "HELD",
          actual_start: "2026-12-05T14:10:00+07:00",
          actual_end: "2026-12-05T17:05:00+07:00",
        }),
      ],
      HOST,
      NOW,
    );
    expect(property(feed, "DTSTART")).toBe("20261205T071000Z");
    expect(property(feed, "DTEND")).toBe("20261205T100500Z");
    expect(property(feed, "STATUS")).toBe("CONFIRMED");
  });

  it.each([
    ["SCHEDULED", "CONFIRMED"],
    ["HELD", "CONFIRMED"],
    ["POSTPONED", "TENTATIVE"],
    ["CANCELLED", "CANCELLED"],
  ] as const)("writes a %s meeting with STATUS %s", (status, expected) => {
    const feed = meetingsCalendar("Chi bộ 1", [calendarMeeting({ status })], HOST, NOW);
    expect(property(feed, "STATUS")).toBe(expected);
  });

  it("escapes commas, semicolons, backslashes and newlines in SUMMARY and LOCATION", () => {
    const feed = meetingsCalendar(
      "Chi bộ 1",
      [
        calendarMeeting({
          title: "Họp chi bộ, tháng 12; báo cáo C:\\tài liệu\nphần 2",
          location: "Phòng 2, tầng 3; nhà A\\B\r\nphường 1",
        }),
      ],
      HOST,
      NOW,
    );
    expect(property(feed, "SUMMARY")).toBe("Họp chi bộ\\, tháng 12\\; báo cáo C:\\\\tài liệu\\nphần 2");
    expect(property(feed, "LOCATION")).toBe("Phòng 2\\, tầng 3\\; nhà A\\\\B\\nphường 1");
  });

  it("writes the kind and the cell in DESCRIPTION, escaped", () => {
    const feed = meetingsCalendar("Chi bộ 1, Khu phố 3", [calendarMeeting({ kind: "THEMATIC" })], HOST, NOW);
    expect(property(feed, "DESCRIPTION")).toBe("Sinh hoạt chuyên đề — Chi bộ 1\\, Khu phố 3");
    expect(property(feed, "X-WR-CALNAME")).toBe("Chi bộ 1\\, Khu phố 3");
  });

  it("leaves LOCATION out when the meeting has none", () => {
    const feed = meetingsCalendar("Chi bộ 1", [calendarMeeting({ location: null })], HOST, NOW);
    expect(property(feed, "LOCATION")).toBeUndefined();
  });

  describe("folding", () => {
    // 200 characters, most of them two or three octets in UTF-8, with characters that need escaping.
    const title =
      "Nghị quyết về công tác xây dựng, chỉnh đốn Đảng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh — "
        .repeat(2)
        .slice(0, 200);
    const feed = meetingsCalendar(
      "Chi bộ Khu phố 3",
      [calendarMeeting({ title, location: title })],
      HOST,
      NOW,
    );
    const physicalLines = feed.split("\r\n").slice(0, -1);

    it("uses a 200-character title", () => {
      expect([...title]).toHaveLength(200);
      expect(encoder.encode(title).length).toBeGreaterThan(200);
    });

    it("keeps every line within 75 octets", () => {
      for (const line of physicalLines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    });

    it("folds long lines with CRLF and a space", () => {
      const continuations = physicalLines.filter((line) => line.startsWith(" "));
      expect(continuations.length).toBeGreaterThanOrEqual(6);
      const summaryStart = physicalLines.findIndex((line) => line.startsWith("SUMMARY:"));
      expect(encoder.encode(physicalLines[summaryStart] ?? "").length).toBeGreaterThan(70);
      expect(physicalLines[summaryStart + 1]?.startsWith(" ")).toBe(true);
    });

    it("gives back the escaped original when the folded lines are re-joined", () => {
      const escaped = title.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,");
      expect(unfoldedLines(feed)).toContain(`SUMMARY:${escaped}`);
      expect(unfoldedLines(feed)).toContain(`LOCATION:${escaped}`);
    });

    it("does not fold short lines", () => {
      const short = meetingsCalendar("Chi bộ 1", [calendarMeeting()], HOST, NOW);
      expect(short).not.toContain("\r\n ");
    });
  });
});

describe("a lone carriage return", () => {
  it("is escaped like a newline, never left bare in a line", () => {
    const text = meetingsCalendar(
      "Chi bộ",
      [
        {
          id: "m1",
          kind: "REGULAR",
          status: "SCHEDULED",
          title: "a\rb",
          location: null,
          scheduled_start: "2026-12-05T07:00:00.000Z",
          scheduled_end: "2026-12-05T09:00:00.000Z",
          actual_start: null,
          actual_end: null,
          version: 1,
          updated_at: "2026-11-01T00:00:00.000Z",
        },
      ],
      "chibo.test",
      new Date("2026-11-27T00:00:00Z"),
    );
    expect(text).toContain("SUMMARY:a\\nb\r\n");
    expect(text.replace(/\r\n/g, "")).not.toContain("\r");
  });
});
