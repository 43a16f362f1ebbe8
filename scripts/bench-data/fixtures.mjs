// What the benchmark acts on, chosen from the generated province and saved next to the database: a typical
// district committee, a busy cell under it with its secretary, a key provincial document, and pools of writes
// (a meeting's attendance, a cell's rating proposals) spread over many cells so that repeated writes stay valid.
import { join } from "node:path";
import { DATA_TO, YEARS } from "./organizations.mjs";
import { secretaryOn } from "./people.mjs";

/** Where `npm run bench` finds what to act on, beside the database it describes (relative to the project). */
export const FIXTURES_PATH = join(".wrangler", "state", "bench-fixtures.json");

const POOL_SIZE = 200;
const TYPICAL_CELL_SIZE = 30;

function median(items, measure) {
  return [...items].sort((a, b) => measure(a) - measure(b))[Math.floor(items.length / 2)];
}

/** Marks the meetings whose attendance the write pool re-records: each sampled cell's last regular meeting. */
export function chooseAttendancePool(world, organizations) {
  const cells = world.random.sample(
    organizations.activeCells().filter((cell) => secretaryOn(cell, DATA_TO)),
    POOL_SIZE,
  );
  for (const cell of cells) {
    const last = cell.schedule.findLast((meeting) => meeting.kind === "REGULAR" && meeting.status === "HELD");
    if (last) last.capture = true;
  }
}

export function chooseFixtures(world, { organizations, province }) {
  const year = YEARS.at(-1);
  const districts = organizations.all.filter((organization) => organization.flavor === "district");
  const committee = median(
    districts.length > 0 ? districts : province.children,
    (district) => organizations.cellsUnder(district).length,
  );
  const cell = organizations
    .cellsUnder(committee)
    .filter((candidate) => candidate.reviews.has(year) && secretaryOn(candidate, DATA_TO))
    .sort(
      (a, b) =>
        Math.abs(a.memberships.filter((m) => m.endedOn === null).length - TYPICAL_CELL_SIZE) -
        Math.abs(b.memberships.filter((m) => m.endedOn === null).length - TYPICAL_CELL_SIZE),
    )[0];
  const secretary = secretaryOn(cell, DATA_TO);
  const implementsCount = new Map();
  for (const relation of world.registry.relations) {
    if (relation.kind === "IMPLEMENTS")
      implementsCount.set(relation.to, (implementsCount.get(relation.to) ?? 0) + 1);
  }
  const provincialAssignments = world.registry.assignments.filter(
    (assignment) =>
      assignment.assignedBy === province &&
      assignment.assignedOn.startsWith(String(year)) &&
      assignment.deadline !== null &&
      assignment.deadline < DATA_TO,
  );
  const document = [...new Set(provincialAssignments.map((assignment) => assignment.document))].sort(
    (a, b) => (implementsCount.get(b) ?? 0) - (implementsCount.get(a) ?? 0),
  )[0];

  const attendancePool = organizations.all.flatMap((organization) =>
    organization.schedule
      .filter((meeting) => meeting.capture && meeting.statuses?.length > 0)
      .map((meeting) => ({
        meetingId: meeting.id,
        cellId: organization.id,
        secretaryId: secretaryOn(organization, DATA_TO).id,
        entries: meeting.statuses.map(([person, status]) => ({ personId: person.id, status })),
      })),
  );
  const ratingPool = world.random
    .sample(
      [...world.proposals2025].filter(
        ([candidate, proposed]) =>
          candidate.dissolvedOn === null && proposed.secretaryId && proposed.proposals.length > 0,
      ),
      POOL_SIZE,
    )
    .map(([candidate, proposed]) => ({ cellId: candidate.id, ...proposed }));

  return {
    year,
    today: DATA_TO,
    search: "chất lượng sinh hoạt chi bộ",
    provinceId: province.id,
    committeeId: committee.id,
    cellId: cell.id,
    secretaryId: secretary.id,
    personId: secretary.id,
    documentId: document.id,
    attendancePool,
    ratingPool,
  };
}
