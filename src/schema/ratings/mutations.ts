import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { newId, nowIso } from "../../db/database";
import { membershipsByPersonIds } from "../../db/people";
import {
  appendStages,
  bumpQuotaVersion,
  type CurrentLevelRow,
  currentLevelsUnder,
  guardQuotaVersion,
  insertSetting,
  memberRatingsOf,
  type QuotaScope,
  quotaVersionOf,
  type RatingRow,
  upsertMonthly,
  upsertQualityRating,
  upsertRatings,
  upsertTargets,
} from "../../db/ratings";
import { isCellKind } from "../../domain/cells";
import { periodsOverlap } from "../../domain/membership";
import {
  assertMemberConditions,
  assertOrganizationConditions,
  assertQuota,
  assertScore,
  assertStageAllowed,
  levelOf,
  type RatingStage,
  type RatingSubject,
  type Scheme,
  schemeForYear,
} from "../../domain/ratings";
import { refuse } from "../../domain/refusal";
import { cellOrRefuse } from "../cells/mutations";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { DocumentRef } from "../documents/refs";
import { qualityScaleOf } from "../meetings/compliance";
import { MeetingRef } from "../meetings/types";
import { PersonRef } from "../people/refs";
import { schemeIn, schemes } from "./schemes";
import { OrganizationRatingRef, RatingStageEnum, ratingsOf } from "./types";

const MIN_YEAR = 2014;

function validYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > 2100) {
    refuse("INVALID_YEAR", `Ratings are recorded from ${MIN_YEAR}; ${year} is not a year Chibo rates.`, [
      "year",
    ]);
  }
  return year;
}

/** Proposals are the cell's; decisions belong to the committee above it (ADMIN at the top). */
async function authorizeStage(cellId: string, stage: RatingStage, context: Context) {
  if (stage !== "DECISION") return { writeCell: cellId };
  const cell = await context.loaders.cell.load(cellId);
  if (!cell) return { writeCell: cellId };
  return cell.parent_id ? { governUnder: cell.parent_id } : { admin: true };
}

/** The grassroots organization a cell belongs to: itself if grassroots, else the nearest grassroots committee above. */
async function grassrootsOf(cell: CellRow, context: Context): Promise<CellRow> {
  if (cell.kind === "GRASSROOTS_CELL" || cell.kind === "GRASSROOTS_COMMITTEE") return cell;
  const ancestors = (await context.loaders.cell.loadMany(cell.path.split("/").filter(Boolean))).filter(
    (row): row is CellRow => row !== null && !(row instanceof Error),
  );
  return [...ancestors].reverse().find((row) => row.kind === "GRASSROOTS_COMMITTEE") ?? cell;
}

/** A quota scope's version (the write's guard) and the current levels it counts, read together. */
async function quotaCounts(context: Context, scope: QuotaScope, path: string) {
  const [version, current] = await Promise.all([
    quotaVersionOf(context.db, scope),
    currentLevelsUnder(context.db, path, scope.year),
  ]);
  return { version, current };
}

function countLevels(
  scheme: Scheme,
  subject: RatingSubject,
  levels: readonly string[],
): { excellent: number; good: number; notCompleted: number; weak: number } {
  const rank = (code: string) => scheme.levels[subject].find((level) => level.code === code)?.rank ?? 0;
  return {
    excellent: levels.filter((code) => rank(code) === 1).length,
    good: levels.filter((code) => rank(code) === 2).length,
    notCompleted: levels.filter((code) => rank(code) === 4).length,
    weak: levels.filter((code) => rank(code) === 4).length,
  };
}

/** Current levels in a scope after the given changes (a rating's new level replaces its current one). */
function levelsAfter(
  rows: readonly CurrentLevelRow[],
  changes: Map<string, string>,
  keyOf: (row: CurrentLevelRow) => string,
) {
  const levels = new Map(rows.map((row) => [keyOf(row), row.level_code]));
  for (const [key, level] of changes) levels.set(key, level);
  return [...levels.values()];
}

/** Whether the committee has decided the rating: its state keeps the latest decision's level. */
function isDecided(rating: RatingRow | null | undefined): boolean {
  return (rating?.decided_level ?? null) !== null;
}

