import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { GraphQLError, GraphQLResolveInfo } from "graphql";
import { localizedError } from "./auth/errors";
import type { Context } from "./context";
import type { DocumentRow } from "./db/document-rows";
import { decodeGlobalId, encodeGlobalId } from "./domain/global-ids";

export interface ChiboSchemaTypes {
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    Month: { Input: string; Output: string };
    Dong: { Input: number; Output: number };
    PartialDate: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: {
    authenticated: boolean;
    admin: boolean;
    writeCell: string;
    governUnder: string;
    writer: boolean;
    readCell: string;
    readFigures: string;
    readPerson: string;
    readPersonal: string;
    readDocument: DocumentRow;
  };
}
export type Types = PothosSchemaTypes.ExtendDefaultTypes<ChiboSchemaTypes>;

export function signInFirst(): GraphQLError {
  return localizedError(
    {
      vi: "Hãy đăng nhập trước: gửi token trong tiêu đề Authorization.",
      en: "Sign in first: send a token in the Authorization header.",
    },
    { extensions: { code: "UNAUTHENTICATED" } },
  );
}

export const builder = new SchemaBuilder<ChiboSchemaTypes>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  // Costs are measured and limited per request before execution (src/http/cost.ts), not by the plugin's resolvers.
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: context.access.isAuthenticated,
      admin: context.access.isAdmin,
      writeCell: (cellId) => context.access.canWrite(cellId),
      governUnder: (cellId) => context.access.canGovernUnder(cellId),
      writer: context.access.isWriter,
      readCell: (cellId) => context.access.canRead(cellId),
      readFigures: (cellId) => context.access.canReadFigures(cellId),
      readPerson: (personId) => context.access.canReadPerson(personId),
      readPersonal: (personId) => context.access.canReadPersonal(personId),
      readDocument: (document) => context.access.canReadDocument(document),
    }),
    unauthorizedError: (_parent, context) =>
      context.access.isAuthenticated
        ? localizedError(
            {
              vi: "Đồng chí không có quyền làm việc này ở đây.",
              en: "You do not have the right to do this here.",
            },
            { extensions: { code: "FORBIDDEN" } },
          )
        : signInFirst(),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description: "Any object of Chibo by its global ID; null if there is none the viewer may read.",
      args: { id: { description: "A global ID." } },
      resolve: async (_root, args, context, info, resolveNode) =>
        visibleOrNull(await resolveNode(args.id), args.id.typename, context, info),
    },
    nodesQueryOptions: {
      description:
        "Objects by their global IDs, in the same order; null where none exists that the viewer may read.",
      args: { ids: { description: "Global IDs." } },
      resolve: async (_root, args, context, info, resolveNodes) => {
        const nodes = await resolveNodes(args.ids);
        // Each refusal stays an error of its own item (graphql answers an Error in a list as that item's error).
        return Promise.all(
          nodes.map((node, index) =>
            visibleOrNull(node, args.ids[index]?.typename ?? "", context, info).catch(
              (error: unknown) => error,
            ),
          ),
        );
      },
    },
    mutationInputArgOptions: { description: "The mutation's input." },
    nodeTypeOptions: { description: "An object with a global ID, fetchable with node(id)." },
    pageInfoTypeOptions: { description: "Where a page stands in its list." },
    idFieldOptions: { description: "Opaque global ID." },
    edgesFieldOptions: { description: "The page's items, each with its cursor." },
    nodeFieldOptions: { description: "The item." },
    cursorFieldOptions: { description: "Pass as after (or before) to read the next (or previous) page." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items come before this page." },
    startCursorFieldOptions: { description: "Cursor of the first item of the page." },
    endCursorFieldOptions: { description: "Cursor of the last item of the page." },
    pageInfoFieldOptions: { description: "Paging information." },
    firstArgOptions: { description: "Page size from the start or after a cursor (0–100, default 20)." },
    lastArgOptions: { description: "Page size from the end or before a cursor (0–100)." },
    afterArgOptions: { description: "Cursor after which the page starts." },
    beforeArgOptions: { description: "Cursor before which the page ends." },
    defaultConnectionTypeOptions: { description: "A page of a list." },
    defaultEdgeTypeOptions: { description: "An item of a page with its cursor." },
    defaultPayloadTypeOptions: { description: "The result of a mutation." },
    defaultMutationInputTypeOptions: { description: "The mutation's input." },
    encodeGlobalID: (typename, id, context) =>
      encodeGlobalId(typename, String(id), context.tenant.isDefault ? null : context.tenant.key),
    decodeGlobalID: (globalID, context) => {
      const decoded = decodeGlobalId(globalID);
      if (!decoded) {
        throw localizedError(
          {
            vi: `"${globalID.slice(0, 100)}" không phải ID do Chibo cấp.`,
            en: `"${globalID.slice(0, 100)}" is not an ID issued by Chibo.`,
          },
          { extensions: { code: "INVALID_ID" } },
        );
      }
      // The cost of an operation is measured before its context (and tenant) exists: IDs are then only read.
      if (!context.tenant) return { typename: decoded.typename, id: decoded.id };
      const tenant = decoded.tenant ?? tenantKeyOfUnprefixedIds(context);
      if (tenant !== context.tenant.key) {
        throw localizedError(
          {
            vi:
              `"${globalID.slice(0, 100)}" thuộc cơ sở dữ liệu "${tenant}", không phải "${context.tenant.key}": hãy gửi ` +
              `yêu cầu đến đó (Chibo-Tenant: ${tenant}); một yêu cầu không đọc hay ghi hai cơ sở dữ liệu.`,
            en:
              `"${globalID.slice(0, 100)}" belongs to tenant "${tenant}", not "${context.tenant.key}": send the request ` +
              `to its tenant (Chibo-Tenant: ${tenant}); one request never reads or writes two tenants.`,
          },
          { extensions: { code: "CROSS_TENANT" } },
        );
      }
      return { typename: decoded.typename, id: decoded.id };
    },
  },
});

/**
 * An object looked up by ID, or null when the viewer may not read it: exactly the answer for an ID of nothing, so
 * that an ID tells no one outside its reach whether it exists. The object's type scopes (those scope-auth runs on
 * each of its fields) decide, evaluated once here.
 */
export async function visibleOrNull<Node>(
  node: Node | null | undefined,
  typename: string,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<Node | null> {
  const options = info.schema.getType(typename)?.extensions?.pothosOptions as
    | { authScopes?: unknown }
    | undefined;
  const scopes = options?.authScopes;
  if (scopes === undefined) return node ?? null;
  // Objects that need a reader ask anonymous viewers to sign in, whether or not the ID names one.
  if (!context.access.isAuthenticated) throw signInFirst();
  if (node === null || node === undefined) return null;
  const map = typeof scopes === "function" ? await scopes(node, context) : scopes;
  if (typeof map === "boolean") return map ? node : null;
  try {
    await builder.runAuthScopes(context, map as never);
    return node;
  } catch {
    return null;
  }
}

/** IDs without a tenant prefix are the default tenant's. */
function tenantKeyOfUnprefixedIds(context: Context): string {
  return context.tenant.isDefault ? context.tenant.key : (context.tenants[0]?.key ?? "default");
}

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds (all pages).",
    resolve: (connection) => connection.totalCount,
  }),
);

builder.queryType({ description: "Reading Chibo." });
builder.mutationType({ description: "Changing Chibo: each mutation is one atomic write." });
builder.subscriptionType({
  description:
    "Live events over SSE (graphql-sse, distinct connections): see docs/live.md for the client set-up.",
});
