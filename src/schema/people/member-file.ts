import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import {
  EMPTY_MEMBER_FILE,
  holdersOfCards,
  type MemberFileRow,
  memberFilesByPersonIds,
  writeMemberFile,
} from "../../db/member-files";
import {
  assertCardIssue,
  assertEthnicGroup,
  duplicateCards,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  normalizeGeneralEducation,
  normalizePartyCardNumber,
  POLITICAL_THEORY_LABELS,
  PROFESSIONAL_LEVEL_LABELS,
  refuseDuplicateCard,
  STATE_MANAGEMENT_LABELS,
} from "../../domain/member-file";
import { normalizeName } from "../../domain/text";
import { assertExpectedVersion } from "../../domain/versions";
import { labelledEnum, labelledFields } from "../common/labels";
import { rowByKey } from "../common/lists";
import { defineMutation } from "../common/mutations";
import { personOrRefuse } from "../common/references";
import { writePerson, writesPersonCell } from "./person-writes";
import { PersonRef } from "./refs";

/** The member's file (phiếu đảng viên): what the committees' member statistics count. Personal throughout. */

const GenderEnum = labelledEnum("Gender", "Gender as the member's file records it.", GENDER_LABELS);
const ProfessionalLevelEnum = labelledEnum(
  "ProfessionalLevel",
  "Professional qualification (trình độ chuyên môn).",
  PROFESSIONAL_LEVEL_LABELS,
);
const PoliticalTheoryEnum = labelledEnum(
  "PoliticalTheoryLevel",
  "Political theory level (trình độ lý luận chính trị).",
  POLITICAL_THEORY_LABELS,
);
const StateManagementEnum = labelledEnum(
  "StateManagementLevel",
  "State-management level (trình độ quản lý nhà nước).",
  STATE_MANAGEMENT_LABELS,
);

const EthnicGroupRef = builder.objectRef<readonly [string, string]>("EthnicGroup").implement({
  description: "One of the 54 ethnic groups of Viet Nam, under the General Statistics Office's code.",
  fields: (t) => ({
    code: t.string({ description: "The code, 01 (Kinh) to 54 (Rơ Măm).", resolve: ([code]) => code }),
    name: t.string({ description: "Its Vietnamese name.", resolve: ([, name]) => name }),
  }),
});

builder.queryField("ethnicGroups", (t) =>
  t.field({
    type: [EthnicGroupRef],
    description: "The 54 ethnic groups a member's file names, by code.",
    resolve: () => ETHNIC_GROUPS,
  }),
);

const MemberFileRef = builder.objectRef<MemberFileRow>("MemberFile").implement({
  description: "A member's file as far as a cell's records need it (phiếu đảng viên).",
  fields: (t) => ({
    // Every field of a file may be unrecorded: a file is written field by field (updateMemberFile, an import).
    ...labelledFields(t, "gender", GenderEnum, "Gender.", (file) => file.gender, { nullable: true }),
    ethnicGroup: t.field({
      type: EthnicGroupRef,
      nullable: true,
      description: "Ethnic group.",
      resolve: (file) => ETHNIC_GROUPS.find(([code]) => code === file.ethnic_group_code) ?? null,
    }),
    religion: t.exposeString("religion", { nullable: true, description: "Religion, as written." }),
    birthplace: t.exposeString("birthplace", { nullable: true, description: "Place of birth (nơi sinh)." }),
    homeTown: t.exposeString("home_town", { nullable: true, description: "Home town (quê quán)." }),
    occupation: t.exposeString("occupation", { nullable: true, description: "Occupation." }),
    generalEducation: t.exposeString("general_education", {
      nullable: true,
      description: "General education as grade/system, e.g. 12/12.",
    }),
    ...labelledFields(
      t,
      "professionalLevel",
      ProfessionalLevelEnum,
      "Professional qualification.",
      (file) => file.professional_level,
      { nullable: true },
    ),
    ...labelledFields(
      t,
      "politicalTheoryLevel",
      PoliticalTheoryEnum,
      "Political theory level.",
      (file) => file.political_theory_level,
      { nullable: true },
    ),
    ...labelledFields(
      t,
      "stateManagementLevel",
      StateManagementEnum,
      "State-management level.",
      (file) => file.state_management_level,
      { nullable: true },
    ),
    foreignLanguages: t.exposeString("foreign_languages", {
      nullable: true,
      description: "Foreign languages, as written.",
    }),
    partyCardNumber: t.exposeString("party_card_number", {
      nullable: true,
      description: "Party card number (số thẻ).",
    }),
    partyCardIssuedOn: t.expose("party_card_issued_on", {
      type: "Date",
      nullable: true,
      description: "The day the card was issued.",
    }),
  }),
});

/**
 * The card numbers among `cards` that a member other than `personId` holds and the viewer can read: a holder out of
 * their reach is not theirs to know of (the committee above both reads the two files).
 */