async function optionalMeeting(context: Context, cell: CellRow, id: { id: string } | null | undefined) {
  if (!id) return null;
  const meeting = await context.loaders.meeting.load(id.id);
  if (!meeting || meeting.cell_id !== cell.id)
    refuse("MEETING_MISMATCH", "The meeting is not one of this cell's.", ["meetingId"]);
  return meeting.id;
}

async function optionalDocument(context: Context, id: { id: string } | null | undefined) {
  if (!id) return null;
  const document = await context.loaders.document.load(id.id);
  if (!document || !(await context.access.canReadDocument(document))) {
    refuse("NOT_FOUND", "No document you can see has this ID.", ["decisionDocumentId"]);
  }
  return document.id;
}

const MemberRatingEntry = builder.inputType("MemberRatingEntryInput", {
  description: "One member's level at this stage.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    level: t.string({
      required: true,
      description: "A member level code of the year's scheme (EXCELLENT, GOOD …).",
    }),
    score: t.float({ description: "The 100-point score (from 2025, required then)." }),
    comment: t.string({ description: "Comment." }),
    disciplined: t.boolean({ description: "Disciplined in the year." }),
    remedied: t.boolean({ description: "The fault was found and fully remedied by the member." }),
  }),
});

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
  }),
  output: { field: "cell", type: CellRef, description: "The cell, with its ratings." },
  authorize: (input, context) => authorizeStage(input.cellId.id, input.stage, context),
  run: async (input, context) => {
    if (input.stage === "SELF")
      refuse("INVALID_STAGE", "Members assess themselves with assessSelf.", ["stage"]);
    const year = validYear(input.year);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    if (!isCellKind(cell.kind)) refuse("NOT_A_CELL", "Members are rated by their cell.", ["cellId"]);
    if (input.entries.length === 0 || input.entries.length > 200)
      refuse("INVALID_ENTRIES", "Give 1 to 200 entries.", ["entries"]);
    const personIds = input.entries.map((entry) => entry.personId.id);
    if (new Set(personIds).size !== personIds.length)
      refuse("DUPLICATE_ENTRY", "A member appears twice.", ["entries"]);
    // Everything the rules read that depends only on the cell and the input, in one round trip; a proposal's quota
    // is counted in the cell itself, so its counts come along too.
    const proposalCounts =
      input.stage === "PROPOSAL"
        ? quotaCounts(context, { scopeId: cell.id, year, subject: "MEMBER" }, cell.path)
        : null;
    proposalCounts?.catch(() => undefined);
    const [{ scheme, memberQuotaApplies }, meetingId, decisionDocumentId, memberships, existing, grassroots] =
      await Promise.all([
        schemeIn(context, cell, year),
        optionalMeeting(context, cell, input.meetingId),
        optionalDocument(context, input.decisionDocumentId),
        membershipsByPersonIds(context.db, personIds),
        memberRatingsOf(context.db, personIds, year),
        grassrootsOf(cell, context),
      ]);
    const reason = input.reason?.trim() || null;
    const yearPeriod = { from: `${year}-01-01`, until: `${year + 1}-01-01` };
    const changes = new Map<string, string>();
    input.entries.forEach((entry, index) => {
      const field = ["entries", String(index)];
      const personId = entry.personId.id;
      const wasMember = memberships.some(
        (m) =>
          m.person_id === personId &&
          m.cell_id === cell.id &&
          periodsOverlap({ from: m.started_on, until: m.ended_on }, yearPeriod),
      );
      if (!wasMember)
        refuse("NOT_A_MEMBER_THAT_YEAR", `The person was not a member of ${cell.name} in ${year}.`, [
          ...field,
          "personId",
        ]);
      const rating = existing.find((r) => r.person_id === personId);
      if (rating && rating.cell_id !== cell.id)
        refuse("RATED_BY_ANOTHER_CELL", `Another cell rates this member for ${year}.`, field);
      const level = levelOf(scheme, "MEMBER", entry.level, [...field, "level"]);
      assertScore(scheme, "MEMBER", level, entry.score ?? null, [...field, "score"]);
      assertMemberConditions(
        scheme,
        level,
        {
          disciplined: entry.disciplined ?? rating?.disciplined === 1,
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
    const counts = countLevels(
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
          const rating = existing.find((r) => r.person_id === entry.personId.id);
          return {
            id: rating?.id ?? newId(),
            subject: "MEMBER",
            person_id: entry.personId.id,
            cell_id: cell.id,
            year,
            scheme_id: scheme.id,
            disciplined: (entry.disciplined ?? rating?.disciplined === 1) ? 1 : 0,
            remedied: (entry.remedied ?? rating?.remedied === 1) ? 1 : 0,
            tasks_on_time_percent: null,
            tasks_exceeding_percent: null,
            tasks_late_percent: null,
          };
        }),
      ),
      appendStages(
        context.db,
        "MEMBER",
        input.entries.map((entry) => ({
          id: newId(),
          person_id: entry.personId.id,
          cell_id: cell.id,
          year,
          stage: input.stage,
          level_code: entry.level,
          score: entry.score ?? null,
          comment: entry.comment?.trim() || null,
          reason,
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
    return cell;
  },
});

defineMutation("assessSelf", {
  description: "A member rates themselves for a year, with a short text (the token's subject is the member).",
  inputFields: (t) => ({
    year: t.int({ required: true, description: "The year." }),
    level: t.string({ required: true, description: "A member level code of the year's scheme." }),
    score: t.float({ description: "The 100-point score (from 2025)." }),
    comment: t.string({ description: "The member's own account." }),
  }),
  output: { field: "cell", type: CellRef, description: "The member's cell for that year." },
  authorize: () => ({ authenticated: true }),
  run: async (input, context) => {
    const personId = context.viewer?.personId;
    if (!personId) refuse("NO_PERSON", "Your token names no person (its subject).", ["year"]);
    const year = validYear(input.year);
    const yearPeriod = { from: `${year}-01-01`, until: `${year + 1}-01-01` };
    const membership = (await membershipsByPersonIds(context.db, [personId]))
      .filter((m) => periodsOverlap({ from: m.started_on, until: m.ended_on }, yearPeriod))
      .at(-1);
    if (!membership)
      refuse("NOT_A_MEMBER_THAT_YEAR", `You were not a member of a cell in ${year}.`, ["year"]);
    const cell = await cellOrRefuse(context, membership.cell_id, "year");
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
      appendStages(context.db, "MEMBER", [
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
          decision_document_id: null,
          recorded_by: personId,
          recorded_at: nowIso(),
        },
      ]),
    ]);
    return cell;
  },
});

defineMutation("rateOrganization", {
  description:
    "A cell or committee rates itself (SELF), the committee above proposes (PROPOSAL) and decides (DECISION), " +
    "with the year's conditions and the quota among organizations of similar role checked.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization rated." }),
    year: t.int({ required: true, description: "The year rated." }),
    stage: t.field({ type: RatingStageEnum, required: true, description: "Which stage." }),
    level: t.string({ required: true, description: "An organization level code of the year's scheme." }),
    score: t.float({ description: "The 100-point score (from 2025)." }),
    comment: t.string({ description: "Comment." }),
    meetingId: t.globalID({ for: MeetingRef, description: "The meeting that rated it." }),
    decisionDocumentId: t.globalID({ for: DocumentRef, description: "The decision." }),
    reason: t.string({ description: "Why a decided rating changes." }),
    disciplined: t.boolean({
      description: "A leadership member or subordinate unit was disciplined in the year.",
    }),
    remedied: t.boolean({ description: "The organization found and remedied it itself." }),
    tasksOnTimePercent: t.float({ description: "Share of tasks done on time (from 2025)." }),
    tasksExceedingPercent: t.float({ description: "Share of tasks exceeding requirements (from 2025)." }),
    tasksLatePercent: t.float({ description: "Share of tasks done late (from 2025)." }),
  }),
  output: { field: "rating", type: OrganizationRatingRef, description: "The rating with its stages." },
  authorize: async (input, context) => {
    if (input.stage === "SELF") return { writeCell: input.cellId.id };
    const cell = await context.loaders.cell.load(input.cellId.id);
    return cell?.parent_id ? { governUnder: cell.parent_id } : { admin: true };
  },
  run: async (input, context) => {
    const year = validYear(input.year);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const { scheme, organizationQuotaApplies } = await schemeIn(context, cell, year);
    const level = levelOf(scheme, "ORGANIZATION", input.level, ["level"]);
    assertScore(scheme, "ORGANIZATION", level, input.score ?? null, ["score"]);
    const existing =
      (await ratingsOf(cell.id, year, context)).find((r) => r.subject === "ORGANIZATION") ?? null;
    const facts = {
      disciplined: input.disciplined ?? existing?.disciplined === 1,
      remedied: input.remedied ?? existing?.remedied === 1,
      tasksOnTimePercent: input.tasksOnTimePercent ?? existing?.tasks_on_time_percent ?? null,
      tasksExceedingPercent: input.tasksExceedingPercent ?? existing?.tasks_exceeding_percent ?? null,
      tasksLatePercent: input.tasksLatePercent ?? existing?.tasks_late_percent ?? null,
    };
    for (const share of [facts.tasksOnTimePercent, facts.tasksExceedingPercent, facts.tasksLatePercent]) {
      if (share !== null && (share < 0 || share > 100))
        refuse("INVALID_PERCENT", "Shares are from 0 to 100.", ["tasksOnTimePercent"]);
    }
    const parent = cell.parent_id ? await context.loaders.cell.load(cell.parent_id) : null;
    // The quota among organizations of similar role counts the ratings under the parent.
    const quotaScope = { scopeId: (parent ?? cell).id, year, subject: "ORGANIZATION" as const };
    const { version: countedVersion, current: inScope } = await quotaCounts(
      context,
      quotaScope,
      (parent ?? cell).path,
    );
    const members = inScope.filter((row) => row.subject === "MEMBER" && row.cell_id === cell.id);
    const subordinates = inScope.filter((row) => row.subject === "ORGANIZATION" && row.parent_id === cell.id);
    const memberCounts = countLevels(
      scheme,
      "MEMBER",
      members.map((row) => row.level_code),
    );
    const subordinateCounts = countLevels(
      scheme,
      "ORGANIZATION",
      subordinates.map((row) => row.level_code),
    );
    assertOrganizationConditions(
      scheme,
      level,
      {
        isCell: isCellKind(cell.kind),
        ...facts,
        membersRated: members.length,
        membersNotCompleted: memberCounts.notCompleted,
        subordinatesRated: subordinates.length,
        subordinatesWeak: subordinateCounts.weak,
      },
      ["level"],
    );
    const reason = input.reason?.trim() || null;
    assertStageAllowed(isDecided(existing), input.stage, reason, ["level"]);
    if (input.stage !== "SELF" && parent) {
      const similar = inScope.filter(
        (row) => row.subject === "ORGANIZATION" && row.parent_id === parent.id && row.cell_kind === cell.kind,
      );
      const counts = countLevels(
        scheme,
        "ORGANIZATION",
        levelsAfter(similar, new Map([[cell.id, level.code]]), (row) => row.cell_id),
      );
      assertQuota(
        {
          subject: "ORGANIZATION",
          percent: scheme.organizationQuotaPercent,
          applies: organizationQuotaApplies,
          excellent: counts.excellent,
          good: counts.good,
          scope: `the organizations of similar role under ${parent.name}`,
        },
        ["level"],
      );
    }
    await context.db.write([
      guardQuotaVersion(context.db, quotaScope, countedVersion),
      bumpQuotaVersion(context.db, quotaScope),
      upsertRatings(context.db, "ORGANIZATION", [
        {
          id: existing?.id ?? newId(),
          subject: "ORGANIZATION",
          person_id: null,
          cell_id: cell.id,
          year,
          scheme_id: scheme.id,
          disciplined: facts.disciplined ? 1 : 0,
          remedied: facts.remedied ? 1 : 0,
          tasks_on_time_percent: facts.tasksOnTimePercent,
          tasks_exceeding_percent: facts.tasksExceedingPercent,
          tasks_late_percent: facts.tasksLatePercent,
        },
      ]),
      appendStages(context.db, "ORGANIZATION", [
        {
          id: newId(),
          person_id: null,
          cell_id: cell.id,
          year,
          stage: input.stage,
          level_code: level.code,
          score: input.score ?? null,
          comment: input.comment?.trim() || null,
          reason,
          meeting_id: await optionalMeeting(context, cell, input.meetingId),
          decision_document_id: await optionalDocument(context, input.decisionDocumentId),
          recorded_by: context.viewer?.personId ?? null,
          recorded_at: nowIso(),
        },
      ]),
    ]);
    return (await ratingsOf(cell.id, year, context)).find((r) => r.subject === "ORGANIZATION") as RatingRow;
  },
});

