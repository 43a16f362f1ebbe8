import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { schemesAndLevels, settingsOf } from "../../db/ratings";
import { type Condition, OPEN_QUOTA_DEFAULT, type Scheme, schemeForYear } from "../../domain/ratings";

const cache = new WeakMap<Context, Promise<Scheme[]>>();

/** The rating schemes, read once per request. */
export function schemes(context: Context): Promise<Scheme[]> {
  let loaded = cache.get(context);
  if (!loaded) {
    loaded = schemesAndLevels(context.db).then(({ schemes: rows, levels }) =>
      rows.map((row) => {
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
      }),
    );
    cache.set(context, loaded);
  }
  return loaded;
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
  const scheme = schemeForYear(await schemes(context), year);
  const ancestors = cell.path.split("/").filter(Boolean);
  const settings = (await settingsOf(context.db, ancestors)).filter((row) => row.scheme_id === scheme.id);
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
