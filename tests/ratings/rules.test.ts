import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  createCell,
  DEMO,
  globalId,
  gql,
  mutate,
  mutationCodes,
  rawId,
  tokenFor,
} from "../helpers";

const CELL = "cell { id }";

function entries(members: string[], levels: string[], extra: Record<string, unknown> = {}) {
  return members.map((personId, index) => ({ personId, level: levels[index] ?? "GOOD", ...extra }));
}

describe("member ratings", () => {
  it("refuses a proposal over the quota, with the figures, and accepts it at the cap", async () => {
    const { cell, members } = await cellWithMembers("Hạn mức", 13);
    const over = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2019,
        stage: "PROPOSAL",
        entries: entries(members, ["EXCELLENT", "EXCELLENT", "EXCELLENT"]),
      },
      CELL,
    );
    expect(mutationCodes(over, "rateMembers")).toEqual(["QUOTA_EXCEEDED"]);
    expect(over.data?.rateMembers.errors[0].message).toContain("3 rated excellent");
    expect(over.data?.rateMembers.errors[0].message).toContain("10 rated good (at most 2)");
    const atCap = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2019,
        stage: "PROPOSAL",
        entries: entries(members.slice(0, 12), ["EXCELLENT", "EXCELLENT"]),
      },
      CELL,
    );
    expect(atCap.data?.rateMembers.errors).toEqual([]);
  });

  it("takes a level by its Vietnamese label as well as its code", async () => {
    const { cell, members } = await cellWithMembers("Nhãn mức", 2);
    const byLabel = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2019,
        stage: "PROPOSAL",
        entries: entries(members, ["Hoàn thành tốt nhiệm vụ", "hoan thanh nhiem vu"]),
      },
      "ratings { level { code } }",
    );
    expect(byLabel.data?.rateMembers.errors).toEqual([]);
    expect(byLabel.data?.rateMembers.ratings.map((rating: any) => rating.level.code).sort()).toEqual([
      "COMPLETED",
      "GOOD",
    ]);
    const unknown = await mutate(
      "rateMembers",
      { cellId: cell.id, year: 2019, stage: "PROPOSAL", entries: entries(members, ["Khá"]) },
      CELL,
    );
    expect(mutationCodes(unknown, "rateMembers")).toEqual(["LEVEL_NOT_IN_SCHEME"]);
    expect(unknown.data?.rateMembers.errors[0].message).toContain("GOOD “Hoàn thành tốt nhiệm vụ”");
  });

  it("lets a committee open a quota the scheme leaves open, and records the choice", async () => {
    const { cell, committee, members } = await cellWithMembers("Tùy chọn", 4);
    const closed = await mutate(
      "setRatingSchemeSetting",
      {
        committeeId: globalOf(committee),
        year: 2017,
        setting: "MEMBER_QUOTA_APPLIES",
        applies: false,
        note: "Nghị quyết Đảng ủy",
      },
      "committee { id }",
    );
    expect(closed.data?.setRatingSchemeSetting.errors).toEqual([]);
    const allExcellent = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2017,
        stage: "PROPOSAL",
        entries: entries(members, ["EXCELLENT", "EXCELLENT", "EXCELLENT", "EXCELLENT"]),
      },
      CELL,
    );
    expect(allExcellent.data?.rateMembers.errors).toEqual([]);
    const fixed = await mutate(
      "setRatingSchemeSetting",
      { committeeId: globalOf(committee), year: 2019, setting: "MEMBER_QUOTA_APPLIES", applies: false },
      "committee { id }",
    );
    expect(mutationCodes(fixed, "setRatingSchemeSetting")).toEqual(["SETTING_NOT_OPEN"]);
  });

  it("judges each year by its own scheme: 2017, 2019, 2024 and 2026", async () => {
    const { cell, members } = await cellWithMembers("Thời kỳ", 2);
    const rate = (year: number, level: string, extra: Record<string, unknown> = {}) =>
      mutate(
        "rateMembers",
        { cellId: cell.id, year, stage: "PROPOSAL", entries: [{ personId: members[0], level, ...extra }] },
        CELL,
      );
    expect((await rate(2017, "GOOD")).data?.rateMembers.errors).toEqual([]);
    expect(mutationCodes(await rate(2019, "CLEAN_STRONG"), "rateMembers")).toEqual(["LEVEL_NOT_IN_SCHEME"]);
    expect((await rate(2024, "COMPLETED")).data?.rateMembers.errors).toEqual([]);
    expect(mutationCodes(await rate(2026, "GOOD"), "rateMembers")).toEqual(["SCORE_REQUIRED"]);
    const outside = await rate(2026, "EXCELLENT", { score: 85 });
    expect(mutationCodes(outside, "rateMembers")).toEqual(["SCORE_OUTSIDE_BAND"]);
    expect(outside.data?.rateMembers.errors[0].message).toContain("85 is GOOD");
    expect((await rate(2026, "GOOD", { score: 85 })).data?.rateMembers.errors).toEqual([]);
    expect(mutationCodes(await rate(2019, "GOOD", { score: 85 }), "rateMembers")).toEqual([
      "SCORES_NOT_USED",
    ]);
  });

  it("refuses a disciplined member above not completed unless remedied, and someone not a member that year", async () => {
    const { cell, members, unique } = await cellWithMembers("Kỷ luật", 2);
    const disciplined = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2020,
        stage: "PROPOSAL",
        entries: [{ personId: members[0], level: "COMPLETED", disciplined: true }],
      },
      CELL,
    );
    expect(mutationCodes(disciplined, "rateMembers")).toEqual(["DISCIPLINED_MEMBER"]);
    const remedied = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2020,
        stage: "PROPOSAL",
        entries: [{ personId: members[0], level: "COMPLETED", disciplined: true, remedied: true }],
      },
      CELL,
    );
    expect(remedied.data?.rateMembers.errors).toEqual([]);
    const candidate = await mutate(
      "createCandidate",
      { fullName: `Mới ${unique}`, cellId: cell.id },
      "person { id }",
    );
    const newcomer = candidate.data?.createCandidate.person.id;
    await mutate("admitMember", { personId: newcomer, admittedOn: "2021-03-01" }, "person { id }");
    const before = await mutate(
      "rateMembers",
      { cellId: cell.id, year: 2020, stage: "PROPOSAL", entries: [{ personId: newcomer, level: "GOOD" }] },
      CELL,
    );
    expect(mutationCodes(before, "rateMembers")).toEqual(["NOT_A_MEMBER_THAT_YEAR"]);
  });

  it("lets only the committee above decide, locks a decided rating, and keeps every stage", async () => {
    const { cell, committee, members } = await cellWithMembers("Quyết định", 1);
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const committeeToken = await tokenFor("COMMITTEE", rawId(globalOf(committee)));
    const input = (stage: string, level: string, extra: Record<string, unknown> = {}) => ({
      cellId: cell.id,
      year: 2022,
      stage,
      entries: [{ personId: members[0], level }],
      ...(stage === "DECISION" ? { decisionDocumentId: globalId("Document", DEMO.directive10) } : {}),
      ...extra,
    });
    expect(
      (await mutate("rateMembers", input("PROPOSAL", "GOOD"), CELL, secretary)).data?.rateMembers.errors,
    ).toEqual([]);
    expect(
      mutationCodes(await mutate("rateMembers", input("DECISION", "GOOD"), CELL, secretary), "rateMembers"),
    ).toEqual(["FORBIDDEN"]);
    // A decision names its document, or says why there is none yet.
    expect(
      mutationCodes(
        await mutate(
          "rateMembers",
          input("DECISION", "GOOD", { decisionDocumentId: null }),
          CELL,
          committeeToken,
        ),
        "rateMembers",
      ),
    ).toEqual(["DECISION_DOCUMENT_REQUIRED"]);
    expect(
      (await mutate("rateMembers", input("DECISION", "GOOD"), CELL, committeeToken)).data?.rateMembers.errors,
    ).toEqual([]);
    expect(
      mutationCodes(
        await mutate("rateMembers", input("PROPOSAL", "EXCELLENT"), CELL, secretary),
        "rateMembers",
      ),
    ).toEqual(["RATING_LOCKED"]);
    expect(
      mutationCodes(
        await mutate("rateMembers", input("DECISION", "COMPLETED"), CELL, committeeToken),
        "rateMembers",
      ),
    ).toEqual(["REASON_REQUIRED"]);
    const changed = await mutate(
      "rateMembers",
      input("DECISION", "COMPLETED", { reason: "Phát hiện vi phạm sau khi xếp loại" }),
      "cell { memberRatings(year: 2022) { decided level { code } stages { stage level { code } reason } } }",
      committeeToken,
    );
    expect(changed.data?.rateMembers.cell.memberRatings[0]).toEqual({
      decided: true,
      level: { code: "COMPLETED" },
      stages: [
        { stage: "PROPOSAL", level: { code: "GOOD" }, reason: null },
        { stage: "DECISION", level: { code: "GOOD" }, reason: null },
        { stage: "DECISION", level: { code: "COMPLETED" }, reason: "Phát hiện vi phạm sau khi xếp loại" },
      ],
    });
  });

  it("lets a member assess themselves, lists who is not rated yet, and keeps monthly evaluations", async () => {
    const { cell, members } = await cellWithMembers("Tự đánh giá", 2);
    const member = await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(members[0] as string) });
    const self = await mutate(
      "assessSelf",
      { year: 2023, level: "GOOD", comment: "Hoàn thành tốt công việc" },
      CELL,
      member,
    );
    expect(self.data?.assessSelf.errors).toEqual([]);
    const monthly = await mutate(
      "recordMonthlyEvaluations",
      {
        cellId: cell.id,
        year: 2023,
        month: 5,
        entries: [
          { personId: members[0], level: "GOOD" },
          { personId: members[1], level: "COMPLETED" },
        ],
      },
      CELL,
    );
    expect(monthly.data?.recordMonthlyEvaluations.errors).toEqual([]);
    const badMonth = await mutate(
      "recordMonthlyEvaluations",
      { cellId: cell.id, year: 2023, month: 13, entries: [] },
      CELL,
    );
    expect(mutationCodes(badMonth, "recordMonthlyEvaluations")).toEqual(["INVALID_MONTH"]);
    const progress = await gql(
      `query ($id: ID!) { cell(id: $id) {
        ratingProgress(year: 2023) { person { id } stage rating { monthlyEvaluations { month levelCode } } }
      } }`,
      { id: cell.id },
      await adminToken(),
    );
    const byPerson = Object.fromEntries(progress.data?.cell.ratingProgress.map((e: any) => [e.person.id, e]));
    expect(byPerson[members[0] as string]).toEqual({
      person: { id: members[0] },
      stage: "SELF",
      rating: { monthlyEvaluations: [{ month: 5, levelCode: "GOOD" }] },
    });
    expect(byPerson[members[1] as string]).toMatchObject({ stage: null, rating: null });
  });
});

