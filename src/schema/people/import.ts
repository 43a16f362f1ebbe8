import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { cellFacts } from "../../db/cells";
import { newId } from "../../db/database";
import { guardPeopleOfCell, importSurroundings, insertImportedMember } from "../../db/import";
import { type MemberFileRow, writeMemberFile } from "../../db/member-files";
import { insertCandidate, NO_CONTACT_DETAILS, openMembership, type PersonRow } from "../../db/people";
import { assertReceivesMembers } from "../../domain/cells";
import { assertImportSize, MAX_IMPORT_ROWS } from "../../domain/import";
import { type MemberImportRow, membershipStartOf, planMemberImport } from "../../domain/import-members";
import {
  duplicateCardProblem,
  duplicateCards,
  normalizeGeneralEducation,
  normalizePartyCardNumber,
} from "../../domain/member-file";
import { PARTY_STATUS_LABELS } from "../../domain/membership";
import { Refusal } from "../../domain/refusal";
import { normalizeName } from "../../domain/text";
import { CellRef } from "../cells/refs";
import { labelledEnum, labelledFields } from "../common/labels";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse } from "../common/references";
import { cardsHeldWithinReach, memberFileInputFields } from "./member-file";
import { PersonRef } from "./refs";

const ImportedStatusEnum = labelledEnum(
  "MemberImportStatus",
  "The standings a member list records: outstanding candidate, probationary or official member.",
  {
    CANDIDATE: PARTY_STATUS_LABELS.CANDIDATE,
    PROBATIONARY: PARTY_STATUS_LABELS.PROBATIONARY,
    OFFICIAL: PARTY_STATUS_LABELS.OFFICIAL,
  },
);

const IMPORT_OUTCOME_LABELS = {
  CREATED: "Tạo mới",
  UNCHANGED: "Đã có, không thay đổi",
} as const;
export type ImportOutcome = keyof typeof IMPORT_OUTCOME_LABELS;

const ImportOutcomeEnum = labelledEnum(
  "ImportOutcome",
  "What an import did with a row.",
  IMPORT_OUTCOME_LABELS,
);

function cardOf(row: MemberImportRow): string | null {
  return row.partyCardNumber ? normalizePartyCardNumber(row.partyCardNumber) : null;
}

/** The member file a created row writes, when the list gives any of it. */
function fileOf(personId: string, row: MemberImportRow): MemberFileRow | null {
  const file: Omit<MemberFileRow, "person_id"> = {
    gender: row.gender ?? null,
    ethnic_group_code: row.ethnicGroupCode ?? null,
    religion: row.religion ?? null,
    birthplace: row.birthplace ?? null,
    home_town: row.homeTown ?? null,
    occupation: row.occupation ?? null,
    general_education: row.generalEducation ? normalizeGeneralEducation(row.generalEducation) : null,
    professional_level: row.professionalLevel ?? null,
    political_theory_level: row.politicalTheoryLevel ?? null,
    state_management_level: row.stateManagementLevel ?? null,
    foreign_languages: row.foreignLanguages ?? null,
    party_card_number: cardOf(row),
    party_card_issued_on: row.partyCardIssuedOn ?? null,
  };
  return Object.values(file).some((value) => value !== null) ? { person_id: personId, ...file } : null;
}

/** A card number held by a member the importer can read, or twice in the list, refuses its rows (as updateMemberFile). */
async function refuseCardsHeld(rows: readonly { index: number; card: string | null }[], context: Context) {
  const cards = rows.map((row) => row.card);
  const held = await cardsHeldWithinReach(
    cards.filter((card): card is string => card !== null),
    null,
    context,
  );
  const problems = duplicateCards(cards, held).map((position) => ({
    ...duplicateCardProblem(),
    field: ["rows", String(rows[position]?.index), "partyCardNumber"],
  }));
  if (problems.length > 0) throw new Refusal(problems);
}

