import { describe, expect, it } from "vitest";
import { createBranch, gql, mutate, rawId, tokenFor } from "../helpers";

async function memberWithBirthDate(label: string) {
  const branch = await createBranch(label);
  const created = await mutate(
    "createCandidate",
    { fullName: `Trần Thị Riêng ${branch.unique}`, cellId: branch.cell.id, birthDate: "1990-02-03" },
    "person { id }",
  );
  const personId = created.data?.createCandidate.person.id as string;
  await mutate("admitMember", { personId, admittedOn: "2015-03-01" }, "person { id }");
  return { ...branch, personId };
}

const PERSON = `query ($id: ID!) { node(id: $id) { ... on Person { fullName birthDate } } }`;

describe("who reads a person", () => {
  it("keeps a person out of reach of another branch: node(id) answers as for nobody and lists leave them out", async () => {
    const { personId, unique } = await memberWithBirthDate("Riêng tư");
    const elsewhere = await createBranch("Chi bộ xa");
    const stranger = await tokenFor("MEMBER", rawId(elsewhere.cell.id));
    const byId = await gql(PERSON, { id: personId }, stranger);
    expect(byId.data?.node).toBeNull();
    expect(byId.errors, "out of reach is answered as an ID of nothing").toBeUndefined();
    const listed = await gql(
      `query ($s: String) { people(filter: { search: $s }) { totalCount } }`,
      { s: `tran thi rieng ${unique}` },
      stranger,
    );
    expect(listed.data?.people.totalCount).toBe(0);
  });

  it("shows the birth date to the person and their cell's secretary, masks it for fellow members", async () => {
    const { personId, cell } = await memberWithBirthDate("Ngày sinh");
    const fellow = await gql(PERSON, { id: personId }, await tokenFor("MEMBER", rawId(cell.id)));
    expect(fellow.data?.node).toMatchObject({ birthDate: null });
    expect(fellow.data?.node.fullName).toContain("Trần Thị Riêng");
    expect(fellow.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const secretary = await gql(PERSON, { id: personId }, await tokenFor("SECRETARY", rawId(cell.id)));
    expect(secretary.data?.node.birthDate).toBe("1990-02-03");
    const self = await gql(
      PERSON,
      { id: personId },
      await tokenFor("MEMBER", rawId(cell.id), { personId: rawId(personId) }),
    );
    expect(self.data?.node.birthDate).toBe("1990-02-03");
  });

  it("records contact and identity details normalized, refuses malformed ones, and masks them in the audit log", async () => {
    const { personId, cell, committee } = await memberWithBirthDate("Liên hệ");
    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const version = async () =>
      (await gql(`query ($id: ID!) { person(id: $id) { version } }`, { id: personId }, secretary)).data
        ?.person.version as number;
    const refused = await mutate(
      "updatePerson",
      { personId, expectedVersion: await version(), phone: "12345", email: "a@b.vn" },
      "person { id }",
      secretary,
    );
    expect(refused.data?.updatePerson.errors.map((e: { code: string }) => e.code)).toEqual(["INVALID_PHONE"]);
    expect(JSON.stringify(refused)).not.toContain("12345");
    const saved = await mutate(
      "updatePerson",
      {
        personId,
        expectedVersion: await version(),
        phone: "0912 345 678",
        email: " Chi.Rieng@ChiBo.VN",
        identityNumber: "001 190 012345",
      },
      "person { phone email identityNumber }",
      secretary,
    );
    expect(saved.data?.updatePerson).toEqual({
      person: { phone: "+84912345678", email: "chi.rieng@chibo.vn", identityNumber: "001190012345" },
      errors: [],
    });

    const fellow = await gql(
      `query ($id: ID!) { person(id: $id) { phone email identityNumber } }`,
      { id: personId },
      await tokenFor("MEMBER", rawId(cell.id)),
    );
    expect(fellow.data?.person).toEqual({ phone: null, email: null, identityNumber: null });
    expect(fellow.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);

    const AUDIT = `query ($cell: ID!) { auditLog(filter: { cellId: $cell, operation: "updatePerson" }) {
      edges { node { table after } } } }`;
    const entries = async (token: string) =>
      JSON.stringify((await gql(AUDIT, { cell: committee.id }, token)).data?.auditLog.edges ?? []);
    const committeeToken = await tokenFor("COMMITTEE", rawId(committee.id));
    expect(await entries(committeeToken)).toContain("+84912345678");
    const otherCommittee = await tokenFor(
      "COMMITTEE",
      rawId((await createBranch("Ủy ban khác")).committee.id),
    );
    const foreign = await gql(AUDIT, { cell: committee.id }, otherCommittee);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(foreign)).not.toContain("001190012345");
  });
});
