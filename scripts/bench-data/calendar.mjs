// Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that no time zone or clock of the machine enters the data.

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(isoDate, days) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDate, toIsoDate) {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / DAY_MS);
}

/** A day drawn uniformly in [from, to]. */
export function randomDay(random, from, to) {
  return addDays(from, random.int(0, daysBetween(from, to)));
}

export function pad2(value) {
  return String(value).padStart(2, "0");
}

export function dayOf(year, month, day) {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Vietnam is UTC+7 all year: a local time ('HH:MM') on a local day, as the UTC instant the API stores. */
export function vietnamInstant(isoDate, time) {
  return new Date(Date.parse(`${isoDate}T${time}:00+07:00`)).toISOString();
}

export function addMinutes(instant, minutes) {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

/** ISO dates order as text (so Math.min, which reads numbers, does not apply). */
export function minDate(a, b) {
  return [a, b].sort()[0];
}

export function maxDate(a, b) {
  return [a, b].sort()[1];
}

/** The first day a partial date ('2017', '2017-06', '2017-06-15') can stand for; no date at all, long ago. */
export function firstDayOf(partialDate) {
  if (partialDate === null) return "1975-01-01";
  if (partialDate.length === 4) return `${partialDate}-01-01`;
  return partialDate.length === 7 ? `${partialDate}-01` : partialDate;
}
