import { describe, expect, it } from "vitest";
import { cellWithMembers, gql, mutate, payloadCodes, rawId, tokenFor } from "../helpers";

const FILE = `file { genderLabel ethnicGroup { code name } generalEducation professionalLevel professionalLevelLabel
  politicalTheoryLevelLabel partyCardNumber partyCardIssuedOn religion }`;

async function versionOf(personId: string) {
  const answer = await gql(
    `query ($id: ID!) { node(id: $id) { ... on Person { version } } }`,
    { id: personId },
    await tokenFor("ADMIN"),
  );
  return answer.data?.node.version as number;
}

describe("the member's file", () => {
  it("records a member's file field by field, keeps what is not given, and shows it to the cell's secretary", async () => {
    const { cell, members } = await cellWithMembers("Lý lịch", 1);
    const [personId] = members as [string];
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const first = await mutate(
      "updateMemberFile",
      {
        personId,
        expectedVersion: await versionOf(personId),
        gender: "FEMALE",
        ethnicGroupCode: "02",
        generalEducation: "12/12",
        professionalLevel: "UNIVERSITY",
        politicalTheoryLevel: "INTERMEDIATE",
        partyCardNumber: "52 001 234",
        partyCardIssuedOn: "2016-05-19",
      },
      `person { ${FILE} }`,
      secretary,
    );
    expect(first.data?.updateMemberFile.errors).toEqual([]);
    const second = await mutate(
      "updateMemberFile",
      { personId, expectedVersion: await versionOf(personId), religion: "Không" },
      `person { ${FILE} }`,
      secretary,
    );
    expect(second.data?.updateMemberFile.person.file).toEqual({
      genderLabel: "Nữ",
      ethnicGroup: { code: "02", name: "Tày" },
      generalEducation: "12/12",
      professionalLevel: "UNIVERSITY",
      professionalLevelLabel: "Đại học",
      politicalTheoryLevelLabel: "Trung cấp",
      partyCardNumber: "52001234",
      partyCardIssuedOn: "2016-05-19",
      religion: "Không",
    });
    const fellow = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Person { file { gender } } } }`,
      { id: personId },
      await tokenFor("MEMBER", rawId(cell.id)),
    );
    expect(fellow.data?.node?.file ?? null).toBeNull();
  });

  it("answers a file recorded in part: what is not recorded is null, gender and levels included", async () => {
    const { members } = await cellWithMembers("Lý lịch một phần", 1);
    const [personId] = members as [string];
    const written = await mutate(
      "updateMemberFile",
      { personId, expectedVersion: await versionOf(personId), religion: "Không" },
      `person { file { gender genderLabel professionalLevel professionalLevelLabel politicalTheoryLevel
        stateManagementLevelLabel religion } }`,
    );
    expect(written.errors).toBeUndefined();
    expect(written.data?.updateMemberFile.person.file).toEqual({
      gender: null,
      genderLabel: null,
      professionalLevel: null,
      professionalLevelLabel: null,
      politicalTheoryLevel: null,
      stateManagementLevelLabel: null,
      religion: "Không",
    });
  });

  it("refuses a card number held by another member, a card before recognition, and an unknown ethnic group", async () => {
    const { cell, members } = await cellWithMembers("Thẻ đảng", 2);
    const [first, second] = members as [string, string];
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const card = `7${Date.now().toString().slice(-8)}`;
    const write = async (personId: string, fields: Record<string, unknown>) =>
      (
        await mutate(
          "updateMemberFile",
          { personId, expectedVersion: await versionOf(personId), ...fields },
          "person { id }",
          secretary,
        )
      ).data?.updateMemberFile;
    expect(payloadCodes(await write(first, { partyCardNumber: card }))).toEqual([]);
    expect(payloadCodes(await write(second, { partyCardNumber: card }))).toEqual([
      "DUPLICATE_PARTY_CARD_NUMBER",
    ]);
    // A holder in a branch the secretary cannot read is not theirs to know of: the answer is as for a new number.
    const elsewhere = await cellWithMembers("Thẻ đảng nơi khác", 1);
    const [stranger] = elsewhere.members as [string];
    const unseen = await mutate(
      "updateMemberFile",
      { personId: stranger, expectedVersion: await versionOf(stranger), partyCardNumber: card },
      "person { file { partyCardNumber } }",
      await tokenFor("SECRETARY", rawId(elsewhere.cell.id)),
    );
    expect(unseen.data?.updateMemberFile.errors).toEqual([]);
    expect(payloadCodes(await write(second, { partyCardIssuedOn: "2015-06-01" }))).toEqual([
      "CARD_BEFORE_RECOGNITION",
    ]);
    expect(payloadCodes(await write(second, { ethnicGroupCode: "99" }))).toEqual(["UNKNOWN_ETHNIC_GROUP"]);
    const ethnicGroups = await gql("{ ethnicGroups { code name } }", {}, secretary);
    expect(ethnicGroups.data?.ethnicGroups).toHaveLength(54);
  });
});
