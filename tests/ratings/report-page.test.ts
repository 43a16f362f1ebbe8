import { describe, expect, it } from "vitest";
import { download, globalId, tokenFor } from "../helpers";

describe("the printable annual report", () => {
  it("renders the seed cell's 2017 report in Vietnamese for its members", async () => {
    const response = await download(
      "/cells/demo-pac-cell/reports/2017",
      await tokenFor("MEMBER", "demo-pac-cell"),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("BÁO CÁO<br>TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2017");
    expect(html).toContain("Chi bộ Trung tâm Hành chính công tỉnh");
    expect(html).toContain("<tr><th>Tỷ lệ hoàn thành tốt nhiệm vụ trở lên</th><td>100%</td></tr>");
    expect(html).toContain("<tr><th>Đề nghị hoàn thành xuất sắc nhiệm vụ</th><td>2</td></tr>");
    expect(html).toContain("Trong sạch, vững mạnh (tự đánh giá)");
    expect(html).toContain("Thực hiện 18-KL/TW");
    expect(html).toContain("Kết nạp từ 1 đến 2 quần chúng ưu tú");
  });

  it("has the form of a Party report, prints levels by name, and answers the global ID GraphiQL shows", async () => {
    const token = await tokenFor("MEMBER", "demo-pac-cell");
    const response = await download(`/cells/${globalId("Cell", "demo-pac-cell")}/reports/2017`, token);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(html).toContain("Số: ……-BC/CB");
    expect(html).toContain("ngày …… tháng …… năm 2017");
    expect(html).toContain("T/M CHI BỘ<br>BÍ THƯ");
    expect(html).toContain("Nguyễn Tiến Hạnh");
    expect(html).not.toMatch(/>(EXCELLENT|GOOD|COMPLETED)</);
    expect(html).toContain("<tr><th>Đủ tư cách, hoàn thành tốt nhiệm vụ</th><td>10</td></tr>");
    expect(html).toContain("<tr><th>Đủ tư cách, hoàn thành xuất sắc nhiệm vụ</th><td>2</td></tr>");
  });

  it("refuses readers without the right, as the API does", async () => {
    expect((await download("/cells/demo-pac-cell/reports/2017")).status).toBe(401);
    // A member reads their own cell's report, not the committee's above it (its figures count other cells).
    const memberBelow = await tokenFor("MEMBER", "demo-investment-cell");
    expect((await download("/cells/demo-bloc-committee/reports/2017", memberBelow)).status).toBe(403);
    const committee = await tokenFor("COMMITTEE", "demo-bloc-committee");
    expect((await download("/cells/demo-bloc-committee/reports/2017", committee)).status).toBe(200);
    const stranger = await download(
      "/cells/demo-pac-cell/reports/2017",
      await tokenFor("COMMITTEE", "no-such-cell"),
    );
    expect(stranger.status).toBe(403);
  });
});
