// Meetings: a regular meeting every month (a few months missed or cancelled), a thematic one in most quarters, the
// year-end review, and the congress that elects each term — held, with their agenda, attendance recorded by the
// secretary (a record and its history row, as recordAttendance writes them) and the review's vote.
import { addDays, addMinutes, dayOf, firstDayOf, maxDate, minDate, vietnamInstant } from "./calendar.mjs";
import { theme } from "./names.mjs";
import { DATA_FROM, DATA_TO, isCell, YEARS } from "./organizations.mjs";
import { secretaryOn } from "./people.mjs";
import { progressBar } from "./progress.mjs";

const QUARTER_NAMES = ["I", "II", "III", "IV"];

/** The days a cell existed within the three years: a new cell meets from two weeks after its founding. */
function activePeriod(cell) {
  const from = maxDate(DATA_FROM, addDays(firstDayOf(cell.foundedOn), 14));
  const to = cell.dissolvedOn === null ? DATA_TO : minDate(DATA_TO, addDays(cell.dissolvedOn, -1));
  return { from, to };
}

function meetingDay(cell, year, month, shift) {
  const day = Math.min(28, Math.max(1, cell.meetingDay + shift));
  return dayOf(year, month, day);
}

/**
 * Plans every meeting before anything is written: the documents (yearly reports after the review) and the ratings
 * (proposed at the review, evaluated at the monthly meeting) refer to them.
 */
export function planMeetings(world, organizations) {
  const { random } = world;
  for (const organization of organizations.all) {
    organization.schedule = [];
    organization.reviews = new Map();
    organization.reviewMeetings = new Map();
    organization.regularByMonth = new Map();
    const plan = (kind, date, status, extra = {}) => {
      const meeting = {
        id: random.id(),
        kind,
        date,
        status,
        duration: random.int(95, 150),
        lateBy: random.chance(0.1) ? random.int(6, 20) : random.int(0, 4),
        ...extra,
      };
      organization.schedule.push(meeting);
      return meeting;
    };
    for (const term of organization.terms) {
      if (term.congress && term.startsOn >= DATA_FROM && term.startsOn <= DATA_TO) {
        term.congressMeetingId = plan("CONGRESS", term.startsOn, "HELD").id;
      }
    }
    if (!isCell(organization) || organization.memberships.length === 0) continue;
    const { from, to } = activePeriod(organization);
    for (const year of YEARS) {
      for (let month = 1; month <= 12; month += 1) {
        const date = meetingDay(organization, year, month, random.int(-1, 2));
        if (date < from || date > to) continue;
        const roll = random.next();
        if (roll < 0.975) organization.regularByMonth.set(date.slice(0, 7), plan("REGULAR", date, "HELD"));
        else if (roll < 0.985) plan("REGULAR", date, "CANCELLED");
      }
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        const date = meetingDay(organization, year, quarter * 3 - 1, random.int(10, 15));
        if (date >= from && date <= to && random.chance(0.88)) {
          plan("THEMATIC", date, "HELD", { quarter, theme: theme(random) });
        }
      }
      const review = dayOf(year, 12, random.int(15, 27));
      if (review >= from && review <= to) {
        organization.reviews.set(year, review);
        organization.reviewMeetings.set(year, plan("ANNUAL_REVIEW", review, "HELD").id);
      }
    }
    organization.schedule.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
}

function titleOf(organization, meeting) {
  const [year, month] = meeting.date.split("-").map(Number);
  switch (meeting.kind) {
    case "REGULAR":
      return `Sinh hoạt chi bộ định kỳ tháng ${month}/${year}`;
    case "THEMATIC":
      return `Sinh hoạt chuyên đề quý ${QUARTER_NAMES[meeting.quarter - 1]}/${year}: ${meeting.theme}`;
    case "ANNUAL_REVIEW":
      return `Hội nghị tổng kết công tác xây dựng Đảng năm ${year}`;
    default: {
      const term = organization.terms.find((candidate) => candidate.congressMeetingId === meeting.id);
      return `Đại hội ${organization.name} nhiệm kỳ ${term.startsOn.slice(0, 4)}–${term.endsOn.slice(0, 4)}`;
    }
  }
}

