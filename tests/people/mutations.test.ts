import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  createBranch,
  createDocument,
  DEMO,
  globalId,
  gql,
  heldMeeting,
  mutate,
} from "../helpers";

const PERSON =
  "person { id fullName version partyStatus admittedOn probationEndsOn officialOn leftOn candidateOf { id } memberships { cell { id } startedOn startReason endedOn endReason } }";

function errorCodes(result: any, mutation: string): string[] {
  return result.data?.[mutation].errors.map((e: any) => e.code);
}

async function candidateIn(cellId: string, fullName = "Trần Văn Thử", birthDate?: string) {
  const result = await mutate(
    "createCandidate",
    { fullName, cellId, ...(birthDate ? { birthDate } : {}) },
    PERSON,
  );
  expect(result.data?.createCandidate.errors).toEqual([]);
  return result.data?.createCandidate.person;
}

async function probationaryIn(cellId: string, admittedOn: string) {
  const candidate = await candidateIn(cellId);
  const admitted = await mutate("admitMember", { personId: candidate.id, admittedOn }, PERSON);
  expect(admitted.data?.admitMember.errors).toEqual([]);
  return admitted.data?.admitMember.person;
}

async function officialIn(cellId: string, admittedOn = "2015-03-01") {
  const person = await probationaryIn(cellId, admittedOn);
  const official = await mutate(
    "recognizeOfficial",
    { personId: person.id, officialOn: "2016-03-01" },
    PERSON,
  );
  expect(official.data?.recognizeOfficial.errors).toEqual([]);
  return official.data?.recognizeOfficial.person;
}

describe("from candidate to official member", () => {
  it("admits a candidate into the cell preparing them, then recognizes them after 12 months", async () => {
    const { cell } = await createBranch("Kết nạp");
    const candidate = await candidateIn(cell.id, "Lê Thị Mai", "1995-04-02");
    expect(candidate.partyStatus).toBe("CANDIDATE");
    expect(candidate.candidateOf).toEqual({ id: cell.id });

    const admitted = await mutate(
      "admitMember",
      { personId: candidate.id, admittedOn: "2017-06-15" },
      PERSON,
    );
    const person = admitted.data?.admitMember.person;
    expect(person.partyStatus).toBe("PROBATIONARY");
    expect(person.probationEndsOn).toBe("2018-06-15");
    expect(person.candidateOf).toBeNull();
    expect(person.memberships).toEqual([
      {
        cell: { id: cell.id },
        startedOn: "2017-06-15",
        startReason: "ADMITTED",
        endedOn: null,
        endReason: null,
      },
    ]);

    const early = await mutate(
      "recognizeOfficial",
      { personId: person.id, officialOn: "2018-06-14" },
      PERSON,
    );
    expect(errorCodes(early, "recognizeOfficial")).toEqual(["PROBATION_NOT_COMPLETE"]);
    expect(early.data?.recognizeOfficial.errors[0].message).toContain("2018-06-15");
    expect(early.data?.recognizeOfficial.errors[0].field).toEqual(["input", "officialOn"]);

    const onTime = await mutate(
      "recognizeOfficial",
      { personId: person.id, officialOn: "2018-06-15" },
      PERSON,
    );
    expect(onTime.data?.recognizeOfficial.errors).toEqual([]);
    expect(onTime.data?.recognizeOfficial.person.partyStatus).toBe("OFFICIAL");
    expect(onTime.data?.recognizeOfficial.person.officialOn).toBe("2018-06-15");
  });

  it("refuses to admit someone under 18, someone who is not a candidate, or into a committee", async () => {
    const { committee, cell } = await createBranch("Tuổi");
    const young = await candidateIn(cell.id, "Phạm Văn Trẻ", "2000-01-10");
    const tooYoung = await mutate("admitMember", { personId: young.id, admittedOn: "2018-01-09" }, PERSON);
    expect(errorCodes(tooYoung, "admitMember")).toEqual(["BELOW_ADMISSION_AGE"]);
    const intoCommittee = await mutate(
      "admitMember",
      { personId: young.id, admittedOn: "2018-01-10", cellId: committee.id },
      PERSON,
    );
    expect(errorCodes(intoCommittee, "admitMember")).toEqual(["NOT_A_CELL"]);
    const member = await probationaryIn(cell.id, "2018-02-01");
    const twice = await mutate("admitMember", { personId: member.id, admittedOn: "2018-03-01" }, PERSON);
    expect(errorCodes(twice, "admitMember")).toEqual(["NOT_A_CANDIDATE"]);
  });

  it("admits past 60 only by the decision of a committee directly under the Central Committee, and keeps it", async () => {
    const { committee, cell } = await createBranch("Trên 60");
    const decision = (issuerId: string) =>
      createDocument({ type: "DECISION", title: "Quyết định kết nạp", issuerId, issuedOn: "2024-04-20" });
    const senior = await candidateIn(cell.id, "Hoàng Văn Niên", "1960-01-01");
    const admit = (decisionDocumentId?: string) =>
      mutate(
        "admitMember",
        {
          personId: senior.id,
          admittedOn: "2024-05-01",
          ...(decisionDocumentId ? { decisionDocumentId } : {}),
        },
        PERSON.replace("endReason }", "endReason decision { id } }"),
      );
    const alone = await admit();
    expect(errorCodes(alone, "admitMember")).toEqual(["ABOVE_ADMISSION_AGE"]);
    expect(alone.data?.admitMember.errors[0].message).toContain("turned 60 on 2020-01-01");
    const byGrassroots = await admit((await decision(committee.id)).id);
    expect(errorCodes(byGrassroots, "admitMember")).toEqual(["ABOVE_ADMISSION_AGE"]);
    const topDecision = await decision(globalId("Cell", DEMO.bloc));
    const admitted = await admit(topDecision.id);
    expect(errorCodes(admitted, "admitMember")).toEqual([]);
    expect(admitted.data?.admitMember.person.memberships[0].decision).toEqual({ id: topDecision.id });
  });
});

