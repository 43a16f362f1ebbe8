import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseMembersCsv } from "../../src/domain/import-members";
import { EXPORT_PATH } from "../../src/routes/export";
import { createBranch, createCell, globalId, mutate, rawId, tokenFor } from "../helpers";

/** The export route through the Worker, as the caller. */
function exportRequest(path: string, token?: string, method = "GET") {
  return exports.default.fetch(
    new Request(`http://chibo.test${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );
}

async function exportOf(cellGlobalId: string, format: "json" | "csv", token?: string, query = "") {
  return exportRequest(`/cells/${rawId(cellGlobalId)}/export.${format}${query}`, token);
}

async function importRows(cellId: string, rows: Record<string, unknown>[]) {
  const result = await mutate("importMembers", { cellId, rows }, "result { created }");
  expect(result.data?.importMembers.errors).toEqual([]);
}

/** A committee with two cells: "Chi bộ … A" (three members, one probationary) and "Chi bộ … B" (one member). */
/** The rest of a member's file, as the import takes it. */
const FULL_FILE = {
  partyCardIssuedOn: "2012-02-03",
  religion: "Không",
  birthplace: "Vĩnh Phúc",
  homeTown: "Bắc Ninh",
  occupation: "Công chức",
  generalEducation: "12/12",
  professionalLevel: "UNIVERSITY",
  politicalTheoryLevel: "INTERMEDIATE",
  stateManagementLevel: "OFFICER",
  foreignLanguages: "Tiếng Anh B1",
};

/** The export's file columns after the card number, for the member with FULL_FILE; blank for the others. */
const FULL_FILE_CSV =
  "2012-02-03,Không,Vĩnh Phúc,Bắc Ninh,Công chức,12/12,Đại học,Trung cấp,Chuyên viên,Tiếng Anh B1";
const NO_FILE_CSV = ",".repeat(13);

async function subtree() {
  const branch = await createBranch("Xuất dữ liệu");
  const second = await createCell({
    name: `Chi bộ ${branch.unique} B`,
    kind: "SUBORDINATE_CELL",
    parentId: branch.committee.id,
  });
  await importRows(branch.cell.id, [
    {
      fullName: "Nguyễn Văn Xuất",
      status: "OFFICIAL",
      admittedOn: "2010-01-01",
      officialOn: "2011-01-01",
      gender: "MALE",
      ethnicGroupCode: "01",
      partyCardNumber: `5${Date.now().toString().slice(-8)}`,
      ...FULL_FILE,
    },
    { fullName: 'Trần "Dấu, Phẩy"', status: "OFFICIAL", admittedOn: "2012-05-19", officialOn: "2013-05-19" },
    { fullName: "Lê Thị Dự Bị", status: "PROBATIONARY", admittedOn: "2024-02-03" },
    { fullName: "Phạm Quần Chúng", status: "CANDIDATE" },
  ]);
  await importRows(second.id, [
    { fullName: "Hoàng Văn Bê", status: "OFFICIAL", admittedOn: "2015-03-01", officialOn: "2016-03-01" },
  ]);
  return { ...branch, second };
}

describe("EXPORT_PATH", () => {
  it("matches the JSON and CSV exports of a cell", () => {
    expect(EXPORT_PATH.exec("/cells/demo-pac-cell/export.json")?.slice(1)).toEqual(["demo-pac-cell", "json"]);
    expect(EXPORT_PATH.exec("/cells/demo-pac-cell/export.csv")?.slice(1)).toEqual(["demo-pac-cell", "csv"]);
    expect(EXPORT_PATH.exec("/cells/demo-pac-cell/export.xlsx")).toBeNull();
    expect(EXPORT_PATH.exec("/cells/a/b/export.json")).toBeNull();
  });
});

describe("serveExport", () => {
  it("exports a committee's subtree and the members of each cell as JSON", async () => {
    const tree = await subtree();
    const response = await exportOf(tree.committee.id, "json", await tokenFor("ADMIN"), "?on=2025-01-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="chibo-dang-bo-xuat-du-lieu-[a-z0-9-]+-2025-01-01\.json"; filename\*=UTF-8''/,
    );
    const body = (await response.json()) as any;
    expect(body.cell).toEqual({
      id: tree.committee.id,
      name: tree.committee.name,
      kind: "GRASSROOTS_COMMITTEE",
      kindLabel: expect.any(String),
    });
    expect(body.exportedOn).toBe("2025-01-01");
    expect(body.organizations.map((o: any) => [o.name, o.parentId, o.isCell, o.memberCount])).toEqual([
      [tree.committee.name, expect.any(String), false, 0],
      [tree.cell.name, tree.committee.id, true, 3],
      [tree.second.name, tree.committee.id, true, 1],
    ]);
    expect(
      body.members.map((m: any) => [m.cellName, m.fullName, m.status, m.admittedOn, m.officialOn]),
    ).toEqual([
      [tree.cell.name, "Lê Thị Dự Bị", "PROBATIONARY", "2024-02-03", null],
      [tree.cell.name, 'Trần "Dấu, Phẩy"', "OFFICIAL", "2012-05-19", "2013-05-19"],
      [tree.cell.name, "Nguyễn Văn Xuất", "OFFICIAL", "2010-01-01", "2011-01-01"],
      [tree.second.name, "Hoàng Văn Bê", "OFFICIAL", "2015-03-01", "2016-03-01"],
    ]);
    expect(body.members[0]).toMatchObject({ statusLabel: "Đảng viên dự bị", memberSince: "2024-02-03" });
  });

  it("lists the members of a past day with their standing that day", async () => {
    const tree = await subtree();
    const response = await exportOf(tree.cell.id, "json", await tokenFor("ADMIN"), "?on=2010-06-01");
    const body = (await response.json()) as any;
    expect(body.organizations).toHaveLength(1);
    expect(body.members.map((m: any) => [m.fullName, m.status])).toEqual([
      ["Nguyễn Văn Xuất", "PROBATIONARY"],
    ]);
  });

  it("exports CSV with a BOM, comma separators, quoting and a header the import reads back", async () => {
    const tree = await subtree();
    const response = await exportOf(tree.committee.id, "csv", await tokenFor("ADMIN"), "?on=2025-01-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="chibo-.*-2025-01-01\.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const card = text.match(/Nguyễn Văn Xuất,.*,Kinh,(\d+)/)?.[1];
    expect(text.split("\r\n")).toEqual([
      "\uFEFFChi bộ,Họ và tên,Trạng thái,Ngày kết nạp,Ngày chính thức,Giới tính,Dân tộc,Số thẻ đảng viên," +
        "Ngày cấp thẻ,Tôn giáo,Nơi sinh,Quê quán,Nghề nghiệp,Giáo dục phổ thông,Chuyên môn,Lý luận chính trị," +
        "Quản lý nhà nước,Ngoại ngữ",
      `${tree.cell.name},Lê Thị Dự Bị,Đảng viên dự bị,2024-02-03,${NO_FILE_CSV}`,
      `${tree.cell.name},"Trần ""Dấu, Phẩy""",Đảng viên chính thức,2012-05-19,2013-05-19${NO_FILE_CSV}`,
      `${tree.cell.name},Nguyễn Văn Xuất,Đảng viên chính thức,2010-01-01,2011-01-01,Nam,Kinh,${card},${FULL_FILE_CSV}`,
      `${tree.second.name},Hoàng Văn Bê,Đảng viên chính thức,2015-03-01,2016-03-01${NO_FILE_CSV}`,
      "",
    ]);
    expect(card).toMatch(/^5\d{8}$/);
    const readBack = parseMembersCsv(text, { today: "2026-01-01" });
    expect(readBack.problems).toEqual([]);
    expect(readBack.rows.map((row) => [row.fullName, row.status])).toEqual([
      ["Lê Thị Dự Bị", "PROBATIONARY"],
      ['Trần "Dấu, Phẩy"', "OFFICIAL"],
      ["Nguyễn Văn Xuất", "OFFICIAL"],
      ["Hoàng Văn Bê", "OFFICIAL"],
    ]);
    // The whole file reads back: levels by their Vietnamese labels, dates as written.
    expect(readBack.rows[2]).toMatchObject({
      gender: "MALE",
      ethnicGroupCode: "01",
      partyCardNumber: card,
      ...FULL_FILE,
    });
    // A member of the cell reads the list, not the files: the same export, the file's columns blank.
    const asMember = await exportOf(
      tree.cell.id,
      "csv",
      await tokenFor("MEMBER", rawId(tree.cell.id)),
      "?on=2025-01-01",
    );
    expect(asMember.status).toBe(200);
    expect(await asMember.text()).toContain(
      `${tree.cell.name},Nguyễn Văn Xuất,Đảng viên chính thức,2010-01-01,2011-01-01,,,`,
    );
  });

  it("pages through more than 100 members of a cell", async () => {
    const { cell } = await createBranch("Xuất nhiều");
    const rows = Array.from({ length: 130 }, (_, index) => ({
      fullName: `Đảng Viên ${String(index).padStart(3, "0")}`,
      status: "OFFICIAL",
      admittedOn: "2010-01-01",
      officialOn: "2011-01-01",
    }));
    await importRows(cell.id, rows);
    const response = await exportOf(cell.id, "json", await tokenFor("ADMIN"));
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.members).toHaveLength(130);
    expect(new Set(body.members.map((m: any) => m.id)).size).toBe(130);
    expect(body.organizations[0].memberCount).toBe(130);
  });

  it("pages through more than 100 organizations of a subtree", async () => {
    const { committee } = await createBranch("Xuất nhiều chi bộ");
    for (let index = 0; index < 100; index += 1) {
      await createCell({ name: `Chi bộ số ${index}`, kind: "SUBORDINATE_CELL", parentId: committee.id });
    }
    const body = (await (await exportOf(committee.id, "json", await tokenFor("ADMIN"))).json()) as any;
    // The committee, the branch's own cell and the hundred new ones.
    expect(body.organizations).toHaveLength(102);
    expect(new Set(body.organizations.map((o: any) => o.id)).size).toBe(102);
  });

  it("has the API's permissions: 401 without a token, 403 off the cell's line, 200 on it", async () => {
    const tree = await subtree();
    const anonymous = await exportOf(tree.cell.id, "csv");
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const other = await createBranch("Xuất nơi khác");
    const outsider = await exportOf(tree.cell.id, "json", await tokenFor("SECRETARY", rawId(other.cell.id)));
    expect(outsider.status).toBe(403);
    expect(((await outsider.json()) as any).errors[0].extensions.code).toBe("FORBIDDEN");
    const member = await exportOf(tree.cell.id, "json", await tokenFor("MEMBER", rawId(tree.cell.id)));
    expect(member.status).toBe(200);
    const committee = await exportOf(
      tree.cell.id,
      "csv",
      await tokenFor("COMMITTEE", rawId(tree.committee.id)),
    );
    expect(committee.status).toBe(200);
  });

  it("answers 404 for an unknown cell, 400 for a bad day, 405 for anything but GET", async () => {
    const admin = await tokenFor("ADMIN");
    const unknown = await exportRequest("/cells/no-such-cell/export.json", admin);
    expect(unknown.status).toBe(404);
    const badDay = await exportOf(globalId("Cell", "demo-pac-cell"), "json", admin, "?on=31/12/2017");
    expect(badDay.status).toBe(400);
    expect(((await badDay.json()) as any).errors[0].extensions.code).toBe("INVALID_DATE");
    const post = await exportRequest("/cells/demo-pac-cell/export.json", admin, "POST");
    expect(post.status).toBe(405);
  });

  it("exports the seed cell's twelve members of 2017", async () => {
    const response = await exportOf(
      globalId("Cell", "demo-pac-cell"),
      "json",
      await tokenFor("MEMBER", "demo-pac-cell"),
      "?on=2017-12-31",
    );
    const body = (await response.json()) as any;
    expect(body.members).toHaveLength(12);
    expect(body.members.filter((m: any) => m.status === "PROBATIONARY")).toHaveLength(1);
  });
});

describe("GET /cells/{id}/export.csv through the Worker", () => {
  it("serves the members of the seed's cell as CSV to its members, and refuses without a token", async () => {
    const { download, tokenFor } = await import("../helpers");
    const response = await download(
      "/cells/demo-pac-cell/export.csv?on=2017-12-23",
      await tokenFor("MEMBER", "demo-pac-cell"),
    );
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain("Nguyễn Tiến Hạnh");
    expect(
      csv.split("\r\n").filter((line) => line.includes("Chi bộ Trung tâm Hành chính công tỉnh")).length,
    ).toBe(12);
    expect((await download("/cells/demo-pac-cell/export.csv")).status).toBe(401);
  });
});
