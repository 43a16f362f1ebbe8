import { builder } from "../../builder";
import type { Context } from "../../context";
import { ratingDeadlinesOf } from "../../db/annual-review";
import { candidaciesInCells } from "../../db/candidacies";
import { overdueAssignmentsOf } from "../../db/document-assignments";
import { grantsExpiringOn } from "../../db/grants";
import { scheduledMeetingsOf } from "../../db/meetings";
import { candidatesByCellIds, type PersonRow } from "../../db/people";
import { addDays } from "../../domain/dates";
import { periodCovers } from "../../domain/membership";
import {
  ACTION_KIND_LABELS,
  type ActionNeeded,
  actionsNeeded,
  GRANT_EXPIRY_NOTICE_DAYS,
  passedDeadlines,
} from "../../domain/reminders";
import { CellRef } from "../cells/refs";
import { membersOn, officesOf } from "../cells/types";
import { withoutErrors } from "../common/connections";
import { labelledEnum, labelledFields } from "../common/labels";
import { listByKey } from "../common/lists";
import { complianceOfCell } from "../meetings/compliance";
import { missingStepsOf } from "../people/candidacy";
import { personReference } from "../people/refs";
import { ratingsOf } from "../ratings/types";

/** What needs action in a cell: reminders computed from its records (issue 19's first list). */

/*
 * Each read of a cell's reminders goes through a loader keyed by cell, so that the reminders of a page of cells (a
 * committee's `descendants`) cost the round trips of one cell's.
 */

const meetingsDueSoon = listByKey(
  "meetingsOfTodayAndTomorrow",
  (db, ids, context) => scheduledMeetingsOf(db, ids, context.today, addDays(context.today, 1)),
  (row) => row.cell_id,
);

const reportsOverdue = listByKey(
  "reportsOverdue",
  (db, ids, context) => overdueAssignmentsOf(db, ids, context.today),
  (row) => row.cell_id,
);

const candidatesOf = listByKey("candidatesOfCell", candidatesByCellIds, (row) => row.candidate_cell_id ?? "");

const candidaciesOf = listByKey("candidaciesInCell", candidaciesInCells, (row) => row.candidate_cell_id);

/**
 * A cell's outstanding candidates with their recorded steps, for its writers only: a candidacy is personal, so
 * fellow members are not told of missing steps. Read with the level's other reads, then kept or dropped.
 */
async function candidatesFor(cellId: string, context: Context) {
  const [writer, candidates, candidacies] = await Promise.all([
    context.access.canWrite(cellId),
    candidatesOf(cellId, context),
    candidaciesOf(cellId, context),
  ]);
  if (!writer) return [];
  context.access.vouchForPeople(candidates.map((candidate) => candidate.id));
  for (const candidate of candidates) context.loaders.person.prime(candidate.id, candidate);
  return candidates.map((candidate) => ({
    personId: candidate.id,
    fullName: candidate.full_name,
    missing: missingStepsOf(candidacies.find((candidacy) => candidacy.person_id === candidate.id) ?? null),
  }));
}

const grantsEnding = listByKey(
  "grantsEnding",
  (db, ids, context) =>
    grantsExpiringOn(db, ids, context.today, addDays(context.today, GRANT_EXPIRY_NOTICE_DAYS)),
  (row) => row.cell_id ?? "",
);

async function deadlinesAbove(committeeIds: readonly string[], years: readonly number[], context: Context) {
  const loaded = await context.loaders
    .grouped(
      `ratingDeadlines:${years.join(",")}`,
      (ids) => ratingDeadlinesOf(context.db, ids, years),
      (row) => row.committee_id,
    )
    .loadMany(committeeIds);
  return withoutErrors(loaded).flatMap((rows) => rows ?? []);
}

const ActionKindEnum = labelledEnum("ActionKind", "What a reminder asks to act on.", ACTION_KIND_LABELS);

const ActionNeededRef = builder.objectRef<ActionNeeded>("ActionNeeded").implement({
  description: "Something the cell has to act on, with the record it concerns and since when it is due.",
  fields: (t) => ({
    ...labelledFields(t, "kind", ActionKindEnum, "What to act on.", (action) => action.kind),
    person: personReference.optional(t, "The member it concerns, if any.", (action) => action.personId),
    month: t.exposeInt("month", { nullable: true, description: "The month it concerns (1–12), if any." }),
    dueSince: t.expose("dueSince", { type: "Date", description: "Since when it is due." }),
    detail: t.string({
      description: "What is due, with the names and dates, in the request's language.",
      resolve: (action, _args, context) => action.detail[context.language],
    }),
  }),
});