describe("transfers and endings", () => {
  it("refuses a backdated transfer or end that would take a recorded attendee out of a held meeting", async () => {
    const { cell, members } = await cellWithMembers("Lùi ngày", 2);
    const to = await createBranch("Nhận lùi ngày");
    const [moving] = members as [string];
    await heldMeeting(cell.id, "2024-06-03", [[moving, "PRESENT"]]);
    const backdated = await mutate(
      "transferMember",
      { personId: moving, toCellId: to.cell.id, on: "2024-06-03" },
      PERSON,
    );
    expect(errorCodes(backdated, "transferMember")).toEqual(["ATTENDANCE_RECORDED_AFTER"]);
    expect(backdated.data?.transferMember.errors[0].message).toContain("2024-06-03");
    const ended = await mutate(
      "endMembership",
      { personId: moving, on: "2024-05-01", reason: "DECEASED" },
      PERSON,
    );
    expect(errorCodes(ended, "endMembership")).toEqual(["ATTENDANCE_RECORDED_AFTER"]);
    const after = await mutate(
      "transferMember",
      { personId: moving, toCellId: to.cell.id, on: "2024-06-04" },
      PERSON,
    );
    expect(after.data?.transferMember.errors).toEqual([]);
  });

  it("transfers in one atomic write: the old membership ends the day the new one starts", async () => {
    const from = await createBranch("Chuyển đi");
    const to = await createBranch("Chuyển đến");
    const member = await officialIn(from.cell.id);
    const moved = await mutate(
      "transferMember",
      { personId: member.id, toCellId: to.cell.id, on: "2019-09-01" },
      PERSON,
    );
    expect(moved.data?.transferMember.errors).toEqual([]);
    expect(moved.data?.transferMember.person.memberships).toEqual([
      {
        cell: { id: from.cell.id },
        startedOn: "2015-03-01",
        startReason: "ADMITTED",
        endedOn: "2019-09-01",
        endReason: "TRANSFERRED",
      },
      {
        cell: { id: to.cell.id },
        startedOn: "2019-09-01",
        startReason: "TRANSFERRED_IN",
        endedOn: null,
        endReason: null,
      },
    ]);
    const counts = await gql(
      `query ($a: ID!, $b: ID!) {
        a: cell(id: $a) { before: members(on: "2019-08-31") { totalCount } after: members(on: "2019-09-01") { totalCount } }
        b: cell(id: $b) { before: members(on: "2019-08-31") { totalCount } after: members(on: "2019-09-01") { totalCount } }
      }`,
      { a: from.cell.id, b: to.cell.id },
      await adminToken(),
    );
    expect(counts.data).toEqual({
      a: { before: { totalCount: 1 }, after: { totalCount: 0 } },
      b: { before: { totalCount: 0 }, after: { totalCount: 1 } },
    });
  });

  it("refuses a transfer into the same cell, a dissolved cell, or on a day without membership", async () => {
    const from = await createBranch("Chuyển sai");
    const member = await officialIn(from.cell.id);
    const same = await mutate(
      "transferMember",
      { personId: member.id, toCellId: from.cell.id, on: "2019-01-01" },
      PERSON,
    );
    expect(errorCodes(same, "transferMember")).toEqual(["SAME_CELL"]);
    const dissolved = await mutate(
      "transferMember",
      { personId: member.id, toCellId: globalId("Cell", "demo-investment-cell"), on: "2019-01-01" },
      PERSON,
    );
    expect(errorCodes(dissolved, "transferMember")).toEqual(["CELL_DISSOLVED"]);
    const before = await mutate(
      "transferMember",
      { personId: member.id, toCellId: from.cell.id, on: "2010-01-01" },
      PERSON,
    );
    expect(errorCodes(before, "transferMember")).toEqual(["NOT_A_MEMBER"]);
  });

  it("refuses a membership that would overlap an existing one", async () => {
    const { cell } = await createBranch("Chồng lấn");
    const member = await officialIn(cell.id);
    const ended = await mutate(
      "endMembership",
      { personId: member.id, on: "2020-01-01", reason: "TRANSFERRED_OUT" },
      PERSON,
    );
    expect(ended.data?.endMembership.errors).toEqual([]);
    expect(ended.data?.endMembership.person.partyStatus).toBe("TRANSFERRED_OUT");
    expect(ended.data?.endMembership.person.leftOn).toBe("2020-01-01");
    const again = await mutate(
      "endMembership",
      { personId: member.id, on: "2021-01-01", reason: "DECEASED" },
      PERSON,
    );
    expect(errorCodes(again, "endMembership")).toEqual(["NOT_A_MEMBER"]);
  });

  it("refuses a stale expectedVersion with CONFLICT", async () => {
    const { cell } = await createBranch("Phiên bản");
    const member = await officialIn(cell.id);
    const stale = await mutate(
      "updatePerson",
      { personId: member.id, expectedVersion: member.version - 1, fullName: "Tên Mới" },
      PERSON,
    );
    expect(errorCodes(stale, "updatePerson")).toEqual(["CONFLICT"]);
    const fresh = await mutate(
      "updatePerson",
      { personId: member.id, expectedVersion: member.version, fullName: "Tên Mới" },
      PERSON,
    );
    expect(fresh.data?.updatePerson.person).toMatchObject({
      fullName: "Tên Mới",
      version: member.version + 1,
    });
  });
});

