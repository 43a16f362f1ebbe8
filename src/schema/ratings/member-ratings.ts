import { builder } from "../../builder";
import type { Context } from "../../context";
import { type CellRow, cellFacts } from "../../db/cells";
import { newId, nowIso } from "../../db/database";
import { cellMembershipsOf, membershipsByPersonIds } from "../../db/people";
import {
  appendStages,
  bumpQuotaVersion,
  guardQuotaVersion,
  memberRatingsOf,
  upsertRatings,
} from "../../db/ratings";
import { assertCell } from "../../domain/cells";
import { principalPerson } from "../../domain/grants";
import { disciplinedForRating } from "../../domain/honours-discipline";
import {
  assertCellRatesMember,
  assertRatedByOthers,
  assertRatingEntries,
  selfAssessmentCell,
} from "../../domain/rating-entries";
import {
  assertMemberConditions,
  assertQuota,
  assertScore,
  assertStageAllowed,
  decisionReason,
  levelCounts,
  levelOf,
  levelsAfter,
  ratedYear,
  schemeForYear,
} from "../../domain/ratings";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, optionalDocumentId, personOrRefuse } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { MeetingRef } from "../meetings/refs";
import { disciplineDaysOf } from "../people/honours-discipline";
import { PersonRef } from "../people/refs";
import { authorizeStage, grassrootsOf, isDecided, optionalMeeting, quotaCounts } from "./rating-writes";
import { schemeIn, schemes } from "./schemes";
import { MemberRatingRef, RatingStageEnum, ratingsOf } from "./types";

const MemberRatingEntry = builder.inputType("MemberRatingEntryInput", {
  description: "One member's level at this stage.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    level: t.string({
      required: true,
      description:
        "A member level of the year's scheme: its code (EXCELLENT, GOOD …) or its label (“Hoàn thành tốt nhiệm vụ”).",
    }),
    score: t.float({ description: "The 100-point score (from 2025, required then)." }),
    comment: t.string({ description: "Comment." }),
    disciplined: t.boolean({
      description:
        "Disciplined in the year; omitted, as before or as a discipline recorded in the year (recordDiscipline).",
    }),
    remedied: t.boolean({ description: "The fault was found and fully remedied by the member." }),
  }),
});

/** What rateMembers wrote: the cell's ratings of the year for these members. */
interface RatingsWritten {
  cell: CellRow;
  year: number;
  personIds: string[];
}

