// Evaluations and ratings: every member evaluated each month at the regular meeting; every member on 31 December
// rated for the year (self-assessment, the cell's proposal at the review, the committee's decision early the next
// year — 2025's still awaiting it), within the 20% quota; organizations rated the same way; the yearly grade of
// meeting quality; and each cell's targets, set at the review for the year after.
import { addDays, addMinutes, lastDayOfMonth, vietnamInstant } from "./calendar.mjs";
import { isCell, YEARS } from "./organizations.mjs";
import { secretaryOn } from "./people.mjs";
import { progressBar } from "./progress.mjs";

const LEVELS = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"];
/** 2025– (366-QĐ/TW): the score decides the level; each level's band of the 100-point scale. */
const SCORE_BANDS = {
  EXCELLENT: [90, 98],
  GOOD: [70, 89.5],
  COMPLETED: [50, 69.5],
  NOT_COMPLETED: [20, 49.5],
};
const QUALITY_GRADES = [
  ["GOOD", "Tốt", 50],
  ["FAIR", "Khá", 35],
  ["AVERAGE", "Trung bình", 12],
  ["POOR", "Kém", 3],
];

function schemeOf(year) {
  return year <= 2017
    ? "scheme-2014"
    : year <= 2022
      ? "scheme-2018"
      : year <= 2024
        ? "scheme-2023"
        : "scheme-2025";
}

function scoreFor(random, year, level) {
  if (year < 2025) return null;
  const [low, high] = SCORE_BANDS[level];
  return Math.round((low + random.next() * (high - low)) * 2) / 2;
}

/** Excellent at most 20% of those rated good: the excess is rated good (21-HD/BTCTW §2.3; 124-QĐ/TW). */
function withinQuota(levels) {
  const capped = [...levels];
  for (;;) {
    const excellent = capped.filter((level) => level === "EXCELLENT").length;
    const good = capped.filter((level) => level === "GOOD").length;
    if (excellent <= Math.floor((20 * good) / 100)) return capped;
    capped[capped.indexOf("EXCELLENT")] = "GOOD";
  }
}

function nudged(random, rank) {
  const shifted = rank + (random.chance(0.15) ? (random.chance(0.5) ? -1 : 1) : 0);
  return LEVELS[Math.min(4, Math.max(1, shifted)) - 1];
}

/** 2025–: an organization's task figures consistent with its level (366-QĐ/TW). */
function taskFigures(random, level) {
  switch (level) {
    case "EXCELLENT":
      return { onTime: 100, exceeding: random.int(30, 60), late: 0 };
    case "GOOD":
      return { onTime: 100, exceeding: random.int(0, 29), late: 0 };
    case "COMPLETED": {
      const late = random.int(5, 20);
      return { onTime: 100 - late, exceeding: 0, late };
    }
    default:
      return { onTime: 60, exceeding: 0, late: 30 };
  }
}

class RatingWriter {
  constructor(world, loader) {
    this.world = world;
    this.ratings = loader.table("ratings", [
      "id",
      "subject",
      "person_id",
      "cell_id",
      "year",
      "scheme_id",
      "disciplined",
      "remedied",
      "tasks_on_time_percent",
      "tasks_exceeding_percent",
      "tasks_late_percent",
      "version",
      "created_at",
      "updated_at",
    ]);
    this.stages = loader.table("rating_stages", [
      "id",
      "rating_id",
      "sequence",
      "stage",
      "level_code",
      "score",
      "comment",
      "meeting_id",
      "decision_document_id",
      "recorded_by",
      "recorded_at",
    ]);
  }

  /** A rating with its stages in order; each stage was one upsert, so the version is their count. */
  write(rating, stages) {
    const id = this.world.random.id();
    this.ratings.insert({
      id,
      ...rating,
      scheme_id: schemeOf(rating.year),
      disciplined: rating.disciplined ?? 0,
      remedied: 0,
      version: stages.length,
      created_at: stages[0].recorded_at,
      updated_at: stages.at(-1).recorded_at,
    });
    stages.forEach((stage, index) => {
      this.stages.insert({ id: this.world.random.id(), rating_id: id, sequence: index + 1, ...stage });
    });
  }
}

