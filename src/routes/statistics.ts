import { csvDocument } from "../domain/csv";
import { isIsoDate } from "../domain/dates";
import { FIGURE_TITLES, type Figure } from "../domain/member-statistics";
import { jsonError } from "./http";
import {
  downloadDisposition,
  type Execute,
  escapeHtml,
  pageOf,
  partyHeader,
  refusalResponse,
} from "./printable";

/**
 * GET /cells/{cellId}/statistics (printable) and /cells/{cellId}/statistics.csv: the member statistics of a subtree
 * (`?on=YYYY-MM-DD`, today by default; `&from=` the period's first day, 1 January by default), read through GraphQL
 * as the caller, so the API's permissions apply.
 */
export const STATISTICS_PATH = /^\/cells\/([^/]+)\/statistics(\.csv)?$/;

const FIGURES = Object.entries(FIGURE_TITLES) as [Figure, string][];

const LINES = "{ code label members }";
const FIGURE_FIELDS = `organization { name documentCode parent { name } } members ${FIGURES.map(([field]) => `${field} ${LINES}`).join(" ")}`;

const STATISTICS_QUERY = `query Statistics($cellId: ID!, $on: Date, $from: Date) {
  memberStatistics(cellId: $cellId, on: $on, from: $from) {
    on periodStart organization { ${FIGURE_FIELDS} } children { ${FIGURE_FIELDS} }
  }
}`;

interface Line {
  code: string;
  label: string;
  members: number;
}

type Figures = {
  organization: { name: string; documentCode: string | null; parent: { name: string } | null };
} & {
  members: number;
} & Record<Figure, Line[]>;

interface Statistics {
  on: string;
  periodStart: string;
  organization: Figures;
  children: Figures[];
}

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function render(statistics: Statistics): string {
  const { organization: figures, children } = statistics;
  const share = (members: number) =>
    figures.members === 0 ? "—" : `${Math.round((members / figures.members) * 1000) / 10}%`;
  const sections = FIGURES.map(([field, title]) => {
    const lines = figures[field];
    const rows = lines.length
      ? lines
          .map(
            (line) =>
              `<tr><th>${escapeHtml(line.label)}</th><td>${escapeHtml(line.members)}</td><td>${field === "events" ? "" : share(line.members)}</td></tr>`,
          )
          .join("")
      : `<tr><th>Không có</th><td>0</td><td></td></tr>`;
    return `<h2>${escapeHtml(title)}</h2><table>${rows}</table>`;
  }).join("\n");
  const count = (of: Figures, field: "byStatus" | "events", code: string) =>
    of[field].find((line) => line.code === code)?.members ?? 0;
  const drill = children.length
    ? `<h2>Theo tổ chức trực thuộc</h2><table><tr><th>Tổ chức</th><td>Đảng viên</td><td>Dự bị</td><td>Kết nạp trong kỳ</td></tr>
${children.map((child) => `<tr><th>${escapeHtml(child.organization.name)}</th><td>${child.members}</td><td>${count(child, "byStatus", "PROBATIONARY")}</td><td>${count(child, "events", "ADMITTED")}</td></tr>`).join("\n")}</table>`
    : "";
  return pageOf(
    `Thống kê đảng viên — ${figures.organization.name}`,
    `${partyHeader(figures.organization, "", statistics.on)}
<h1>THỐNG KÊ ĐẢNG VIÊN<br>đến ngày ${day(statistics.on)}</h1>
<p>Tổng số đảng viên: <strong>${figures.members}</strong>. Biến động tính từ ngày ${day(statistics.periodStart)} đến ngày ${day(statistics.on)}.</p>
${sections}
${drill}`,
  );
}

/** One line per organization, figure and value: a long table a spreadsheet pivots as it likes. */
function csvOf(statistics: Statistics): string {
  const rows = [statistics.organization, ...statistics.children].flatMap((figures) => [
    [figures.organization.name, "Tổng số đảng viên", "MEMBERS", "Tổng số", figures.members],
    ...FIGURES.flatMap(([field, title]) =>
      figures[field].map((line) => [figures.organization.name, title, line.code, line.label, line.members]),
    ),
  ]);
  return csvDocument([
    [
      "Tổ chức",
      "Chỉ tiêu",
      "Mã",
      "Giá trị",
      `Số lượng (đến ${statistics.on}, biến động từ ${statistics.periodStart})`,
    ],
    ...rows,
  ]);
}

export async function serveStatistics(
  request: Request,
  cellGlobalId: string,
  asCsv: boolean,
  execute: Execute,
) {
  if (request.method !== "GET") return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  const params = new URL(request.url).searchParams;
  const on = params.get("on");
  const from = params.get("from");
  for (const value of [on, from]) {
    if (value !== null && !isIsoDate(value)) {
      return jsonError(400, "INVALID_DATE", `"${value.slice(0, 40)}" is not a date (YYYY-MM-DD).`);
    }
  }
  const result = await execute(STATISTICS_QUERY, { cellId: cellGlobalId, on, from });
  const refused = refusalResponse(result);
  if (refused) return refused;
  const statistics = (result.data as { memberStatistics: Statistics | null } | undefined)?.memberStatistics;
  if (!statistics) return jsonError(404, "NOT_FOUND", "No such cell.");
  if (!asCsv) {
    return new Response(render(statistics), {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
    });
  }
  return new Response(csvOf(statistics), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": downloadDisposition(
        statistics.organization.organization.name,
        statistics.on,
        "csv",
        {
          ascii: "thong-ke",
          vi: "Thống kê",
        },
      ),
      "cache-control": "private, no-store",
    },
  });
}
