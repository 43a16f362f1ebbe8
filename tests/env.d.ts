import type { D1Migration } from "cloudflare:test";
import type { Env as ChiboEnv } from "../src/env";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
    interface Env extends ChiboEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** The second tenant's database (TENANTS in vitest.config.ts). */
      DB_SECOND: D1Database;
      /** Private JWK (JSON) of the key the test JWKS and Access certificates publish. */
      TEST_SIGNING_KEY: string;
      /** Three requests per minute per key: the rate limit's test. */
      TEST_TIGHT_RATE_LIMITER: RateLimit;
      /** Three units of work per minute per key: the work limit's test. */
      TEST_TIGHT_WORK_LIMITER: RateLimit;
    }
  }
}