function agendaOf(meeting) {
  const [year, month] = meeting.date.split("-").map(Number);
  switch (meeting.kind) {
    case "REGULAR":
      return [
        [
          "REPORT_DISCUSSION",
          `Đánh giá kết quả thực hiện nhiệm vụ tháng ${month}/${year}, triển khai nhiệm vụ tháng tới`,
        ],
        ["MEMBER_RATING", "Đánh giá kết quả công tác của đảng viên trong tháng"],
      ];
    case "THEMATIC":
      return [["OTHER", `Sinh hoạt chuyên đề: ${meeting.theme}`]];
    case "ANNUAL_REVIEW":
      return [
        [
          "REPORT_DISCUSSION",
          `Thảo luận Dự thảo Báo cáo tổng kết công tác xây dựng Đảng năm ${year}, phương hướng nhiệm vụ năm ${year + 1}`,
        ],
        ["SELF_CRITICISM_REVIEW", "Kiểm điểm tập thể và cá nhân đảng viên"],
        ["MEMBER_RATING", "Đánh giá xếp loại đảng viên trong Chi bộ"],
        ["MEETING_QUALITY_RATING", `Đánh giá xếp loại chất lượng sinh hoạt chi bộ năm ${year}`],
      ];
    default:
      return [
        ["REPORT_DISCUSSION", "Thảo luận Báo cáo chính trị trình Đại hội"],
        ["ELECTION", "Bầu cấp ủy, Bí thư nhiệm kỳ mới"],
      ];
  }
}

function attendanceStatus(random, person) {
  if (person.exempted) return "EXEMPTED";
  if (!random.chance(person.absenceRate)) return "PRESENT";
  return random.chance(0.8) ? "ABSENT_EXCUSED" : "ABSENT_UNEXCUSED";
}

