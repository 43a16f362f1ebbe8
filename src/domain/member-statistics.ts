import { EXEMPTION_REASON_LABELS } from "./exemptions";
import {
  ETHNIC_GROUPS,
  GENDER_LABELS,
  POLITICAL_THEORY_LABELS,
  PROFESSIONAL_LEVEL_LABELS,
  STATE_MANAGEMENT_LABELS,
} from "./member-file";
import { MEMBERSHIP_END_LABELS, MEMBERSHIP_START_LABELS } from "./membership";
import { refuse } from "./refusal";

/**
 * Member statistics of an organization's subtree (what the Organization Committees' yearly reports count): members
 * on a day by status and by each field of their files, and the events of a period. The counts come kept per
 * organization and value (migration 0056); this module names the figures and folds years into the bands a report
 * prints.
 */

/** The figures counted per value; EVENT counts events up to a day (a period's are the difference of two days). */
export type StatisticDimension =
  | "STATUS"
  | "GENDER"
  | "BIRTH_YEAR"
  | "ETHNICITY"
  | "RELIGION"
  | "GENERAL_EDUCATION"
  | "PROFESSIONAL_LEVEL"
  | "POLITICAL_THEORY_LEVEL"
  | "STATE_MANAGEMENT_LEVEL"
  | "PARTY_ORIGIN_YEAR"
  | "EXEMPTED"
  | "EVENT";

/** A kept count: members of one value on the day, and for events the count before the period too. */
export interface StatisticCount {
  dimension: StatisticDimension;
  value: string;
  onDay: number;
  beforePeriod: number;
}

/** One line of a figure: its code, its Vietnamese label and how many members (or events) it counts. */
export interface StatisticLine {
  code: string;
  label: string;
  members: number;
}

/** The figures of a statistic, each counted by one kept dimension. */
export const FIGURE_DIMENSIONS = {
  byStatus: "STATUS",
  byGender: "GENDER",
  byAgeBand: "BIRTH_YEAR",
  byEthnicity: "ETHNICITY",
  byReligion: "RELIGION",
  byGeneralEducation: "GENERAL_EDUCATION",
  byProfessionalLevel: "PROFESSIONAL_LEVEL",
  byPoliticalTheoryLevel: "POLITICAL_THEORY_LEVEL",
  byStateManagementLevel: "STATE_MANAGEMENT_LEVEL",
  byPartyAgeBand: "PARTY_ORIGIN_YEAR",
  exempted: "EXEMPTED",
  events: "EVENT",
} as const satisfies Record<string, StatisticDimension>;
export type Figure = keyof typeof FIGURE_DIMENSIONS;

/** Each figure's heading in a report, in the order a report prints them. */
export const FIGURE_TITLES: Readonly<Record<Figure, string>> = {
  byStatus: "Đảng viên",
  byGender: "Giới tính",
  byAgeBand: "Độ tuổi",
  byEthnicity: "Dân tộc",
  byReligion: "Tôn giáo",
  byGeneralEducation: "Giáo dục phổ thông",
  byProfessionalLevel: "Chuyên môn, nghiệp vụ",
  byPoliticalTheoryLevel: "Lý luận chính trị",
  byStateManagementLevel: "Quản lý nhà nước",
  byPartyAgeBand: "Tuổi đảng",
  exempted: "Miễn công tác và sinh hoạt đảng",
  events: "Biến động trong kỳ",
};

/** A value the file does not record: not kept, counted as the members less those whose value is known. */
const UNKNOWN = "UNKNOWN";
const UNKNOWN_LABEL = "Chưa rõ";

/**
 * Age bands of the reports. Age is counted by year — the year of the day less the year of birth — as personnel
 * statistics count it ("tuổi đời"), so the bands need only each member's year of birth.
 */
const AGE_BANDS = [
  { code: "UP_TO_30", label: "Từ 30 tuổi trở xuống", from: 0, to: 30 },
  { code: "FROM_31_TO_40", label: "Từ 31 đến 40 tuổi", from: 31, to: 40 },
  { code: "FROM_41_TO_50", label: "Từ 41 đến 50 tuổi", from: 41, to: 50 },
  { code: "FROM_51_TO_60", label: "Từ 51 đến 60 tuổi", from: 51, to: 60 },
  { code: "OVER_60", label: "Trên 60 tuổi", from: 61, to: Number.POSITIVE_INFINITY },
] as const;

/**
 * Party-age bands, by year as well (the year of the day less the year party age counts from, interruptions
 * subtracted); their edges are those of the first badges (30, 40, 50 years).
 */
const PARTY_AGE_BANDS = [
  { code: "UNDER_10", label: "Dưới 10 năm", from: 0, to: 9 },
  { code: "FROM_10_TO_19", label: "Từ 10 đến dưới 20 năm", from: 10, to: 19 },
  { code: "FROM_20_TO_29", label: "Từ 20 đến dưới 30 năm", from: 20, to: 29 },
  { code: "FROM_30_TO_39", label: "Từ 30 đến dưới 40 năm", from: 30, to: 39 },
  { code: "FROM_40_TO_49", label: "Từ 40 đến dưới 50 năm", from: 40, to: 49 },
  { code: "FROM_50", label: "Từ 50 năm trở lên", from: 50, to: Number.POSITIVE_INFINITY },
] as const;

const STATUS_LABELS = { OFFICIAL: "Đảng viên chính thức", PROBATIONARY: "Đảng viên dự bị" } as const;

