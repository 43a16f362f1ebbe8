import type { Context } from "../../context";
import {
  type CellRow,
  cellFacts,
  dissolutionCounts,
  dissolveEmptyCell,
  followsInLineage,
  insertAlias,
  insertCell,
  insertLineage,
  insertTerm,
  lineageBetween,
  moveSubtree,
  termsByCellIds,
  touchCell,
  updateCell,
} from "../../db/cells";
import { newId } from "../../db/database";
import {
  assertActive,
  assertDissolutionApplied,
  assertDissolvable,
  assertNotIntoOwnSubtree,
  assertPlacement,
  assertSuccession,
  assertTermFree,
  assertTermLength,
  pathOf,
  validCellName,
} from "../../domain/cells";
import { assertPeriodOrder } from "../../domain/dates";
import { validIssuerCode } from "../../domain/document-numbers";
import { normalizeName } from "../../domain/text";
import { assertExpectedVersion } from "../../domain/versions";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, optionalDocumentId } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { CellRef, TermRef } from "./refs";
import { CellKindEnum, LineageKindEnum } from "./types";

export async function reloadCell(context: Context, id: string): Promise<CellRow> {
  context.loaders.cell.clear(id);
  return cellOrRefuse(context, id, "id");
}

/** Structural changes to a cell are decided by the committees above it (ADMIN for a top organization). */
async function governsPlaceOf(cellId: string, context: Context) {
  const cell = await context.loaders.cell.load(cellId);
  if (cell === null) return { governUnder: cellId };
  return cell.parent_id ? { governUnder: cell.parent_id } : { admin: true };
}

function aliasesOf(names: readonly string[] | null | undefined): string[] {
  return [...new Set((names ?? []).map(normalizeName).filter((name) => name.length > 0))];
}

defineMutation("createCell", {
  description: "Founds an organization under a committee (or a top organization, for admins).",
  inputFields: (t) => ({
    name: t.string({ required: true, description: "Official name." }),
    kind: t.field({ type: CellKindEnum, required: true, description: "Kind of organization." }),
    parentId: t.globalID({ for: CellRef, description: "The committee above; omit for a top organization." }),
    foundedOn: t.field({ type: "PartialDate", description: "Founding date." }),
    foundingDocumentId: t.globalID({ for: DocumentRef, description: "The decision that founded it." }),
    documentCode: t.string({ description: "Issuer code of its own documents (“ĐU”, “CB”)." }),
    aliases: t.stringList({ description: "Other names it is known by." }),
  }),
  output: { field: "cell", type: CellRef, description: "The new organization." },
  authorize: (input) => (input.parentId ? { governUnder: input.parentId.id } : { admin: true }),
  run: async (input, context) => {
    const parent = input.parentId ? await cellOrRefuse(context, input.parentId.id, "parentId") : null;
    const name = validCellName(input.name, ["name"]);
    assertPlacement(input.kind, parent ? cellFacts(parent) : null, ["parentId"]);
    const id = newId();
    const aliases = aliasesOf(input.aliases).filter((alias) => alias !== name);
    await context.db.write([
      ...(parent ? [context.db.guardVersion("cells", parent.id, parent.version)] : []),
      ...insertCell(
        context.db,
        {
          id,
          kind: input.kind,
          name,
          parentId: parent?.id ?? null,
          path: pathOf(id, parent),
          foundedOn: input.foundedOn ?? null,
          foundingDocumentId: await optionalDocumentId(
            context,
            input.foundingDocumentId,
            "foundingDocumentId",
          ),
          documentCode: validIssuerCode(input.documentCode, ["documentCode"]),
          aliases,
        },
        aliases.map(() => newId()),
      ),
    ]);
    return reloadCell(context, id);
  },
});

defineMutation("updateCell", {
  description:
    "Changes an organization's name, aliases or founding facts. A new name keeps the old one as a former name.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
    name: t.string({ description: "New official name." }),
    renamedOn: t.field({
      type: "PartialDate",
      description: "When the new name took effect (default today).",
    }),
    addAliases: t.stringList({ description: "Other names to record." }),
    foundedOn: t.field({ type: "PartialDate", description: "Founding date." }),
    foundingDocumentId: t.globalID({ for: DocumentRef, description: "The decision that founded it." }),
    documentCode: t.string({ description: "Issuer code of its own documents (“ĐU”, “CB”)." }),
  }),
  output: { field: "cell", type: CellRef, description: "The organization as changed." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertExpectedVersion(cell, input.expectedVersion);
    const name = input.name == null ? cell.name : validCellName(input.name, ["name"]);
    const renamed = name !== cell.name;
    const statements = [
      context.db.guardVersion("cells", cell.id, cell.version),
      ...aliasesOf(input.addAliases)
        .filter((alias) => alias !== name)
        .map((alias) =>
          insertAlias(context.db, {
            id: newId(),
            cell_id: cell.id,
            name: alias,
            kind: "ALIAS",
            used_from: null,
            used_until: null,
          }),
        ),
    ];
    if (renamed) {
      statements.push(
        insertAlias(context.db, {
          id: newId(),
          cell_id: cell.id,
          name: cell.name,
          kind: "FORMER_NAME",
          used_from: cell.founded_on,
          used_until: input.renamedOn ?? context.today,
        }),
      );
    }
    statements.push(
      updateCell(context.db, cell.id, {
        kind: cell.kind,
        name,
        foundedOn: input.foundedOn === undefined ? cell.founded_on : input.foundedOn,
        foundingDocumentId:
          input.foundingDocumentId === undefined
            ? cell.founding_document_id
            : await optionalDocumentId(context, input.foundingDocumentId, "foundingDocumentId"),
        documentCode:
          input.documentCode === undefined
            ? cell.document_code
            : validIssuerCode(input.documentCode, ["documentCode"]),
      }),
    );
    await context.db.write(statements);
    return reloadCell(context, cell.id);
  },
});

