import { describe, expect, it } from "vitest";
import {
  assertStatisticsPeriod,
  defaultPeriodStart,
  memberStatisticsOf,
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
  it("folds years of birth into age bands by the year of the day, at the bands' edges", () => {
    const statistics = memberStatisticsOf(
      [
        count("BIRTH_YEAR", "1996", 1), // 30 in 2026: still "30 and under"
        count("BIRTH_YEAR", "1995", 2), // 31
        count("BIRTH_YEAR", "1966", 1), // 60
        count("BIRTH_YEAR", "1965", 1), // 61
        count("BIRTH_YEAR", "", 4),
      ],
      "2026-01-01",
    );
    expect(statistics.byAgeBand).toEqual([
      { code: "UP_TO_30", label: "Từ 30 tuổi trở xuống", members: 1 },
      { code: "FROM_31_TO_40", label: "Từ 31 đến 40 tuổi", members: 2 },
      { code: "FROM_51_TO_60", label: "Từ 51 đến 60 tuổi", members: 1 },
      { code: "OVER_60", label: "Trên 60 tuổi", members: 1 },
      { code: "UNKNOWN", label: "Chưa rõ", members: 4 },
    ]);
  });

  it("counts the members by status, leaves out values nobody holds, and lists values outside the labels by name", () => {
    const statistics = memberStatisticsOf(
      [
        count("STATUS", "OFFICIAL", 9),
        count("STATUS", "PROBATIONARY", 0),
        count("RELIGION", "Phật giáo", 2),
        count("RELIGION", "Công giáo", 1),
        count("GENDER", "FEMALE", 3),
      ],
      "2026-06-30",
    );
    expect(statistics.members).toBe(9);
    expect(statistics.byStatus).toEqual([{ code: "OFFICIAL", label: "Đảng viên chính thức", members: 9 }]);
    expect(statistics.byReligion.map((line) => line.code)).toEqual(["Công giáo", "Phật giáo"]);
    expect(statistics.byGender).toEqual([{ code: "FEMALE", label: "Nữ", members: 3 }]);
  });

  it("counts the events of the period as the difference of the counts on its two ends", () => {
    const statistics = memberStatisticsOf(
      [
        count("EVENT", "ADMITTED", 12, 10),
        count("EVENT", "DECEASED", 3, 3),
        count("EVENT", "CARRIED_OVER", 11, 0),
      ],
      "2017-12-31",
    );
    expect(statistics.events).toEqual([
      { code: "ADMITTED", label: "Kết nạp", members: 2 },
      { code: "CARRIED_OVER", label: "Tiếp nhận từ tổ chức tiền thân", members: 11 },
    ]);
  });

  it("folds party-origin years into party-age bands", () => {
    const statistics = memberStatisticsOf(
      [
        count("PARTY_ORIGIN_YEAR", "2017", 1),
        count("PARTY_ORIGIN_YEAR", "2016", 1),
        count("PARTY_ORIGIN_YEAR", "1976", 1),
      ],
      "2026-12-04",
    );
    expect(statistics.byPartyAgeBand.map((line) => [line.code, line.members])).toEqual([
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
