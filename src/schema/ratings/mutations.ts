import { builder } from "../../builder";
import { setRatingDeadline, upsertMonthly, upsertQualityRating, upsertTargets } from "../../db/annual-review";
import { newId, nowIso } from "../../db/database";
import { cellMembershipsOf, membershipsByPersonIds } from "../../db/people";
import { insertSetting } from "../../db/ratings";
import { assertTargetCounts, targetTasks } from "../../domain/annual-targets";
import { gradeOfScale } from "../../domain/meetings";
import { assertMemberThatMonth, assertMonthBegun, monthPeriod } from "../../domain/rating-entries";
import {
  assertDeadlineAfterYearBegins,
  assertSettingOpen,
  levelOf,
  ratedYear,
  schemeForYear,
  validYear,
} from "../../domain/ratings";
import { CellRef } from "../cells/refs";
import { defineMutation } from "../common/mutations";
import { cellOrRefuse, committeeOrRefuse, optionalDocumentId } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { qualityScaleOf } from "../meetings/compliance";
import { MeetingRef } from "../meetings/refs";
import { PersonRef } from "../people/refs";
import { optionalMeeting } from "./rating-writes";
import { schemes } from "./schemes";

const MonthlyEntry = builder.inputType("MonthlyEvaluationEntryInput", {
  description: "A member's level for the month.",
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true, description: "The member." }),
    level: t.string({
      required: true,
      description: "A member level of the year's scheme, by code or label.",
    }),
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
    const year = ratedYear(input.year, context.today);
    const month = monthPeriod(year, input.month);
    assertMonthBegun(month, context.today);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const scheme = schemeForYear(await schemes(context), year);
    const memberships = await membershipsByPersonIds(
      context.db,
      input.entries.map((entry) => entry.personId.id),
    );
    const rows = input.entries.map((entry, index) => {
      const field = ["entries", String(index)];
      assertMemberThatMonth(cellMembershipsOf(memberships, entry.personId.id), cell, month, [
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
      description: "A grade of the scale that applies, by code (GOOD, FAIR …) or label (“Khá”).",
    }),
    meetingId: t.globalID({ for: MeetingRef, description: "The meeting that rated it." }),
    note: t.string({ description: "Note." }),
  }),
  output: { field: "cell", type: CellRef, description: "The cell." },
  authorize: (input) => ({ writeCell: input.cellId.id }),
  run: async (input, context) => {
    const year = ratedYear(input.year, context.today);
    const cell = await cellOrRefuse(context, input.cellId.id, "cellId");
    const scale = await qualityScaleOf(context, cell);
    const grade = gradeOfScale(scale, input.grade);
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
    const committee = await committeeOrRefuse(context, input.committeeId.id, {
      vi: "Đảng bộ lựa chọn cho các tổ chức trực thuộc.",
      en: "Committees choose for their subtree.",
    });
    const scheme = schemeForYear(await schemes(context), validYear(input.year));
    assertSettingOpen(scheme, input.setting);
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

defineMutation("setRatingDeadline", {
  description:
    "A committee sets the day by which its cells propose their members' ratings of a year; the cells' reminders " +
    "(actionsNeeded) name the members still without a proposal once it has passed. Setting it again replaces it.",
  inputFields: (t) => ({
    committeeId: t.globalID({ for: CellRef, required: true, description: "The committee." }),
    year: t.int({ required: true, description: "The year rated." }),
    proposalsDue: t.field({ type: "Date", required: true, description: "The last day for proposals." }),
    note: t.string({ description: "The plan or notice that set it." }),
  }),
  output: { field: "committee", type: CellRef, description: "The committee." },
  authorize: (input) => ({ governUnder: input.committeeId.id }),
  run: async (input, context) => {
    const committee = await committeeOrRefuse(context, input.committeeId.id, {
      vi: "Hạn đề xuất do đảng bộ đặt cho các chi bộ.",
      en: "Deadlines are set by committees for their cells.",
    });
    const year = validYear(input.year);
    assertDeadlineAfterYearBegins(year, input.proposalsDue);
    await context.db.write([
      setRatingDeadline(context.db, {
        committee_id: committee.id,
        year,
        proposals_due: input.proposalsDue,
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
      description: "The organization level registered for, by code or label of the year's scheme.",
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
    assertTargetCounts({
      admissionsMin: input.admissionsMin ?? null,
      admissionsMax: input.admissionsMax ?? null,
      recognitions: input.recognitions ?? null,
    });
    const scheme = schemeForYear(await schemes(context), year);
    const registered = input.registeredLevel
      ? levelOf(scheme, "ORGANIZATION", input.registeredLevel, ["registeredLevel"])
      : null;
    const documentIds: string[] = [];
    for (const id of input.documentIds ?? [])
      documentIds.push((await optionalDocumentId(context, id, "decisionDocumentId")) as string);
    const tasks = targetTasks(input.tasks ?? []);
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
