import { builder } from "../../builder";
import type { Context } from "../../context";
import { type AuditRow, auditEntriesByIds, auditListQuery } from "../../db/audit";
import { CellRef, cellReference } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { loadableNode } from "../common/nodes";
import { personReference } from "../people/refs";

type LoggedValues = Record<string, unknown>;

/**
 * Values of a logged row that only readers of the person's personal fields may see (Decree 13/2023). An
 * organization's discipline flags point at its leaders, so they follow the organization's writers.
 */
const PERSONAL_COLUMNS: Record<
  string,
  { columns: string[]; mayRead: (values: LoggedValues, context: Context) => Promise<boolean> }
> = {
  people: {
    columns: ["birth_date", "phone", "email", "identity_number"],
    mayRead: (values, context) => context.access.canReadPersonal(String(values.id)),
  },
  ratings: {
    columns: ["disciplined", "remedied"],
    mayRead: (values, context) =>
      typeof values.person_id === "string"
        ? context.access.canReadPersonal(values.person_id)
        : context.access.canWrite(String(values.cell_id)),
  },
};

async function visibleValues(row: AuditRow, json: string | null, context: Context): Promise<string | null> {
  if (json === null) return null;
  const personal = PERSONAL_COLUMNS[row.table_name];
  if (!personal) return json;
  const values = JSON.parse(json) as LoggedValues;
  if (await personal.mayRead(values, context)) return json;
  for (const column of personal.columns) if (column in values) values[column] = null;
  return JSON.stringify(values);
}

const AuditEntryRef = loadableNode<AuditRow>("AuditEntry", auditEntriesByIds, (row) => String(row.id));

AuditEntryRef.implement({
  description: "One row changed by one mutation: who, when, which operation, the values before and after.",
  runScopesOnType: true,
  authScopes: (row) => (row.scope_cell_id ? { governUnder: row.scope_cell_id } : { admin: true }),
  fields: (t) => ({
    sequence: t.exposeInt("id", { description: "Order of the entries (increasing)." }),
    requestId: t.exposeString("request_id", { description: "The request that made the change." }),
    at: t.expose("at", { type: "DateTime", description: "When." }),
    actor: personReference.optional(t, "Who, where the token named a person.", (row) => row.actor_person_id),
    actorGrants: t.string({
      description: "The grants the token carried (JSON).",
      resolve: (row) => row.actor_grants ?? "[]",
    }),
    operation: t.exposeString("operation", { description: "The mutation (e.g. admitMember)." }),
    scope: cellReference.optional(t, "The organization the mutation acted on.", (row) => row.scope_cell_id),
    table: t.exposeString("table_name", { description: "The table of the row." }),
    rowKey: t.exposeString("row_key", {
      description: "The row's key (its id, or its key columns joined by /).",
    }),
    action: t.exposeString("action", { description: "INSERT, UPDATE or DELETE." }),
    before: t.string({
      nullable: true,
      description: "The row's values before (JSON); personal values only for readers allowed to see them.",
      resolve: (row, _args, context) => visibleValues(row, row.before, context),
    }),
    after: t.string({
      nullable: true,
      description: "The row's values after (JSON); personal values only for readers allowed to see them.",
      resolve: (row, _args, context) => visibleValues(row, row.after, context),
    }),
  }),
});

const AuditFilter = builder.inputType("AuditFilter", {
  description: "Which audit entries to list.",
  fields: (t) => ({
    cellId: t.globalID({
      for: CellRef,
      description: "Entries of mutations on this organization's subtree (required, except for admins).",
    }),
    operation: t.string({ description: "Only this mutation." }),
    from: t.field({ type: "DateTime", description: "At or after." }),
    to: t.field({ type: "DateTime", description: "Before." }),
    requestId: t.string({ description: "Only this request." }),
  }),
});

builder.queryField("auditLog", (t) =>
  t.connection({
    type: AuditEntryRef,
    description:
      "Who changed what, newest first: for committees over their subtree, for admins over everything. Entries are " +
      "written in the same batch as the change and cannot be changed or deleted through the API.",
    args: { filter: t.arg({ type: AuditFilter, description: "What to list." }) },
    authScopes: (_root, args) =>
      args.filter?.cellId ? { governUnder: args.filter.cellId.id } : { admin: true },
    resolve: async (_root, args, context) => {
      const filter = args.filter ?? {};
      const cell = filter.cellId ? await context.loaders.cell.load(filter.cellId.id) : null;
      const query = auditListQuery({
        underPath: filter.cellId ? (cell?.path ?? "/nowhere/") : null,
        operation: filter.operation ?? null,
        from: filter.from ? new Date(filter.from).toISOString() : null,
        to: filter.to ? new Date(filter.to).toISOString() : null,
        requestId: filter.requestId ?? null,
      });
      return connectionOf<AuditRow>(context, "auditLog", query, "", args);
    },
  }),
);
