import { describe, expect, it } from "vitest";
import {
  agendaItemTitle,
  assertAgendaSize,
  assertAttendanceOpen,
  assertAttendanceRecordable,
  assertCheckInOpen,
  assertCongressElects,
  assertGuestCount,
  assertHeld,
  assertHeldFacts,
  assertInstantOrder,
  assertMembersWhoSpoke,
  assertOfficersAttend,
  assertOwnCellMeeting,
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type CheckInWindow,
  gradeOfScale,
  guestName,
  localDateOf,
  MAX_AGENDA_ITEMS,
  MAX_ATTENDANCE_ENTRIES,
  MAX_GUESTS,
  meetingTitle,
  minutesBetween,
  motionText,
  qualityScale,
  toUtc,
} from "../../src/domain/meetings";
import { expectRefusal } from "./refusal-helpers";

describe("localDateOf", () => {
  it("is the day in Vietnam (UTC+7), which starts at 17:00 UTC the day before", () => {
    expect(localDateOf("2017-12-22T17:30:00.000Z")).toBe("2017-12-23");
    expect(localDateOf("2017-12-22T17:00:00.000Z")).toBe("2017-12-23");
    expect(localDateOf("2017-12-22T16:59:59Z")).toBe("2017-12-22");
  });

  it("reads instants given with an offset", () => {
    expect(localDateOf("2024-05-06T23:30:00+07:00")).toBe("2024-05-06");
    expect(localDateOf("2024-05-06T00:10:00+07:00")).toBe("2024-05-06");
  });

  it("crosses a year boundary", () => {
    expect(localDateOf("2023-12-31T18:00:00Z")).toBe("2024-01-01");
  });
});

describe("minutesBetween", () => {
  it("counts the minutes from start to end", () => {
    expect(minutesBetween("2024-05-06T07:00:00Z", "2024-05-06T08:30:00Z")).toBe(90);
    expect(minutesBetween("2024-05-06T07:00:00Z", "2024-05-06T07:00:00Z")).toBe(0);
  });

  it("is negative when the end is before the start", () => {
    expect(minutesBetween("2024-05-06T07:10:00Z", "2024-05-06T07:00:00Z")).toBe(-10);
  });

  it("compares instants given in different offsets", () => {
    expect(minutesBetween("2024-05-06T14:00:00+07:00", "2024-05-06T09:00:00Z")).toBe(120);
  });

  it("rounds to the nearest minute", () => {
    expect(minutesBetween("2024-05-06T07:00:00Z", "2024-05-06T07:00:29Z")).toBe(0);
    expect(minutesBetween("2024-05-06T07:00:00Z", "2024-05-06T07:00:31Z")).toBe(1);
  });
});

describe("toUtc", () => {
  it("stores an instant in UTC whatever its offset", () => {
    expect(toUtc("2024-05-06T14:00:00+07:00")).toBe("2024-05-06T07:00:00.000Z");
    expect(toUtc("2024-05-06T03:00:00+07:00")).toBe("2024-05-05T20:00:00.000Z");
  });

  it("keeps a UTC instant, with milliseconds", () => {
    expect(toUtc("2024-05-06T07:00:00Z")).toBe("2024-05-06T07:00:00.000Z");
  });
});

describe("assertInstantOrder", () => {
  const start = "2024-05-06T07:00:00Z";

  it("accepts an end after the start", () => {
    expect(() => assertInstantOrder(start, "2024-05-06T07:00:01Z", ["end"])).not.toThrow();
  });

  it("accepts a missing end", () => {
    expect(() => assertInstantOrder(start, null, ["end"])).not.toThrow();
    expect(() => assertInstantOrder(start, undefined, ["end"])).not.toThrow();
  });

  it("refuses an end equal to the start", () => {
    const problem = expectRefusal(
      () => assertInstantOrder(start, start, ["input", "end"]),
      "INVALID_DATE_RANGE",
    );
    expect(problem.field).toEqual(["input", "end"]);
  });

  it("refuses an end before the start", () => {
    expectRefusal(() => assertInstantOrder(start, "2024-05-06T06:59:59Z", ["end"]), "INVALID_DATE_RANGE");
  });

  it("compares instants, not strings, across offsets", () => {
    // 13:30 in Vietnam is 06:30 UTC: before the start although the string sorts after it.
    expectRefusal(
      () => assertInstantOrder(start, "2024-05-06T13:30:00+07:00", ["end"]),
      "INVALID_DATE_RANGE",
    );
    expect(() =>
      assertInstantOrder("2024-05-06T14:00:00+07:00", "2024-05-06T07:30:00Z", ["end"]),
    ).not.toThrow();
  });
});