defineMutation("moveCell", {
  description: "Moves an organization, with its whole subtree, under another committee.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization to move." }),
    newParentId: t.globalID({ for: CellRef, required: true, description: "The committee it moves under." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
  }),
  output: { field: "cell", type: CellRef, description: "The organization in its new place." },
  authorize: async (input, context) => ({
    $all: {
      ...(await governsPlaceOf(input.cellId.id, context)),
      $all: { governUnder: input.newParentId.id },
    },
  }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const newParent = await cellOrRefuse(context, input.newParentId.id, "newParentId");
    assertExpectedVersion(cell, input.expectedVersion);
    assertActive(cellFacts(cell), ["cellId"]);
    assertNotIntoOwnSubtree(cellFacts(cell), cellFacts(newParent), ["newParentId"]);
    assertPlacement(cell.kind, cellFacts(newParent), ["newParentId"]);
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      context.db.guardVersion("cells", newParent.id, newParent.version),
      ...moveSubtree(context.db, cell, newParent.id, pathOf(cell.id, newParent)),
    ]);
    return reloadCell(context, cell.id);
  },
});

defineMutation("dissolveCell", {
  description: "Dissolves an organization that has no active members and no active organizations below.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization." }),
    dissolvedOn: t.field({ type: "PartialDate", required: true, description: "Dissolution date." }),
    expectedVersion: t.int({ required: true, description: "The version read; a newer one means CONFLICT." }),
  }),
  output: { field: "cell", type: CellRef, description: "The dissolved organization." },
  authorize: (input, context) => governsPlaceOf(input.cellId.id, context),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertExpectedVersion(cell, input.expectedVersion);
    assertDissolvable(cellFacts(cell), input.dissolvedOn, await dissolutionCounts(context.db, cell));
    const [, result] = await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      dissolveEmptyCell(context.db, cell.id, input.dissolvedOn),
    ]);
    assertDissolutionApplied(cell.name, result?.meta.changes ?? 0);
    return reloadCell(context, cell.id);
  },
});

defineMutation("recordSuccession", {
  description: "Records that one organization followed another (renamed, merged, split, succeeded).",
  inputFields: (t) => ({
    predecessorId: t.globalID({ for: CellRef, required: true, description: "The organization before." }),
    successorId: t.globalID({ for: CellRef, required: true, description: "The organization after." }),
    kind: t.field({ type: LineageKindEnum, required: true, description: "How it followed." }),
    occurredOn: t.field({ type: "PartialDate", required: true, description: "When." }),
    decisionDocumentId: t.globalID({ for: DocumentRef, description: "The decision that recorded it." }),
    note: t.string({ description: "Free-text context." }),
  }),
  output: { field: "successor", type: CellRef, description: "The successor, with its predecessors." },
  authorize: async (input, context) => ({
    $all: {
      ...(await governsPlaceOf(input.predecessorId.id, context)),
      $all: await governsPlaceOf(input.successorId.id, context),
    },
  }),
  run: async (input, context) => {
    const predecessor = await cellOrRefuse(context, input.predecessorId.id, "predecessorId");
    const successor = await cellOrRefuse(context, input.successorId.id, "successorId");
    const [recorded, reversed] = await Promise.all([
      lineageBetween(context.db, predecessor.id, successor.id),
      followsInLineage(context.db, successor.id, predecessor.id),
    ]);
    assertSuccession({ predecessor, successor, recorded: recorded !== null, reversed });
    await context.db.write([
      context.db.guardVersion("cells", predecessor.id, predecessor.version),
      context.db.guardVersion("cells", successor.id, successor.version),
      insertLineage(context.db, {
        id: newId(),
        predecessor_id: predecessor.id,
        successor_id: successor.id,
        kind: input.kind,
        occurred_on: input.occurredOn,
        decision_document_id: await optionalDocumentId(
          context,
          input.decisionDocumentId,
          "decisionDocumentId",
        ),
        note: input.note?.trim() || null,
      }),
      touchCell(context.db, predecessor.id),
      touchCell(context.db, successor.id),
    ]);
    return reloadCell(context, successor.id);
  },
});

defineMutation("createTerm", {
  description: "Records a term (nhiệm kỳ) of an organization, from its congress to the next.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization." }),
    startsOn: t.field({ type: "PartialDate", required: true, description: "Start (the congress)." }),
    endsOn: t.field({ type: "PartialDate", required: true, description: "End (the next congress)." }),
  }),
  output: { field: "term", type: TermRef, description: "The new term." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertPeriodOrder(input.startsOn, input.endsOn, ["endsOn"]);
    assertTermLength(cell, { from: input.startsOn, until: input.endsOn });
    assertTermFree(
      cell.name,
      { from: input.startsOn, until: input.endsOn },
      (await termsByCellIds(context.db, [cell.id])).map((term) => ({
        from: term.starts_on,
        until: term.ends_on,
      })),
    );
    const term = { id: newId(), cell_id: cell.id, starts_on: input.startsOn, ends_on: input.endsOn };
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      insertTerm(context.db, term),
      touchCell(context.db, cell.id),
    ]);
    return term;
  },
});
