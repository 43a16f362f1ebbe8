/**
 * A tenant: the top organization of a province or a central bloc, whose whole subtree lives in one D1 database.
 * `TENANTS` maps tenant keys to D1 bindings, as JSON: `{"hcm": {"binding": "DB_HCM", "name": "Đảng bộ TP. HCM"}}`;
 * the first is the default. Without it, one tenant, "default", on `DB`. See docs/scaling.md.
 */
export interface Tenant {
  key: string;
  name: string;
  database: D1Database;
  /** IDs of the default tenant carry no tenant prefix (the IDs of a one-database deployment). */
  isDefault: boolean;
}

export interface TenantsEnv {
  DB: D1Database;
  TENANTS?: string;
}

const TENANT_KEY = /^[a-z0-9-]{1,32}$/;

function misconfigured(message: string): Error {
  return new Error(`TENANTS is misconfigured: ${message}`);
}

/** Every tenant of the deployment, in configured order (the default first). */
export function tenantsOf(env: TenantsEnv): Tenant[] {
  if (!env.TENANTS) return [{ key: "default", name: "Chibo", database: env.DB, isDefault: true }];
  const config = JSON.parse(env.TENANTS) as Record<string, { binding?: unknown; name?: unknown }>;
  return Object.entries(config).map(([key, entry], index) => {
    if (!TENANT_KEY.test(key)) throw misconfigured(`"${key}" is not a tenant key (a-z, 0-9, -).`);
    const database = (env as unknown as Record<string, unknown>)[String(entry.binding)] as
      | D1Database
      | undefined;
    if (typeof database?.prepare !== "function")
      throw misconfigured(`no D1 binding "${entry.binding}" for "${key}".`);
    return { key, name: typeof entry.name === "string" ? entry.name : key, database, isDefault: index === 0 };
  });
}

/** What a download or page link of the tenant needs appended (nothing for the default tenant). */
export function tenantQueryOf(tenant: Pick<Tenant, "key" | "isDefault">): string {
  return tenant.isDefault ? "" : `?tenant=${tenant.key}`;
}