describe("roles", () => {
  const ROLE = "role { id role roleLabel startedOn endedOn organization { id } }";

  it("assigns a secretary from the cell's official members and refuses a second one", async () => {
    const { committee, cell } = await createBranch("Bí thư");
    const first = await officialIn(cell.id);
    const second = await officialIn(cell.id);
    const ok = await mutate(
      "assignRole",
      { personId: first.id, organizationId: cell.id, role: "SECRETARY", startedOn: "2017-01-01" },
      ROLE,
    );
    expect(ok.data?.assignRole.errors).toEqual([]);
    expect(ok.data?.assignRole.role.roleLabel).toBe("Bí thư");
    const clash = await mutate(
      "assignRole",
      { personId: second.id, organizationId: cell.id, role: "SECRETARY", startedOn: "2018-01-01" },
      ROLE,
    );
    expect(errorCodes(clash, "assignRole")).toEqual(["ROLE_ALREADY_HELD"]);
    const committeeSeat = await mutate(
      "assignRole",
      { personId: first.id, organizationId: committee.id, role: "COMMITTEE_MEMBER", startedOn: "2017-01-01" },
      ROLE,
    );
    expect(committeeSeat.data?.assignRole.errors).toEqual([]);
    const cellCommittee = await mutate(
      "assignRole",
      { personId: second.id, organizationId: cell.id, role: "COMMITTEE_MEMBER", startedOn: "2017-01-01" },
      ROLE,
    );
    expect(errorCodes(cellCommittee, "assignRole")).toEqual(["CELL_COMMITTEE_TOO_SMALL"]);
    expect(cellCommittee.data?.assignRole.errors[0].message).toContain("has 2 official members");

    const ended = await mutate(
      "endRole",
      { roleId: ok.data?.assignRole.role.id, endedOn: "2019-01-01" },
      ROLE,
    );
    expect(ended.data?.endRole.role.endedOn).toBe("2019-01-01");
    const next = await mutate(
      "assignRole",
      { personId: second.id, organizationId: cell.id, role: "SECRETARY", startedOn: "2019-01-01" },
      ROLE,
    );
    expect(next.data?.assignRole.errors).toEqual([]);
    const endAgain = await mutate(
      "endRole",
      { roleId: ok.data?.assignRole.role.id, endedOn: "2020-01-01" },
      ROLE,
    );
    expect(errorCodes(endAgain, "endRole")).toEqual(["ROLE_ALREADY_ENDED"]);
  });

  it("refuses an office to a probationary member, to someone outside the organization, and dates in the wrong order", async () => {
    const mine = await createBranch("Ngoài");
    const other = await createBranch("Khác");
    const probationary = await probationaryIn(mine.cell.id, "2019-05-01");
    const refusedProbationary = await mutate(
      "assignRole",
      {
        personId: probationary.id,
        organizationId: mine.cell.id,
        role: "DEPUTY_SECRETARY",
        startedOn: "2019-06-01",
      },
      ROLE,
    );
    expect(errorCodes(refusedProbationary, "assignRole")).toEqual(["NOT_AN_ELIGIBLE_MEMBER"]);
    const outsider = await officialIn(other.cell.id);
    const refusedOutsider = await mutate(
      "assignRole",
      { personId: outsider.id, organizationId: mine.cell.id, role: "SECRETARY", startedOn: "2017-01-01" },
      ROLE,
    );
    expect(errorCodes(refusedOutsider, "assignRole")).toEqual(["NOT_AN_ELIGIBLE_MEMBER"]);
    const reversed = await mutate(
      "assignRole",
      {
        personId: outsider.id,
        organizationId: other.cell.id,
        role: "SECRETARY",
        startedOn: "2018-01-01",
        endedOn: "2017-01-01",
      },
      ROLE,
    );
    expect(errorCodes(reversed, "assignRole")).toEqual(["INVALID_DATE_RANGE"]);
  });
});

