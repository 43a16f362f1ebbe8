import { jsonError } from "./http";
import { dong, type Execute, escapeHtml, pageOf, partyHeader, refusalResponse } from "./printable";

export const REPORT_PATH = /^\/cells\/([^/]+)\/reports\/(\d{4})$/;

const REPORT_QUERY = `query Report($cellId: ID!, $year: Int!, $yearEnd: Date!) {
  annualReport(cellId: $cellId, year: $year) {
    cell { name documentCode parent { name } officers(on: $yearEnd) { role person { fullName } } }
    year membersAtStart membersAtEnd admissions recognitions transfersIn carriedOver reinstatements departures
    meetingsHeld regularMeetingsHeld thematicMeetingsHeld documentsReported
    meetingCompliance { attendanceRate cells { monthsWithoutRegularMeeting quartersWithoutThematicMeeting } }
    ratings {
      members { rated goodOrBetter shareGoodOrBetter proposedExcellent decidedExcellent byLevel { code label count } }
      own { stage level { label } }
    }
    meetingQuality { gradeLabel }
    dues { collected retained remitted membersUpForRemoval }
    studies { study { title } members studied }
    targets { admissionsMin admissionsMax admissionsRecorded recognitions recognitionsRecorded registeredLabel ratingObtained { level { label } } tasks }
    nextYearTargets { admissionsMin admissionsMax recognitions registeredLabel documents { number title } tasks }
  }
}`;

const STAGES: Record<string, string> = {
  SELF: "tự đánh giá",
  PROPOSAL: "đề xuất",
  DECISION: "đã quyết định công nhận",
};