/** The members of a cell on 31 December, rated for the year with their stages; 2025 awaits the decisions. */
function rateMembersOfCell(world, writer, organizations, people, cell, year) {
  const { random } = world;
  const review = cell.reviews.get(year);
  const reviewMeetingId = cell.reviewMeetings.get(year);
  const members = people.membersOn(cell, `${year}-12-31`).map((membership) => membership.person);
  const disciplined = new Set(members.filter(() => random.chance(0.003)));
  const levels = withinQuota(
    members.map((person) => (disciplined.has(person) ? "NOT_COMPLETED" : nudged(random, person.quality))),
  );
  const secretary = secretaryOn(cell, review);
  const proposedAt = addMinutes(vietnamInstant(review, cell.meetingTime), 110);
  const decision = world.ratingDecisions.get(`${organizations.decidingCommitteeOf(cell).id}|${year}`);
  const proposals = [];
  members.forEach((person, index) => {
    const level = levels[index];
    const score = scoreFor(random, year, level);
    const stages = [
      {
        stage: "SELF",
        level_code: level,
        score,
        comment: "Tự đánh giá, xếp loại theo bản kiểm điểm cá nhân.",
        recorded_by: person.id,
        recorded_at: `${addDays(review, -random.int(3, 7))}T13:00:00.000Z`,
      },
      {
        stage: "PROPOSAL",
        level_code: level,
        score,
        meeting_id: reviewMeetingId,
        recorded_by: secretary?.id ?? null,
        recorded_at: proposedAt,
      },
    ];
    if (decision) {
      stages.push({
        stage: "DECISION",
        level_code: level,
        score,
        decision_document_id: decision.id,
        recorded_at: `${decision.issuedOn}T03:00:00.000Z`,
      });
    }
    writer.write(
      {
        subject: "MEMBER",
        person_id: person.id,
        cell_id: cell.id,
        year,
        disciplined: disciplined.has(person) ? 1 : 0,
      },
      stages,
    );
    proposals.push({ personId: person.id, level, score });
  });
  return { meetingId: reviewMeetingId, secretaryId: secretary?.id ?? null, proposals };
}