const MemberImportRowInput = builder.inputType("MemberImportRowInput", {
  description:
    "A row of a cell's member list: a candidate, or a probationary or official member with their dates.",
  fields: (t) => ({
    fullName: t.string({ required: true, description: "Full name, family name first." }),
    birthDate: t.field({ type: "Date", description: "Date of birth, if known." }),
    status: t.field({ type: ImportedStatusEnum, required: true, description: "Standing." }),
    admittedOn: t.field({
      type: "Date",
      description: "Day of the admission ceremony (required for a probationary member).",
    }),
    officialOn: t.field({ type: "Date", description: "Day of recognition as an official member." }),
    joinedOn: t.field({
      type: "Date",
      description:
        "First day in this cell, when the member came from elsewhere; the admission day by default.",
    }),
    // The member's file, checked as updateMemberFile checks it.
    ...memberFileInputFields(t),
  }),
});

export interface RowOutcome {
  row: number;
  outcome: ImportOutcome;
  person: PersonRow | null;
}

export interface ImportResult {
  cell: CellRow;
  created: number;
  unchanged: number;
  dryRun: boolean;
  rows: RowOutcome[];
}

const RowOutcomeRef = builder.objectRef<RowOutcome>("MemberImportOutcome").implement({
  description: "What the import did with one row.",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The row's index in the input (from 0)." }),
    ...labelledFields(t, "outcome", ImportOutcomeEnum, "Created or already recorded.", (row) => row.outcome),
    person: t.expose("person", {
      type: PersonRef,
      nullable: true,
      description:
        "The person created or found (for a dues basis, the member); null for a row a dry run would create.",
    }),
  }),
});

export const ImportResultRef = builder.objectRef<ImportResult>("MemberImportResult").implement({
  description: "The counts of an import of rows about a cell's members (its list, their dues bases).",
  fields: (t) => ({
    cell: t.expose("cell", { type: CellRef, description: "The cell." }),
    created: t.exposeInt("created", {
      description: "Rows recorded as new people or bases (or that would be, in a dry run).",
    }),
    unchanged: t.exposeInt("unchanged", {
      description:
        "Rows already recorded: a person the cell already has (same name, and same birth date where both give " +
        "one), a dues basis the member already has.",
    }),
    dryRun: t.exposeBoolean("dryRun", { description: "Whether nothing was written." }),
    rows: t.expose("rows", { type: [RowOutcomeRef], description: "Each row's outcome, in input order." }),
  }),
});

type Written<Row> = { [Key in keyof Row]?: Row[Key] | null };

/** A row as the API takes it: texts tidied, what is not given null. */
function rowOf(
  input: Written<MemberImportRow> & Pick<MemberImportRow, "fullName" | "status">,
): MemberImportRow {
  const tidy = (value: string | null | undefined) => (value ? normalizeName(value) || null : null);
  return {
    fullName: normalizeName(input.fullName),
    birthDate: input.birthDate ?? null,
    status: input.status,
    admittedOn: input.admittedOn ?? null,
    officialOn: input.officialOn ?? null,
    joinedOn: input.joinedOn ?? null,
    gender: input.gender ?? null,
    ethnicGroupCode: input.ethnicGroupCode?.trim() || null,
    partyCardNumber: input.partyCardNumber?.trim() || null,
    partyCardIssuedOn: input.partyCardIssuedOn ?? null,
    religion: tidy(input.religion),
    birthplace: tidy(input.birthplace),
    homeTown: tidy(input.homeTown),
    occupation: tidy(input.occupation),
    generalEducation: input.generalEducation?.trim() || null,
    professionalLevel: input.professionalLevel ?? null,
    politicalTheoryLevel: input.politicalTheoryLevel ?? null,
    stateManagementLevel: input.stateManagementLevel ?? null,
    foreignLanguages: tidy(input.foreignLanguages),
  };
}

