import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { schemesAndLevels, settingsOf } from "../../db/ratings";
import { type Condition, OPEN_QUOTA_DEFAULT, type Scheme, schemeForYear } from "../../domain/ratings";

function schemesOf({ schemes: rows, levels }: Awaited<ReturnType<typeof schemesAndLevels>>): Scheme[] {
  return rows.map((row) => {
    const of = (subject: "MEMBER" | "ORGANIZATION") =>
      levels
        .filter((level) => level.scheme_id === row.id && level.subject === subject)
        .map((level) => ({
          code: level.code,
          label: level.label,
          rank: level.rank,
          minScore: level.min_score,
        }));
    return {
      id: row.id,
      name: row.name,
      fromYear: row.from_year,
      toYear: row.to_year,
      memberQuotaPercent: row.member_quota_percent,
      memberQuotaApplies: row.member_quota_applies === null ? null : row.member_quota_applies === 1,
      organizationQuotaPercent: row.organization_quota_percent,
      organizationQuotaApplies:
        row.organization_quota_applies === null ? null : row.organization_quota_applies === 1,
      conditions: row.conditions.split(",").filter(Boolean) as Condition[],
      usesScores: row.uses_scores === 1,
      levels: { MEMBER: of("MEMBER"), ORGANIZATION: of("ORGANIZATION") },
    };
  });
}

/**
 * The schemes of each tenant's database, kept for the isolate's life: they are reference data that only a migration
 * changes, and a migration that changes them ships with a deploy, whose new isolates read them afresh. Keyed by the
 * D1 binding, since every tenant has its own database. Values, not pending reads: a promise awaited by another
 * request than the one whose I/O settles it would tie that request to the first one's fate.
 */
const schemesOfDatabase = new WeakMap<D1Database, readonly Scheme[]>();
/** The read of a request that found no schemes kept yet, shared by all its resolvers. */
const readOfRequest = new WeakMap<Context, Promise<readonly Scheme[]>>();

/** The rating schemes: read once per isolate and database. */
export function schemes(context: Context): Promise<readonly Scheme[]> {
  const kept = schemesOfDatabase.get(context.tenant.database);
  if (kept) return Promise.resolve(kept);
  let read = readOfRequest.get(context);
  if (!read) {
    read = schemesAndLevels(context.db).then((rows) => {
      const loaded = schemesOf(rows);
      schemesOfDatabase.set(context.tenant.database, loaded);
      return loaded;
    });
    readOfRequest.set(context, read);
  }
  return read;
}

export interface EffectiveQuotas {
  scheme: Scheme;
  memberQuotaApplies: boolean;
  organizationQuotaApplies: boolean;
}

/**
 * The scheme of a year as it applies in a cell: where the scheme leaves a quota open, the latest choice of the
 * nearest committee above (or the cell itself) decides; without one, the quota applies.
 */
export async function schemeIn(context: Context, cell: CellRow, year: number): Promise<EffectiveQuotas> {
  const ancestors = cell.path.split("/").filter(Boolean);
  // Read together: the settings need only the cell's path, not the scheme.
  const [all, allSettings] = await Promise.all([schemes(context), settingsOf(context.db, ancestors)]);
  const scheme = schemeForYear(all, year);
  const settings = allSettings.filter((row) => row.scheme_id === scheme.id);
  const chosen = (setting: "MEMBER_QUOTA_APPLIES" | "ORGANIZATION_QUOTA_APPLIES"): boolean | null => {
    for (const ancestor of [...ancestors].reverse()) {
      const latest = settings.filter((row) => row.cell_id === ancestor && row.setting === setting).at(-1);
      if (latest) return latest.value === 1;
    }
    return null;
  };
  return {
    scheme,
    memberQuotaApplies: scheme.memberQuotaApplies ?? chosen("MEMBER_QUOTA_APPLIES") ?? OPEN_QUOTA_DEFAULT,
    organizationQuotaApplies:
      scheme.organizationQuotaApplies ?? chosen("ORGANIZATION_QUOTA_APPLIES") ?? OPEN_QUOTA_DEFAULT,
  };
}
