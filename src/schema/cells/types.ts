import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import {
  aliasesByCellIds,
  type CellAliasRow,
  type CellRow,
  childrenListQuery,
  descendantsListQuery,
  type LineageRow,
  lineageByPredecessorIds,
  lineageBySuccessorIds,
  type TermRow,
  termsByCellIds,
} from "../../db/cells";
import type { ListQuery, Page } from "../../db/pages";
import { memberPeopleOfCellsOn, type RoleRow, rolesByCellIds, rolesByTermIds } from "../../db/people";
import { ALIAS_KIND_LABELS, CELL_KIND_LABELS, isCellKind, LINEAGE_KIND_LABELS } from "../../domain/cells";
import { periodCovers } from "../../domain/membership";
import { asConnection, withoutErrors } from "../common/connections";
import { recordFields, rowsNamingIt } from "../common/fields";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { RoleRef } from "../people/refs";
import { CellRef, cellReference, TermRef } from "./refs";

export const CellKindEnum = labelledEnum(
  "CellKind",
  "Kind of party organization (committees lead a subtree; cells hold the members).",
  CELL_KIND_LABELS,
);
export const LineageKindEnum = labelledEnum(
  "LineageKind",
  "How one organization followed another.",
  LINEAGE_KIND_LABELS,
);
export const AliasKindEnum = labelledEnum(
  "AliasKind",
  "Why an organization has another name.",
  ALIAS_KIND_LABELS,
);

/**
 * A page of organizations also fills the cell loader: a tree view asks each one's parent, which is the list's root
 * or another organization of the page, and reads it from there instead of D1.
 */
function primeCells(context: Context, page: Page<CellRow>): Page<CellRow> {
  context.loaders.primeCells(page.rows);
  return page;
}

/** A page of the organizations below a cell, by name: its children or its whole subtree. */
function organizationsBelow(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, CellRow>,
  list: "children" | "descendants",
  description: string,
  listQuery: (includeDissolved: boolean) => ListQuery,
) {
  return t.connection({
    type: CellRef,
    description,
    args: {
      includeDissolved: t.arg.boolean({ description: "Also list dissolved ones.", defaultValue: false }),
    },
    resolve: async (cell, args, context) =>
      asConnection(
        primeCells(
          context,
          await context.loaders.page<CellRow>(list, listQuery(args.includeDissolved ?? false), cell.id, args),
        ),
      ),
  });
}

builder.node(CellRef, {
  description: "A party organization: a committee (đảng bộ) at any level or a cell (chi bộ).",
  id: { resolve: (cell) => cell.id },
  loadMany: async (ids, context) => withoutErrors(await context.loaders.cell.loadMany(ids)),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Current official name." }),
    aliases: t.loadableGroup({
      type: builder.objectRef<CellAliasRow>("CellAlias").implement({
        description: "Another name of an organization: an informal name or a name it had before.",
        fields: (a) => ({
          name: a.exposeString("name", { description: "The name as written." }),
          kind: a.expose("kind", { type: AliasKindEnum, description: "Informal name or former name." }),
          kindLabel: a.string({
            description: "Vietnamese label of kind.",
            resolve: (cellAlias) => ALIAS_KIND_LABELS[cellAlias.kind],
          }),
          usedFrom: a.expose("used_from", {
            type: "PartialDate",
            nullable: true,
            description: "Used since.",
          }),
          usedUntil: a.expose("used_until", {
            type: "PartialDate",
            nullable: true,
            description: "Used until (exclusive); null while in use.",
          }),
        }),
      }),
      description: "Other names: informal names and former names with their dates.",
      load: (cellIds: string[], context) => aliasesByCellIds(context.db, cellIds),
      group: (alias) => alias.cell_id,
      resolve: (cell) => cell.id,
    }),
    ...labelledFields(t, "kind", CellKindEnum, "Kind of organization.", (cell) => cell.kind),
    isCell: t.boolean({
      description: "True for a cell (chi bộ), which holds members; false for a committee.",
      resolve: (cell) => isCellKind(cell.kind),
    }),
    parent: cellReference.optional(
      t,
      "The organization directly above; null at the top of the tree.",
      (cell) => cell.parent_id,
    ),
    ancestors: t.field({
      type: [CellRef],
      description: "Every organization above, the top first.",
      resolve: async (cell, _args, context) => {
        const ids = cell.path.split("/").filter((id) => id && id !== cell.id);
        const rows = await context.loaders.cell.loadMany(ids);
        return rows.filter((row): row is CellRow => row !== null && !(row instanceof Error));
      },
    }),
    children: organizationsBelow(t, "children", "Organizations directly below, by name.", childrenListQuery),
    descendants: organizationsBelow(
      t,
      "descendants",
      "The whole subtree below, by name.",
      descendantsListQuery,
    ),
    foundedOn: t.expose("founded_on", { type: "PartialDate", nullable: true, description: "Founding date." }),
    dissolvedOn: t.expose("dissolved_on", {
      type: "PartialDate",
      nullable: true,
      description: "Dissolution date; null while active.",
    }),
    documentCode: t.exposeString("document_code", {
      nullable: true,
      description: "Issuer code of its own documents (“ĐU”, “ĐUK”, “CB”), used to number them.",
    }),
    isDissolved: t.boolean({
      description: "Whether it was dissolved.",
      resolve: (cell) => cell.dissolved_on !== null,
    }),
    predecessors: rowsNamingIt(
      t,
      SuccessionRef,
      "Organizations this one followed (renamed from, merged from, split from, succeeded).",
      lineageBySuccessorIds,
      (lineage) => lineage.successor_id,
    ),
    successors: rowsNamingIt(
      t,
      SuccessionRef,
      "Organizations that followed this one.",
      lineageByPredecessorIds,
      (lineage) => lineage.predecessor_id,
    ),
    terms: rowsNamingIt(
      t,
      TermRef,
      "Terms (nhiệm kỳ), oldest first, each with the officers elected for it.",
      termsByCellIds,
      (term) => term.cell_id,
    ),
    officers: t.field({
      type: [RoleRef],
      nullable: true,
      description: "Offices held in this organization on a day (secretary, deputy, committee members).",
      args: { on: t.arg({ type: "Date", description: "The day; today (Asia/Ho_Chi_Minh) by default." }) },
      authScopes: (cell) => ({ readCell: cell.id }),
      resolve: async (cell, args, context) => {
        const day = args.on ?? context.today;
        const roles = await officesOf(cell.id, context);
        return roles.filter((role) => periodCovers({ from: role.started_on, until: role.ended_on }, day));
      },
    }),
    ...recordFields(t),
  }),
});

