import { describe, expect, it } from "vitest";
import { cellWithMembers, mutate, payloadCodes, tokenFor } from "../helpers";

const FILE = `person {
  honours { form formLabel decidedOn authority reason }
  disciplines { form formLabel decidedOn authority }
}`;

describe("honours and Party discipline in the member's file", () => {
  it("records honours and discipline as dated decisions, oldest first, in Vietnamese", async () => {
    const { members } = await cellWithMembers("Khen thưởng", 1);
    const [member] = members as [string];
    const later = await mutate(
      "recordHonour",
      {
        personId: member,
        form: "CERTIFICATE_OF_MERIT",
        decidedOn: "2021-02-03",
        authority: "  Ban Thường vụ   Tỉnh ủy ",
        reason: "Hoàn thành xuất sắc nhiệm vụ 5 năm liền",
      },
      FILE,
    );
    expect(later.data?.recordHonour.errors).toEqual([]);
    const earlier = await mutate(
      "recordHonour",
      { personId: member, form: "COMMENDATION", decidedOn: "2019-09-02", authority: "Đảng ủy xã" },
      FILE,
    );
    expect(earlier.data?.recordHonour.person.honours).toEqual([
      {
        form: "COMMENDATION",
        formLabel: "Giấy khen",
        decidedOn: "2019-09-02",
        authority: "Đảng ủy xã",
        reason: null,
      },
      {
        form: "CERTIFICATE_OF_MERIT",
        formLabel: "Bằng khen",
        decidedOn: "2021-02-03",
        authority: "Ban Thường vụ Tỉnh ủy",
        reason: "Hoàn thành xuất sắc nhiệm vụ 5 năm liền",
      },
    ]);
    const disciplined = await mutate(
      "recordDiscipline",
      { personId: member, form: "WARNING", decidedOn: "2020-06-01", authority: "Chi bộ" },
      FILE,
    );
    expect(disciplined.data?.recordDiscipline.person.disciplines).toEqual([
      { form: "WARNING", formLabel: "Cảnh cáo", decidedOn: "2020-06-01", authority: "Chi bộ" },
    ]);
  });

  it("refuses a decision of a day to come, a discipline outside membership or beyond a probationer's forms", async () => {
    const { cell, members } = await cellWithMembers("Kỷ luật sai", 1);
    const [member] = members as [string];
    const refusal = async (name: string, input: Record<string, unknown>) =>
      payloadCodes((await mutate(name, input, "person { id }")).data?.[name]);
    expect(
      await refusal("recordHonour", {
        personId: member,
        form: "MEDAL",
        decidedOn: `${new Date().getFullYear() + 1}-01-01`,
        authority: "Chủ tịch nước",
      }),
    ).toEqual(["DATE_IN_FUTURE"]);
    expect(
      await refusal("recordHonour", {
        personId: member,
        form: "MEDAL",
        decidedOn: "2020-01-01",
        authority: " ",
      }),
    ).toEqual(["AUTHORITY_REQUIRED"]);
    // Admitted on 2015-03-01, official on 2016-03-01 (cellWithMembers).
    expect(
      await refusal("recordDiscipline", {
        personId: member,
        form: "REPRIMAND",
        decidedOn: "2014-01-01",
        authority: "Chi bộ",
      }),
    ).toEqual(["NOT_A_MEMBER"]);
    expect(
      await refusal("recordDiscipline", {
        personId: member,
        form: "DISMISSAL",
        decidedOn: "2015-09-01",
        authority: "Đảng ủy",
      }),
    ).toEqual(["DISCIPLINE_FORM_NOT_ALLOWED"]);
    // A fellow member may not write another's file.
    const fellow = await mutate(
      "recordHonour",
      { personId: member, form: "MEDAL", decidedOn: "2020-01-01", authority: "Chủ tịch nước" },
      "person { id }",
      await tokenFor("MEMBER", atob(cell.id).split(":")[1] ?? ""),
    );
    expect(fellow.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("counts a discipline of the year in that year's rating, and refuses a rating that says otherwise", async () => {
    const { cell, members } = await cellWithMembers("Kỷ luật xếp loại", 1);
    const [member] = members as [string];
    const recorded = await mutate(
      "recordDiscipline",
      { personId: member, form: "REPRIMAND", decidedOn: "2022-04-01", authority: "Chi bộ" },
      "person { id }",
    );
    expect(recorded.data?.recordDiscipline.errors).toEqual([]);
    const rate = async (entry: Record<string, unknown>) =>
      (
        await mutate(
          "rateMembers",
          { cellId: cell.id, year: 2022, stage: "PROPOSAL", entries: [{ personId: member, ...entry }] },
          "cell { id }",
        )
      ).data?.rateMembers;
    expect(payloadCodes(await rate({ level: "GOOD" }))).toEqual(["DISCIPLINED_MEMBER"]);
    const denied = await rate({ level: "GOOD", disciplined: false });
    expect(payloadCodes(denied)).toEqual(["DISCIPLINE_RECORDED"]);
    expect(denied?.errors[0].field).toEqual(["input", "entries", "0", "disciplined"]);
    expect(payloadCodes(await rate({ level: "GOOD", remedied: true }))).toEqual([]);
    // Another year's rating does not read it.
    const nextYear = await mutate(
      "rateMembers",
      { cellId: cell.id, year: 2023, stage: "PROPOSAL", entries: [{ personId: member, level: "GOOD" }] },
      "cell { id }",
    );
    expect(payloadCodes(nextYear.data?.rateMembers)).toEqual([]);
  });
});
