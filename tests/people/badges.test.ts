import { describe, expect, it } from "vitest";
import { createBranch, createDocument, gql, mutate, payloadCodes, rawId, tokenFor } from "../helpers";

/** An official member admitted on `admittedOn`, in a new cell, with the cell's and its committee's tokens. */
async function veteran(label: string, admittedOn: string) {
  const branch = await createBranch(label);
  const created = await mutate(
    "createCandidate",
    { fullName: `Cựu chiến binh ${branch.unique}`, cellId: branch.cell.id },
    "person { id }",
  );
  const personId = created.data?.createCandidate.person.id as string;
  await mutate("admitMember", { personId, admittedOn }, "person { id }");
  const official = await mutate(
    "recognizeOfficial",
    { personId, officialOn: `${Number(admittedOn.slice(0, 4)) + 1}${admittedOn.slice(4)}` },
    "person { id }",
  );
  expect(official.data?.recognizeOfficial.errors).toEqual([]);
  return {
    ...branch,
    personId,
    secretaryToken: await tokenFor("SECRETARY", rawId(branch.cell.id)),
    committeeToken: await tokenFor("COMMITTEE", rawId(branch.committee.id)),
  };
}

describe("Party badges", () => {
  it("counts party age from the admission decision and lists the members a badge is due for", async () => {
    const member = await veteran("Huy hiệu", "1995-05-19");
    const answer = await gql(
      `query ($person: ID!, $cell: ID!) {
        node(id: $person) { ... on Person { partyAge { years since nextBadge nextBadgeOn interruptions { days } } } }
        cell(id: $cell) { badgesDue(occasion: HO_CHI_MINH_BIRTHDAY, year: 2025) { person { id } years reachedOn early } }
      }`,
      { person: member.personId, cell: member.cell.id },
      member.secretaryToken,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node.partyAge).toMatchObject({
      since: "1995-05-19",
      nextBadge: 30,
      nextBadgeOn: "2025-05-19",
      interruptions: [],
    });
    expect(answer.data?.node.partyAge.years).toBeGreaterThanOrEqual(31);
    expect(answer.data?.cell.badgesDue).toEqual([
      { person: { id: member.personId }, years: 30, reachedOn: "2025-05-19", early: false },
    ]);
    // Whether a member was proposed is in their file: fellow members do not read it.
    const fellow = await gql(
      `query ($cell: ID!) { cell(id: $cell) { badgesDue(occasion: HO_CHI_MINH_BIRTHDAY, year: 2025) { years } } }`,
      { cell: member.cell.id },
      await tokenFor("MEMBER", rawId(member.cell.id)),
    );
    expect(fellow.data?.cell.badgesDue ?? null).toBeNull();
    expect(fellow.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("lets the cell propose and the committee award, once, by its decision; refuses a badge not yet due", async () => {
    const member = await veteran("Trao huy hiệu", "1995-05-19");
    const badge = { personId: member.personId, years: 30, occasion: "HO_CHI_MINH_BIRTHDAY", year: 2025 };
    const notDue = await mutate(
      "proposeBadge",
      { ...badge, years: 40 },
      "person { id }",
      member.secretaryToken,
    );
    expect(payloadCodes(notDue.data?.proposeBadge)).toEqual(["BADGE_NOT_DUE"]);
    expect(notDue.data?.proposeBadge.errors[0].message).toContain("2035-05-19");
    const proposed = await mutate(
      "proposeBadge",
      badge,
      "person { badges { years stageLabel } }",
      member.secretaryToken,
    );
    expect(proposed.data?.proposeBadge.person.badges).toEqual([{ years: 30, stageLabel: "Chi bộ đề nghị" }]);
    const twice = await mutate("proposeBadge", badge, "person { id }", member.secretaryToken);
    expect(payloadCodes(twice.data?.proposeBadge)).toEqual(["BADGE_ALREADY_AWARDED"]);

    const decision = await createDocument({
      type: "DECISION",
      title: "Quyết định tặng Huy hiệu 30 năm tuổi đảng",
      issuerId: member.committee.id,
      issuedOn: "2025-05-10",
    });
    const bySecretary = await mutate(
      "recordBadgeAward",
      { ...badge, decisionDocumentId: decision.id },
      "person { id }",
      member.secretaryToken,
    );
    expect(bySecretary.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    const awarded = await mutate(
      "recordBadgeAward",
      { ...badge, decisionDocumentId: decision.id },
      "person { badges { years stage occasionLabel awardOn decision { id } } }",
      member.committeeToken,
    );
    expect(awarded.data?.recordBadgeAward.errors).toEqual([]);
    expect(awarded.data?.recordBadgeAward.person.badges).toEqual([
      {
        years: 30,
        stage: "AWARDED",
        occasionLabel: "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5)",
        awardOn: "2025-05-19",
        decision: { id: decision.id },
      },
    ]);
    const again = await mutate(
      "recordBadgeAward",
      { ...badge, decisionDocumentId: decision.id },
      "person { id }",
      member.committeeToken,
    );
    expect(payloadCodes(again.data?.recordBadgeAward)).toEqual(["BADGE_ALREADY_AWARDED"]);
  });

  it("awards early for a serious illness within 12 months, not before", async () => {
    const member = await veteran("Huy hiệu sớm", "1995-05-19");
    const early = { personId: member.personId, years: 30, earlyReason: "SERIOUS_ILLNESS" };
    const tooEarly = await mutate(
      "proposeBadge",
      { ...early, occasion: "PARTY_FOUNDING", year: 2024 },
      "person { id }",
      member.secretaryToken,
    );
    expect(payloadCodes(tooEarly.data?.proposeBadge)).toEqual(["TOO_EARLY_FOR_BADGE"]);
    const withinAYear = await mutate(
      "proposeBadge",
      { ...early, occasion: "NATIONAL_DAY", year: 2024 },
      "person { badges { earlyReasonLabel } }",
      member.secretaryToken,
    );
    expect(withinAYear.data?.proposeBadge.person.badges).toEqual([
      { earlyReasonLabel: "Đảng viên bị bệnh nặng" },
    ]);
  });
});
