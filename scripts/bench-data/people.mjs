// Members and candidates with their histories: rosters on 1 January 2023 (veterans, who lead, and younger
// members), then three years of admissions, recognitions, transfers between cells, arrivals from outside the
// province and departures; candidates in preparation; and the offices of cells and committees, term by term.
import { addDays, firstDayOf, maxDate, minDate, randomDay } from "./calendar.mjs";
import { contactDetails, personName } from "./names.mjs";
import { DATA_FROM, DATA_TO, isCell, SETUP_DAY, YEARS } from "./organizations.mjs";

const PRE_WINDOW_END = "2022-12-31";

function yearsBefore(isoDate, years) {
  return `${Number(isoDate.slice(0, 4)) - years}${isoDate.slice(4)}`.replace("-02-29", "-02-28");
}

export class People {
  all = [];
  memberships = [];
  roles = [];

  constructor(world) {
    this.world = world;
  }

  #person({ admittedOn, birthDate, status, candidateCellId = null, createdAt }) {
    const { random, domain } = this.world;
    const { fullName, sex } = personName(random);
    const searchText = domain.foldVietnamese(fullName);
    const contact = contactDetails(random, { foldedName: searchText, sex, birthDate });
    const age2023 = 2023 - Number(birthDate.slice(0, 4));
    const person = {
      id: random.id(),
      fullName,
      sortKey: domain.personSortKey(fullName),
      searchText,
      // Stored as the API's normalizers leave them.
      phone: contact.phone && domain.normalizePhone(contact.phone),
      email: contact.email && domain.normalizeEmail(contact.email),
      identityNumber: contact.identityNumber && domain.normalizeIdentityNumber(contact.identityNumber),
      birthDate,
      status,
      candidateCellId,
      admittedOn,
      officialOn: null,
      leftOn: null,
      version: 1,
      createdAt,
      memberships: [],
      // Elderly members may be exempted from activity (they are not counted at meetings).
      exempted: age2023 >= 72 && random.chance(0.5),
      absenceRate: random.weighted([
        [0.03, 75],
        [0.1, 20],
        [0.35, 5],
      ]),
      // A member's usual standing in evaluations: 1 excellent … 4 not completed.
      quality: random.weighted([
        [1, 12],
        [2, 70],
        [3, 16],
        [4, 2],
      ]),
      stable: false,
    };
    this.all.push(person);
    return person;
  }

  #recognize(person) {
    const { random, domain } = this.world;
    const officialOn = addDays(domain.probationEndsOn(person.admittedOn), random.int(0, 40));
    if (officialOn <= DATA_TO) {
      person.officialOn = officialOn;
      person.status = "OFFICIAL";
      if (officialOn >= DATA_FROM) person.version += 1;
    }
  }

  join(person, cell, startedOn, startReason) {
    const membership = {
      id: this.world.random.id(),
      person,
      cell,
      startedOn,
      startReason,
      endedOn: null,
      endReason: null,
    };
    person.memberships.push(membership);
    cell.memberships.push(membership);
    this.memberships.push(membership);
    return membership;
  }

  /** Ends the open membership; a transfer starts the next one the same day (half-open periods). */
  leave(person, day, reason) {
    const open = person.memberships.find((membership) => membership.endedOn === null);
    open.endedOn = day;
    open.endReason = reason;
    person.version += 1;
    if (reason !== "TRANSFERRED") {
      person.status = reason;
      person.leftOn = day;
    }
  }

  /** A member already in the Party before 2023: admitted somewhere, in this cell since a day before 2023. */
  existingMember(cell, { veteran }) {
    const { random } = this.world;
    const founded = firstDayOf(cell.foundedOn);
    const admittedOn = veteran
      ? randomDay(random, "1978-01-01", "2008-12-31")
      : randomDay(random, "1980-01-01", "2022-06-30");
    const birthDate = yearsBefore(
      admittedOn,
      random.weighted([
        [random.int(18, 24), 3],
        [random.int(25, 34), 5],
        [random.int(35, 45), 1],
      ]),
    );
    const person = this.#person({
      admittedOn,
      birthDate,
      status: "PROBATIONARY",
      createdAt: `${SETUP_DAY}T03:00:00.000Z`,
    });
    this.#recognize(person);
    // Veterans are in their cell well before the terms they lead (or since its founding).
    const latestStart = veteran ? maxDate("2016-01-01", founded) : PRE_WINDOW_END;
    const admittedHere = admittedOn >= founded && random.chance(0.35);
    const startedOn = admittedHere
      ? admittedOn
      : randomDay(random, minDate(maxDate(addDays(admittedOn, 1), founded), latestStart), latestStart);
    this.join(person, cell, startedOn, admittedHere ? "ADMITTED" : "TRANSFERRED_IN");
    person.stable = veteran;
    return person;
  }

  /** A candidate prepared by the cell and admitted on a day (the ceremony), then recognized after 12 months. */
  admitted(cell, admittedOn) {
    const { random } = this.world;
    const person = this.#person({
      admittedOn,
      birthDate: yearsBefore(admittedOn, random.int(19, 35)),
      status: "PROBATIONARY",
      createdAt: `${addDays(admittedOn, -random.int(120, 400))}T02:00:00.000Z`,
    });
    person.version += 1;
    this.#recognize(person);
    this.join(person, cell, admittedOn, "ADMITTED");
    return person;
  }

  candidate(cell) {
    const { random } = this.world;
    const createdOn = randomDay(random, "2024-01-01", "2025-11-30");
    return this.#person({
      admittedOn: null,
      birthDate: yearsBefore(createdOn, random.int(18, 33)),
      status: "CANDIDATE",
      candidateCellId: cell.id,
      createdAt: `${createdOn}T02:00:00.000Z`,
    });
  }

  membersOn(cell, day) {
    return cell.memberships.filter(
      (membership) =>
        membership.startedOn <= day && (membership.endedOn === null || membership.endedOn > day),
    );
  }
}