export function writeMeetings(world, organizations, people, loader) {
  const { random } = world;
  const meetings = loader.table("meetings", [
    "id",
    "cell_id",
    "kind",
    "title",
    "status",
    "scheduled_start",
    "scheduled_end",
    "meeting_date",
    "actual_start",
    "actual_end",
    "location",
    "chair_person_id",
    "secretary_person_id",
    "content_prepared",
    "draft_resolution_prepared",
    "materials_sent_at",
    "members_who_spoke",
    "combined_with_thematic",
    "version",
    "created_at",
    "updated_at",
  ]);
  const agenda = loader.table("agenda_items", ["id", "meeting_id", "position", "kind", "title", "covered"]);
  const attendance = loader.table("attendance", [
    "meeting_id",
    "person_id",
    "status",
    "source",
    "recorded_by",
    "recorded_at",
  ]);
  const history = loader.table("attendance_history", [
    "id",
    "meeting_id",
    "person_id",
    "status",
    "source",
    "recorded_by",
    "recorded_at",
  ]);
  const decisions = loader.table("meeting_decisions", [
    "id",
    "meeting_id",
    "position",
    "motion",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "members_who_count",
    "created_at",
  ]);
  const withSchedule = organizations.all.filter((organization) => organization.schedule.length > 0);
  const progress = progressBar("meetings and attendance", withSchedule.length);
  withSchedule.forEach((organization, index) => {
    for (const meeting of organization.schedule) {
      const time = isCell(organization) ? organization.meetingTime : "08:00";
      const scheduledStart = vietnamInstant(meeting.date, time);
      const scheduledEnd = addMinutes(scheduledStart, 120);
      const held = meeting.status === "HELD";
      const actualStart = held ? addMinutes(scheduledStart, meeting.lateBy) : null;
      const actualEnd = held ? addMinutes(actualStart, meeting.duration) : null;
      const expected = isCell(organization)
        ? people.membersOn(organization, meeting.date).map((m) => m.person)
        : [];
      const secretary = isCell(organization) ? secretaryOn(organization, meeting.date) : undefined;
      const noteTaker = expected.find((person) => person !== secretary && person.stable) ?? secretary;
      // A few held meetings never had their attendance recorded: unknown, not absent.
      const recorded = held && expected.length > 0 && random.chance(0.97);
      const statuses = recorded ? expected.map((person) => [person, attendanceStatus(random, person)]) : [];
      const present = statuses.filter(([, status]) => status === "PRESENT");
      if (meeting.capture) meeting.statuses = statuses;
      meetings.insert({
        id: meeting.id,
        cell_id: organization.id,
        kind: meeting.kind,
        title: titleOf(organization, meeting),
        status: meeting.status,
        scheduled_start: scheduledStart,
        scheduled_end: scheduledEnd,
        meeting_date: meeting.date,
        actual_start: actualStart,
        actual_end: actualEnd,
        location:
          organization.flavor === "village"
            ? `Nhà văn hóa ${organization.name.replace(/^Chi bộ /, "")}`
            : "Phòng họp cơ quan",
        chair_person_id: held ? (secretary?.id ?? null) : null,
        secretary_person_id: held ? (noteTaker?.id ?? null) : null,
        content_prepared: held ? (random.chance(0.95) ? 1 : 0) : null,
        draft_resolution_prepared: held ? (random.chance(0.85) ? 1 : 0) : null,
        // Materials a day ahead became a criterion in 2025 (42-HD/BTCTW).
        materials_sent_at:
          held && meeting.date >= "2025-01-01" && random.chance(0.8)
            ? addMinutes(scheduledStart, -24 * 60)
            : null,
        members_who_spoke: recorded ? Math.round(present.length * (0.3 + random.next() * 0.5)) : null,
        combined_with_thematic: 0,
        // Scheduled (1), then updated once held or cancelled (2), as the API's two writes leave it.
        version: 2,
        created_at: `${addDays(meeting.date, -random.int(5, 15))}T02:00:00.000Z`,
        updated_at: actualEnd ? addMinutes(actualEnd, 60) : addMinutes(scheduledStart, -60),
      });
      agendaOf(meeting).forEach(([kind, title], position) => {
        agenda.insert({
          id: random.id(),
          meeting_id: meeting.id,
          position: position + 1,
          kind,
          title,
          covered: held ? 1 : null,
        });
      });
      const recordedAt = actualEnd ? addMinutes(actualEnd, 15) : null;
      for (const [person, status] of statuses) {
        const row = {
          meeting_id: meeting.id,
          person_id: person.id,
          status,
          source: "SECRETARY",
          recorded_by: secretary?.id ?? null,
          recorded_at: recordedAt,
        };
        attendance.insert(row);
        history.insert({ id: random.id(), ...row });
      }
      if (recorded && (meeting.kind === "ANNUAL_REVIEW" || meeting.kind === "CONGRESS")) {
        // Quy định 24-QĐ/TW 9.3.2: official members, less the exempted and those absent with a reason.
        const officials = statuses.filter(
          ([person]) => person.officialOn !== null && person.officialOn <= meeting.date,
        );
        const counted = officials.filter(
          ([, status]) => status === "PRESENT" || status === "ABSENT_UNEXCUSED",
        );
        const voters = officials.filter(([, status]) => status === "PRESENT").length;
        const year = meeting.date.slice(0, 4);
        decisions.insert({
          id: random.id(),
          meeting_id: meeting.id,
          position: 1,
          motion:
            meeting.kind === "CONGRESS"
              ? "Thông qua Nghị quyết Đại hội"
              : `Đề nghị cấp ủy cấp trên công nhận xếp loại chất lượng tổ chức đảng năm ${year}`,
          votes_for: voters,
          votes_against: 0,
          votes_abstain: 0,
          members_who_count: counted.length,
          created_at: addMinutes(actualEnd, -10),
        });
      }
    }
    progress.update(index + 1);
  });
  progress.done();
}
