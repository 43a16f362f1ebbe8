import { jsonError } from "./http";
import { type Execute, escapeHtml, pageOf, partyHeader, refusalResponse } from "./printable";

/**
 * A meeting's minutes (biên bản) and resolution (nghị quyết) as printable Vietnamese pages, filled from what the
 * meeting recorded: the secretary prints, corrects by hand where needed, and signs. Same permissions as the API.
 */

export const MEETING_PAPER_PATH = /^\/meetings\/([^/]+)\/(minutes|resolution)$/;

const MEETING_QUERY = `query MeetingPaper($id: ID!) {
  meeting(id: $id) {
    title kindLabel date actualStart actualEnd scheduledStart location
    cell { id name documentCode parent { name } }
    chair { fullName } secretary { fullName }
    attendanceSummary { expected all { present absentExcused absentUnexcused exempted notRecorded } }
    attendance { person { fullName } status statusLabel note }
    guests { name capacity }
    agenda { position title }
    basisDocuments { number title issuedOn }
    speeches { name agendaPosition summary }
    decisions { position motion votesFor votesAgainst votesAbstain membersWhoCount passed voided voidReason }
    resolution { number }
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: the shape is the query's, read field by field below.
type Meeting = any;

const time = (instant: string | null) =>
  instant
    ? new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(11, 16).replace(":", " giờ ")
    : "……";

function vietnameseDate(day: string): string {
  const [year, month, date] = day.split("-");
  return `ngày ${date} tháng ${month} năm ${year}`;
}

function basisLines(meeting: Meeting): string {
  return meeting.basisDocuments
    .map(
      (document: { number: string | null; title: string; issuedOn: string | null }) =>
        `<p>- Căn cứ ${escapeHtml(document.number ?? "")} ${escapeHtml(document.title)}${
          document.issuedOn ? ` (${escapeHtml(vietnameseDate(document.issuedOn))})` : ""
        };</p>`,
    )
    .join("");
}

function minutes(meeting: Meeting): string {
  const counts = meeting.attendanceSummary.all;
  const absent = meeting.attendance.filter((entry: { status: string | null }) =>
    ["ABSENT_EXCUSED", "ABSENT_UNEXCUSED", "EXEMPTED"].includes(entry.status ?? ""),
  );
  const speechesOn = (position: number | null) =>
    meeting.speeches
      .filter((speech: { agendaPosition: number | null }) => speech.agendaPosition === position)
      .map(
        (speech: { name: string; summary: string | null }) =>
          `<p>- Đồng chí ${escapeHtml(speech.name)}${speech.summary ? `: ${escapeHtml(speech.summary)}` : "."}</p>`,
      )
      .join("");
  const agenda = meeting.agenda
    .map(
      (item: { position: number; title: string }) =>
        `<p><strong>${item.position}. ${escapeHtml(item.title)}</strong></p>${speechesOn(item.position)}`,
    )
    .join("");
  const decisions = meeting.decisions
    .map(
      (decision: Meeting) =>
        `<p>${decision.position}. ${escapeHtml(decision.motion)}: tán thành ${decision.votesFor}, không tán thành ${
          decision.votesAgainst
        }, không biểu quyết ${decision.votesAbstain} trên ${decision.membersWhoCount} đảng viên — ${
          decision.voided
            ? `đã hủy bỏ (${escapeHtml(decision.voidReason)})`
            : decision.passed
              ? "được thông qua"
              : "không được thông qua"
        }.</p>`,
    )
    .join("");
  return pageOf(
    `Biên bản — ${meeting.title}`,
    `${partyHeader(meeting.cell, "", meeting.date)}
<h1>BIÊN BẢN<br>${escapeHtml(meeting.title.toUpperCase())}</h1>
<p>Thời gian: bắt đầu lúc ${time(meeting.actualStart ?? meeting.scheduledStart)}, ${escapeHtml(vietnameseDate(meeting.date))}.</p>
<p>Địa điểm: ${escapeHtml(meeting.location ?? "……")}.</p>
<p>Thành phần: tổng số đảng viên ${meeting.attendanceSummary.expected}; có mặt ${counts.present}; vắng có lý do ${
      counts.absentExcused
    }; vắng không lý do ${counts.absentUnexcused}; miễn sinh hoạt ${counts.exempted}${
      counts.notRecorded ? `; chưa điểm danh ${counts.notRecorded}` : ""
    }.</p>