defineMutation("importMembers", {
  description:
    `Records a cell's member list (at most ${MAX_IMPORT_ROWS} rows) in one atomic write: candidates, and ` +
    "probationary and official members with a membership from the day they joined the cell. A row whose person " +
    "the cell already has is left unchanged, so running the same list again writes nothing. Every row is checked " +
    "first (dates in order, 12-month probation, admission age, one membership at a time); one refused row " +
    "refuses the batch, with an error per row at fault (field rows.<index>.<field>).",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell (chi bộ)." }),
    rows: t.field({ type: [MemberImportRowInput], required: true, description: "The list's rows." }),
    dryRun: t.boolean({
      description: "Check and count only, write nothing (what `npm run import` shows before --apply).",
    }),
  }),
  output: { field: "result", type: ImportResultRef, description: "What the import did (or would do)." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    assertImportSize(input.rows.length);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertReceivesMembers(cellFacts(cell), ["cellId"]);
    const rows = input.rows.map(rowOf);
    const surroundings = await importSurroundings(
      context.db,
      cell.id,
      rows.map((row) => row.fullName),
    );
    const elsewhereIds = [
      ...new Set(surroundings.membershipsElsewhere.map((membership) => membership.person_id)),
    ];
    const readable = await Promise.all(elsewhereIds.map((id) => context.access.canReadPerson(id)));
    const readableElsewhere = new Set(elsewhereIds.filter((_id, index) => readable[index]));
    const plan = planMemberImport(
      rows,
      context.today,
      surroundings.peopleOfCell.map((person) => ({
        fullName: person.full_name,
        birthDate: person.birth_date,
      })),
      surroundings.membershipsElsewhere.map((membership) => ({
        fullName: membership.full_name,
        birthDate: membership.birth_date,
        cellName: membership.cell_name,
        startedOn: membership.started_on,
        endedOn: membership.ended_on,
        readable: readableElsewhere.has(membership.person_id),
      })),
    );
    const outcomes: RowOutcome[] = plan.map((known, index) =>
      known === null
        ? { row: index, outcome: "CREATED", person: null }
        : { row: index, outcome: "UNCHANGED", person: surroundings.peopleOfCell[known] ?? null },
    );

    const result = (written: RowOutcome[]): ImportResult => ({
      cell,
      created: written.filter((row) => row.outcome === "CREATED").length,
      unchanged: written.filter((row) => row.outcome === "UNCHANGED").length,
      dryRun: input.dryRun ?? false,
      rows: written,
    });
    const toCreate = outcomes.filter((outcome) => outcome.outcome === "CREATED");
    await refuseCardsHeld(
      toCreate.map(({ row: index }) => ({ index, card: cardOf(rows[index] as MemberImportRow) })),
      context,
    );
    if (input.dryRun || toCreate.length === 0) return result(outcomes);

    const ids = new Map<number, string>();
    const statements = toCreate.flatMap(({ row: index }) => {
      const row = rows[index] as MemberImportRow;
      const id = newId();
      ids.set(index, id);
      const start = membershipStartOf(row);
      if (row.status === "CANDIDATE" || !start) {
        return [
          insertCandidate(context.db, {
            id,
            fullName: row.fullName,
            birthDate: row.birthDate,
            candidateCellId: cell.id,
            ...NO_CONTACT_DETAILS,
          }),
        ];
      }
      const file = fileOf(id, row);
      return [
        insertImportedMember(context.db, {
          id,
          fullName: row.fullName,
          birthDate: row.birthDate,
          status: row.status,
          admittedOn: row.admittedOn,
          officialOn: row.officialOn,
        }),
        openMembership(context.db, {
          personId: id,
          cellId: cell.id,
          startedOn: start.startedOn,
          reason: start.reason,
        }),
        ...(file ? [writeMemberFile(context.db, file)] : []),
      ];
    });
    await context.db.write([
      context.db.guardVersion("cells", cell.id, cell.version),
      guardPeopleOfCell(context.db, cell.id, surroundings.peopleOfCell.length),
      ...statements,
    ]);
    const created = await context.loaders.person.loadMany([...ids.values()]);
    const byId = new Map(
      created
        .filter((person): person is PersonRow => person !== null && !(person instanceof Error))
        .map((person) => [person.id, person]),
    );
    return result(
      outcomes.map((outcome) =>
        outcome.outcome === "CREATED"
          ? { ...outcome, person: byId.get(ids.get(outcome.row) ?? "") ?? null }
          : outcome,
      ),
    );
  },
});
