import { describe, expect, it } from "vitest";
import { ILLUSTRATION, ILLUSTRATION_CELL } from "../../scripts/demo-member-files";
import { adminToken, globalId, gql } from "../helpers";

/** Full years from a day to today (Vietnam's calendar day) less some days out of the Party. */
function fullYearsSince(day: string, daysOut: number): number {
  const until = new Date(Date.now() + 7 * 3_600_000 - daysOut * 86_400_000).toISOString().slice(0, 10);
  const years = Number(until.slice(0, 4)) - Number(day.slice(0, 4));
  return until.slice(5) >= day.slice(5) ? years : years - 1;
}

/** The demo data's illustration cell: members whose files exercise party age, badges, exemption and discipline. */
describe("the demo data's member files", () => {
  it("counts a readmitted member's party age without the years out, and lists the badges reached", async () => {
    const answer = await gql(
      `query ($id: ID!, $cell: ID!) {
        person(id: $id) { partyAge { since years interruptions { from until } } file { genderLabel } }
        cell(id: $cell) { badgesDue(occasion: NATIONAL_DAY, year: 2026) { person { id } years } }
      }`,
      { id: globalId("Person", ILLUSTRATION.readmitted), cell: globalId("Cell", ILLUSTRATION_CELL.id) },
      await adminToken(),
    );
    expect(answer.errors).toBeUndefined();
    const age = answer.data?.person.partyAge;
    expect(age.since).toBe("1972-05-19");
    expect(age.interruptions).toEqual([{ from: "1980-01-01", until: "1985-06-01" }]);
    // Full years from admission, less the 1,978 days out (1980-01-01 to 1985-06-01): five fewer than without them.
    expect(age.years).toBe(fullYearsSince("1972-05-19", 1978));
    const due = (answer.data?.cell.badgesDue ?? []) as { person: { id: string }; years: number }[];
    const readmitted = due.filter((each) => each.person.id === globalId("Person", ILLUSTRATION.readmitted));
    expect(readmitted.map((each) => each.years)).toEqual([30, 40, 45]);
  });

  it("shows the exempted member's exemption, the early proposal for illness, an honour and a reprimand", async () => {
    const answer = await gql(
      `query ($exempted: ID!, $early: ID!) {
        exempted: person(id: $exempted) { exemptions { from until reasonLabel } }
        early: person(id: $early) {
          badges { years stageLabel awardOn earlyReason }
          honours { formLabel decidedOn }
          disciplines { formLabel decidedOn }
        }
      }`,
      {
        exempted: globalId("Person", ILLUSTRATION.exempted),
        early: globalId("Person", ILLUSTRATION.earlyAward),
      },
      await adminToken(),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.exempted.exemptions).toEqual([
      { from: "2018-01-01", until: null, reasonLabel: "Tuổi cao" },
    ]);
    expect(answer.data?.early.badges).toEqual([
      { years: 30, stageLabel: expect.any(String), awardOn: "2026-02-03", earlyReason: "SERIOUS_ILLNESS" },
    ]);
    expect(answer.data?.early.honours).toEqual([{ formLabel: "Bằng khen", decidedOn: "2015-12-20" }]);
    expect(answer.data?.early.disciplines).toEqual([{ formLabel: "Khiển trách", decidedOn: "2010-06-01" }]);
  });
});