/** Cells that exist on 1 January 2023 start with their roster; the first members are veterans (the officers-to-be). */
function rosters(world, people, organizations) {
  const { random } = world;
  for (const cell of organizations.cells()) {
    cell.memberships = [];
    if (cell.size === 0 || firstDayOf(cell.foundedOn) > DATA_FROM) continue;
    if (cell.dissolvedOn !== null && cell.dissolvedOn < DATA_FROM) continue;
    const veterans = Math.min(cell.size, cell.size >= 9 ? 3 : random.int(1, 2));
    for (let index = 0; index < cell.size; index += 1)
      people.existingMember(cell, { veteran: index < veterans });
  }
}

/** Mergers and splits of 2024: everyone in the old cells moves to the new ones on the day. */
function reorganizations(world, people, mergers) {
  const { random } = world;
  for (const { day, predecessors, successors } of mergers) {
    for (const predecessor of predecessors) {
      for (const membership of people.membersOn(predecessor, day)) {
        people.leave(membership.person, day, "TRANSFERRED");
        people.join(membership.person, random.pick(successors), day, "TRANSFERRED_IN");
      }
    }
  }
}

const LEAVING_REASONS = [
  ["TRANSFERRED_OUT", 45],
  ["DECEASED", 40],
  ["RESIGNED", 5],
  ["REMOVED", 7],
  ["EXPELLED", 3],
];

