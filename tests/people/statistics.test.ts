import { describe, expect, it } from "vitest";
import { ILLUSTRATION_CELL } from "../../scripts/demo-member-files";
import {
  adminToken,
  cellWithMembers,
  codes,
  DEMO,
  download,
  globalId,
  gql,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";

const FIGURES = `organization { id name } members
  byStatus { code label members } byGender { code members } byAgeBand { code members }
  byEthnicity { code label members } byReligion { code members } byPartyAgeBand { code members }
  exempted { code members } events { code label members }`;

const STATISTICS = `query ($cellId: ID!, $on: Date, $from: Date) {
  memberStatistics(cellId: $cellId, on: $on, from: $from) {
    on periodStart organization { ${FIGURES} } children { ${FIGURES} }
  }
}`;

type Line = { code: string; label?: string; members: number };
const byCode = (lines: Line[]) => Object.fromEntries(lines.map((line) => [line.code, line.members]));

async function statistics(cellId: string, variables: { on?: string; from?: string }, token?: string) {
  return gql(STATISTICS, { cellId, ...variables }, token ?? (await adminToken()));
}

describe("member statistics of a subtree", () => {
  it("counts the seed cell at the end of 2017 as its annual report does: one probationary member", async () => {
    const cellId = globalId("Cell", DEMO.cell);
    const [answer, report] = await Promise.all([
      statistics(cellId, { on: "2017-12-31" }),
      gql(
        `query ($id: ID!) { annualReport(cellId: $id, year: 2017) { membersAtEnd admissions transfersIn carriedOver } }`,
        { id: cellId },
        await adminToken(),
      ),
    ]);
    expect(answer.errors).toBeUndefined();
    const statisticsOf2017 = answer.data?.memberStatistics;
    expect(statisticsOf2017.periodStart).toBe("2017-01-01");
    const figures = statisticsOf2017.organization;
    const { membersAtEnd, admissions, transfersIn, carriedOver } = report.data?.annualReport ?? {};
    expect(figures.members).toBe(membersAtEnd);
    expect(byCode(figures.byStatus)).toEqual({ OFFICIAL: membersAtEnd - 1, PROBATIONARY: 1 });
    expect(figures.byStatus[1]).toEqual({ code: "PROBATIONARY", label: "Đảng viên dự bị", members: 1 });
    const events = byCode(figures.events);
    expect(events.ADMITTED).toBe(admissions);
    expect(events.TRANSFERRED_IN ?? 0).toBe(transfersIn);
    expect(events.CARRIED_OVER).toBe(carriedOver);
    // The article records no files: the members' fields are counted as not known.
    expect(figures.byGender).toEqual([{ code: "UNKNOWN", members: membersAtEnd }]);
  });

  it("counts files, age and party-age bands, exemptions and a member out of the Party, as of any day", async () => {
    const cellId = globalId("Cell", ILLUSTRATION_CELL.id);
    const today = await statistics(cellId, { on: "2026-06-30" });
    expect(today.errors).toBeUndefined();
    const figures = today.data?.memberStatistics.organization;
    expect(figures.members).toBe(3);
    expect(byCode(figures.byGender)).toEqual({ MALE: 2, FEMALE: 1 });
    expect(figures.byEthnicity.map((line: Line) => line.label)).toEqual(["Kinh", "Tày", "Mường"]);
    expect(byCode(figures.byReligion)).toEqual({ Không: 2, "Phật giáo": 1 });
    // Born 1950 and 1948 (over 60 in 2026), 1968 (58).
    expect(byCode(figures.byAgeBand)).toEqual({ FROM_51_TO_60: 1, OVER_60: 2 });
    // Party age from 1970 (56 years), 1996 (30) and, for the readmitted member, 1972 pushed back by the five
    // years and five months out of the Party: from 1977, 49 years — 54 without the time out.
    expect(byCode(figures.byPartyAgeBand)).toEqual({ FROM_30_TO_39: 1, FROM_40_TO_49: 1, FROM_50: 1 });
    expect(byCode(figures.exempted)).toEqual({ AGE: 1 });

    // In 1982 the readmitted member was out of the Party and the third not yet admitted.
    const then = await statistics(cellId, { on: "1982-01-01", from: "1980-01-01" });
    const before = then.data?.memberStatistics.organization;
    expect(before.members).toBe(1);
    expect(byCode(before.events)).toEqual({ REMOVED: 1 });
    expect(before.exempted).toEqual([]);
  });

  it("follows admissions, recognitions and files as they are written, and drills down to each cell", async () => {
    const { cell, members } = await cellWithMembers("Thống kê", 2);
    const parentOf = await gql(
      `query ($id: ID!) { cell(id: $id) { parent { id } } }`,
      { id: cell.id },
      await adminToken(),
    );
    const parentId = parentOf.data?.cell.parent.id as string;
    // cellWithMembers admits on 2015-03-01 and recognizes on 2016-03-01.
    const probation = await statistics(cell.id, { on: "2015-06-01" });
    expect(byCode(probation.data?.memberStatistics.organization.byStatus)).toEqual({ PROBATIONARY: 2 });
    expect(byCode(probation.data?.memberStatistics.organization.events)).toEqual({ ADMITTED: 2 });
    const official = await statistics(cell.id, { on: "2016-06-01" });
    expect(byCode(official.data?.memberStatistics.organization.byStatus)).toEqual({ OFFICIAL: 2 });
    expect(byCode(official.data?.memberStatistics.organization.events)).toEqual({ RECOGNIZED: 2 });

    const secretary = await tokenFor("SECRETARY", rawId(cell.id));
    const version = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Person { version } } }`,
      { id: members[0] },
      await adminToken(),
    );
    const written = await mutate(
      "updateMemberFile",
      { personId: members[0], expectedVersion: version.data?.node.version, gender: "FEMALE" },
      "person { id }",
      secretary,
    );
    expect(written.data?.updateMemberFile.errors).toEqual([]);
    const after = await statistics(cell.id, { on: "2016-06-01" }, secretary);
    expect(after.errors).toBeUndefined();
    expect(byCode(after.data?.memberStatistics.organization.byGender)).toEqual({ FEMALE: 1, UNKNOWN: 1 });

    const above = await statistics(parentId, { on: "2016-06-01" });
    const drill = above.data?.memberStatistics;
    const line = drill.children.find(
      (child: { organization: { id: string } }) => child.organization.id === cell.id,
    );
    expect(line.members).toBe(2);
    expect(drill.organization.members).toBe(
      drill.children.reduce((total: number, child: { members: number }) => total + child.members, 0),
    );
  });

  it("is refused to a member of the cell, whose files it counts, and for a period that ends before it starts", async () => {
    const cellId = globalId("Cell", DEMO.cell);
    const member = await statistics(cellId, {}, await tokenFor("MEMBER", DEMO.cell));
    expect(codes(member)).toEqual(["FORBIDDEN"]);
    expect(member.data?.memberStatistics ?? null).toBeNull();
    const inverted = await statistics(cellId, { on: "2017-06-30", from: "2017-07-01" });
    expect(codes(inverted)).toEqual(["INVALID_DATE_RANGE"]);
  });

  it("prints the statistics as a Party paper and gives them as CSV, with the API's permissions", async () => {
    const secretary = await tokenFor("SECRETARY", ILLUSTRATION_CELL.id);
    const page = await download(`/cells/${ILLUSTRATION_CELL.id}/statistics?on=2026-06-30`, secretary);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("THỐNG KÊ ĐẢNG VIÊN<br>đến ngày 30/06/2026");
    expect(html).toContain("Tổng số đảng viên: <strong>3</strong>");
    expect(html).toContain("<tr><th>Trên 60 tuổi</th><td>2</td><td>66.7%</td></tr>");

    const csv = await download(`/cells/${ILLUSTRATION_CELL.id}/statistics.csv?on=2026-06-30`, secretary);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="chibo-thong-ke-chi-bo-minh-hoa-ho-so-dang-vien-2026-06-30.csv"; filename*=UTF-8''${encodeURIComponent(`Thống kê ${ILLUSTRATION_CELL.name} 2026-06-30.csv`)}`,
    );
    const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('Tổ chức,Chỉ tiêu,Mã,Giá trị,"Số lượng (đến 2026-06-30, biến động từ 2026-01-01)"');
    expect(lines).toContain(`${ILLUSTRATION_CELL.name},Giới tính,FEMALE,Nữ,1`);
    expect(lines).toContain(`${ILLUSTRATION_CELL.name},Miễn công tác và sinh hoạt đảng,AGE,Tuổi cao,1`);

    const member = await download(
      `/cells/${ILLUSTRATION_CELL.id}/statistics`,
      await tokenFor("MEMBER", ILLUSTRATION_CELL.id),
    );
    expect(member.status).toBe(403);
    expect(
      (await download(`/cells/${ILLUSTRATION_CELL.id}/statistics?on=30-06-2026`, secretary)).status,
    ).toBe(400);
  });
});
