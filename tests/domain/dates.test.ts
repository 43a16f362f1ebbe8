import { describe, expect, it } from "vitest";
import {
  addMonths,
  assertHasCome,
  assertPeriodOrder,
  comparePartialDates,
  daysOfPartialDate,
  fullYearsBetween,
  instantInVietnam,
  isIsoDate,
  isoFormOfWrittenDate,
  isPartialDate,
  todayInVietnam,
} from "../../src/domain/dates";
import { expectRefusal } from "./refusal-helpers";

describe("isIsoDate", () => {
  it.each(["2017-12-23", "2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31", "2017-01-31"])(
    "accepts the existing day %s",
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2017-02-30",
    "2017-04-31",
    "2017-13-01",
    "2017-00-10",
    "2017-12-00",
    "2017-12-32",
  ])("refuses the day %s, which does not exist", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([
    "",
    "2017",
    "2017-12",
    "2017-1-05",
    "2017-01-5",
    "17-12-23",
    "2017/12/23",
    "23/12/2017",
    "2017-12-23T00:00:00Z",
    " 2017-12-23",
    "2017-12-23 ",
    "２０１７-12-23",
  ])("refuses the malformed value %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it("refuses years outside 1900–2200", () => {
    expect(isIsoDate("1899-12-31")).toBe(false);
    expect(isIsoDate("2201-01-01")).toBe(false);
  });
});

describe("isPartialDate", () => {
  it.each(["2017", "2017-12", "2017-01", "2017-12-23", "2024-02-29", "1900", "2200-12"])(
    "accepts %s",
    (value) => {
      expect(isPartialDate(value)).toBe(true);
    },
  );

  it.each(["2017-13", "2017-00", "2017-02-30", "2023-02-29", "2017-12-00", "2017-12-32"])(
    "refuses the impossible month or day %s",
    (value) => {
      expect(isPartialDate(value)).toBe(false);
    },
  );

  it.each([
    "",
    "201",
    "20170",
    "2017-",
    "2017-1",
    "2017-12-",
    "2017-12-1",
    "2017/12",
    "1899",
    "2201",
    "năm 2017",
  ])("refuses the malformed value %j", (value) => {
    expect(isPartialDate(value)).toBe(false);
  });
});

describe("comparePartialDates", () => {
  it("treats a year as neither before nor after a day within it", () => {
    expect(comparePartialDates("2017", "2017-06-01")).toBe(0);
    expect(comparePartialDates("2017-06-01", "2017")).toBe(0);
    expect(comparePartialDates("2017-06", "2017-06-30")).toBe(0);
  });

  it("orders dates of the same precision", () => {
    expect(comparePartialDates("2017-06-01", "2017-06-02")).toBe(-1);
    expect(comparePartialDates("2017-12-31", "2017-02-01")).toBe(1);
    expect(comparePartialDates("2017-12-23", "2017-12-23")).toBe(0);
    expect(comparePartialDates("2016", "2017")).toBe(-1);
  });

  it("orders dates of different precision at the precision they share", () => {
    expect(comparePartialDates("2016", "2017-01-01")).toBe(-1);
    expect(comparePartialDates("2018", "2017-12")).toBe(1);
    expect(comparePartialDates("2017-05", "2017-06-01")).toBe(-1);
    expect(comparePartialDates("2017-12-01", "2017-11")).toBe(1);
  });

  it("sorts a list chronologically", () => {
    const sorted = ["2018-01-01", "2016-05", "2017-12-23", "2015"].sort(comparePartialDates);
    expect(sorted).toEqual(["2015", "2016-05", "2017-12-23", "2018-01-01"]);
  });
});

describe("addMonths", () => {
  it("keeps the day of the month when it exists", () => {
    expect(addMonths("2017-06-15", 12)).toBe("2018-06-15");
    expect(addMonths("2017-12-15", 1)).toBe("2018-01-15");
    expect(addMonths("2017-01-15", 0)).toBe("2017-01-15");
  });

  it("falls back to the last day of a shorter month", () => {
    expect(addMonths("2017-01-31", 1)).toBe("2017-02-28");
    expect(addMonths("2016-01-31", 1)).toBe("2016-02-29");
    expect(addMonths("2017-03-31", 1)).toBe("2017-04-30");
    expect(addMonths("2016-11-30", 3)).toBe("2017-02-28");
  });

  it("moves 29 February to 28 February of a common year", () => {
    expect(addMonths("2016-02-29", 12)).toBe("2017-02-28");
    expect(addMonths("2016-02-29", 48)).toBe("2020-02-29");
  });

  it("subtracts months", () => {
    expect(addMonths("2017-03-31", -1)).toBe("2017-02-28");
    expect(addMonths("2018-01-15", -2)).toBe("2017-11-15");
  });
});