describe("assertCheckInOpen", () => {
  const meeting: CheckInWindow = {
    status: "SCHEDULED",
    scheduledStart: "2024-05-06T07:00:00.000Z",
    scheduledEnd: "2024-05-06T08:30:00.000Z",
    actualEnd: null,
  };
  const at = (iso: string) => new Date(iso);

  it("opens 30 minutes before the scheduled start", () => {
    expect(CHECK_IN_OPENS_MINUTES_BEFORE).toBe(30);
    expect(() => assertCheckInOpen(meeting, at("2024-05-06T06:30:00.000Z"))).not.toThrow();
  });

  it("is closed 31 minutes before the start", () => {
    const problem = expectRefusal(
      () => assertCheckInOpen(meeting, at("2024-05-06T06:29:00.000Z")),
      "CHECK_IN_CLOSED",
    );
    expect(problem.field).toEqual(["meetingId"]);
    expect(problem.message).toContain("2024-05-06T06:30:00.000Z");
    expect(problem.message).toContain("2024-05-06T08:30:00.000Z");
  });

  it("is open during the meeting and until its scheduled end", () => {
    expect(() => assertCheckInOpen(meeting, at("2024-05-06T07:45:00.000Z"))).not.toThrow();
    expect(() => assertCheckInOpen(meeting, at("2024-05-06T08:30:00.000Z"))).not.toThrow();
  });

  it("closes after the scheduled end", () => {
    expectRefusal(() => assertCheckInOpen(meeting, at("2024-05-06T08:31:00.000Z")), "CHECK_IN_CLOSED");
  });

  it("runs until the actual end when the meeting ran late", () => {
    const late = { ...meeting, status: "HELD" as const, actualEnd: "2024-05-06T09:00:00.000Z" };
    expect(() => assertCheckInOpen(late, at("2024-05-06T08:45:00.000Z"))).not.toThrow();
    expect(() => assertCheckInOpen(late, at("2024-05-06T09:00:00.000Z"))).not.toThrow();
    expectRefusal(() => assertCheckInOpen(late, at("2024-05-06T09:01:00.000Z")), "CHECK_IN_CLOSED");
  });

  it("closes at the actual end when the meeting ended early", () => {
    const early = { ...meeting, status: "HELD" as const, actualEnd: "2024-05-06T08:00:00.000Z" };
    expect(() => assertCheckInOpen(early, at("2024-05-06T07:59:00.000Z"))).not.toThrow();
    expectRefusal(() => assertCheckInOpen(early, at("2024-05-06T08:15:00.000Z")), "CHECK_IN_CLOSED");
  });

  it("refuses check-in to a cancelled or postponed meeting, even within its hours", () => {
    const during = at("2024-05-06T07:15:00.000Z");
    const cancelled = expectRefusal(
      () => assertCheckInOpen({ ...meeting, status: "CANCELLED" }, during),
      "MEETING_NOT_RUNNING",
    );
    expect(cancelled.field).toEqual(["meetingId"]);
    expect(cancelled.message).toContain("cancelled");
    const postponed = expectRefusal(
      () => assertCheckInOpen({ ...meeting, status: "POSTPONED" }, during),
      "MEETING_NOT_RUNNING",
    );
    expect(postponed.message).toContain("postponed");
  });
});