function globalOf(cell: { id: string }): string {
  return cell.id;
}

describe("ratings record work done", () => {
  it("rates nothing for a year or a month that has not begun, and takes targets for the coming year", async () => {
    const { cell, members } = await cellWithMembers("Năm chưa đến", 1);
    const next = Number(new Date().toISOString().slice(0, 4)) + 1;
    const member = await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(members[0] as string) });
    const refused = [
      await mutate(
        "rateMembers",
        { cellId: cell.id, year: next, stage: "PROPOSAL", entries: entries(members, []) },
        CELL,
      ),
      await mutate("assessSelf", { year: next, level: "GOOD" }, CELL, member),
      await mutate("rateMeetingQuality", { cellId: cell.id, year: next, grade: "GOOD" }, CELL),
      await mutate(
        "rateOrganization",
        { cellId: cell.id, year: next, stage: "PROPOSAL", level: "GOOD" },
        "rating { id }",
      ),
      await mutate(
        "recordMonthlyEvaluations",
        { cellId: cell.id, year: next, month: 1, entries: entries(members, []) },
        CELL,
      ),
    ];
    expect(
      refused.map((answer, index) =>
        mutationCodes(
          answer,
          ["rateMembers", "assessSelf", "rateMeetingQuality", "rateOrganization", "recordMonthlyEvaluations"][
            index
          ] as string,
        ),
      ),
    ).toEqual([
      ["YEAR_NOT_BEGUN"],
      ["YEAR_NOT_BEGUN"],
      ["YEAR_NOT_BEGUN"],
      ["YEAR_NOT_BEGUN"],
      ["YEAR_NOT_BEGUN"],
    ]);
    const targets = await mutate("setAnnualTargets", { cellId: cell.id, year: next, admissionsMin: 1 }, CELL);
    expect(targets.data?.setAnnualTargets.errors).toEqual([]);
  });
});

