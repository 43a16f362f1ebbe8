import type { ContextEnv } from "./context";
import type { TenantsEnv } from "./db/tenants";
import type { IdentityEnv } from "./http/identity";
import type { LiveEnv } from "./http/live";
import type { OriginsEnv } from "./http/origins";
import type { RateLimitEnv } from "./http/rate-limit";
import type { WorkFiguresEnv } from "./http/work-figures";
import type { WorkLimitEnv } from "./http/work-limit";

/**
 * The Worker's bindings and settings (wrangler.toml `[vars]`, secrets, bindings): each layer declares the part it
 * reads, and the Worker's entry point (src/index.ts) hands the whole of it to them.
 */
export interface Env
  extends ContextEnv,
    IdentityEnv,
    RateLimitEnv,
    OriginsEnv,
    TenantsEnv,
    WorkFiguresEnv,
    WorkLimitEnv,
    LiveEnv {
  DB: D1Database;
  ASSETS?: Fetcher;
  ENVIRONMENT: string;
  /** "strict" runs only the trusted operations of src/http/persisted-operations.json (PERSISTED_QUERY_ONLY). */
  PERSISTED_OPERATIONS?: string;
  /** "off" refuses introspection (__schema, __type) with INTROSPECTION_DISABLED. */
  INTROSPECTION?: string;
}