describe("assertHeldFacts", () => {
  const times = { actualStart: "2024-05-06T07:00:00.000Z", actualEnd: "2024-05-06T08:30:00.000Z" };
  const LATER = new Date("2024-05-07T00:00:00Z");

  it("accepts a held meeting with its actual start and end", () => {
    expect(() => assertHeldFacts("HELD", times, LATER)).not.toThrow();
  });

  it("refuses a held meeting without its actual start", () => {
    const problem = expectRefusal(
      () => assertHeldFacts("HELD", { ...times, actualStart: null }, LATER),
      "ACTUAL_TIMES_REQUIRED",
    );
    expect(problem.field).toEqual(["actualStart"]);
  });

  it("refuses a held meeting without its actual end", () => {
    expectRefusal(
      () => assertHeldFacts("HELD", { ...times, actualEnd: null }, LATER),
      "ACTUAL_TIMES_REQUIRED",
    );
    expectRefusal(
      () => assertHeldFacts("HELD", { actualStart: null, actualEnd: null }, LATER),
      "ACTUAL_TIMES_REQUIRED",
    );
  });

  it("does not ask for actual times of a meeting not held", () => {
    const none = { actualStart: null, actualEnd: null };
    expect(() => assertHeldFacts("SCHEDULED", none, LATER)).not.toThrow();
    expect(() => assertHeldFacts("POSTPONED", none, LATER)).not.toThrow();
    expect(() => assertHeldFacts("CANCELLED", none, LATER)).not.toThrow();
  });

  it("refuses a meeting recorded as held before it is over, with a few minutes' slack for clocks", () => {
    const during = new Date("2024-05-06T08:00:00Z");
    expect(expectRefusal(() => assertHeldFacts("HELD", times, during), "NOT_YET_HAPPENED").field).toEqual([
      "actualEnd",
    ]);
    const before = new Date("2024-05-06T06:00:00Z");
    expect(expectRefusal(() => assertHeldFacts("HELD", times, before), "NOT_YET_HAPPENED").field).toEqual([
      "actualStart",
    ]);
    expect(() => assertHeldFacts("HELD", times, new Date("2024-05-06T08:26:00Z"))).not.toThrow();
  });
});

describe("assertAttendanceOpen", () => {
  it("opens attendance half an hour before the start, and refuses it earlier", () => {
    const start = "2024-05-06T07:00:00.000Z";
    expect(() => assertAttendanceOpen(start, new Date("2024-05-06T06:30:00Z"))).not.toThrow();
    expectRefusal(() => assertAttendanceOpen(start, new Date("2024-05-06T06:29:00Z")), "NOT_YET_HAPPENED");
  });
});

describe("what a meeting's record must hold", () => {
  it("keeps a title, trimmed, and refuses a blank one", () => {
    expect(meetingTitle("  Sinh hoạt tháng 5 ")).toBe("Sinh hoạt tháng 5");
    expect(expectRefusal(() => meetingTitle("   "), "INVALID_TITLE").field).toEqual(["title"]);
  });

  it("takes up to 30 agenda items, each with a title", () => {
    expect(() => assertAgendaSize(MAX_AGENDA_ITEMS)).not.toThrow();
    expectRefusal(() => assertAgendaSize(MAX_AGENDA_ITEMS + 1), "TOO_MANY_ITEMS");
    expect(agendaItemTitle(" Kiểm điểm ", 0)).toBe("Kiểm điểm");
    expect(expectRefusal(() => agendaItemTitle("", 2), "INVALID_TITLE").field).toEqual([
      "agenda",
      "2",
      "title",
    ]);
  });

  it("names a guest by the name given, else by the person, and refuses a guest with neither", () => {
    expect(() => assertGuestCount(MAX_GUESTS)).not.toThrow();
    expectRefusal(() => assertGuestCount(MAX_GUESTS + 1), "TOO_MANY_GUESTS");
    expect(guestName(" Đồng chí Ba ", "Nguyễn Văn Ba", 0)).toBe("Đồng chí Ba");
    expect(guestName("  ", "Nguyễn Văn Ba", 0)).toBe("Nguyễn Văn Ba");
    expect(expectRefusal(() => guestName(null, null, 1), "INVALID_NAME").field).toEqual([
      "guests",
      "1",
      "name",
    ]);
  });

  it("lets a member or a guest chair, and only a member take the minutes", () => {
    const members = new Set(["member"]);
    expect(() =>
      assertOfficersAttend({ chairId: "guest", secretaryId: "member" }, members, ["guest"]),
    ).not.toThrow();
    const chair = expectRefusal(
      () => assertOfficersAttend({ chairId: "stranger", secretaryId: null }, members, []),
      "NOT_AN_ATTENDEE",
    );
    expect(chair.field).toEqual(["chairId"]);
    const noteTaker = expectRefusal(
      () => assertOfficersAttend({ chairId: null, secretaryId: "guest" }, members, ["guest"]),
      "NOT_AN_ATTENDEE",
    );
    expect(noteTaker.field).toEqual(["secretaryId"]);
  });

  it("counts members who spoke from 0 to 1,000", () => {
    expect(() => assertMembersWhoSpoke(null)).not.toThrow();
    expect(() => assertMembersWhoSpoke(0)).not.toThrow();
    expectRefusal(() => assertMembersWhoSpoke(-1), "INVALID_COUNT");
    expectRefusal(() => assertMembersWhoSpoke(1001), "INVALID_COUNT");
  });

  it("records decisions of held meetings only, with their motion", () => {
    expect(() => assertHeld("HELD", { vi: "trước", en: "first" })).not.toThrow();
    expect(
      expectRefusal(
        () => assertHeld("SCHEDULED", { vi: "Hãy ghi đã họp.", en: "Record it held." }),
        "MEETING_NOT_HELD",
      ).message,
    ).toBe("Record it held.");
    expect(motionText(" Thông qua nghị quyết ")).toBe("Thông qua nghị quyết");
    expectRefusal(() => motionText(" "), "INVALID_MOTION");
  });
});