describe("fullYearsBetween", () => {
  it("counts a year only once the birthday is reached", () => {
    expect(fullYearsBetween("2000-06-15", "2018-06-14")).toBe(17);
    expect(fullYearsBetween("2000-06-15", "2018-06-15")).toBe(18);
    expect(fullYearsBetween("2000-06-15", "2018-06-16")).toBe(18);
  });

  it("compares the month before the day", () => {
    expect(fullYearsBetween("2000-06-15", "2018-05-20")).toBe(17);
    expect(fullYearsBetween("2000-06-15", "2018-07-01")).toBe(18);
    expect(fullYearsBetween("2000-12-31", "2018-01-01")).toBe(17);
  });

  it("is zero on the same day and within the first year", () => {
    expect(fullYearsBetween("2017-12-23", "2017-12-23")).toBe(0);
    expect(fullYearsBetween("2017-12-23", "2018-12-22")).toBe(0);
  });
});

describe("todayInVietnam", () => {
  it("is already the next day in Vietnam from 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2017-12-22T17:30:00Z"))).toBe("2017-12-23");
    expect(todayInVietnam(new Date("2017-12-22T17:00:00Z"))).toBe("2017-12-23");
    expect(todayInVietnam(new Date("2017-12-31T17:00:00Z"))).toBe("2018-01-01");
  });

  it("is still the same day before 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2017-12-22T16:59:59.999Z"))).toBe("2017-12-22");
    expect(todayInVietnam(new Date("2017-12-22T00:00:00Z"))).toBe("2017-12-22");
  });

  it("defaults to now, as an ISO date", () => {
    expect(isIsoDate(todayInVietnam())).toBe(true);
  });
});

describe("assertHasCome", () => {
  const notYet = { vi: "Ngày nộp chưa đến.", en: "The day of payment has not come yet." };

  it("accepts today and a day gone by", () => {
    expect(() => assertHasCome("2026-12-05", "2026-12-05", notYet, "paidOn")).not.toThrow();
    expect(() => assertHasCome("2017-12-23", "2026-12-05", notYet, "paidOn")).not.toThrow();
  });

  it("refuses tomorrow, on the field named, in the rule's words", () => {
    const problem = expectRefusal(
      () => assertHasCome("2026-12-06", "2026-12-05", notYet, "paidOn"),
      "DATE_IN_FUTURE",
    );
    expect(problem.field).toEqual(["paidOn"]);
    expect(problem.message).toBe(notYet.en);
  });
});

describe("assertPeriodOrder", () => {
  it("accepts an end after the start, and an open end", () => {
    expect(() => assertPeriodOrder("2017-01-01", "2018-01-01", ["endedOn"])).not.toThrow();
    expect(() => assertPeriodOrder("2017-12-22", "2017-12-23", ["endedOn"])).not.toThrow();
    expect(() => assertPeriodOrder("2017-01-01", null, ["endedOn"])).not.toThrow();
    expect(() => assertPeriodOrder("2017-01-01", undefined, ["endedOn"])).not.toThrow();
  });

  it("refuses an end on the start day (periods are half-open)", () => {
    const problem = expectRefusal(
      () => assertPeriodOrder("2017-01-01", "2017-01-01", ["endedOn"]),
      "INVALID_DATE_RANGE",
    );
    expect(problem.field).toEqual(["endedOn"]);
  });

  it("refuses an end before the start, naming both dates", () => {
    const problem = expectRefusal(
      () => assertPeriodOrder("2017-06-01", "2017-05-31", ["input", "endedOn"]),
      "INVALID_DATE_RANGE",
    );
    expect(problem.field).toEqual(["input", "endedOn"]);
    expect(problem.message).toContain("2017-05-31");
    expect(problem.message).toContain("2017-06-01");
  });
});

describe("instantInVietnam", () => {
  it("reads a date-time without an offset as Vietnam's time, and leaves one with an offset as written", () => {
    expect(instantInVietnam("2026-12-05T14:00")).toBe("2026-12-05T14:00+07:00");
    expect(instantInVietnam("2026-12-05T14:00:30.5")).toBe("2026-12-05T14:00:30.5+07:00");
    expect(instantInVietnam("2026-12-05T07:00:00Z")).toBe("2026-12-05T07:00:00Z");
    expect(instantInVietnam("05/12/2026 14:00")).toBe("05/12/2026 14:00");
  });
});

describe("isoFormOfWrittenDate", () => {
  it("gives the ISO form of a date written the Vietnamese way, with its time", () => {
    expect(isoFormOfWrittenDate("05/12/2026")).toBe("2026-12-05");
    expect(isoFormOfWrittenDate("5/12/2026 9:30")).toBe("2026-12-05T09:30");
  });

  it("is null for what is not such a date", () => {
    expect(isoFormOfWrittenDate("31/02/2026")).toBeNull();
    expect(isoFormOfWrittenDate("2026-12-05")).toBeNull();
    expect(isoFormOfWrittenDate("hôm qua")).toBeNull();
  });
});

describe("daysOfPartialDate", () => {
  it("spans the year, the month or the day a date stands for", () => {
    expect(daysOfPartialDate("2017")).toEqual({ first: "2017-01-01", last: "2017-12-31" });
    expect(daysOfPartialDate("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(daysOfPartialDate("2024-02-10")).toEqual({ first: "2024-02-10", last: "2024-02-10" });
  });
});
