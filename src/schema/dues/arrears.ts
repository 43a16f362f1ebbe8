import { builder } from "../../builder";
import type { Context } from "../../context";
import type { CellRow } from "../../db/cells";
import { arrearsReasonsOf, duesTalliesOf, paidMonthsOfPeople } from "../../db/dues";
import { memberIdsOn } from "../../db/people";
import { isCellKind } from "../../domain/cells";
import { arrearsDayOf, arrearsOf, monthsDueBy } from "../../domain/dues-ledger";
import { personReference } from "../people/refs";
import { cellPeriodsOf, duesBasesOf, personMonths } from "./types";

/** Who is behind with their dues, and an organization's year of dues for its annual report. */

export interface Arrears {
  personId: string;
  year: number;
  shortMonths: string[];
  unpaidMonths: string[];
  outstanding: number;
  consideredForRemoval: boolean;
  reason: string | null;
}

/** What was paid for a person's months from `first` to `last`: one statement for every person asked at a level. */
function paidOf(personId: string, first: string, last: string, context: Context) {
  return context.loaders
    .grouped(
      `duesPaid:${first}:${last}`,
      (ids) => paidMonthsOfPeople(context.db, ids, first, last),
      (row) => row.person_id,
    )
    .load(personId);
}

/** The reason recorded for a person's arrears of a year, if any; batched like paidOf. */
async function arrearsReasonOf(personId: string, year: number, context: Context): Promise<string | null> {
  const rows = await context.loaders
    .grouped(
      `duesArrearsReasons:${year}`,
      (ids) => arrearsReasonsOf(context.db, ids, year),
      (row) => row.person_id,
    )
    .load(personId);
  return rows[0]?.reason ?? null;
}

/** A person's months of dues among `months` (oldest first), to any cell: their record, their arrears. */
export async function personDuesMonths(personId: string, months: readonly string[], context: Context) {
  const [periods, bases, paid] = await Promise.all([
    cellPeriodsOf(personId, context),
    duesBasesOf(personId, context),
    paidOf(personId, months[0] ?? "", months[months.length - 1] ?? "", context),
  ]);
  return personMonths(personId, periods, bases, paid, months);
}

/** A person's arrears on a day: the months of its year due by then (monthsDueBy). */
export async function arrearsOfPerson(personId: string, on: string, context: Context): Promise<Arrears> {
  const year = Number(on.slice(0, 4));
  const [months, reason] = await Promise.all([
    personDuesMonths(personId, monthsDueBy(on), context),
    arrearsReasonOf(personId, year, context),
  ]);
  return { personId, year, reason, ...arrearsOf(months, reason !== null) };
}

export const ArrearsRef = builder.objectRef<Arrears>("DuesArrears").implement({
  description:
    "A member's dues arrears of a year. Three months unpaid in a year without good reason put the member up for " +
    "removal from the Party's list (Điều lệ Đảng; Quy định 01-QĐ/TW).",
  fields: (t) => ({
    person: personReference.required(t, "The member.", (row) => row.personId),
    year: t.exposeInt("year", { description: "The year." }),
    shortMonths: t.expose("shortMonths", { type: ["Month"], description: "Months paid less than owed." }),
    unpaidMonths: t.expose("unpaidMonths", { type: ["Month"], description: "Months with nothing paid." }),
    outstanding: t.expose("outstanding", { type: "Dong", description: "What is missing, in đồng." }),
    consideredForRemoval: t.exposeBoolean("consideredForRemoval", {
      description: "Three or more months unpaid in the year and no reason recorded.",
    }),
    reason: t.exposeString("reason", { nullable: true, description: "The reason recorded for not paying." }),
  }),
});

/** An organization's kept dues of a year's months: one statement for every organization asked at a level. */
function talliesOfYear(orgId: string, year: number, context: Context) {
  return context.loaders
    .grouped(
      `duesTallies:${year}`,
      (orgIds) => duesTalliesOf(context.db, orgIds, `${year}-01`, `${year}-12`),
      (row) => row.org_id,
    )
    .load(orgId);
}

/** A year of an organization's dues, for its annual report. */
export interface DuesYear {
  cell: CellRow;
  year: number;
}

export const DuesYearRef = builder.objectRef<DuesYear>("DuesYear").implement({
  description:
    "An organization's dues of a year: what its subtree collected, kept and remitted, and for a cell the members " +
    "up for removal for three months unpaid.",
  fields: (t) => {
    const total =
      (field: "collected" | "retained" | "remitted") =>
      async (row: DuesYear, _args: object, context: Context) =>
        (await talliesOfYear(row.cell.id, row.year, context)).reduce((sum, tally) => sum + tally[field], 0);
    return {
      collected: t.field({ type: "Dong", description: "Collected, in đồng.", resolve: total("collected") }),
      retained: t.field({ type: "Dong", description: "Kept by the cells.", resolve: total("retained") }),
      remitted: t.field({
        type: "Dong",
        description: "Remitted to the level above.",
        resolve: total("remitted"),
      }),
      membersUpForRemoval: t.int({
        nullable: true,
        description:
          "For a cell: its members at the year's end (today, for the current year) with three or more months of the " +
          "year unpaid (months ended by then) and no reason recorded (their names: duesArrears, for the cell's " +
          "writers). Null for a committee.",
        resolve: async (row, _args, context) => {
          if (!isCellKind(row.cell.kind)) return null;
          const on = arrearsDayOf(row.year, context.today);
          if (on === null) return 0;
          const members = await memberIdsOn(context.db, row.cell.id, on);
          const arrears = await Promise.all(
            members.map((personId) => arrearsOfPerson(personId, on, context)),
          );
          return arrears.filter((member) => member.consideredForRemoval).length;
        },
      }),
    };
  },
});
