import { newId, nowIso } from "../../db/database";
import {
  appendStages,
  bumpQuotaVersion,
  guardQuotaVersion,
  type RatingRow,
  upsertRatings,
} from "../../db/ratings";
import { isCellKind } from "../../domain/cells";
import {
  assertOrganizationConditions,
  assertQuota,
  assertScore,
  assertStageAllowed,
  assertTaskShares,
  decisionReason,
  levelCounts,
  levelOf,
  levelsAfter,
  ratedYear,
} from "../../domain/ratings";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, optionalDocumentId } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { MeetingRef } from "../meetings/refs";
import { isDecided, optionalMeeting, quotaCounts } from "./rating-writes";
import { schemeIn } from "./schemes";
import { OrganizationRatingRef, RatingStageEnum, ratingsOf } from "./types";

defineMutation("rateOrganization", {
  description:
    "A cell or committee rates itself (SELF), the committee above proposes (PROPOSAL) and decides (DECISION), " +
    "with the year's conditions and the quota among organizations of similar role checked.",
  inputFields: (t) => ({
    cellId: t.globalID({ for: CellRef, required: true, description: "The organization rated." }),
    year: t.int({ required: true, description: "The year rated." }),
    stage: t.field({ type: RatingStageEnum, required: true, description: "Which stage." }),
    level: t.string({
      required: true,
      description: "An organization level of the year's scheme, by code or label.",
    }),
    score: t.float({ description: "The 100-point score (from 2025)." }),
    comment: t.string({ description: "Comment." }),
    meetingId: t.globalID({ for: MeetingRef, description: "The meeting that rated it." }),
    decisionDocumentId: t.globalID({ for: DocumentRef, description: "The decision." }),
    reason: t.string({ description: "Why a decided rating changes." }),
    withoutDocumentBecause: t.string({
      description:
        "For a decision without its document yet: why (kept with the stage). One of the two is required.",
    }),
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
    const year = ratedYear(input.year, context.today);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const { scheme, organizationQuotaApplies } = await schemeIn(context, cell, year);
    const level = levelOf(scheme, "ORGANIZATION", input.level, ["level"]);
    assertScore(scheme, "ORGANIZATION", level, input.score ?? null, ["score"]);
    const existing =
      (await ratingsOf(cell.id, year, context)).find((rating) => rating.subject === "ORGANIZATION") ?? null;
    const facts = {
      disciplined: input.disciplined ?? existing?.disciplined === 1,
      remedied: input.remedied ?? existing?.remedied === 1,
      tasksOnTimePercent: input.tasksOnTimePercent ?? existing?.tasks_on_time_percent ?? null,
      tasksExceedingPercent: input.tasksExceedingPercent ?? existing?.tasks_exceeding_percent ?? null,
      tasksLatePercent: input.tasksLatePercent ?? existing?.tasks_late_percent ?? null,
    };
    assertTaskShares([facts.tasksOnTimePercent, facts.tasksExceedingPercent, facts.tasksLatePercent]);
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
    const memberCounts = levelCounts(
      scheme,
      "MEMBER",
      members.map((row) => row.level_code),
    );
    const subordinateCounts = levelCounts(
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
        membersNotCompleted: memberCounts.lowest,
        subordinatesRated: subordinates.length,
        subordinatesWeak: subordinateCounts.lowest,
      },
      ["level"],
    );
    const reason = input.reason?.trim() || null;
    assertStageAllowed(isDecided(existing), input.stage, reason, ["level"]);
    const decisionDocumentId = await optionalDocumentId(
      context,
      input.decisionDocumentId,
      "decisionDocumentId",
    );
    const stageReason = decisionReason(input.stage, decisionDocumentId, input.withoutDocumentBecause, reason);
    if (input.stage !== "SELF" && parent) {
      const similar = inScope.filter(
        (row) => row.subject === "ORGANIZATION" && row.parent_id === parent.id && row.cell_kind === cell.kind,
      );
      const counts = levelCounts(
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
      ...appendStages(context.db, "ORGANIZATION", [
        {
          id: newId(),
          person_id: null,
          cell_id: cell.id,
          year,
          stage: input.stage,
          level_code: level.code,
          score: input.score ?? null,
          comment: input.comment?.trim() || null,
          reason: stageReason,
          meeting_id: await optionalMeeting(context, cell, input.meetingId),
          decision_document_id: decisionDocumentId,
          recorded_by: context.viewer?.personId ?? null,
          recorded_at: nowIso(),
        },
      ]),
    ]);
    return (await ratingsOf(cell.id, year, context)).find(
      (rating) => rating.subject === "ORGANIZATION",
    ) as RatingRow;
  },
});
