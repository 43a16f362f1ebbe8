import { localizedError } from "../auth/errors";
import { type Tenant, type TenantsEnv, tenantsOf } from "../db/tenants";

/** The header that names a request's tenant (pages and downloads may say `?tenant=` instead). */
export const TENANT_HEADER = "chibo-tenant";

/** The tenant a request names (`Chibo-Tenant` header, or `?tenant=` for pages and downloads); else the default. */
export function tenantOfRequest(request: Request, env: TenantsEnv): Tenant {
  const tenants = tenantsOf(env);
  const named = request.headers.get(TENANT_HEADER) ?? new URL(request.url).searchParams.get("tenant");
  if (named === null || named === "") return tenants[0] as Tenant;
  const tenant = tenants.find((candidate) => candidate.key === named);
  if (!tenant) {
    throw localizedError(
      {
        vi: `Không có cơ sở dữ liệu nào tên "${named.slice(0, 40)}".`,
        en: `No tenant is called "${named.slice(0, 40)}".`,
      },
      { extensions: { code: "UNKNOWN_TENANT", http: { status: 400 } } },
    );
  }
  return tenant;
}