defineMutation("rateMembers", {
  description:
    "The cell proposes its members' ratings (at a meeting), or the committee above decides them. Quotas are checked " +
    "over the whole batch: in the cell for proposals, in the grassroots organization for decisions.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    year: t.int({ required: true, description: "The year rated." }),
    stage: t.field({
      type: RatingStageEnum,
      required: true,
      description: "PROPOSAL (the cell) or DECISION (the committee).",
    }),
    entries: t.field({
      type: [MemberRatingEntry],
      required: true,
      description: "The members and their levels.",
    }),
    meetingId: t.globalID({ for: MeetingRef, description: "The meeting that proposed them." }),
    decisionDocumentId: t.globalID({ for: DocumentRef, description: "The committee's decision." }),
    reason: t.string({ description: "Why decided ratings change (required then)." }),
    withoutDocumentBecause: t.string({
      description:
        "For a decision without its document yet: why (kept with the stage). One of the two is required.",
    }),
  }),
  output: {
    field: "cell",
    type: CellRef,
    description: "The cell, with its ratings.",
    of: (written: RatingsWritten) => written.cell,
  },
  written: [
    {
      field: "ratings",
      type: [MemberRatingRef],
      description: "The ratings this request recorded, one per entry, with their new stage.",
      resolve: async ({ cell, year, personIds }, context) =>
        (await ratingsOf(cell.id, year, context)).filter(
          (rating) => rating.subject === "MEMBER" && personIds.includes(rating.person_id as string),
        ),
    },
  ],
  authorize: (input, context) => authorizeStage(input.cellId.id, input.stage, context),
  run: async (input, context) => {
    assertRatedByOthers(input.stage);
    const year = ratedYear(input.year, context.today);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    assertCell(
      cellFacts(cell),
      { vi: "Đảng viên do chi bộ của mình đánh giá.", en: "Members are rated by their cell." },
      ["cellId"],
    );
    const personIds = input.entries.map((entry) => entry.personId.id);
    assertRatingEntries(personIds);
    // Everything the rules read that depends only on the cell and the input, in one round trip; a proposal's quota
    // is counted in the cell itself, so its counts come along too.
    const proposalCounts =
      input.stage === "PROPOSAL"
        ? quotaCounts(context, { scopeId: cell.id, year, subject: "MEMBER" }, cell.path)
        : null;
    proposalCounts?.catch(() => undefined);
    const [
      { scheme, memberQuotaApplies },
      meetingId,
      decisionDocumentId,
      memberships,
      existing,
      grassroots,
      disciplineDays,
    ] = await Promise.all([
      schemeIn(context, cell, year),
      optionalMeeting(context, cell, input.meetingId),
      optionalDocumentId(context, input.decisionDocumentId, "decisionDocumentId"),
      membershipsByPersonIds(context.db, personIds),
      memberRatingsOf(context.db, personIds, year),
      grassrootsOf(cell, context),
      Promise.all(personIds.map((personId) => disciplineDaysOf(personId, context))),
    ]);
    const reason = input.reason?.trim() || null;
    const stageReason = decisionReason(input.stage, decisionDocumentId, input.withoutDocumentBecause, reason);
    const changes = new Map<string, string>();
    const disciplined = new Map<string, boolean>();
    input.entries.forEach((entry, index) => {
      const field = ["entries", String(index)];
      const personId = entry.personId.id;
      const rating = existing.find((candidate) => candidate.person_id === personId);
      assertCellRatesMember(
        cellMembershipsOf(memberships, personId),
        cell,
        year,
        rating?.cell_id ?? null,
        field,
      );
      disciplined.set(
        personId,
        disciplinedForRating(
          entry.disciplined,
          rating?.disciplined === 1,
          disciplineDays[personIds.indexOf(personId)] ?? [],
          year,
          [...field, "disciplined"],
        ),
      );
      const level = levelOf(scheme, "MEMBER", entry.level, [...field, "level"]);
      assertScore(scheme, "MEMBER", level, entry.score ?? null, [...field, "score"]);
      assertMemberConditions(
        scheme,
        level,
        {
          disciplined: disciplined.get(personId) === true,
          remedied: entry.remedied ?? rating?.remedied === 1,
        },
        [...field, "level"],
      );
      assertStageAllowed(isDecided(rating), input.stage, reason, [...field, "level"]);
      changes.set(personId, level.code);
    });
    const scope = input.stage === "PROPOSAL" ? cell : grassroots;
    // A member's rating counts in its cell's quota and its grassroots organization's: both change with this write.
    const quotaScopes = [...new Set([cell.id, grassroots.id])].map((scopeId) => ({
      scopeId,
      year,
      subject: "MEMBER" as const,
    }));
    const countedScope = { scopeId: scope.id, year, subject: "MEMBER" as const };
    const { version: countedVersion, current: currentUnder } = await (proposalCounts ??
      quotaCounts(context, countedScope, scope.path));
    const current = currentUnder.filter(
      (row) => row.subject === "MEMBER" && (input.stage !== "PROPOSAL" || row.cell_id === cell.id),
    );
    const counts = levelCounts(
      scheme,
      "MEMBER",
      levelsAfter(current, changes, (row) => row.person_id as string),
    );
    assertQuota(
      {
        subject: "MEMBER",
        percent: scheme.memberQuotaPercent,
        applies: memberQuotaApplies,
        excellent: counts.excellent,
        good: counts.good,
        scope: input.stage === "PROPOSAL" ? cell.name : `${scope.name} (the grassroots organization)`,
      },
      ["entries"],
    );
    const recordedAt = nowIso();
    await context.db.write([
      guardQuotaVersion(context.db, countedScope, countedVersion),
      ...quotaScopes.map((quotaScope) => bumpQuotaVersion(context.db, quotaScope)),
      upsertRatings(
        context.db,
        "MEMBER",
        input.entries.map((entry) => {
          const rating = existing.find((rating) => rating.person_id === entry.personId.id);
          return {
            id: rating?.id ?? newId(),
            subject: "MEMBER",
            person_id: entry.personId.id,
            cell_id: cell.id,
            year,
            scheme_id: scheme.id,
            disciplined: disciplined.get(entry.personId.id) ? 1 : 0,
            remedied: (entry.remedied ?? rating?.remedied === 1) ? 1 : 0,
            tasks_on_time_percent: null,
            tasks_exceeding_percent: null,
            tasks_late_percent: null,
          };
        }),
      ),
      ...appendStages(
        context.db,
        "MEMBER",
        input.entries.map((entry) => ({
          id: newId(),
          person_id: entry.personId.id,
          cell_id: cell.id,
          year,
          stage: input.stage,
          level_code: changes.get(entry.personId.id) as string,
          score: entry.score ?? null,
          comment: entry.comment?.trim() || null,
          reason: stageReason,
          meeting_id: meetingId,
          decision_document_id: decisionDocumentId,
          recorded_by: context.viewer?.personId ?? null,
          recorded_at: recordedAt,
        })),
      ),
    ]);
    // The answer is the cell with its ratings of the year: read again, with the rated members, in one round trip.
    // They were members of the cell that year (checked above), which whoever reads its ratings reads.
    context.access.vouchForPeople(personIds);
    for (const pending of [
      context.loaders.cell.load(cell.id),
      ratingsOf(cell.id, year, context),
      context.loaders.person.loadMany(personIds),
    ]) {
      pending.catch(() => undefined);
    }
    return { cell, year, personIds };
  },
});

