import { describe, expect, it } from "vitest";
import {
  assertStatisticsPeriod,
  defaultPeriodStart,
  figureLines,
  membersOf,
  type StatisticCount,
} from "../../src/domain/member-statistics";
import { Refusal } from "../../src/domain/refusal";

const count = (dimension: StatisticCount["dimension"], value: string, onDay: number, beforePeriod = 0) => ({
  dimension,
  value,
  onDay,
  beforePeriod,
});

describe("member statistics from kept counts", () => {
  it("folds years of birth into age bands by the year of the day, at the bands' edges, the rest unknown", () => {
    const lines = figureLines(
      "byAgeBand",
      [
        count("BIRTH_YEAR", "1996", 1), // 30 in 2026: still "30 and under"
        count("BIRTH_YEAR", "1995", 2), // 31
        count("BIRTH_YEAR", "1966", 1), // 60
        count("BIRTH_YEAR", "1965", 1), // 61
      ],
      9,
      "2026-01-01",
    );
    expect(lines).toEqual([
      { code: "UP_TO_30", label: "Từ 30 tuổi trở xuống", members: 1 },
      { code: "FROM_31_TO_40", label: "Từ 31 đến 40 tuổi", members: 2 },
      { code: "FROM_51_TO_60", label: "Từ 51 đến 60 tuổi", members: 1 },
      { code: "OVER_60", label: "Trên 60 tuổi", members: 1 },
      { code: "UNKNOWN", label: "Chưa rõ", members: 4 },
    ]);
  });

  it("counts the members by status, leaves out values nobody holds, and lists values outside the labels by name", () => {
    const statuses = [count("STATUS", "OFFICIAL", 9), count("STATUS", "PROBATIONARY", 0)];
    expect(membersOf(statuses)).toBe(9);
    expect(figureLines("byStatus", statuses, 9, "2026-06-30")).toEqual([
      { code: "OFFICIAL", label: "Đảng viên chính thức", members: 9 },
    ]);
    const religions = [count("RELIGION", "Phật giáo", 2), count("RELIGION", "Công giáo", 1)];
    expect(figureLines("byReligion", religions, 3, "2026-06-30").map((line) => line.code)).toEqual([
      "Công giáo",
      "Phật giáo",
    ]);
    expect(figureLines("byGender", [count("GENDER", "FEMALE", 3)], 3, "2026-06-30")).toEqual([
      { code: "FEMALE", label: "Nữ", members: 3 },
    ]);
  });

  it("counts the events of the period as the difference of the counts on its two ends", () => {
    const events = [
      count("EVENT", "ADMITTED", 12, 10),
      count("EVENT", "DECEASED", 3, 3),
      count("EVENT", "CARRIED_OVER", 11, 0),
    ];
    expect(figureLines("events", events, 20, "2017-12-31")).toEqual([
      { code: "ADMITTED", label: "Kết nạp", members: 2 },
      { code: "CARRIED_OVER", label: "Tiếp nhận từ tổ chức tiền thân", members: 11 },
    ]);
  });

  it("folds party-origin years into party-age bands", () => {
    const origins = [
      count("PARTY_ORIGIN_YEAR", "2017", 1),
      count("PARTY_ORIGIN_YEAR", "2016", 1),
      count("PARTY_ORIGIN_YEAR", "1976", 1),
    ];
    expect(
      figureLines("byPartyAgeBand", origins, 3, "2026-12-04").map((line) => [line.code, line.members]),
    ).toEqual([
      ["UNDER_10", 1],
      ["FROM_10_TO_19", 1],
      ["FROM_50", 1],
    ]);
  });

  it("reports events from 1 January of the day's year unless told otherwise, and refuses a period after its day", () => {
    expect(defaultPeriodStart("2017-12-31")).toBe("2017-01-01");
    expect(() => assertStatisticsPeriod("2017-12-31", "2017-12-31")).not.toThrow();
    try {
      assertStatisticsPeriod("2018-01-01", "2017-12-31");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Refusal);
      expect((error as Refusal).problems[0]?.code).toBe("INVALID_DATE_RANGE");
      expect((error as Refusal).problems[0]?.field).toEqual(["from"]);
    }
  });
});