/** Three years of movements in cells that neither merged nor split; veterans stay (they hold the offices). */
function movements(world, people, organizations) {
  const { random } = world;
  const steady = organizations
    .activeCells()
    .filter((cell) => firstDayOf(cell.foundedOn) <= DATA_FROM && !world.reorganized.has(cell));
  const byUpper = new Map();
  for (const cell of steady) {
    const upper = cell.path.split("/")[2];
    byUpper.set(upper, [...(byUpper.get(upper) ?? []), cell]);
  }
  for (const cell of steady) {
    if (cell.size > 5) {
      for (const membership of [...cell.memberships]) {
        const { person } = membership;
        // Only the roster of 1 January moves here; who arrived during the loop has moved already.
        if (person.stable || membership.endedOn !== null || membership.startedOn > PRE_WINDOW_END) continue;
        if (random.chance(0.045)) {
          people.leave(
            person,
            randomDay(random, "2023-01-15", "2025-12-15"),
            random.weighted(LEAVING_REASONS),
          );
        } else if (random.chance(0.06)) {
          const day = randomDay(random, "2023-01-15", "2025-12-15");
          const nearby = byUpper.get(cell.path.split("/")[2]);
          const target = random.pick(random.chance(0.7) && nearby.length > 1 ? nearby : steady);
          if (target === cell) continue;
          people.leave(person, day, "TRANSFERRED");
          people.join(person, target, day, "TRANSFERRED_IN");
        }
      }
    }
    const arrivals = Math.round(cell.size * 0.025 + (random.chance(0.5) ? 0.5 : 0));
    for (let index = 0; index < arrivals; index += 1) {
      const person = people.existingMember(cell, { veteran: false });
      const membership = person.memberships[0];
      membership.startedOn = randomDay(random, "2023-01-15", "2025-12-15");
      membership.startReason = "TRANSFERRED_IN";
      person.createdAt = `${membership.startedOn}T03:00:00.000Z`;
    }
  }
  for (const cell of organizations.activeCells()) {
    const founded = maxDate(firstDayOf(cell.foundedOn), DATA_FROM);
    for (const year of YEARS) {
      const admissions = random.weighted([
        [0, cell.size > 15 ? 40 : 60],
        [1, 32],
        [2, cell.size > 15 ? 20 : 8],
        [3, cell.size > 30 ? 8 : 0],
      ]);
      for (let index = 0; index < admissions; index += 1) {
        const from = maxDate(`${year}-01-10`, addDays(founded, 30));
        if (from <= `${year}-12-10`) people.admitted(cell, randomDay(random, from, `${year}-12-10`));
      }
    }
    const candidates = random.weighted([
      [0, 35],
      [1, 40],
      [2, 20],
      [3, 5],
    ]);
    for (let index = 0; index < candidates; index += 1) people.candidate(cell);
  }
}

/** Who may hold an office for [from, until): official members of the organization's cells for the whole period. */
function eligibleFor(organizations, organization, from, until) {
  const cells = isCell(organization) ? [organization] : organizations.cellsUnder(organization, from);
  return cells.flatMap((cell) =>
    cell.memberships
      .filter(
        (membership) =>
          membership.person.stable &&
          membership.startedOn <= from &&
          (membership.endedOn === null || (until !== null && membership.endedOn >= until)) &&
          membership.person.officialOn !== null &&
          membership.person.officialOn <= from,
      )
      .map((membership) => membership.person),
  );
}

function officeCounts(organization, random) {
  if (isCell(organization)) return organization.size >= 9 ? { DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: 1 } : {};
  switch (organization.kind) {
    case "PROVINCIAL_COMMITTEE":
      return { DEPUTY_SECRETARY: 2, COMMITTEE_MEMBER: 12 };
    case "PARTIAL_COMMITTEE":
      return { COMMITTEE_MEMBER: 2 };
    case "GRASSROOTS_COMMITTEE":
      return { DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: random.int(3, 7) };
    default:
      return { DEPUTY_SECRETARY: 2, COMMITTEE_MEMBER: random.int(8, 12) };
  }
}

/**
 * Offices, term by term: a secretary (one at a time), deputies and committee members, mostly re-elected at the
 * congress; an organization dissolved during a term ends its offices that day.
 */
