import { describe, expect, it } from "vitest";
import {
  adminToken,
  cellWithMembers,
  DEMO,
  download,
  globalId,
  heldMeeting,
  mutate,
  tokenFor,
} from "../helpers";

describe("the printable minutes and resolution of a meeting", () => {
  it("prints the seed's annual review as minutes: the form, who attended, the agenda and the vote", async () => {
    const token = await tokenFor("MEMBER", DEMO.cell);
    const response = await download(`/meetings/${DEMO.review}/minutes`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(html).toContain("BIÊN BẢN<br>HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2017");
    expect(html).toContain("ngày 23 tháng 12 năm 2017");
    expect(html).toContain("Chủ trì: đồng chí Nguyễn Tiến Hạnh");
    expect(html).toContain("được thông qua");
    expect(html).toContain("CHỦ TRÌ");
  });

  it("prints the resolution by the global ID, signed by the cell's secretary of the day, adopted motions only", async () => {
    const { cell, members } = await cellWithMembers("Nghị quyết in", 3);
    const [a, b, c] = members as [string, string, string];
    await mutate(
      "assignRole",
      { personId: a, organizationId: cell.id, role: "SECRETARY", startedOn: "2024-01-01" },
      "role { id }",
    );
    const meeting = await heldMeeting(cell.id, "2024-06-03", [
      [a, "PRESENT"],
      [b, "PRESENT"],
      [c, "PRESENT"],
    ]);
    for (const [motion, votesFor] of [
      ["Thông qua kế hoạch quý III", 3],
      ["Phương án không đạt", 1],
      ["Nội dung ghi nhầm", 3],
    ] as const) {
      await mutate("recordDecision", { meetingId: meeting.id, motion, votesFor }, "meeting { id }");
    }
    await mutate(
      "voidDecision",
      { meetingId: meeting.id, position: 3, reason: "Ghi nhầm" },
      "decision { voided }",
    );
    const token = await adminToken();
    const response = await download(`/meetings/${meeting.id}/resolution`, token);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("NGHỊ QUYẾT");
    expect(html).toContain("Căn cứ Điều lệ Đảng Cộng sản Việt Nam");
    expect(html).toContain("1. Thông qua kế hoạch quý III.");
    expect(html).not.toContain("Phương án không đạt");
    expect(html).not.toContain("Nội dung ghi nhầm");
    expect(html).toContain("T/M CHI BỘ<br>BÍ THƯ");
    expect(html).toMatch(/<strong>Thành viên 1 [^<]+<\/strong><\/td><\/tr><\/table>/);
    const minutes = await (await download(`/meetings/${meeting.id}/minutes`, token)).text();
    expect(minutes).toContain("đã hủy bỏ (Ghi nhầm)");
    expect(minutes).toContain("không được thông qua");
  });

  it("answers as the API does: 401 without sign-in, 404 for a meeting out of reach", async () => {
    expect((await download(`/meetings/${DEMO.review}/minutes`)).status).toBe(401);
    const stranger = await tokenFor("SECRETARY", "demo-investment-cell");
    expect(
      (await download(`/meetings/${globalId("Meeting", DEMO.review)}/resolution`, stranger)).status,
    ).toBe(404);
  });
});
