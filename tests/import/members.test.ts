import { describe, expect, it } from "vitest";
import { parseMembersCsv } from "../../src/domain/import-members";
import { createBranch, gql, mutate, rawId, tokenFor } from "../helpers";
import membersComma from "./fixtures/members-good-comma.csv?raw";
import membersSemicolon from "./fixtures/members-good-semicolon.csv?raw";

const RESULT =
  "result { cell { id } created unchanged dryRun rows { row outcome outcomeLabel person { id fullName partyStatus } } }";

const PEOPLE = `query ($cellId: ID!) {
  cell(id: $cellId) {
    members(first: 100) { totalCount edges { membership { startedOn startReason } node { fullName partyStatus birthDate admittedOn officialOn } } }
    candidates { fullName partyStatus candidateOf { id } }
  }
}`;

function rowsOf(text: string) {
  return parseMembersCsv(text, { today: "2026-06-01" }).rows.map(({ line: _line, ...row }) => row);
}

async function importMembers(cellId: string, rows: unknown[], token?: string, dryRun?: boolean) {
  return mutate(
    "importMembers",
    { cellId, rows, ...(dryRun === undefined ? {} : { dryRun }) },
    RESULT,
    token,
  );
}

async function peopleOf(cellId: string) {
  const result = await gql(PEOPLE, { cellId }, await tokenFor("ADMIN"));
  return result.data?.cell;
}

