import { builder } from "../../builder";
import type { Context } from "../../context";
import { type CellRow, childOrganizations } from "../../db/cells";
import { memberCountsOf, type StatisticCountRow } from "../../db/member-statistics";
import { todayInVietnam } from "../../domain/dates";
import {
  assertStatisticsPeriod,
  defaultPeriodStart,
  FIGURE_DIMENSIONS,
  type Figure,
  figureLines,
  membersOf,
  type StatisticCount,
  type StatisticDimension,
  type StatisticLine,
} from "../../domain/member-statistics";
import { CellRef } from "../cells/refs";
import { listByKey } from "../common/lists";

/**
 * Member statistics of a subtree on a day (what the Organization Committees' reports count), read from the counts
 * kept on write (migration 0056): a row per organization and value, whatever the members and the history. Each
 * figure asked reads its own dimension (and the statuses, which count the members): the figures of every
 * organization of a level in one statement.
 */

interface Figures {
  cell: CellRow;
  on: string;
  periodStart: string;
}

interface Statistics {
  on: string;
  periodStart: string;
  organization: Figures;
  children: Figures[];
}

const StatisticLineRef = builder.objectRef<StatisticLine>("StatisticLine").implement({
  description:
    "One line of a figure: a value, its Vietnamese label and how many members (or events) it counts.",
  fields: (t) => ({
    code: t.exposeString("code", {
      description:
        "The value: an enum value (MALE, OFFICIAL, UP_TO_30 …), an ethnic group's code (01 Kinh …), the file's text " +
        "for religion and general education, or UNKNOWN where the file does not say.",
    }),
    label: t.exposeString("label", { description: "The value in Vietnamese, as a report prints it." }),
    members: t.exposeInt("members", { description: "Members with that value (for events: how many)." }),
  }),
});

const FiguresRef = builder.objectRef<Figures>("MemberFigures").implement({
  description:
    "The members of one organization's subtree on the statistics' day, by status and by each field of their files, " +
    "and the events of the period.",
  fields: (t) => {
    const figure = (name: Figure, description: string) =>
      t.field({
        type: [StatisticLineRef],
        description,
        resolve: async (figures, _args, context) => {
          const [statuses, counts] = await Promise.all([
            countsOf(figures, "STATUS", context),
            countsOf(figures, FIGURE_DIMENSIONS[name], context),
          ]);
          return figureLines(name, counts, membersOf(statuses), figures.on);
        },
      });
    return {
      organization: t.expose("cell", { type: CellRef, description: "The organization." }),
      members: t.int({
        description: "Members (official and probationary) on the day.",
        resolve: async (figures, _args, context) => membersOf(await countsOf(figures, "STATUS", context)),
      }),
      byStatus: figure("byStatus", "Official and probationary members."),
      byGender: figure("byGender", "By gender."),
      byAgeBand: figure(
        "byAgeBand",
        "By age band (≤ 30, 31–40, 41–50, 51–60, > 60), age counted by year: the day's year less the year of birth.",
      ),
      byEthnicity: figure("byEthnicity", "By ethnic group."),
      byReligion: figure("byReligion", "By religion, as the files write it."),
      byGeneralEducation: figure("byGeneralEducation", "By general education (12/12 …)."),
      byProfessionalLevel: figure("byProfessionalLevel", "By professional qualification."),
      byPoliticalTheoryLevel: figure("byPoliticalTheoryLevel", "By political theory level."),
      byStateManagementLevel: figure("byStateManagementLevel", "By state-management level."),
      byPartyAgeBand: figure(
        "byPartyAgeBand",
        "By party age (under 10 years, 10–19, 20–29, 30–39, 40–49, 50 and more), counted by year from the admission " +
          "decision with the time out of the Party subtracted.",
      ),
      exempted: figure("exempted", "Members exempted from Party work and activities on the day, by reason."),
      events: figure(
        "events",
        "Events of the period: admissions, recognitions as official members, transfers in and out, members carried " +
          "over when their organization succeeded another, reinstatements, removals, resignations, expulsions and " +
          "deaths. A transfer between two cells of the organization counts as both a transfer out and in.",
      ),
    };
  },
});

const StatisticsRef = builder.objectRef<Statistics>("MemberStatistics").implement({
  description:
    "Member statistics of an organization's subtree on a day, with each organization directly under it for a " +
    "drill-down (also printable and as CSV: GET /cells/{id}/statistics?on=&from=, /cells/{id}/statistics.csv).",
  fields: (t) => ({
    on: t.expose("on", { type: "Date", description: "The day the members are counted on." }),
    periodStart: t.expose("periodStart", {
      type: "Date",
      description: "The first day of the period whose events are counted (the period ends on the day).",
    }),
    organization: t.expose("organization", {
      type: FiguresRef,
      description: "The organization's figures (its whole subtree).",
    }),
    children: t.expose("children", {
      type: [FiguresRef],
      description: "The figures of each organization directly under it that existed when the period began.",
    }),
  }),
});

/** The kept counts of one dimension of an organization, read with those of every figure of the same level. */
function countsOf(
  figures: Figures,
  dimension: StatisticDimension,
  context: Context,
): Promise<StatisticCount[]> {
  const { on, periodStart } = figures;
  return listByKey(
    `memberCounts:${on}:${periodStart}`,
    (db, keys) =>
      memberCountsOf(
        db,
        keys.map((key) => key.split("/") as [string, string]),
        on,
        periodStart,
      ),
    (row: StatisticCountRow) => `${row.org_id}/${row.dimension}`,
  )(`${figures.cell.id}/${dimension}`, context).then((rows) =>
    rows.map((row) => ({
      dimension: row.dimension as StatisticDimension,
      value: row.value,
      onDay: row.on_day,
      beforePeriod: row.before_period,
    })),
  );
}

builder.queryField("memberStatistics", (t) =>
  t.field({
    type: StatisticsRef,
    nullable: true,
    description:
      "Member statistics of an organization's subtree as of any day, for its writers (the figures count the fields " +
      "of members' files, which only they may read).",
    args: {
      cellId: t.arg.globalID({ for: CellRef, required: true, description: "The organization." }),
      on: t.arg({
        type: "Date",
        description: "The day members are counted on; today (Asia/Ho_Chi_Minh) by default.",
      }),
      from: t.arg({
        type: "Date",
        description:
          "The first day of the period whose events are counted; 1 January of the day's year by default.",
      }),
    },
    authScopes: (_root, args) => ({ writeCell: args.cellId.id }),
    resolve: async (_root, args, context) => {
      const on = args.on ?? todayInVietnam();
      const periodStart = args.from ?? defaultPeriodStart(on);
      assertStatisticsPeriod(periodStart, on);
      const [cell, children] = await Promise.all([
        context.loaders.cell.load(args.cellId.id),
        childOrganizations(context.db, args.cellId.id, periodStart),
      ]);
      if (!cell) return null;
      return {
        on,
        periodStart,
        organization: { cell, on, periodStart },
        children: children.map((child) => ({ cell: child, on, periodStart })),
      };
    },
  }),
);
