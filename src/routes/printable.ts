import { foldVietnamese } from "../domain/text";
import { jsonError } from "./http";

/** What the printable pages share: running the API's query as the viewer, escaping, and the Party form's frame. */

/** Runs a GraphQL operation as the request's viewer: the page sees exactly what the API shows them. */
export type Execute = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{
  data?: unknown;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: { code?: string } }[];
}>;

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Đồng as Vietnamese papers write them: thousands grouped by dots. */
export function dong(amount: number | null): string {
  return amount === null ? "Chưa rõ" : String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A refused query answered as the API's refusal: 401 without sign-in, 403 without the right, 400 otherwise. */
export function refusalResponse(result: Awaited<ReturnType<Execute>>): Response | null {
  const error = result.errors?.[0];
  if (!error) return null;
  const code = error.extensions?.code ?? "BAD_REQUEST";
  const status = code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : 400;
  return jsonError(status, code, error.message);
}

/** A printable Vietnamese page in the typeface and margins of Party papers. */
export function pageOf(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Times New Roman",serif;max-width:46rem;margin:2rem auto;line-height:1.5}h1{text-align:center;font-size:1.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #444;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{width:55%;font-weight:normal}table.form td{border:none;text-align:center;width:50%}@media print{body{margin:0}}</style></head><body>
${body}
</body></html>`;
}

/**
 * The header of a Party paper (guidance 36-HD/VPTW): the issuer under its superior and the number on the left,
 * “ĐẢNG CỘNG SẢN VIỆT NAM” with the place and date line on the right. An unknown day is left to fill by hand.
 */
export function partyHeader(
  cell: { name: string; parent?: { name: string } | null },
  number: string,
  day: string | null,
  year?: number,
): string {
  const date = day
    ? `ngày ${day.slice(8, 10)} tháng ${day.slice(5, 7)} năm ${day.slice(0, 4)}`
    : `ngày …… tháng …… năm ${year ?? "……"}`;
  return `<table class="form"><tr><td>${escapeHtml((cell.parent?.name ?? "").toUpperCase())}<br><strong>${escapeHtml(cell.name.toUpperCase())}</strong><br>*${number ? `<br>Số: ${escapeHtml(number)}` : ""}</td>
<td><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br><em>……………, ${date}</em></td></tr></table>`;
}

/**
 * `Content-Disposition` of a download about an organization on a day, saying `what` it is when not the organization
 * itself: an ASCII name for old clients (`chibo-`, the folded name, the day) and the Vietnamese one (`filename*`).
 */
export function downloadDisposition(
  name: string,
  on: string,
  extension: string,
  what: { ascii: string; vi: string } | null = null,
) {
  const slug = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  const ascii = `chibo-${what ? `${what.ascii}-` : ""}${slug || "cell"}-${on}.${extension}`;
  const vietnamese = `${what ? `${what.vi} ` : ""}${name.replace(/[\\/:*?"<>|]/g, "-")} ${on}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(vietnamese)}`;
}