describe("people query", () => {
  it("finds people by name without diacritics, by cell and by status", async () => {
    const { cell } = await createBranch("Tìm người");
    await candidateIn(cell.id, "Đỗ Thị Hường");
    await officialIn(cell.id);
    const token = await adminToken();
    const byName = await gql(
      `{ people(filter: { search: "do thi huong" }) { edges { node { fullName } } } }`,
      {},
      token,
    );
    expect(byName.data?.people.edges.map((e: any) => e.node.fullName)).toContain("Đỗ Thị Hường");
    const byCell = await gql(
      `query ($cell: ID!) { people(filter: { cellId: $cell }) { totalCount } official: people(filter: { cellId: $cell, status: OFFICIAL }) { totalCount } }`,
      { cell: cell.id },
      token,
    );
    expect(byCell.data).toEqual({ people: { totalCount: 2 }, official: { totalCount: 1 } });
  });

  it("finds names by words of one or two letters through the word index, as the start of a word", async () => {
    const { cell } = await createBranch("Tìm tên ngắn");
    // Two-letter syllables no other test uses, so that the search sees these people only.
    const tag = Array.from({ length: 3 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26), 97 + Math.floor(Math.random() * 26)),
    ).join(" ");
    for (const name of ["Lê Thị Hà", "Vũ Hải", "Nguyễn Văn Thanh"])
      await candidateIn(cell.id, `${name} ${tag}`);
    const answer = await gql(
      `query ($s: String) { people(filter: { search: $s }, first: 50) { totalCount edges { node { fullName } } } }`,
      { s: `${tag} hà` },
      await adminToken(),
    );
    expect(answer.errors).toBeUndefined();
    // "hà" begins a word of the first two names; it is only inside "Thanh".
    expect(answer.data?.people.edges.map((e: any) => e.node.fullName).sort()).toEqual([
      `Lê Thị Hà ${tag}`,
      `Vũ Hải ${tag}`,
    ]);
    // The word index answers: the search does not read the list of everyone.
    const figures = (answer as { extensions?: { d1RowsRead?: number } }).extensions;
    expect(figures?.d1RowsRead).toBeLessThanOrEqual(300);
  });
});