/** The events of a period, in the order a report lists them: what adds members, then what takes them away. */
const EVENT_LABELS: Record<string, string> = {
  ADMITTED: "Kết nạp",
  RECOGNIZED: "Công nhận đảng viên chính thức",
  TRANSFERRED_IN: MEMBERSHIP_START_LABELS.TRANSFERRED_IN,
  CARRIED_OVER: "Tiếp nhận từ tổ chức tiền thân",
  REINSTATED: MEMBERSHIP_START_LABELS.REINSTATED,
  TRANSFERRED: MEMBERSHIP_END_LABELS.TRANSFERRED,
  TRANSFERRED_OUT: MEMBERSHIP_END_LABELS.TRANSFERRED_OUT,
  REMOVED: MEMBERSHIP_END_LABELS.REMOVED,
  RESIGNED: MEMBERSHIP_END_LABELS.RESIGNED,
  EXPELLED: MEMBERSHIP_END_LABELS.EXPELLED,
  DECEASED: MEMBERSHIP_END_LABELS.DECEASED,
};

const ETHNIC_GROUP_NAMES: Record<string, string> = Object.fromEntries(ETHNIC_GROUPS);

/** The first day of the period a statistic on `on` reports events over, unless given: 1 January of its year. */
export function defaultPeriodStart(on: string): string {
  return `${on.slice(0, 4)}-01-01`;
}

/** Events are counted over a period that ends on the statistics' day: it cannot start after it. */
export function assertStatisticsPeriod(from: string, on: string): void {
  if (from > on) {
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `Kỳ thống kê bắt đầu ${from}, sau ngày thống kê ${on}: hãy chọn ngày bắt đầu trước hoặc bằng ngày thống kê.`,
        en: `The period starts on ${from}, after the statistics' day ${on}: choose a start on or before that day.`,
      },
      ["from"],
    );
  }
}

/** Lines of a figure whose values are their own codes: the ones with members, in the order given, unknown last. */
function linesOf(
  counts: ReadonlyMap<string, number>,
  labels: Readonly<Record<string, string>>,
  order: readonly string[] = Object.keys(labels),
): StatisticLine[] {
  const known = order.filter((code) => (counts.get(code) ?? 0) > 0);
  const others = [...counts.keys()]
    .filter((code) => code !== "" && !order.includes(code) && (counts.get(code) ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b, "vi"));
  const lines = [...known, ...others].map((code) => ({
    code,
    label: labels[code] ?? code,
    members: counts.get(code) ?? 0,
  }));
  const unknown = counts.get("") ?? 0;
  return unknown > 0 ? [...lines, { code: UNKNOWN, label: UNKNOWN_LABEL, members: unknown }] : lines;
}

/** Years (of birth, of party origin) folded into bands by the year of the day. */
function bandLines(
  counts: ReadonlyMap<string, number>,
  bands: readonly { code: string; label: string; from: number; to: number }[],
  year: number,
): StatisticLine[] {
  const byBand = new Map<string, number>();
  for (const [value, members] of counts) {
    const years = year - Number(value);
    const band =
      value === "" ? undefined : bands.find((candidate) => years >= candidate.from && years <= candidate.to);
    const code = band?.code ?? "";
    byBand.set(code, (byBand.get(code) ?? 0) + members);
  }
  return linesOf(byBand, Object.fromEntries(bands.map((band) => [band.code, band.label])));
}

/** Members on the day: the official and the probationary (every member has a status). */
export function membersOf(statusCounts: readonly StatisticCount[]): number {
  return statusCounts.reduce((total, count) => total + count.onDay, 0);
}

/**
 * The lines of one figure of an organization from its kept counts of the figure's dimension: on the day `on`, and
 * for events over the period (the count on the day less the count before it). `members` counts the members the
 * files do not describe: a field of the file is kept only where it is known.
 */
export function figureLines(
  figure: Figure,
  counts: readonly StatisticCount[],
  members: number,
  on: string,
): StatisticLine[] {
  const onDay = new Map(counts.map((count) => [count.value, count.onDay]));
  const year = Number(on.slice(0, 4));
  const withUnknown = () => {
    const known = [...onDay.values()].reduce((total, value) => total + value, 0);
    return new Map([...onDay, ["", members - known]]);
  };
  switch (figure) {
    case "byStatus":
      return linesOf(onDay, STATUS_LABELS);
    case "exempted":
      return linesOf(onDay, EXEMPTION_REASON_LABELS);
    case "events":
      return linesOf(
        new Map(counts.map((count) => [count.value, count.onDay - count.beforePeriod])),
        EVENT_LABELS,
      );
    case "byAgeBand":
      return bandLines(withUnknown(), AGE_BANDS, year);
    case "byPartyAgeBand":
      return bandLines(withUnknown(), PARTY_AGE_BANDS, year);
    case "byGender":
      return linesOf(withUnknown(), GENDER_LABELS);
    case "byEthnicity":
      return linesOf(withUnknown(), ETHNIC_GROUP_NAMES);
    case "byProfessionalLevel":
      return linesOf(withUnknown(), PROFESSIONAL_LEVEL_LABELS);
    case "byPoliticalTheoryLevel":
      return linesOf(withUnknown(), POLITICAL_THEORY_LABELS);
    case "byStateManagementLevel":
      return linesOf(withUnknown(), STATE_MANAGEMENT_LABELS);
    case "byReligion":
    case "byGeneralEducation":
      return linesOf(withUnknown(), {});
  }
}