// biome-ignore lint/suspicious/noExplicitAny: the shape is the query's, read field by field below.
function render(report: any): string {
  const r = report;
  const compliance = r.meetingCompliance.cells[0];
  const percent = (share: number | null) =>
    share === null || share === undefined ? "—" : `${Math.round(share * 1000) / 10}%`;
  const row = (label: string, value: unknown) =>
    `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const members = r.ratings.members;
  const secretary = r.cell.officers?.find((office: { role: string }) => office.role === "SECRETARY")?.person
    ?.fullName;
  const targets = r.targets;
  const next = r.nextYearTargets;
  return pageOf(
    `Báo cáo năm ${r.year} — ${r.cell.name}`,
    `${partyHeader(r.cell, `……-BC/${r.cell.documentCode ?? "CB"}`, null, r.year)}
<h1>BÁO CÁO<br>TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM ${escapeHtml(r.year)}</h1>
<h2>1. Đảng viên</h2><table>
${row("Đảng viên đầu năm", r.membersAtStart)}${row("Đảng viên cuối năm", r.membersAtEnd)}
${row("Kết nạp đảng viên mới", r.admissions)}${row("Công nhận đảng viên chính thức", r.recognitions)}
${row("Chuyển sinh hoạt đến", r.transfersIn)}${r.carriedOver ? row("Tiếp nhận từ tổ chức tiền thân", r.carriedOver) : ""}${r.reinstatements ? row("Phục hồi đảng tịch", r.reinstatements) : ""}${row("Giảm (chuyển đi, xóa tên …)", r.departures)}</table>
<h2>2. Sinh hoạt chi bộ</h2><table>
${row("Số buổi sinh hoạt đã tổ chức", r.meetingsHeld)}${row("Sinh hoạt định kỳ", r.regularMeetingsHeld)}${row("Sinh hoạt chuyên đề", r.thematicMeetingsHeld)}
${row("Tháng không sinh hoạt định kỳ", compliance?.monthsWithoutRegularMeeting.join(", ") || "không có")}
${row("Quý không sinh hoạt chuyên đề", compliance?.quartersWithoutThematicMeeting.join(", ") || "không có")}
${row("Tỷ lệ đảng viên dự sinh hoạt", percent(r.meetingCompliance.attendanceRate))}
${row("Xếp loại chất lượng sinh hoạt chi bộ", r.meetingQuality.gradeLabel ?? "chưa xếp loại")}</table>
<h2>3. Thực hiện văn bản của cấp trên</h2><table>${row("Văn bản đã báo cáo kết quả thực hiện", r.documentsReported)}
${(r.studies ?? []).map((line: { study: { title: string }; members: number; studied: number }) => row(`Học tập, quán triệt: ${line.study.title} (đã học / được gửi)`, `${line.studied} / ${line.members}`)).join("")}</table>
<h2>4. Đánh giá, xếp loại</h2><table>
${row("Đảng viên được đánh giá", members.rated)}
${members.byLevel.map((level: { code: string; label: string | null; count: number }) => row(level.label ?? level.code, level.count)).join("")}
${row("Tỷ lệ hoàn thành tốt nhiệm vụ trở lên", percent(members.shareGoodOrBetter))}
${row("Đề nghị hoàn thành xuất sắc nhiệm vụ", members.proposedExcellent)}${row("Được công nhận hoàn thành xuất sắc", members.decidedExcellent)}
${row("Tập thể chi bộ", r.ratings.own ? `${r.ratings.own.level.label} (${STAGES[r.ratings.own.stage] ?? r.ratings.own.stage})` : "chưa xếp loại")}</table>
${
  r.dues
    ? `<h2>5. Thu, nộp đảng phí</h2><table>
${row("Đảng phí đã thu (đồng)", dong(r.dues.collected))}${row("Để lại chi bộ", dong(r.dues.retained))}${row("Nộp cấp trên", dong(r.dues.remitted))}
${r.dues.membersUpForRemoval === null ? "" : row("Đảng viên không đóng đảng phí 3 tháng trong năm, chưa có lý do", r.dues.membersUpForRemoval)}</table>`
    : ""
}
${
  targets
    ? `<h2>6. Kết quả thực hiện chỉ tiêu năm ${escapeHtml(r.year)}</h2><table>
${row("Kết nạp (chỉ tiêu / kết quả)", `${targets.admissionsMin ?? "—"}–${targets.admissionsMax ?? "—"} / ${targets.admissionsRecorded}`)}
${row("Chuyển chính thức (chỉ tiêu / kết quả)", `${targets.recognitions ?? "—"} / ${targets.recognitionsRecorded}`)}
${row("Đăng ký xếp loại / đạt", `${targets.registeredLabel ?? "—"} / ${targets.ratingObtained?.level.label ?? "chưa có"}`)}</table>`
    : ""
}
${
  next
    ? `<h2>Phương hướng, chỉ tiêu năm ${escapeHtml(r.year + 1)}</h2><ul>
${next.tasks.map((task: string) => `<li>${escapeHtml(task)}</li>`).join("")}
${next.documents.map((d: { number: string; title: string }) => `<li>Thực hiện ${escapeHtml(d.number)}: ${escapeHtml(d.title)}</li>`).join("")}
${next.registeredLabel ? `<li>Đăng ký: ${escapeHtml(next.registeredLabel)}</li>` : ""}
${next.admissionsMin !== null ? `<li>Kết nạp từ ${escapeHtml(next.admissionsMin)} đến ${escapeHtml(next.admissionsMax)} quần chúng ưu tú</li>` : ""}
${next.recognitions !== null ? `<li>Đề nghị chuyển đảng chính thức cho ${escapeHtml(next.recognitions)} đảng viên dự bị</li>` : ""}</ul>`
    : ""
}
<table class="form"><tr><td><em>Nơi nhận:</em><br>- ${escapeHtml(r.cell.parent?.name ?? "Cấp ủy cấp trên")},<br>- Lưu chi bộ.</td>
<td><strong>T/M CHI BỘ<br>BÍ THƯ</strong><br><br><br><br><strong>${escapeHtml(secretary ?? "")}</strong></td></tr></table>`,
  );
}

/** GET /cells/{cellId}/reports/{year}: the annual report as a printable Vietnamese page, with the API's permissions. */
export async function serveReport(request: Request, cellGlobalId: string, year: number, execute: Execute) {
  if (request.method !== "GET") return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const result = await execute(REPORT_QUERY, { cellId: cellGlobalId, year, yearEnd: `${year}-12-31` });
  const refused = refusalResponse(result);
  if (refused) return refused;
  const report = (result.data as { annualReport: unknown } | undefined)?.annualReport;
  if (!report) return jsonError(404, "NOT_FOUND", "No such cell.");
  return new Response(render(report), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
  });
}