describe("the way of a candidate to admission", () => {
  const CANDIDACY =
    "person { version candidacy { awarenessCourseOn applicationOn backgroundCheckedOn introducers { id } missingSteps } }";

  it("records the steps, refuses a probationary introducer, and reminds the cell of what is missing", async () => {
    const { cell, committee, members } = await cellWithMembers("Quần chúng", 2);
    const [a, b] = members as [string, string];
    const candidate = await candidateIn(cell.id, "Đỗ Văn Ứng", "1998-02-03");
    const first = await mutate(
      "recordCandidacy",
      { personId: candidate.id, awarenessCourseOn: "2024-03-01", applicationOn: "2024-04-01" },
      CANDIDACY,
    );
    expect(first.data?.recordCandidacy.errors).toEqual([]);
    expect(first.data?.recordCandidacy.person.candidacy.missingSteps).toEqual([
      "BACKGROUND_CHECK",
      "INTRODUCERS",
      "ADMISSION_DECISION",
    ]);
    const probationary = await probationaryIn(cell.id, "2024-01-15");
    const wrongIntroducer = await mutate(
      "recordCandidacy",
      { personId: candidate.id, introducerIds: [a, probationary.id] },
      CANDIDACY,
    );
    expect(errorCodes(wrongIntroducer, "recordCandidacy")).toEqual(["INVALID_INTRODUCERS"]);
    const actions = await gql(
      "query ($id: ID!) { node(id: $id) { ... on Cell { actionsNeeded { kind person { id } detail } } } }",
      { id: cell.id },
      await adminToken(),
    );
    const reminder = ((actions.data?.node.actionsNeeded as any[]) ?? []).find(
      (action) => action.kind === "CANDIDATE_STEPS_MISSING" && action.person.id === candidate.id,
    );
    expect(reminder.detail).toBe(
      "Đỗ Văn Ứng: still missing the background check, two official members introducing them, the admission decision.",
    );
    const done = await mutate(
      "recordCandidacy",
      {
        personId: candidate.id,
        expectedVersion: first.data?.recordCandidacy.person.version,
        backgroundCheckedOn: "2024-06-01",
        introducerIds: [a, b],
      },
      CANDIDACY,
    );
    expect(done.data?.recordCandidacy.person.candidacy).toMatchObject({
      awarenessCourseOn: "2024-03-01",
      introducers: [{ id: a }, { id: b }],
      missingSteps: ["ADMISSION_DECISION"],
    });
    // The committee's decision comes before the ceremony; admitMember then takes it without being told again.
    const decision = await createDocument({
      type: "DECISION",
      title: "Quyết định kết nạp đảng viên",
      issuerId: committee.id,
      issuedOn: "2024-07-01",
    });
    const decided = await mutate(
      "recordCandidacy",
      {
        personId: candidate.id,
        expectedVersion: done.data?.recordCandidacy.person.version,
        admissionDecisionId: decision.id,
      },
      CANDIDACY,
    );
    expect(decided.data?.recordCandidacy.person.candidacy.missingSteps).toEqual([]);
    const admitted = await mutate(
      "admitMember",
      { personId: candidate.id, admittedOn: "2024-07-20" },
      "person { memberships { decision { id } } }",
    );
    expect(admitted.data?.admitMember.person.memberships).toEqual([{ decision: { id: decision.id } }]);
  });
});