describe("organization ratings", () => {
  it("applies each period's conditions", async () => {
    const { cell, members } = await cellWithMembers("Tổ chức", 3);
    await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2016,
        stage: "PROPOSAL",
        entries: entries(members, ["NOT_COMPLETED", "NOT_COMPLETED", "GOOD"]),
      },
      CELL,
    );
    const majority = await mutate(
      "rateOrganization",
      { cellId: cell.id, year: 2016, stage: "SELF", level: "GOOD" },
      "rating { id }",
    );
    expect(mutationCodes(majority, "rateOrganization")).toEqual(["MAJORITY_NOT_COMPLETED"]);
    const weak = await mutate(
      "rateOrganization",
      { cellId: cell.id, year: 2016, stage: "SELF", level: "WEAK" },
      "rating { level { label } }",
    );
    expect(weak.data?.rateOrganization.rating.level.label).toBe("Yếu kém");

    const discipline = await mutate(
      "rateOrganization",
      { cellId: cell.id, year: 2024, stage: "SELF", level: "GOOD", disciplined: true },
      "rating { id }",
    );
    expect(mutationCodes(discipline, "rateOrganization")).toEqual(["ORGANIZATION_DISCIPLINE"]);

    const tasks = await mutate(
      "rateOrganization",
      {
        cellId: cell.id,
        year: 2026,
        stage: "SELF",
        level: "EXCELLENT",
        score: 95,
        tasksOnTimePercent: 100,
        tasksExceedingPercent: 20,
        tasksLatePercent: 0,
      },
      "rating { id }",
    );
    expect(mutationCodes(tasks, "rateOrganization")).toEqual(["TASK_CONDITIONS_NOT_MET"]);
    expect(tasks.data?.rateOrganization.errors[0].message).toContain("at least 30% exceeding");
    const good = await mutate(
      "rateOrganization",
      {
        cellId: cell.id,
        year: 2026,
        stage: "SELF",
        level: "GOOD",
        score: 80,
        tasksOnTimePercent: 100,
        tasksExceedingPercent: 20,
        tasksLatePercent: 0,
      },
      "rating { level { code } tasksOnTimePercent }",
    );
    expect(good.data?.rateOrganization.rating).toEqual({ level: { code: "GOOD" }, tasksOnTimePercent: 100 });
  });

  it("caps excellent organizations among those of similar role, and lets only the committee above propose", async () => {
    const { committee, cell, unique } = await cellWithMembers("Cùng cấp", 1);
    const siblings = [cell.id];
    for (let i = 0; i < 5; i += 1) {
      siblings.push(
        (
          await createCell({
            name: `Chi bộ ${i} ${unique}`,
            kind: "SUBORDINATE_CELL",
            parentId: committee.id,
          })
        ).id,
      );
    }
    const committeeToken = await tokenFor("COMMITTEE", rawId(committee.id));
    const rate = (cellId: string, level: string, token = committeeToken) =>
      mutate("rateOrganization", { cellId, year: 2024, stage: "PROPOSAL", level }, "rating { id }", token);
    for (const id of siblings.slice(0, 5))
      expect((await rate(id, "GOOD")).data?.rateOrganization.errors).toEqual([]);
    expect((await rate(siblings[5] as string, "EXCELLENT")).data?.rateOrganization.errors).toEqual([]);
    const second = await rate(siblings[0] as string, "EXCELLENT");
    expect(mutationCodes(second, "rateOrganization")).toEqual(["QUOTA_EXCEEDED"]);
    const bySecretary = await rate(
      siblings[1] as string,
      "GOOD",
      await tokenFor("SECRETARY", rawId(siblings[1] as string)),
    );
    expect(mutationCodes(bySecretary, "rateOrganization")).toEqual(["FORBIDDEN"]);

    const summary = await gql(
      `query ($id: ID!) { cell(id: $id) { ratingSummary(year: 2024) { organizations { rated byLevel { code count } } } } }`,
      { id: committee.id },
      committeeToken,
    );
    expect(summary.data?.cell.ratingSummary.organizations).toEqual({
      rated: 6,
      byLevel: [
        { code: "EXCELLENT", count: 1 },
        { code: "GOOD", count: 5 },
      ],
    });
  });
});