const MonthlyEntry = builder.inputType("MonthlyEvaluationEntryInput", {
  description: "A member's level for the month.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    level: t.string({ required: true, description: "A member level code of the year's scheme." }),
    note: t.string({ description: "Note." }),
  }),
});

defineMutation("recordMonthlyEvaluations", {
  description:
    "The cell records each member's work for a month (the seed: “each month the members' work results were evaluated”).",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    year: t.int({ required: true, description: "The year." }),
    month: t.int({ required: true, description: "The month, 1–12." }),
    entries: t.field({ type: [MonthlyEntry], required: true, description: "The members' levels." }),
  }),
  output: { field: "cell", type: CellRef, description: "The cell." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const year = validYear(input.year);
    if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12)
      refuse("INVALID_MONTH", "A month is 1 to 12.", ["month"]);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const scheme = schemeForYear(await schemes(context), year);
    const from = `${year}-${String(input.month).padStart(2, "0")}-01`;
    const until =
      input.month === 12 ? `${year + 1}-01-01` : `${year}-${String(input.month + 1).padStart(2, "0")}-01`;
    const memberships = await membershipsByPersonIds(
      context.db,
      input.entries.map((entry) => entry.personId.id),
    );
    const rows = input.entries.map((entry, index) => {
      const field = ["entries", String(index)];
      const member = memberships.some(
        (m) =>
          m.person_id === entry.personId.id &&
          m.cell_id === cell.id &&
          periodsOverlap({ from: m.started_on, until: m.ended_on }, { from, until }),
      );
      if (!member)
        refuse("NOT_A_MEMBER_THAT_MONTH", `The person was not a member of ${cell.name} that month.`, [
          ...field,
          "personId",
        ]);
      const level = levelOf(scheme, "MEMBER", entry.level, [...field, "level"]);
      return {
        person_id: entry.personId.id,
        year,
        month: input.month,
        cell_id: cell.id,
        level_code: level.code,
        note: entry.note?.trim() || null,
      };
    });
    await context.db.write(
      rows.map((row) => upsertMonthly(context.db, row, context.viewer?.personId ?? null)),
    );
    return cell;
  },
});

