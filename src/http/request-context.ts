import { type Context, type ContextEnv, createContext } from "../context";
import { type TenantsEnv, tenantsOf } from "../db/tenants";
import { type IdentityEnv, requestIdentity } from "./identity";
import { languageOf } from "./language";
import { type LiveEnv, liveFeed } from "./live";
import { rememberSession, sessionConstraint } from "./sessions";
import { tenantOfRequest } from "./tenants";

/** What building a request's context reads of the Worker's environment. */
export type RequestContextEnv = ContextEnv & IdentityEnv & TenantsEnv & LiveEnv;

/**
 * A request's context, from what its HTTP carries: the tenant it names, the D1 session its bookmark and operation
 * ask for, its verified credential, its id (Cloudflare's ray id when present). `initialContext` is Yoga's (it knows
 * the operation's kind once parsed); routes outside GraphQL pass none.
 */
export async function contextOfRequest(
  request: Request,
  env: RequestContextEnv,
  initialContext: object = {},
): Promise<Context> {
  const tenant = tenantOfRequest(request, env);
  const context = await createContext({
    env,
    database: tenant.database.withSession(sessionConstraint(request, initialContext)),
    tenant,
    tenants: tenantsOf(env),
    identity: await requestIdentity(request, env),
    requestId: request.headers.get("cf-ray") ?? crypto.randomUUID(),
    language: languageOf(request),
    live: liveFeed(env, tenant.key),
    lastEventId: request.headers.get("last-event-id"),
  });
  rememberSession(request, context.db);
  return context;
}
