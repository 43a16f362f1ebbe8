import { describe, expect, it } from "vitest";
import { actionsNeeded, type CellReminderFacts, passedDeadlines } from "../../src/domain/reminders";

const member = (personId: string, partyStatus: "PROBATIONARY" | "OFFICIAL", admittedOn: string | null) => ({
  personId,
  fullName: `Đảng viên ${personId}`,
  partyStatus,
  admittedOn,
});

const officials = (count: number) =>
  Array.from({ length: count }, (_, index) => member(`o${index}`, "OFFICIAL", "2010-01-01"));

const cell = (facts: Partial<CellReminderFacts>): CellReminderFacts => ({
  today: "2026-12-04",
  members: officials(3),
  monthsWithoutRegularMeeting: [],
  unratedLastYear: [],
  hasCellCommittee: false,
  upcomingMeetings: [],
  overdueReports: [],
  candidates: [],
  overdueProposals: [],
  expiringGrants: [],
  ...facts,
});

describe("actionsNeeded", () => {
  it("reminds of a grant ending within 30 days, from 30 days before its end, naming its person", () => {
    const [reminder] = actionsNeeded(
      cell({
        expiringGrants: [
          { role: "SECRETARY", personId: "s", fullName: "Nguyễn Văn S", expiresOn: "2026-12-20" },
        ],
      }),
    );
    expect(reminder).toMatchObject({ kind: "GRANT_EXPIRING", personId: "s", dueSince: "2026-11-20" });
    expect(reminder?.detail.vi).toContain("Bí thư, phó bí thư chi bộ");
    expect(reminder?.detail.en).toContain("secretary grant of Nguyễn Văn S on this cell ends on 2026-12-20");
  });

  it("reminds of a probation over on the first day after its 12 months, not before", () => {
    const members = [...officials(3), member("a", "PROBATIONARY", "2025-12-05")];
    expect(actionsNeeded(cell({ members, today: "2026-12-04" }))).toEqual([]);
    const [due] = actionsNeeded(cell({ members, today: "2026-12-05" }));
    expect(due).toMatchObject({ kind: "PROBATION_OVERDUE", personId: "a", dueSince: "2026-12-05" });
    expect(due?.detail.vi).toContain("hết 12 tháng dự bị");
  });

  it("leaves official members alone, and lists months and unrated members, oldest first", () => {
    const actions = actionsNeeded(
      cell({
        monthsWithoutRegularMeeting: [3, 7],
        unratedLastYear: [{ personId: "o1", fullName: "Đảng viên o1" }],
      }),
    );
    expect(actions.map((action) => [action.kind, action.dueSince])).toEqual([
      ["MEMBER_NOT_RATED", "2026-01-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-03-01"],
      ["MONTH_WITHOUT_REGULAR_MEETING", "2026-07-01"],
    ]);
  });

  it("reports a cell below three official members, probationary members not counted", () => {
    const members = [...officials(2), member("p", "PROBATIONARY", "2026-06-01")];
    const [below] = actionsNeeded(cell({ members }));
    expect(below).toMatchObject({ kind: "BELOW_MINIMUM_OFFICIAL_MEMBERS", dueSince: "2026-12-04" });
    expect(below?.detail.en).toContain("has 2 official members");
    expect(actionsNeeded(cell({ members: officials(3) }))).toEqual([]);
  });

  it("asks a cell of nine official members for a cell committee until it has one", () => {
    expect(actionsNeeded(cell({ members: officials(8) }))).toEqual([]);
    const [due] = actionsNeeded(cell({ members: officials(9) }));
    expect(due).toMatchObject({ kind: "CELL_COMMITTEE_DUE" });
    expect(due?.detail.vi).toContain("9 đảng viên chính thức");
    expect(actionsNeeded(cell({ members: officials(9), hasCellCommittee: true }))).toEqual([]);
  });
});