defineMutation("rateMeetingQuality", {
  description:
    "Rates a cell's meeting quality for a year on the scale its committee set (the review's agenda item).",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    year: t.int({ required: true, description: "The year." }),
    grade: t.string({
      required: true,
      description: "A grade code of the scale that applies (GOOD, FAIR …).",
    }),
    meetingId: t.globalID({ for: MeetingRef, description: "The meeting that rated it." }),
    note: t.string({ description: "Note." }),
  }),
  output: { field: "cell", type: CellRef, description: "The cell." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const year = validYear(input.year);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const scale = await qualityScaleOf(context, cell);
    const grade = scale.find((g) => g.code === input.grade.trim().toUpperCase());
    if (!grade) {
      refuse(
        "GRADE_NOT_IN_SCALE",
        `${input.grade} is not a grade of the scale here (${scale.map((g) => g.code).join(", ")}).`,
        ["grade"],
      );
    }
    await context.db.write([
      upsertQualityRating(
        context.db,
        {
          cell_id: cell.id,
          year,
          grade_code: grade.code,
          grade_label: grade.label,
          meeting_id: await optionalMeeting(context, cell, input.meetingId),
          note: input.note?.trim() || null,
        },
        context.viewer?.personId ?? null,
      ),
    ]);
    return cell;
  },
});

