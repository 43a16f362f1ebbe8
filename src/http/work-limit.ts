import { localizedError } from "../auth/errors";

export interface WorkLimitEnv {
  /**
   * Workers rate-limiting binding counting each user's D1 work: one unit per WORK_UNIT_ROWS rows read
   * ([[ratelimits]] WORK_LIMITER in wrangler.toml: 100 units a minute, a million rows).
   */
  WORK_LIMITER?: RateLimit;
  /** Rows a unit of WORK_LIMITER stands for (default 10,000). */
  WORK_UNIT_ROWS?: string;
  /** "off" lifts the work limit (the benchmark's per-operation loads). */
  WORK_LIMIT?: string;
}

const PERIOD_SECONDS = 60;
const DEFAULT_UNIT_ROWS = 10_000;
/** One request charges at most this many units: its own budget (src/domain/work.ts) bounds it anyway. */
const MAX_UNITS_PER_REQUEST = 100;

/**
 * Users whose work passed the limit, until when: the binding is the shared count, each isolate remembers its
 * verdict so that the refused requests of a loop cost nothing more. Bounded: entries expire within the period.
 */
const throttledUntil = new Map<string, number>();

function unitRows(env: WorkLimitEnv): number {
  const rows = Number(env.WORK_UNIT_ROWS);
  return Number.isInteger(rows) && rows > 0 ? rows : DEFAULT_UNIT_ROWS;
}

/** Refuses, before anything is read, a request of a user whose work passed the limit this minute. */
export function refuseWhileThrottled(env: WorkLimitEnv, key: string, now: number): void {
  if (!env.WORK_LIMITER || env.WORK_LIMIT === "off") return;
  const until = throttledUntil.get(key);
  if (until === undefined) return;
  if (until <= now) {
    throttledUntil.delete(key);
    return;
  }
  const wait = Math.ceil((until - now) / 1000);
  throw localizedError(
    {
      vi: `Các yêu cầu của đồng chí đọc quá nhiều dữ liệu trong phút này: hãy chờ ${wait} giây, hoặc mỗi lần hỏi ít hơn.`,
      en: `Your requests read too much of the database this minute: wait ${wait} seconds, or ask for less at once.`,
    },
    {
      extensions: {
        code: "WORK_RATE_LIMITED",
        retryAfterSeconds: wait,
        http: { status: 429, headers: { "retry-after": String(wait) } },
      },
    },
  );
}

/** The units of work a request's rows cost (none under a unit, or when the limit is off: nothing to send). */
export function unitsOfWork(env: WorkLimitEnv, rowsRead: number): number {
  if (!env.WORK_LIMITER || env.WORK_LIMIT === "off") return 0;
  return Math.min(Math.floor(rowsRead / unitRows(env)), MAX_UNITS_PER_REQUEST);
}

/**
 * Charges what a request read to its user (after the answer left; `unitsOfWork`): a client that loops over the most
 * expensive requests the budget accepts is held to a million rows a minute, and its next requests are refused before
 * they read anything, so the others' requests keep the database.
 */
export async function chargeWork(env: WorkLimitEnv, key: string, units: number, now: number): Promise<void> {
  const limiter = env.WORK_LIMITER;
  if (!limiter || units === 0) return;
  const outcomes = await Promise.all(Array.from({ length: units }, () => limiter.limit({ key })));
  if (outcomes.some((outcome) => !outcome.success)) {
    if (throttledUntil.size > 10_000) {
      for (const [throttledKey, until] of throttledUntil)
        if (until <= now) throttledUntil.delete(throttledKey);
    }
    throttledUntil.set(key, now + PERIOD_SECONDS * 1000);
  }
}