describe("assertCongressElects", () => {
  const congress = { kind: "CONGRESS" as const, status: "HELD" as const, cellId: "cell" };

  it("links a term to a held congress of its own organization", () => {
    expect(() => assertCongressElects(congress, { cellId: "cell" })).not.toThrow();
  });

  it("refuses another kind of meeting, another organization's term, a congress not yet held", () => {
    expectRefusal(
      () => assertCongressElects({ ...congress, kind: "REGULAR" }, { cellId: "cell" }),
      "NOT_A_CONGRESS",
    );
    expectRefusal(() => assertCongressElects(congress, { cellId: "other" }), "TERM_MISMATCH");
    expectRefusal(
      () => assertCongressElects({ ...congress, status: "SCHEDULED" }, { cellId: "cell" }),
      "MEETING_NOT_HELD",
    );
  });
});

describe("qualityScale and gradeOfScale", () => {
  const grades = [
    { code: " good ", label: " Tốt " },
    { code: "FAIR", label: "Khá" },
  ];

  it("normalizes the codes and ranks the grades best first", () => {
    expect(qualityScale(grades)).toEqual([
      { code: "GOOD", label: "Tốt", rank: 1 },
      { code: "FAIR", label: "Khá", rank: 2 },
    ]);
  });

  it("refuses too few or too many grades, a bad code, a missing label, a code twice", () => {
    expectRefusal(() => qualityScale(grades.slice(0, 1)), "INVALID_SCALE");
    expectRefusal(
      () => qualityScale(Array.from({ length: 11 }, (_, rank) => ({ code: `G${rank}`, label: "x" }))),
      "INVALID_SCALE",
    );
    expectRefusal(() => qualityScale([...grades, { code: "1ST", label: "x" }]), "INVALID_SCALE");
    expectRefusal(() => qualityScale([...grades, { code: "POOR", label: " " }]), "INVALID_SCALE");
    expectRefusal(() => qualityScale([...grades, { code: "Good", label: "Tốt nữa" }]), "INVALID_SCALE");
  });

  it("finds a grade by its code whatever the case, and lists the scale when it does not", () => {
    const scale = qualityScale(grades);
    expect(gradeOfScale(scale, " fair ").label).toBe("Khá");
    expect(gradeOfScale(scale, "khá").code).toBe("FAIR");
    expect(gradeOfScale(scale, "Tot").code).toBe("GOOD");
    expect(expectRefusal(() => gradeOfScale(scale, "EXCELLENT"), "GRADE_NOT_IN_SCALE").message).toContain(
      "GOOD “Tốt”, FAIR “Khá”",
    );
  });
});

describe("assertAttendanceRecordable", () => {
  const expected = new Set(["a", "b"]);

  it("takes the expected attendees of a meeting that takes place", () => {
    expect(() => assertAttendanceRecordable("SCHEDULED", ["a", "b"], expected)).not.toThrow();
  });

  it("refuses a cancelled meeting, too many entries, and someone not expected (naming the entry)", () => {
    expectRefusal(() => assertAttendanceRecordable("CANCELLED", ["a"], expected), "MEETING_CANCELLED");
    expectRefusal(
      () => assertAttendanceRecordable("HELD", Array(MAX_ATTENDANCE_ENTRIES + 1).fill("a"), expected),
      "TOO_MANY_ENTRIES",
    );
    const stranger = expectRefusal(
      () => assertAttendanceRecordable("HELD", ["a", "z"], expected),
      "NOT_AN_ATTENDEE",
    );
    expect(stranger.field).toEqual(["entries", "1", "personId"]);
  });

  it("lets a member check in only to a meeting of their own cell", () => {
    expect(() => assertOwnCellMeeting({ id: "m" }, true)).not.toThrow();
    expectRefusal(() => assertOwnCellMeeting({ id: "m" }, false), "NOT_AN_ATTENDEE");
    expectRefusal(() => assertOwnCellMeeting(null, true), "NOT_AN_ATTENDEE");
  });
});