const SettingEnum = builder.enumType("RatingSchemeSetting", {
  description: "What a committee may choose where a scheme leaves it open.",
  values: {
    MEMBER_QUOTA_APPLIES: { description: "Whether the cap on excellent members applies." },
    ORGANIZATION_QUOTA_APPLIES: { description: "Whether the cap on excellent organizations applies." },
  },
});

defineMutation("setRatingSchemeSetting", {
  description:
    "A committee chooses, for its subtree, what a year's scheme leaves open; every choice is kept.",
  inputFields: (t) => ({
    committeeId: t.globalID({ for: CellRef, required: true, description: "The committee." }),
    year: t.int({ required: true, description: "A year of the scheme." }),
    setting: t.field({ type: SettingEnum, required: true, description: "What to set." }),
    applies: t.boolean({ required: true, description: "The choice." }),
    note: t.string({ description: "Why (the local decision)." }),
  }),
  output: { field: "committee", type: CellRef, description: "The committee." },
  authorize: (input) => ({ governUnder: input.committeeId.id }),
  run: async (input, context) => {
    const committee = await cellOrRefuse(context, input.committeeId.id, "committeeId");
    if (isCellKind(committee.kind))
      refuse("NOT_A_COMMITTEE", "Committees choose for their subtree.", ["committeeId"]);
    const scheme = schemeForYear(await schemes(context), validYear(input.year));
    const fixed =
      input.setting === "MEMBER_QUOTA_APPLIES" ? scheme.memberQuotaApplies : scheme.organizationQuotaApplies;
    if (fixed !== null)
      refuse("SETTING_NOT_OPEN", `${scheme.name} fixes this (${fixed ? "applies" : "does not apply"}).`, [
        "setting",
      ]);
    await context.db.write([
      insertSetting(context.db, {
        id: newId(),
        scheme_id: scheme.id,
        cell_id: committee.id,
        setting: input.setting,
        value: input.applies ? 1 : 0,
        note: input.note?.trim() || null,
        set_by: context.viewer?.personId ?? null,
        set_at: nowIso(),
      }),
    ]);
    return committee;
  },
});