export async function cardsHeldWithinReach(
  cards: readonly string[],
  personId: string | null,
  context: Context,
): Promise<Set<string>> {
  const holders = (cards.length > 0 ? await holdersOfCards(context.db, cards) : []).filter(
    (holder) => holder.person_id !== personId,
  );
  const readable = await Promise.all(holders.map((holder) => context.access.canReadPerson(holder.person_id)));
  return new Set(
    holders.filter((_holder, index) => readable[index]).map((holder) => holder.party_card_number),
  );
}

const memberFileOf = rowByKey("memberFiles", memberFilesByPersonIds, (row) => row.person_id);

builder.objectField(PersonRef, "file", (t) =>
  t.field({
    type: MemberFileRef,
    nullable: true,
    description:
      "The member's file; null until something is recorded in it. Personal: the person, their cell's secretary and " +
      "the committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    resolve: (person, _args, context) => memberFileOf(person.id, context),
  }),
);

/** A field given replaces the recorded one (null or blank clears it); a field not given keeps it. */
function kept<Value>(
  given: Value | null | undefined,
  recorded: Value | null,
  read: (value: Value) => Value | null,
) {
  if (given === undefined) return recorded;
  return given === null ? null : read(given);
}

const text = (value: string) => normalizeName(value) || null;

/** The member's file as input: updateMemberFile records it, a member list (importMembers) carries it. */
export function memberFileInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    gender: t.field({ type: GenderEnum, description: "Gender." }),
    ethnicGroupCode: t.string({ description: "Ethnic group, by its code (ethnicGroups)." }),
    religion: t.string({ description: "Religion, as written (e.g. Không, Phật giáo)." }),
    birthplace: t.string({ description: "Place of birth." }),
    homeTown: t.string({ description: "Home town (quê quán)." }),
    occupation: t.string({ description: "Occupation." }),
    generalEducation: t.string({ description: "General education as grade/system, e.g. 12/12." }),
    professionalLevel: t.field({ type: ProfessionalLevelEnum, description: "Professional qualification." }),
    politicalTheoryLevel: t.field({ type: PoliticalTheoryEnum, description: "Political theory level." }),
    stateManagementLevel: t.field({ type: StateManagementEnum, description: "State-management level." }),
    foreignLanguages: t.string({ description: "Foreign languages, as written." }),
    partyCardNumber: t.string({
      description: "Party card number: its digits (spaces and dots are left out), for an official member.",
    }),
    partyCardIssuedOn: t.field({
      type: "Date",
      description: "The day the card was issued, from recognition.",
    }),
  };
}

defineMutation("updateMemberFile", {
  description:
    "Records or corrects a member's file: each field given replaces the recorded one (null clears it); the others " +
    "are kept.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The person." }),
    expectedVersion: t.int({
      required: true,
      description: "The person's version read; a newer one means CONFLICT.",
    }),
    ...memberFileInputFields(t),
  }),
  output: { field: "person", type: PersonRef, description: "The person, with their file." },
  authorize: (input, context) => writesPersonCell(input.personId.id, context),
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    assertExpectedVersion(person, input.expectedVersion);
    const current = (await memberFileOf(person.id, context)) ?? {
      person_id: person.id,
      ...EMPTY_MEMBER_FILE,
    };
    const file: MemberFileRow = {
      person_id: person.id,
      gender: kept(input.gender, current.gender, (value) => value),
      ethnic_group_code: kept(input.ethnicGroupCode, current.ethnic_group_code, (code) => {
        assertEthnicGroup(code.trim());
        return code.trim();
      }),
      religion: kept(input.religion, current.religion, text),
      birthplace: kept(input.birthplace, current.birthplace, text),
      home_town: kept(input.homeTown, current.home_town, text),
      occupation: kept(input.occupation, current.occupation, text),
      general_education: kept(input.generalEducation, current.general_education, normalizeGeneralEducation),
      professional_level: kept(input.professionalLevel, current.professional_level, (value) => value),
      political_theory_level: kept(
        input.politicalTheoryLevel,
        current.political_theory_level,
        (value) => value,
      ),
      state_management_level: kept(
        input.stateManagementLevel,
        current.state_management_level,
        (value) => value,
      ),
      foreign_languages: kept(input.foreignLanguages, current.foreign_languages, text),
      party_card_number: kept(input.partyCardNumber, current.party_card_number, normalizePartyCardNumber),
      party_card_issued_on: kept(input.partyCardIssuedOn, current.party_card_issued_on, (value) => value),
    };
    if (file.party_card_issued_on)
      assertCardIssue(file.party_card_issued_on, person.official_on, context.today);
    if (file.party_card_number && file.party_card_number !== current.party_card_number) {
      const held = await cardsHeldWithinReach([file.party_card_number], person.id, context);
      if (duplicateCards([file.party_card_number], held).length > 0) refuseDuplicateCard();
    }
    return writePerson(context, person, {}, [writeMemberFile(context.db, file)]);
  },
});