describe("meeting quality and targets", () => {
  it("rates meeting quality on the committee's scale and computes targets' progress from the records", async () => {
    const { cell, committee, unique } = await cellWithMembers("Chất lượng năm", 1);
    await mutate(
      "setMeetingQualityScale",
      {
        committeeId: committee.id,
        grades: [
          { code: "A", label: "Loại A" },
          { code: "B", label: "Loại B" },
        ],
      },
      "committee { id }",
    );
    const wrong = await mutate("rateMeetingQuality", { cellId: cell.id, year: 2024, grade: "GOOD" }, CELL);
    expect(mutationCodes(wrong, "rateMeetingQuality")).toEqual(["GRADE_NOT_IN_SCALE"]);
    const rated = await mutate("rateMeetingQuality", { cellId: cell.id, year: 2024, grade: "a" }, CELL);
    expect(rated.data?.rateMeetingQuality.errors).toEqual([]);

    const reversed = await mutate(
      "setAnnualTargets",
      { cellId: cell.id, year: 2024, admissionsMin: 3, admissionsMax: 1 },
      CELL,
    );
    expect(mutationCodes(reversed, "setAnnualTargets")).toEqual(["INVALID_RANGE"]);
    const badLevel = await mutate(
      "setAnnualTargets",
      { cellId: cell.id, year: 2024, registeredLevel: "CLEAN_STRONG" },
      CELL,
    );
    expect(mutationCodes(badLevel, "setAnnualTargets")).toEqual(["LEVEL_NOT_IN_SCHEME"]);
    await mutate(
      "setAnnualTargets",
      { cellId: cell.id, year: 2024, admissionsMin: 1, admissionsMax: 2, registeredLevel: "EXCELLENT" },
      CELL,
    );
    const candidate = await mutate(
      "createCandidate",
      { fullName: `Kết nạp ${unique}`, cellId: cell.id },
      "person { id }",
    );
    await mutate(
      "admitMember",
      { personId: candidate.data?.createCandidate.person.id, admittedOn: "2024-04-04" },
      "person { id }",
    );
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) {
        meetingQualityRating(year: 2024) { gradeCode gradeLabel compliance { year } }
        annualTargets(year: 2024) { admissionsMin admissionsMax admissionsRecorded registeredLevelCode }
      } }`,
      { id: cell.id },
      await adminToken(),
    );
    expect(result.data?.cell).toEqual({
      meetingQualityRating: { gradeCode: "A", gradeLabel: "Loại A", compliance: { year: 2024 } },
      annualTargets: {
        admissionsMin: 1,
        admissionsMax: 2,
        admissionsRecorded: 1,
        registeredLevelCode: "EXCELLENT",
      },
    });
  });

  it("rolls the summary up over a subtree in the same number of D1 round trips whatever its size", async () => {
    const token = await adminToken();
    const query = `query ($id: ID!) { cell(id: $id) { ratingSummary(year: 2017) { members { rated } } } }`;
    const small = await gql(query, { id: btoa("Cell:demo-pac-cell") }, token);
    const large = await gql(query, { id: btoa("Cell:demo-bloc-committee") }, token);
    expect(large.data?.cell.ratingSummary.members.rated).toBeGreaterThanOrEqual(12);
    expect((large as any).extensions.d1RoundTrips).toBe((small as any).extensions.d1RoundTrips);
  });
});

describe("self-assessments on paper", () => {
  it("lets the secretary enter a member's form, recorded as theirs, and flags ratings without one", async () => {
    const { cell, members } = await cellWithMembers("Phiếu tự đánh giá", 2);
    const [withForm, without] = members as [string, string];
    const secretary = await tokenFor("SECRETARY", rawId(cell.id), { personId: "demo-nguyen-tien-hanh" });
    const entered = await mutate(
      "recordSelfAssessment",
      { personId: withForm, year: 2023, level: "GOOD", comment: "Hoàn thành tốt nhiệm vụ được giao" },
      CELL,
      secretary,
    );
    expect(entered.data?.recordSelfAssessment.errors).toEqual([]);
    const proposed = await mutate(
      "rateMembers",
      { cellId: cell.id, year: 2023, stage: "PROPOSAL", entries: entries([withForm, without], []) },
      `cell { memberRatings(year: 2023) { person { id } selfAssessed stages { stage recordedBy { id } } } }`,
    );
    expect(proposed.data?.rateMembers.errors).toEqual([]);
    const ratings = proposed.data?.rateMembers.cell.memberRatings;
    const of = (id: string) => ratings.find((rating: any) => rating.person.id === id);
    expect(of(withForm).selfAssessed).toBe(true);
    // Entered by the secretary, and recorded as entered by them, not by the member.
    expect(of(withForm).stages[0]).toEqual({
      stage: "SELF",
      recordedBy: { id: globalId("Person", "demo-nguyen-tien-hanh") },
    });
    expect(of(without).selfAssessed).toBe(false);
    const outsider = await tokenFor("SECRETARY", "demo-pac-cell");
    const refused = await mutate(
      "recordSelfAssessment",
      { personId: without, year: 2023, level: "GOOD" },
      CELL,
      outsider,
    );
    expect(
      refused.errors?.[0]?.extensions?.code ?? refused.data?.recordSelfAssessment.errors[0].code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});

describe("payloads return what they wrote", () => {
  it("gives rateMembers' ratings, one per entry, at their new stage", async () => {
    const { cell, members } = await cellWithMembers("Trả về xếp loại", 3);
    const [first, second] = members as [string, string];
    const proposed = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year: 2022,
        stage: "PROPOSAL",
        entries: entries([first, second], ["GOOD", "COMPLETED"]),
      },
      "ratings { person { id } stage level { code } }",
    );
    expect(proposed.data?.rateMembers.errors).toEqual([]);
    const byPerson = Object.fromEntries(
      proposed.data?.rateMembers.ratings.map((rating: any) => [
        rating.person.id,
        [rating.stage, rating.level.code],
      ]),
    );
    expect(byPerson).toEqual({ [first]: ["PROPOSAL", "GOOD"], [second]: ["PROPOSAL", "COMPLETED"] });
  });
});
