import { builder } from "../../builder";
import { newId } from "../../db/database";
import { duesBasesByPersonIds, insertDuesBasis } from "../../db/dues";
import { memberPeopleOfCellsOn, type PersonRow } from "../../db/people";
import { assertImportSize, MAX_IMPORT_ROWS } from "../../domain/import";
import {
  type DuesBasisImportRow,
  duesBasisRowIssues,
  isRecordedBasis,
  matchDuesBasisRows,
} from "../../domain/import-dues";
import { type Problem, Refusal } from "../../domain/refusal";
import { normalizeName } from "../../domain/text";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";
import { type ImportResult, ImportResultRef, type RowOutcome } from "../people/import";
import { DuesCategoryEnum } from "./refs";

/** Members' dues bases from a cell's spreadsheet (`npm run import -- --kind dues-bases`). */

const DuesBasisImportRowInput = builder.inputType("DuesBasisImportRowInput", {
  description:
    "A row of a cell's list of dues bases: the member, the first month, the category and the amounts.",
  fields: (t) => ({
    fullName: t.string({ required: true, description: "The member's full name, as the cell records it." }),
    birthDate: t.field({ type: "Date", description: "Date of birth, where two members share a name." }),
    fromMonth: t.field({ type: "Month", required: true, description: "The first month it applies to." }),
    category: t.field({ type: DuesCategoryEnum, required: true, description: "The category." }),
    figure: t.field({ type: "Dong", description: "The salary, pension or benefit in đồng." }),
    monthlyAmount: t.field({ type: "Dong", description: "The monthly amount in đồng." }),
  }),
});

defineMutation("importDuesBases", {
  description:
    `Records the dues bases of a cell's members from its list (at most ${MAX_IMPORT_ROWS} rows) in one atomic ` +
    "write. Each row names a member of the cell today (by name, and birth date where two share one) and is checked " +
    "as setDuesBasis checks it; one refused row refuses the batch, with an error per row at fault (field " +
    "rows.<index>.<field>). A basis the member already has is left unchanged, so the same list again writes nothing.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell (chi bộ)." }),
    rows: t.field({ type: [DuesBasisImportRowInput], required: true, description: "The list's rows." }),
    dryRun: t.boolean({ description: "Check and count only, write nothing." }),
  }),
  output: { field: "result", type: ImportResultRef, description: "What the import did (or would do)." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    assertImportSize(input.rows.length);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const rows: DuesBasisImportRow[] = input.rows.map((row) => ({
      fullName: normalizeName(row.fullName),
      birthDate: row.birthDate ?? null,
      fromMonth: row.fromMonth,
      category: row.category,
      figure: row.figure ?? null,
      monthlyAmount: row.monthlyAmount ?? null,
    }));
    const members = await memberPeopleOfCellsOn(context.db, [cell.id], context.today);
    const matches = matchDuesBasisRows(
      rows,
      members.map((member) => ({ id: member.id, fullName: member.full_name, birthDate: member.birth_date })),
    );
    const problems: Problem[] = rows.flatMap((row, index) => {
      const match = matches[index];
      const issues = [...(match && "issue" in match ? [match.issue] : []), ...duesBasisRowIssues(row)];
      return issues.map((issue) => ({ ...issue, field: ["rows", String(index), issue.field] }));
    });
    if (problems.length > 0) throw new Refusal(problems);
    const personIds = matches.map((match) => ("personId" in match ? match.personId : ""));
    const existing = await duesBasesByPersonIds(context.db, [...new Set(personIds)]);
    const people = new Map<string, PersonRow>(members.map((member) => [member.id, member]));
    const outcomes: RowOutcome[] = rows.map((row, index) => {
      const personId = personIds[index] as string;
      const known = isRecordedBasis(
        row,
        existing
          .filter((basis) => basis.person_id === personId)
          .map((basis) => ({
            fromMonth: basis.from_month,
            category: basis.category,
            figure: basis.figure,
            monthlyAmount: basis.monthly_amount,
          })),
      );
      return { row: index, outcome: known ? "UNCHANGED" : "CREATED", person: people.get(personId) ?? null };
    });
    const toCreate = outcomes.filter((outcome) => outcome.outcome === "CREATED");
    if (!input.dryRun && toCreate.length > 0) {
      await context.db.write(
        toCreate.map(({ row: index }) => {
          const row = rows[index] as DuesBasisImportRow;
          return insertDuesBasis(context.db, {
            id: newId(),
            person_id: personIds[index] as string,
            from_month: row.fromMonth,
            category: row.category,
            figure: row.figure,
            monthly_amount: row.monthlyAmount,
            recorded_by: context.viewer?.principal ?? null,
          });
        }),
      );
    }
    const result: ImportResult = {
      cell,
      created: toCreate.length,
      unchanged: outcomes.length - toCreate.length,
      dryRun: input.dryRun ?? false,
      rows: outcomes,
    };
    return result;
  },
});