builder.objectField(CellRef, "actionsNeeded", (t) =>
  t.field({
    type: [ActionNeededRef],
    nullable: true,
    description:
      "What the cell has to act on today, oldest first: probation over without a recognition vote, months of this " +
      "year without the regular meeting, last year's members not rated, fewer than 3 official members, 9 or more " +
      "without a cell committee, materials not yet sent for a meeting of today or tomorrow, implementation reports " +
      "past their deadline, members without a proposal after the committee's deadline, candidates' missing steps, " +
      "the viewer's own grant on the cell ending within 30 days (every grant, for an admin). " +
      "For a cell (chi bộ); null for a committee, which reads its cells' on `descendants` (a page of cells costs " +
      "the D1 round trips of one).",
    authScopes: (cell) => ({ readFigures: cell.id }),
    resolve: async (cell, _args, context) => {
      if (cell.kind !== "GRASSROOTS_CELL" && cell.kind !== "SUBORDINATE_CELL") return null;
      const year = Number(context.today.slice(0, 4));
      const committeesAbove = cell.path.split("/").filter((id) => id && id !== cell.id);
      // Every read that needs nothing read before it goes in one level; the second level loads what the first named.
      const [
        memberIds,
        lastYearMembers,
        lastYearRatings,
        thisYearRatings,
        compliance,
        offices,
        upcoming,
        overdue,
        candidates,
        deadlines,
        committees,
        expiringGrants,
      ] = await Promise.all([
        membersOn(cell.id, context.today, context),
        membersOn(cell.id, `${year - 1}-12-31`, context),
        ratingsOf(cell.id, year - 1, context),
        ratingsOf(cell.id, year, context),
        complianceOfCell(context, cell.id, year),
        officesOf(cell.id, context),
        meetingsDueSoon(cell.id, context),
        reportsOverdue(cell.id, context),
        candidatesFor(cell.id, context),
        deadlinesAbove(committeesAbove, [year - 1, year], context),
        context.loaders.cell.loadMany(committeesAbove),
        grantsEnding(cell.id, context).then((grants) =>
          // Grants are read by admins and by their own principal only: a reminder is theirs alone.
          grants.filter((grant) => context.access.isAdmin || grant.principal === context.viewer?.principal),
        ),
      ]);
      // The cell's members, this year's and last, are read by whoever reads its figures (the rule of its member list).
      context.access.vouchForPeople([...memberIds, ...lastYearMembers]);
      const passed = passedDeadlines(deadlines, committeesAbove, [year - 1, year], context.today);
      // The members' rows came with them; only a grant's person (rarely one) is read here.
      const loadedPeople = await context.loaders.person.loadMany([
        ...new Set([
          ...memberIds,
          ...lastYearMembers,
          ...expiringGrants.flatMap((grant) => (grant.person_id ? [grant.person_id] : [])),
        ]),
      ]);
      const people = withoutErrors(loadedPeople).filter((person): person is PersonRow => person !== null);
      const nameOf = (id: string) => people.find((person) => person.id === id)?.full_name ?? id;
      const rated = new Set(lastYearRatings.map((rating) => rating.person_id));
      return actionsNeeded({
        expiringGrants: expiringGrants.map((grant) => ({
          role: grant.role,
          personId: grant.person_id,
          fullName: grant.person_id ? nameOf(grant.person_id) : null,
          expiresOn: grant.expires_on,
        })),
        today: context.today,
        members: people
          .filter((person) => memberIds.includes(person.id))
          .map((person) => ({
            personId: person.id,
            fullName: person.full_name,
            partyStatus: person.party_status,
            admittedOn: person.admitted_on,
          })),
        monthsWithoutRegularMeeting: compliance?.monthsWithoutRegularMeeting ?? [],
        unratedLastYear: lastYearMembers
          .filter((id) => !rated.has(id))
          .map((id) => ({ personId: id, fullName: nameOf(id) })),
        hasCellCommittee: offices.some(
          (office) =>
            office.role === "COMMITTEE_MEMBER" &&
            periodCovers({ from: office.started_on, until: office.ended_on }, context.today),
        ),
        upcomingMeetings: upcoming.map((meeting) => ({
          title: meeting.title,
          meetingDate: meeting.meeting_date,
          materialsSentAt: meeting.materials_sent_at,
        })),
        overdueReports: overdue,
        candidates,
        overdueProposals: passed.map((deadline) => {
          const ratings = deadline.year === year ? thisYearRatings : lastYearRatings;
          const proposed = new Set(
            ratings
              .filter((rating) => rating.current_stage && rating.current_stage !== "SELF")
              .map((rating) => rating.person_id),
          );
          const committee = withoutErrors(committees).find((cell) => cell?.id === deadline.committee_id);
          return {
            year: deadline.year,
            due: deadline.proposals_due,
            committeeName: committee?.name ?? "",
            unproposed: (deadline.year === year ? memberIds : lastYearMembers)
              .filter((id) => !proposed.has(id))
              .map(nameOf),
          };
        }),
      });
    },
  }),
);