/** A member's own assessment of a year, entered by the member or, from the paper form, by their cell's secretary. */
async function writeSelfAssessment(
  context: Context,
  personId: string,
  input: { year: number; level: string; score?: number | null; comment?: string | null },
  form: { documentId: string | null },
) {
  const year = ratedYear(input.year, context.today);
  const cellId = selfAssessmentCell(
    cellMembershipsOf(await membershipsByPersonIds(context.db, [personId]), personId),
    year,
  );
  const cell = await cellOrRefuse(context, cellId, "year");
  const scheme = schemeForYear(await schemes(context), year);
  const level = levelOf(scheme, "MEMBER", input.level, ["level"]);
  assertScore(scheme, "MEMBER", level, input.score ?? null, ["score"]);
  const [rating] = await memberRatingsOf(context.db, [personId], year);
  assertStageAllowed(isDecided(rating), "SELF", null, ["level"]);
  await context.db.write([
    upsertRatings(context.db, "MEMBER", [
      {
        id: rating?.id ?? newId(),
        subject: "MEMBER",
        person_id: personId,
        cell_id: rating?.cell_id ?? cell.id,
        year,
        scheme_id: scheme.id,
        disciplined: rating?.disciplined ?? 0,
        remedied: rating?.remedied ?? 0,
        tasks_on_time_percent: null,
        tasks_exceeding_percent: null,
        tasks_late_percent: null,
      },
    ]),
    ...appendStages(context.db, "MEMBER", [
      {
        id: newId(),
        person_id: personId,
        cell_id: cell.id,
        year,
        stage: "SELF",
        level_code: level.code,
        score: input.score ?? null,
        comment: input.comment?.trim() || null,
        reason: null,
        meeting_id: null,
        // The stage's document: the decision of a DECISION stage, the member's paper form of a SELF one.
        decision_document_id: form.documentId,
        recorded_by: context.viewer?.personId ?? null,
        recorded_at: nowIso(),
      },
    ]),
  ]);
  return cell;
}

defineMutation("assessSelf", {
  description: "A member rates themselves for a year, with a short text (the token's subject is the member).",
  inputFields: (t) => ({
    year: t.int({ required: true, description: "The year." }),
    level: t.string({
      required: true,
      description: "A member level of the year's scheme, by code or label.",
    }),
    score: t.float({ description: "The 100-point score (from 2025)." }),
    comment: t.string({ description: "The member's own account." }),
  }),
  output: { field: "cell", type: CellRef, description: "The member's cell for that year." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const personId = principalPerson(
      context.viewer?.personId,
      {
        vi: "Token của đồng chí không gắn với người nào (chủ thể của token).",
        en: "Your token names no person (its subject).",
      },
      ["year"],
    );
    return writeSelfAssessment(context, personId, input, { documentId: null });
  },
});

defineMutation("recordSelfAssessment", {
  description:
    "The cell's secretary enters a member's self-assessment from the paper form the member filled in (most members " +
    "never sign in). The stage records who entered it (recordedBy), and the form itself as a document.",
  inputFields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    year: t.int({ required: true, description: "The year." }),
    level: t.string({
      required: true,
      description: "The member's level, by code or label of the year's scheme.",
    }),
    score: t.float({ description: "The 100-point score (from 2025)." }),
    comment: t.string({ description: "The member's own account, as written on the form." }),
    formDocumentId: t.globalID({
      for: DocumentRef,
      description: "The scanned form (a document of the cell with the file attached).",
    }),
  }),
  output: { field: "cell", type: CellRef, description: "The member's cell for that year." },
  // The secretary of the cell the member is rated by that year; anyone else is refused like an unknown member.
  authorize: async (input, context) => {
    if (!(await context.access.canReadPerson(input.personId.id))) return { authenticated: true };
    const memberships = cellMembershipsOf(
      await membershipsByPersonIds(context.db, [input.personId.id]),
      input.personId.id,
    );
    const yearMemberships = memberships.filter((membership) => membership.from < `${input.year + 1}-01-01`);
    const cellId = yearMemberships.at(-1)?.cellId;
    return cellId ? { writeCell: cellId } : { authenticated: true };
  },
  run: async (input, context) => {
    const person = await personOrRefuse(context, input.personId.id);
    const form = input.formDocumentId
      ? await optionalDocumentId(context, input.formDocumentId, "formDocumentId")
      : null;
    return writeSelfAssessment(context, person.id, input, { documentId: form });
  },
});