/** Organizations rated by the committee directly above, within the quota among organizations of the same kind. */
function rateOrganizations(world, writer, organizations, year) {
  const { random } = world;
  const groups = new Map();
  for (const organization of organizations.all) {
    if (!organization.parent || organization.dissolvedOn !== null || organization.terms.length === 0)
      continue;
    if (isCell(organization) && !organization.reviews.has(year)) continue;
    const key = `${organization.parent.id}|${organization.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), organization]);
  }
  for (const group of groups.values()) {
    const levels = withinQuota(
      group.map(() =>
        random.weighted([
          ["EXCELLENT", 15],
          ["GOOD", 70],
          ["COMPLETED", 13],
          ["NOT_COMPLETED", 2],
        ]),
      ),
    );
    group.forEach((organization, index) => {
      const level = levels[index];
      const score = scoreFor(random, year, level);
      const figures = year >= 2025 ? taskFigures(random, level) : null;
      const selfOn = organization.reviews.get(year) ?? `${year}-12-20`;
      const decision = world.ratingDecisions.get(`${organization.parent.id}|${year}`);
      const stages = [
        {
          stage: "SELF",
          level_code: level,
          score,
          meeting_id: organization.reviewMeetings.get(year) ?? null,
          recorded_at: `${selfOn}T10:00:00.000Z`,
        },
        decision
          ? {
              stage: "DECISION",
              level_code: level,
              score,
              decision_document_id: decision.id,
              recorded_at: `${decision.issuedOn}T03:00:00.000Z`,
            }
          : {
              stage: "PROPOSAL",
              level_code: level,
              score,
              recorded_at: `${addDays(selfOn, random.int(1, 8))}T03:00:00.000Z`,
            },
      ];
      writer.write(
        {
          subject: "ORGANIZATION",
          cell_id: organization.id,
          year,
          tasks_on_time_percent: figures?.onTime ?? null,
          tasks_exceeding_percent: figures?.exceeding ?? null,
          tasks_late_percent: figures?.late ?? null,
        },
        stages,
      );
    });
  }
}

function monthlyEvaluations(world, loader, people, cell) {
  const { random } = world;
  const evaluations = loader.table("monthly_evaluations", [
    "person_id",
    "year",
    "month",
    "cell_id",
    "level_code",
    "recorded_by",
    "recorded_at",
  ]);
  for (const year of YEARS) {
    for (let month = 1; month <= 12; month += 1) {
      const meeting = cell.regularByMonth.get(`${year}-${String(month).padStart(2, "0")}`);
      if (!meeting) continue;
      const monthEnd = lastDayOfMonth(year, month);
      const recordedAt = addMinutes(
        vietnamInstant(meeting.date, cell.meetingTime),
        meeting.lateBy + meeting.duration,
      );
      const secretary = secretaryOn(cell, meeting.date);
      for (const { person } of people.membersOn(cell, monthEnd)) {
        evaluations.insert({
          person_id: person.id,
          year,
          month,
          cell_id: cell.id,
          level_code: nudged(random, person.quality),
          recorded_by: secretary?.id ?? null,
          recorded_at: recordedAt,
        });
      }
    }
  }
}

const TASKS = [
  "Nâng cao chất lượng sinh hoạt chi bộ, bảo đảm sinh hoạt định kỳ hằng tháng và chuyên đề hằng quý.",
  "Làm tốt công tác tạo nguồn, bồi dưỡng quần chúng ưu tú để xem xét kết nạp.",
  "Hoàn thành 100% nhiệm vụ chuyên môn được giao đúng tiến độ.",
  "Thực hiện tốt công tác dân vận, vận động nhân dân chấp hành chủ trương, chính sách.",
];

function targetsOfCell(world, loader, cell, assignedByYear) {
  const { random } = world;
  const targets = loader.table("annual_targets", [
    "cell_id",
    "year",
    "admissions_min",
    "admissions_max",
    "recognitions",
    "registered_level_code",
    "registered_label",
    "document_ids",
    "tasks",
    "updated_at",
  ]);
  for (const year of [...YEARS, YEARS.at(-1) + 1]) {
    // Targets are set at the review of the year before (2022's review predates the data).
    const setOn = cell.reviews.get(year - 1) ?? (year === YEARS[0] ? `${year - 1}-12-20` : null);
    if (!setOn) continue;
    const admissionsMin = random.int(0, 1);
    const aimsHigh = random.chance(0.3);
    targets.insert({
      cell_id: cell.id,
      year,
      admissions_min: admissionsMin,
      admissions_max: admissionsMin + random.int(1, 2),
      recognitions: random.int(0, 2),
      registered_level_code: aimsHigh ? "EXCELLENT" : "GOOD",
      registered_label: aimsHigh ? "Chi bộ hoàn thành xuất sắc nhiệm vụ" : "Chi bộ hoàn thành tốt nhiệm vụ",
      document_ids: JSON.stringify((assignedByYear.get(`${cell.id}|${year}`) ?? []).slice(0, 4)),
      tasks: JSON.stringify(random.sample(TASKS, random.int(1, 3))),
      updated_at: `${setOn}T10:00:00.000Z`,
    });
  }
}

export function writeRatings(world, organizations, people, loader) {
  const { random } = world;
  const writer = new RatingWriter(world, loader);
  const quality = loader.table("meeting_quality_ratings", [
    "cell_id",
    "year",
    "grade_code",
    "grade_label",
    "meeting_id",
    "recorded_by",
    "recorded_at",
  ]);
  const assignedByYear = new Map();
  for (const assignment of world.registry.assignments) {
    const key = `${assignment.cell.id}|${assignment.assignedOn.slice(0, 4)}`;
    assignedByYear.set(key, [...(assignedByYear.get(key) ?? []), assignment.document.id]);
  }
  world.proposals2025 = new Map();
  const cells = organizations.cells().filter((cell) => cell.memberships.length > 0);
  const progress = progressBar("evaluations and ratings", cells.length);
  cells.forEach((cell, index) => {
    monthlyEvaluations(world, loader, people, cell);
    for (const year of YEARS) {
      if (!cell.reviews.has(year)) continue;
      const proposed = rateMembersOfCell(world, writer, organizations, people, cell, year);
      if (year === YEARS.at(-1)) world.proposals2025.set(cell, proposed);
      const [code, label] = random.weighted(
        QUALITY_GRADES.map(([grade, name, weight]) => [[grade, name], weight]),
      );
      const review = cell.reviews.get(year);
      quality.insert({
        cell_id: cell.id,
        year,
        grade_code: code,
        grade_label: label,
        meeting_id: cell.reviewMeetings.get(year),
        recorded_by: secretaryOn(cell, review)?.id ?? null,
        recorded_at: addMinutes(vietnamInstant(review, cell.meetingTime), 115),
      });
    }
    if (cell.dissolvedOn === null) targetsOfCell(world, loader, cell, assignedByYear);
    progress.update(index + 1);
  });
  progress.done();
  for (const year of YEARS) rateOrganizations(world, writer, organizations, year);
}