describe("actionsNeeded: meetings and documents", () => {
  it("asks for the materials of a meeting of tomorrow from the day before, not once they are sent", () => {
    const upcoming = { title: "Sinh hoạt tháng 12", meetingDate: "2026-12-05", materialsSentAt: null };
    const [materials] = actionsNeeded(cell({ upcomingMeetings: [upcoming] }));
    expect(materials).toMatchObject({ kind: "MATERIALS_NOT_SENT", dueSince: "2026-12-04" });
    expect(materials?.detail.vi).toContain("trước ít nhất 1 ngày");
    const sent = { ...upcoming, materialsSentAt: "2026-12-03T08:00:00.000Z" };
    expect(actionsNeeded(cell({ upcomingMeetings: [sent] }))).toEqual([]);
  });

  it("lists implementation reports past their deadline, by number", () => {
    const [overdue] = actionsNeeded(
      cell({ overdueReports: [{ number: "18-KL/TW", title: "Kết luận", deadline: "2026-11-30" }] }),
    );
    expect(overdue).toMatchObject({ kind: "IMPLEMENTATION_REPORT_OVERDUE", dueSince: "2026-11-30" });
    expect(overdue?.detail.en).toBe("18-KL/TW: the implementation report was due on 2026-11-30.");
  });
});

describe("actionsNeeded: candidates", () => {
  it("names each candidate's missing steps, and leaves alone one who has them all", () => {
    const [missing] = actionsNeeded(
      cell({
        candidates: [
          { personId: "c1", fullName: "Lê Văn Ứng", missing: ["AWARENESS_COURSE", "INTRODUCERS"] },
          { personId: "c2", fullName: "Trần Thị Đủ", missing: [] },
        ],
      }),
    );
    expect(missing).toMatchObject({ kind: "CANDIDATE_STEPS_MISSING", personId: "c1" });
    expect(missing?.detail.vi).toBe(
      "Lê Văn Ứng: còn thiếu học lớp bồi dưỡng nhận thức về đảng, hai đảng viên chính thức giới thiệu.",
    );
  });
});

describe("actionsNeeded: rating proposals", () => {
  it("names the members still without a proposal after the committee's deadline, and nothing once all have one", () => {
    const deadline = {
      year: 2025,
      due: "2025-12-20",
      committeeName: "Đảng ủy Thử",
      unproposed: ["Lê A", "Trần B"],
    };
    const [overdue] = actionsNeeded(cell({ overdueProposals: [deadline] }));
    expect(overdue).toMatchObject({ kind: "RATING_PROPOSALS_OVERDUE", dueSince: "2025-12-20" });
    expect(overdue?.detail.vi).toBe(
      "Hạn đề xuất xếp loại năm 2025 của Đảng ủy Thử là 2025-12-20; còn 2 đảng viên chưa được đề xuất: Lê A, Trần B.",
    );
    expect(actionsNeeded(cell({ overdueProposals: [{ ...deadline, unproposed: [] }] }))).toEqual([]);
  });
});

describe("passedDeadlines", () => {
  const deadline = (committee_id: string, year: number, proposals_due: string) => ({
    committee_id,
    year,
    proposals_due,
  });

  it("takes the nearest committee's deadline of each year, once passed, and none before", () => {
    const deadlines = [
      deadline("province", 2025, "2025-12-31"),
      deadline("grassroots", 2025, "2025-12-20"),
      deadline("province", 2026, "2026-12-31"),
    ];
    const path = ["province", "grassroots"];
    expect(passedDeadlines(deadlines, path, [2025, 2026], "2026-01-05")).toEqual([deadlines[1]]);
    expect(passedDeadlines(deadlines, path, [2025, 2026], "2025-12-20")).toEqual([]);
    expect(passedDeadlines(deadlines, path, [2025, 2026], "2027-01-01")).toEqual([
      deadlines[1],
      deadlines[2],
    ]);
  });
});
