import { builder } from "../../builder";
import { memberPeopleOfCellsOn } from "../../db/people";
import { monthsFrom } from "../../domain/dates";
import { validDuesYear } from "../../domain/dues";
import { arrearsDayOf, assertArrearsDay } from "../../domain/dues-ledger";
import { CellRef } from "../cells/refs";
import { PersonRef } from "../people/refs";
import { ArrearsRef, arrearsOfPerson, personDuesMonths } from "./arrears";

/** Who is behind with their dues: a cell's members, and each member's own months. */

const PersonDuesMonthRef = builder
  .objectRef<{ month: string; cellId: string; owed: number | null; paid: number }>("PersonDuesMonth")
  .implement({
    description: "A member's dues of a month: the cell owed, what was owed and what was paid.",
    fields: (t) => ({
      month: t.field({ type: "Month", description: "The month.", resolve: (row) => row.month }),
      cell: t.field({
        type: CellRef,
        nullable: true,
        description: "The cell the month's dues were owed to.",
        resolve: (row, _args, context) => context.loaders.cell.load(row.cellId),
      }),
      owed: t.expose("owed", {
        type: "Dong",
        nullable: true,
        description: "Owed, in đồng; null where unknown.",
      }),
      paid: t.expose("paid", { type: "Dong", description: "Paid for it, corrections included." }),
    }),
  });

builder.queryField("duesArrears", (t) =>
  t.field({
    type: [ArrearsRef],
    nullable: true,
    description:
      "The members of a cell on a day who are behind with the dues of that day's year (the months ended by it), " +
      "with the months and the amount; those with three months unpaid and no reason recorded are up for removal. " +
      "For the cell's writers.",
    args: {
      cellId: t.arg.globalID({ for: CellRef, required: true, description: "The cell." }),
      on: t.arg({ type: "Date", description: "The day; today (Asia/Ho_Chi_Minh) by default." }),
    },
    authScopes: (_root, args) => ({ writeCell: args.cellId.id }),
    resolve: async (_root, args, context) => {
      const on = args.on ?? context.today;
      assertArrearsDay(on, context.today);
      // With their person rows: the answer names each member, and the names then cost no round trip of their own.
      const people = await memberPeopleOfCellsOn(context.db, [args.cellId.id], on);
      for (const { member_of: _cell, ...person } of people) context.loaders.person.prime(person.id, person);
      const members = people.map((person) => person.id);
      // The reader writes the cell (its scope), so reads its members.
      context.access.vouchForPeople(members);
      const arrears = await Promise.all(members.map((personId) => arrearsOfPerson(personId, on, context)));
      return arrears.filter((row) => row.shortMonths.length > 0);
    },
  }),
);

builder.objectFields(PersonRef, (t) => ({
  duesMonths: t.field({
    type: [PersonDuesMonthRef],
    nullable: true,
    description:
      "The member's dues of a year, month by month, in whichever cell they were owed. Personal: the person, their " +
      "secretary, committees above.",
    authScopes: (person) => ({ readPersonal: person.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (person, args, context) => {
      const year = validDuesYear(args.year);
      return personDuesMonths(person.id, monthsFrom(`${year}-01`, `${year}-12`), context);
    },
  }),
  duesArrears: t.field({
    type: ArrearsRef,
    nullable: true,
    description:
      "The member's dues arrears of a year (the months ended by today, for the current year), flagged when three " +
      "months are unpaid without a reason recorded. Personal.",
    authScopes: (person) => ({ readPersonal: person.id }),
    args: { year: t.arg.int({ required: true, description: "The year." }) },
    resolve: async (person, args, context) => {
      const on = arrearsDayOf(validDuesYear(args.year), context.today);
      return on === null ? null : arrearsOfPerson(person.id, on, context);
    },
  }),
}));