${absent.map((entry: Meeting) => `<p>- Vắng: đồng chí ${escapeHtml(entry.person.fullName)} (${escapeHtml(entry.statusLabel)}${entry.note ? `, ${escapeHtml(entry.note)}` : ""}).</p>`).join("")}
${meeting.guests.map((guest: { name: string; capacity: string | null }) => `<p>- Khách mời: ${escapeHtml(guest.name)}${guest.capacity ? `, ${escapeHtml(guest.capacity)}` : ""}.</p>`).join("")}
<p>Chủ trì: đồng chí ${escapeHtml(meeting.chair?.fullName ?? "……")}. Thư ký: đồng chí ${escapeHtml(meeting.secretary?.fullName ?? "……")}.</p>
${basisLines(meeting)}
<h2>NỘI DUNG</h2>${agenda || "<p>……</p>"}${speechesOn(null)}
${decisions ? `<h2>BIỂU QUYẾT</h2>${decisions}` : ""}
<p>Cuộc họp kết thúc lúc ${time(meeting.actualEnd)} cùng ngày.</p>
<table class="form"><tr><td><strong>THƯ KÝ</strong><br><br><br><br><strong>${escapeHtml(meeting.secretary?.fullName ?? "")}</strong></td>
<td><strong>CHỦ TRÌ</strong><br><br><br><br><strong>${escapeHtml(meeting.chair?.fullName ?? "")}</strong></td></tr></table>`,
  );
}

const OFFICERS_QUERY = `query ResolutionSigner($id: ID!, $on: Date!) {
  cell(id: $id) { officers(on: $on) { role person { fullName } } }
}`;

/** The resolution is signed for the cell by its secretary of the meeting's day. */
function resolution(meeting: Meeting, secretary: string | null): string {
  const adopted = meeting.decisions.filter((decision: Meeting) => decision.passed);
  return pageOf(
    `Nghị quyết — ${meeting.title}`,
    `${partyHeader(meeting.cell, meeting.resolution?.number ?? `……-NQ/${meeting.cell.documentCode ?? "CB"}`, meeting.date)}
<h1>NGHỊ QUYẾT<br>${escapeHtml(meeting.title.toUpperCase())}</h1>
<p>- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;</p>
${basisLines(meeting)}
<p>- Căn cứ kết quả ${escapeHtml(meeting.kindLabel.toLowerCase())} ${escapeHtml(vietnameseDate(meeting.date))},</p>
<h2>CHI BỘ QUYẾT NGHỊ</h2>
${adopted.length ? adopted.map((decision: Meeting, index: number) => `<p>${index + 1}. ${escapeHtml(decision.motion)}.</p>`).join("") : "<p>……</p>"}
<table class="form"><tr><td><em>Nơi nhận:</em><br>- ${escapeHtml(meeting.cell.parent?.name ?? "Cấp ủy cấp trên")},<br>- Đảng viên trong chi bộ,<br>- Lưu chi bộ.</td>
<td><strong>T/M CHI BỘ<br>BÍ THƯ</strong><br><br><br><br><strong>${escapeHtml(secretary ?? "")}</strong></td></tr></table>`,
  );
}

/** GET /meetings/{meetingId}/minutes or /resolution: the paper, from the meeting as the viewer may read it. */
export async function serveMeetingPaper(
  request: Request,
  meetingGlobalId: string,
  paper: "minutes" | "resolution",
  execute: Execute,
) {
  if (request.method !== "GET") return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const result = await execute(MEETING_QUERY, { id: meetingGlobalId });
  const refused = refusalResponse(result);
  if (refused) return refused;
  const meeting = (result.data as { meeting: Meeting } | undefined)?.meeting;
  if (!meeting) return jsonError(404, "NOT_FOUND", "No such meeting.");
  let page: string;
  if (paper === "minutes") {
    page = minutes(meeting);
  } else {
    const officers = await execute(OFFICERS_QUERY, { id: meeting.cell.id, on: meeting.date });
    const cell = (officers.data as { cell: { officers: Meeting[] | null } | null } | undefined)?.cell;
    const secretary = cell?.officers?.find((office) => office.role === "SECRETARY")?.person.fullName ?? null;
    page = resolution(meeting, secretary);
  }
  return new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
  });
}