function offices(world, people, organizations) {
  const { random } = world;
  for (const organization of organizations.all) {
    organization.roles = [];
    const terms = organization.terms;
    if (terms.length === 0) continue;
    let previous = [];
    for (const term of terms) {
      if (organization.dissolvedOn !== null && organization.dissolvedOn <= term.startsOn) continue;
      const from = term.startsOn;
      const { dissolvedOn } = organization;
      const until = term === terms.at(-1) ? dissolvedOn : minDate(term.endsOn, dissolvedOn ?? term.endsOn);
      const eligible = eligibleFor(organizations, organization, from, until);
      if (eligible.length === 0) continue;
      const kept = previous.filter((holder) => eligible.includes(holder.person) && random.chance(0.75));
      const chosen = new Set(kept.map((holder) => holder.person));
      const fresh = random.sample(
        eligible.filter((person) => !chosen.has(person)),
        eligible.length,
      );
      const holders = [];
      const wanted = [["SECRETARY", 1], ...Object.entries(officeCounts(organization, random))];
      for (const [role, count] of wanted) {
        for (let index = 0; index < count; index += 1) {
          const keptHolder = kept.find(
            (holder) => holder.role === role && !holders.some((h) => h.person === holder.person),
          );
          const person = keptHolder?.person ?? fresh.shift();
          if (!person) break;
          holders.push({ role, person });
        }
      }
      for (const { role, person } of holders) {
        const row = {
          id: random.id(),
          person,
          cell: organization,
          role,
          termId: term.id,
          startedOn: from,
          endedOn: until,
        };
        organization.roles.push(row);
        people.roles.push(row);
      }
      previous = holders;
    }
  }
}

export function buildPeople(world, { organizations, mergers }) {
  const people = new People(world);
  world.reorganized = new Set(
    mergers.flatMap(({ predecessors, successors }) => [...predecessors, ...successors]),
  );
  rosters(world, people, organizations);
  reorganizations(world, people, mergers);
  movements(world, people, organizations);
  offices(world, people, organizations);
  return people;
}

export function secretaryOn(cell, day) {
  return cell.roles.find(
    (role) =>
      role.role === "SECRETARY" && role.startedOn <= day && (role.endedOn === null || role.endedOn > day),
  )?.person;
}

export function writePeople(people, loader) {
  const persons = loader.table("people", [
    "id",
    "full_name",
    "sort_key",
    "search_text",
    "party_status",
    "birth_date",
    "candidate_cell_id",
    "admitted_on",
    "official_on",
    "left_on",
    "phone",
    "email",
    "identity_number",
    "version",
    "created_at",
    "updated_at",
  ]);
  const memberships = loader.table("memberships", [
    "id",
    "person_id",
    "cell_id",
    "started_on",
    "start_reason",
    "ended_on",
    "end_reason",
    "created_at",
  ]);
  const roles = loader.table("roles", [
    "id",
    "person_id",
    "cell_id",
    "role",
    "term_id",
    "started_on",
    "ended_on",
    "created_at",
  ]);
  for (const person of people.all) {
    const lastChange = [
      person.admittedOn,
      person.officialOn,
      person.leftOn,
      ...person.memberships.map((m) => m.startedOn),
    ]
      .filter((day) => day !== null && day >= DATA_FROM)
      .sort()
      .at(-1);
    persons.insert({
      id: person.id,
      full_name: person.fullName,
      sort_key: person.sortKey,
      search_text: person.searchText,
      party_status: person.status,
      birth_date: person.birthDate,
      candidate_cell_id: person.candidateCellId,
      admitted_on: person.admittedOn,
      official_on: person.officialOn,
      left_on: person.leftOn,
      phone: person.phone,
      email: person.email,
      identity_number: person.identityNumber,
      version: person.version,
      created_at: person.createdAt,
      updated_at: lastChange ? `${lastChange}T03:00:00.000Z` : person.createdAt,
    });
  }
  for (const membership of people.memberships) {
    memberships.insert({
      id: membership.id,
      person_id: membership.person.id,
      cell_id: membership.cell.id,
      started_on: membership.startedOn,
      start_reason: membership.startReason,
      ended_on: membership.endedOn,
      end_reason: membership.endReason,
      created_at: `${maxDate(membership.startedOn, SETUP_DAY)}T03:00:00.000Z`,
    });
  }
  for (const role of people.roles) {
    roles.insert({
      id: role.id,
      person_id: role.person.id,
      cell_id: role.cell.id,
      role: role.role,
      term_id: role.termId,
      started_on: role.startedOn,
      ended_on: role.endedOn,
      created_at: `${maxDate(role.startedOn, SETUP_DAY)}T03:00:00.000Z`,
    });
  }
}