defineMutation("setAnnualTargets", {
  description:
    "Records a cell's targets for a year (its directions): admissions, recognitions, the rating it registers for, documents, tasks.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The cell." }),
    year: t.int({ required: true, description: "The year." }),
    admissionsMin: t.int({ description: "Admissions aimed at, at least." }),
    admissionsMax: t.int({ description: "… at most." }),
    recognitions: t.int({ description: "Probationary members to recognize." }),
    registeredLevel: t.string({
      description: "The organization level registered for, a code of the year's scheme.",
    }),
    registeredLabel: t.string({ description: "As the cell wrote it." }),
    documentIds: t.globalIDList({ for: DocumentRef, description: "Documents to implement." }),
    tasks: t.stringList({ description: "Other tasks." }),
  }),
  output: { field: "cell", type: CellRef, description: "The cell." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const year = validYear(input.year);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const counts = [input.admissionsMin, input.admissionsMax, input.recognitions];
    if (counts.some((n) => n != null && (n < 0 || n > 1000)))
      refuse("INVALID_COUNT", "Counts are from 0 to 1000.", ["admissionsMin"]);
    if (
      input.admissionsMin != null &&
      input.admissionsMax != null &&
      input.admissionsMin > input.admissionsMax
    ) {
      refuse(
        "INVALID_RANGE",
        `At least ${input.admissionsMin} and at most ${input.admissionsMax} admissions cannot both hold.`,
        ["admissionsMax"],
      );
    }
    const scheme = schemeForYear(await schemes(context), year);
    const registered = input.registeredLevel
      ? levelOf(scheme, "ORGANIZATION", input.registeredLevel, ["registeredLevel"])
      : null;
    const documentIds: string[] = [];
    for (const id of input.documentIds ?? [])
      documentIds.push((await optionalDocument(context, id)) as string);
    const tasks = (input.tasks ?? []).map((task) => task.trim()).filter(Boolean);
    if (tasks.length > 30 || tasks.some((task) => task.length > 1000))
      refuse("INVALID_TASKS", "At most 30 tasks of 1,000 characters.", ["tasks"]);
    await context.db.write([
      upsertTargets(context.db, {
        cell_id: cell.id,
        year,
        admissions_min: input.admissionsMin ?? null,
        admissions_max: input.admissionsMax ?? null,
        recognitions: input.recognitions ?? null,
        registered_level_code: registered?.code ?? null,
        registered_label: input.registeredLabel?.trim() || registered?.label || null,
        document_ids: JSON.stringify([...new Set(documentIds)]),
        tasks: JSON.stringify(tasks),
      }),
    ]);
    return cell;
  },
});