/** Every office ever held in a cell, oldest first. */
export const officesOf = listByKey("rolesOfCell", rolesByCellIds, (role) => role.cell_id);

/**
 * The ids of a cell's members on a day (its reminders, the badges due on an occasion). Their person rows come in
 * the same read and fill the request's person loader, so the caller's next look at them costs no round trip.
 */
export async function membersOn(cellId: string, day: string, context: Context): Promise<string[]> {
  const rows = await listByKey(
    `membersOn:${day}`,
    (db, ids) => memberPeopleOfCellsOn(db, ids, day),
    (row) => row.member_of,
  )(cellId, context);
  return rows.map(({ member_of: _cell, ...person }) => {
    context.loaders.person.prime(person.id, person);
    return person.id;
  });
}

export const SuccessionRef = builder.objectRef<LineageRow>("CellSuccession").implement({
  description: "One organization following another, with the date and the decision where known.",
  fields: (t) => ({
    predecessor: cellReference.required(t, "The organization before.", (row) => row.predecessor_id),
    successor: cellReference.required(t, "The organization after.", (row) => row.successor_id),
    ...labelledFields(t, "kind", LineageKindEnum, "Renamed, merged, split or succeeded.", (row) => row.kind),
    occurredOn: t.expose("occurred_on", { type: "PartialDate", description: "When it happened." }),
    note: t.exposeString("note", { nullable: true, description: "Free-text context." }),
  }),
});

TermRef.implement({
  description: "A term (nhiệm kỳ) of an organization, from one congress to the next.",
  fields: (t) => ({
    cell: cellReference.required(t, "The organization whose term it is.", (term) => term.cell_id),
    startsOn: t.expose("starts_on", {
      type: "PartialDate",
      description: "Start of the term (the congress).",
    }),
    endsOn: t.expose("ends_on", { type: "PartialDate", description: "End of the term (the next congress)." }),
    label: t.string({
      description: "The term as people write it, e.g. “2017–2020”.",
      resolve: (term) => `${term.starts_on.slice(0, 4)}–${term.ends_on.slice(0, 4)}`,
    }),
    officers: t.loadableGroup({
      type: RoleRef,
      nullable: true,
      description: "The offices elected for this term.",
      authScopes: (term) => ({ readCell: (term as TermRow).cell_id }),
      load: (termIds: string[], context) => rolesByTermIds(context.db, termIds),
      group: (role) => (role as RoleRow).term_id ?? "",
      resolve: (term) => term.id,
    }),
  }),
});