describe("importMembers", () => {
  it("creates the people of a list with their memberships, then leaves them unchanged on a second run", async () => {
    const { cell } = await createBranch("Nhập danh sách");
    const rows = rowsOf(membersSemicolon);
    const first = await importMembers(cell.id, rows);
    expect(first.data?.importMembers.errors).toEqual([]);
    const result = first.data?.importMembers.result;
    expect(result).toMatchObject({ cell: { id: cell.id }, created: 5, unchanged: 0, dryRun: false });
    expect(result.rows.map((row: any) => [row.row, row.outcome, row.person.fullName])).toEqual([
      [0, "CREATED", "Nguyễn Văn Nhập"],
      [1, "CREATED", "Trần Thị Dữ Liệu"],
      [2, "CREATED", "Lê Văn Tư"],
      [3, "CREATED", "Phạm Quần Chúng"],
      [4, "CREATED", "Hoàng Chính Thức"],
    ]);

    const people = await peopleOf(cell.id);
    expect(people.members.totalCount).toBe(4);
    const byName = Object.fromEntries(people.members.edges.map((edge: any) => [edge.node.fullName, edge]));
    expect(byName["Nguyễn Văn Nhập"]).toEqual({
      membership: { startedOn: "2017-01-01", startReason: "TRANSFERRED_IN" },
      node: {
        fullName: "Nguyễn Văn Nhập",
        partyStatus: "OFFICIAL",
        birthDate: "1980-03-05",
        admittedOn: "2005-06-15",
        officialOn: "2006-06-15",
      },
    });
    expect(byName["Trần Thị Dữ Liệu"].membership).toEqual({
      startedOn: "2024-02-03",
      startReason: "ADMITTED",
    });
    expect(byName["Trần Thị Dữ Liệu"].node.partyStatus).toBe("PROBATIONARY");
    expect(byName["Hoàng Chính Thức"].membership.startedOn).toBe("2017-01-01");
    expect(people.candidates).toEqual([
      { fullName: "Phạm Quần Chúng", partyStatus: "CANDIDATE", candidateOf: { id: cell.id } },
    ]);

    const again = await importMembers(cell.id, rows);
    expect(again.data?.importMembers.errors).toEqual([]);
    expect(again.data?.importMembers.result).toMatchObject({ created: 0, unchanged: 5 });
    expect(again.data?.importMembers.result.rows.every((row: any) => row.outcome === "UNCHANGED")).toBe(true);
    expect((await peopleOf(cell.id)).members.totalCount).toBe(4);
  });

  it("matches a recorded person by folded name and birth date, or by name when a birth date is missing", async () => {
    const { cell } = await createBranch("Nhập trùng");
    await importMembers(cell.id, [
      { fullName: "Ngô Văn Trùng", birthDate: "1980-01-01", status: "CANDIDATE" },
      { fullName: "Ngô Văn Không Ngày", status: "CANDIDATE" },
    ]);
    const outcome = async (row: Record<string, unknown>) => {
      const result = await importMembers(cell.id, [row]);
      expect(result.data?.importMembers.errors).toEqual([]);
      return result.data?.importMembers.result.rows[0].outcome;
    };
    expect(await outcome({ fullName: "NGO VAN TRUNG", birthDate: "1980-01-01", status: "CANDIDATE" })).toBe(
      "UNCHANGED",
    );
    expect(await outcome({ fullName: "Ngô  Văn Trùng", status: "CANDIDATE" })).toBe("UNCHANGED");
    expect(
      await outcome({ fullName: "Ngô Văn Không Ngày", birthDate: "1985-01-01", status: "CANDIDATE" }),
    ).toBe("UNCHANGED");
    expect(await outcome({ fullName: "Ngô Văn Trùng", birthDate: "1990-05-05", status: "CANDIDATE" })).toBe(
      "CREATED",
    );
  });

  it("refuses the same person twice in one batch", async () => {
    const { cell } = await createBranch("Nhập hai lần");
    const result = await importMembers(cell.id, [
      { fullName: "Lý Văn Đôi", birthDate: "1980-01-01", status: "CANDIDATE" },
      { fullName: "Lý Văn Khác", status: "CANDIDATE" },
      { fullName: "ly van doi", status: "CANDIDATE" },
    ]);
    expect(result.data?.importMembers.errors).toEqual([
      expect.objectContaining({ code: "DUPLICATE_ROW", field: ["input", "rows", "2", "fullName"] }),
    ]);
  });

  it("records the file's columns of the people it creates, and refuses a card number already held", async () => {
    const { cell } = await createBranch("Nhập lý lịch");
    const card = `6${Date.now().toString().slice(-8)}`;
    const official = { status: "OFFICIAL", admittedOn: "2005-03-01", officialOn: "2006-03-01" };
    const first = await importMembers(cell.id, [
      {
        fullName: "Nông Thị Hoa",
        ...official,
        gender: "FEMALE",
        ethnicGroupCode: "02",
        partyCardNumber: card,
      },
    ]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.importMembers.errors).toEqual([]);
    const id = first.data?.importMembers.result.rows[0].person.id;
    const file = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Person { file { genderLabel ethnicGroup { name } partyCardNumber } } } }`,
      { id },
      await tokenFor("ADMIN"),
    );
    expect(file.data?.node.file).toEqual({
      genderLabel: "Nữ",
      ethnicGroup: { name: "Tày" },
      partyCardNumber: card,
    });
    const twice = await importMembers(cell.id, [
      { fullName: "Lò Văn Pá", ...official, partyCardNumber: card },
      { fullName: "Hà Văn Hai", ...official, partyCardNumber: `7${card}` },
      { fullName: "Vi Văn Ba", ...official, partyCardNumber: `7${card}` },
    ]);
    expect(
      twice.data?.importMembers.errors.map((error: { code: string; field: string[] }) => [
        error.code,
        error.field.join("."),
      ]),
    ).toEqual([
      ["DUPLICATE_PARTY_CARD_NUMBER", "input.rows.0.partyCardNumber"],
      ["DUPLICATE_PARTY_CARD_NUMBER", "input.rows.2.partyCardNumber"],
    ]);
  });

  it("counts without writing in a dry run", async () => {
    const { cell } = await createBranch("Nhập thử");
    const dry = await importMembers(cell.id, rowsOf(membersComma), undefined, true);
    expect(dry.data?.importMembers.errors).toEqual([]);
    expect(dry.data?.importMembers.result).toMatchObject({ created: 3, unchanged: 0, dryRun: true });
    expect(dry.data?.importMembers.result.rows[0].person).toBeNull();
    const people = await peopleOf(cell.id);
    expect(people.members.totalCount).toBe(0);
    expect(people.candidates).toEqual([]);
  });

  it("refuses a batch with one bad row, naming each row at fault, and writes nothing", async () => {
    const { cell } = await createBranch("Nhập lỗi");
    const result = await importMembers(cell.id, [
      { fullName: "Người Tốt", birthDate: "1980-01-01", status: "OFFICIAL", admittedOn: "2005-01-01" },
      {
        fullName: "Chính Thức Sớm",
        birthDate: "1980-01-01",
        status: "OFFICIAL",
        admittedOn: "2005-06-01",
        officialOn: "2006-01-01",
      },
      { fullName: "Chưa Đủ Tuổi", birthDate: "1990-01-01", status: "PROBATIONARY", admittedOn: "2007-06-01" },
      { fullName: "Tương Lai", status: "PROBATIONARY", admittedOn: "2099-01-01" },
      { fullName: "Người Tốt", birthDate: "1980-01-01", status: "CANDIDATE" },
      { fullName: " ", status: "CANDIDATE" },
    ]);
    expect(result.data?.importMembers.result).toBeNull();
    expect(
      result.data?.importMembers.errors.map((error: any) => [error.code, error.field.join(".")]),
    ).toEqual([
      ["PROBATION_NOT_COMPLETE", "input.rows.1.officialOn"],
      ["BELOW_ADMISSION_AGE", "input.rows.2.admittedOn"],
      ["DATE_IN_FUTURE", "input.rows.3.admittedOn"],
      ["DUPLICATE_ROW", "input.rows.4.fullName"],
      ["NAME_REQUIRED", "input.rows.5.fullName"],
    ]);
    expect(result.data?.importMembers.errors[0].message).toContain("Chính Thức Sớm:");
    const people = await peopleOf(cell.id);
    expect(people.members.totalCount).toBe(0);
    expect(people.candidates).toEqual([]);
  });

  it("refuses someone who is already a member of another cell (one membership at a time)", async () => {
    const first = await createBranch("Nhập nơi khác");
    const second = await createBranch("Nhập nơi khác 2");
    const row = {
      fullName: "Đinh Văn Hai Nơi",
      birthDate: "1980-01-01",
      status: "OFFICIAL",
      admittedOn: "2005-01-01",
      officialOn: "2006-01-01",
    };
    expect((await importMembers(first.cell.id, [row])).data?.importMembers.result.created).toBe(1);
    const elsewhere = await importMembers(second.cell.id, [{ ...row, joinedOn: "2018-01-01" }]);
    expect(elsewhere.data?.importMembers.errors).toEqual([
      expect.objectContaining({ code: "OVERLAPPING_MEMBERSHIP", field: ["input", "rows", "0", "joinedOn"] }),
    ]);
    expect(elsewhere.data?.importMembers.errors[0].message).toContain(first.cell.name);
  });

  it("takes at most 200 rows, and members only into a cell", async () => {
    const { committee, cell } = await createBranch("Nhập giới hạn");
    const many = Array.from({ length: 201 }, (_, index) => ({
      fullName: `Người ${index}`,
      status: "CANDIDATE",
    }));
    const tooMany = await importMembers(cell.id, many);
    expect(tooMany.data?.importMembers.errors).toEqual([expect.objectContaining({ code: "TOO_MANY_ROWS" })]);
    const committeeImport = await importMembers(committee.id, [{ fullName: "Người", status: "CANDIDATE" }]);
    expect(committeeImport.data?.importMembers.errors).toEqual([
      expect.objectContaining({ code: "NOT_A_CELL" }),
    ]);
  });

  it("writes a full batch of 200 rows in one atomic write", async () => {
    const { cell } = await createBranch("Nhập nhiều");
    const rows = Array.from({ length: 200 }, (_, index) => ({
      fullName: `Đảng Viên Số ${index}`,
      status: "OFFICIAL",
      admittedOn: "2010-01-01",
      officialOn: "2011-01-01",
    }));
    const result = await importMembers(cell.id, rows);
    expect(result.data?.importMembers.errors).toEqual([]);
    expect(result.data?.importMembers.result.created).toBe(200);
    expect((await peopleOf(cell.id)).members.totalCount).toBe(200);
  });

  it("lets the cell's writers import, and refuses writers of another cell and readers", async () => {
    const { cell, committee } = await createBranch("Nhập quyền");
    const other = await createBranch("Nhập quyền khác");
    const row = [{ fullName: "Người Được Phép", status: "CANDIDATE" }];
    const outsider = await importMembers(cell.id, row, await tokenFor("SECRETARY", rawId(other.cell.id)));
    expect(outsider.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reader = await importMembers(cell.id, row, await tokenFor("MEMBER", rawId(cell.id)));
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await gql(
      `mutation ($input: ImportMembersInput!) { importMembers(input: $input) { errors { code } } }`,
      { input: { cellId: cell.id, rows: row } },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await peopleOf(cell.id)).candidates).toEqual([]);

    const committeeWriter = await importMembers(
      cell.id,
      row,
      await tokenFor("COMMITTEE", rawId(committee.id)),
    );
    expect(committeeWriter.data?.importMembers.result.created).toBe(1);
    const secretary = await importMembers(cell.id, row, await tokenFor("SECRETARY", rawId(cell.id)));
    expect(secretary.data?.importMembers.result).toMatchObject({ created: 0, unchanged: 1 });
  });
});
