import { refuse, type Text } from "./refusal";

/** The calendar of the domain: Vietnam does not observe daylight saving, so a fixed offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** Vietnam keeps one offset all year (no daylight saving): an instant written without one is read as Vietnam's. */
export const VIETNAM_OFFSET = "+07:00";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A calendar date 'YYYY-MM-DD' that exists (no 2023-02-30), in the years a party record can have. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && year <= 2200 && isRealDay(year, month, day);
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (ISO 8601 reduced precision), for facts known only to the year or month. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  return match[3] === undefined || isRealDay(year, month, Number(match[3]));
}

/** A calendar month 'YYYY-MM', in the years a party record can have. */
export function isIsoMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isPartialDate(value);
}

/** The months from `first` to `last`, both included ('YYYY-MM'); none when `last` is before `first`. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(`${month}-01`, 1).slice(0, 7)) months.push(month);
  return months;
}

/**
 * Orders two dates of any precision. A partial date is compared at the precision both share:
 * '2017' is neither before nor after '2017-06-01' (returns 0), because the source does not say.
 */
export function comparePartialDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month falls back to its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first and the last day a date of any precision may stand for: '2017' is 2017-01-01 to 2017-12-31. */
export function daysOfPartialDate(partial: string): { first: string; last: string } {
  if (partial.length === 10) return { first: partial, last: partial };
  const first = partial.length === 7 ? `${partial}-01` : `${partial}-01-01`;
  return { first, last: addDays(addMonths(first, partial.length === 7 ? 1 : 12), -1) };
}

export function fullYearsBetween(fromIsoDate: string, toIsoDate: string): number {
  const [fy, fm, fd] = fromIsoDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = toIsoDate.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Refuses a period whose end is not after its start (periods are half-open: [from, until)). */
export function assertPeriodOrder(from: string, until: string | null | undefined, field: string[]): void {
  if (until != null && comparePartialDates(until, from) <= 0) {
    refuse(
      "INVALID_DATE_RANGE",
      {
        vi: `Ngày kết thúc ${until} phải sau ngày bắt đầu ${from}.`,
        en: `The end date ${until} must be after the start date ${from}.`,
      },
      field,
    );
  }
}

/**
 * Refuses a day still to come where only what has happened is recorded (a payment, a decision, a card issued)
 * [DATE_IN_FUTURE]: `notYet` says which day, in the user's words.
 */
export function assertHasCome(day: string, today: string, notYet: Text, field: string): void {
  if (day > today) refuse("DATE_IN_FUTURE", notYet, [field]);
}

/** dd/mm/yyyy, d/m/yyyy (also with - or .) and yyyy-mm-dd; the ISO date, or null when it is not a real day. */
export function parseImportDate(written: string): string | null {
  const text = written.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(value) ? value : null;
}

/** A date-time written without an offset ("2026-12-05T14:00"), read in Asia/Ho_Chi_Minh; with one, as written. */
export function instantInVietnam(written: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/.test(written)
    ? `${written}${VIETNAM_OFFSET}`
    : written;
}

/**
 * The ISO form of a date (and time) as Vietnamese paperwork writes it — "05/12/2026", "05/12/2026 14:00" — to tell a
 * person how to write it; null when the text is not such a date.
 */
export function isoFormOfWrittenDate(written: string): string | null {
  const [datePart = "", time] = written.trim().split(/\s+/);
  const date = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(datePart) ? parseImportDate(datePart) : null;
  if (date === null) return null;
  if (time === undefined) return date;
  return /^\d{1,2}:\d{2}$/.test(time) ? `${date}T${time.padStart(5, "0")}` : null;
}
