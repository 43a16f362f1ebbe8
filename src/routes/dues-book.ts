import { csvDocument } from "../domain/csv";
import { isIsoMonth } from "../domain/dates";
import { jsonError } from "./http";
import {
  dong,
  downloadDisposition,
  type Execute,
  escapeHtml,
  pageOf,
  partyHeader,
  refusalResponse,
} from "./printable";

/**
 * GET /cells/{cellId}/dues/{YYYY-MM} (printable) and /cells/{cellId}/dues/{YYYY-MM}.csv: the cell's dues book of a
 * month (sổ thu nộp đảng phí) — each member's line and the month's entries — read through GraphQL as the caller,
 * so only the cell's writers get it.
 */
export const DUES_BOOK_PATH = /^\/cells\/([^/]+)\/dues\/([^/]+?)(\.csv)?$/;

const BOOK_QUERY = `query DuesBook($cellId: ID!, $month: Month!) {
  node(id: $cellId) { ... on Cell { name documentCode parent { name }
    duesRoll(month: $month) {
      month closed owed collected regulation { code }
      lines { person { fullName } basis { categoryLabel } owed paid outstanding }
      entries { receiptNumber paidOn amount reason person { fullName } months { month amount } corrects { receiptNumber } }
    }
  } }
}`;

interface Book {
  name: string;
  documentCode: string | null;
  parent: { name: string } | null;
  duesRoll: {
    month: string;
    closed: boolean;
    owed: number;
    collected: number;
    regulation: { code: string } | null;
    lines: {
      person: { fullName: string };
      basis: { categoryLabel: string } | null;
      owed: number | null;
      paid: number;
      outstanding: number | null;
    }[];
    entries: {
      receiptNumber: string;
      paidOn: string;
      amount: number;
      reason: string | null;
      person: { fullName: string };
      months: { month: string; amount: number }[];
      corrects: { receiptNumber: string } | null;
    }[];
  } | null;
}

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const dayLabel = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function render(book: Book, roll: NonNullable<Book["duesRoll"]>): string {
  const lines = roll.lines
    .map(
      (line, index) =>
        `<tr><td>${index + 1}</td><th>${escapeHtml(line.person.fullName)}</th><td>${escapeHtml(line.basis?.categoryLabel ?? "Chưa có căn cứ")}</td><td>${dong(line.owed)}</td><td>${dong(line.paid)}</td><td>${dong(line.outstanding)}</td></tr>`,
    )
    .join("\n");
  const entries = roll.entries
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.receiptNumber)}</td><td>${dayLabel(entry.paidOn)}</td><th>${escapeHtml(entry.person.fullName)}${entry.corrects ? ` — điều chỉnh phiếu ${escapeHtml(entry.corrects.receiptNumber)}: ${escapeHtml(entry.reason)}` : ""}</th><td>${entry.months.map((month) => `${monthLabel(month.month)}: ${dong(month.amount)}`).join("; ")}</td></tr>`,
    )
    .join("\n");
  return pageOf(
    `Sổ thu nộp đảng phí ${monthLabel(roll.month)} — ${book.name}`,
    `${partyHeader(book, "", null)}
<h1>SỔ THU NỘP ĐẢNG PHÍ<br>tháng ${monthLabel(roll.month)}</h1>
<p>Căn cứ: ${escapeHtml(roll.regulation?.code ?? "chưa có quy định")}. ${roll.closed ? "Sổ tháng này đã khóa." : "Sổ tháng này chưa khóa."}</p>
<table><tr><td>TT</td><th>Họ và tên</th><td>Diện đóng</td><td>Phải đóng (đồng)</td><td>Đã đóng</td><td>Còn thiếu</td></tr>
${lines}
<tr><td></td><th><strong>Cộng</strong></th><td></td><td>${dong(roll.owed)}</td><td>${dong(roll.collected)}</td><td></td></tr></table>
<h2>Các phiếu thu trong tháng</h2>
<table><tr><td>Số phiếu</td><td>Ngày</td><th>Đảng viên</th><td>Cho tháng</td></tr>
${entries || `<tr><td colspan="4">Không có</td></tr>`}</table>`,
  );
}

function csvOf(roll: NonNullable<Book["duesRoll"]>): string {
  return csvDocument([
    ["Họ và tên", "Diện đóng", `Phải đóng tháng ${roll.month} (đồng)`, "Đã đóng (đồng)", "Còn thiếu (đồng)"],
    ...roll.lines.map((line) => [
      line.person.fullName,
      line.basis?.categoryLabel ?? "",
      line.owed,
      line.paid,
      line.outstanding,
    ]),
  ]);
}

export async function serveDuesBook(
  request: Request,
  cellGlobalId: string,
  month: string,
  asCsv: boolean,
  execute: Execute,
) {
  if (request.method !== "GET") return jsonError(405, "METHOD_NOT_ALLOWED", "Use GET.");
  if (!isIsoMonth(month)) {
    return jsonError(400, "INVALID_DATE", `"${month.slice(0, 40)}" is not a month (YYYY-MM).`);
  }
  const result = await execute(BOOK_QUERY, { cellId: cellGlobalId, month });
  const refused = refusalResponse(result);
  if (refused) return refused;
  const book = (result.data as { node: Book | null } | undefined)?.node;
  const roll = book?.duesRoll;
  if (!book || !roll) return jsonError(404, "NOT_FOUND", "No such cell.");
  if (!asCsv) {
    return new Response(render(book, roll), {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
    });
  }
  return new Response(csvOf(roll), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": downloadDisposition(book.name, month, "csv", {
        ascii: "so-dang-phi",
        vi: "Sổ đảng phí",
      }),
      "cache-control": "private, no-store",
    },
  });
}
