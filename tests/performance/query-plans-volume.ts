/**
 * A data volume for the query-plan test: a grassroots committee under the demo bloc with a hundred cells, each
 * with thirty official members (and earlier memberships elsewhere), a secretary, a term, candidates, a year of held
 * meetings with full attendance, documents with their search rows, assignments, member ratings with a stage,
 * monthly evaluations, and audit entries. Rows are generated inside SQLite (recursive CTEs), so loading takes a
 * moment. Without the audit context set, the audit triggers stay silent, as for any data load.
 *
 * The volume lives in its own subtree: what a workload step reads elsewhere is not inflated by it, and a statement
 * that scans a whole table reads thousands of rows instead of a few.
 */
import { SEARCH_REACH_OF_DOCUMENT, SEARCH_ROWID } from "../../src/db/document-search";
import { DEMO } from "../helpers";

export const VOLUME = {
  committee: "vol-committee",
  cells: 100,
  membersPerCell: 30,
  year: 2024,
} as const;

const PEOPLE = VOLUME.cells * VOLUME.membersPerCell;
const committeePath = `/${DEMO.bloc}/${VOLUME.committee}/`;

/** The id of the n-th volume cell (1-based). */
export function volumeCellId(n: number): string {
  return `vol-cell-${String(n).padStart(3, "0")}`;
}

/** The n-th volume member (1-based); member n belongs to cell ((n - 1) mod cells) + 1. */
export function volumePersonId(n: number): string {
  return `vol-person-${String(n).padStart(4, "0")}`;
}

function numbers(count: number): string {
  return `WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`;
}

const cellOf = (person: string) => `printf('vol-cell-%03d', ((${person} - 1) % ${VOLUME.cells}) + 1)`;

const STATEMENTS = [
  `INSERT INTO cells (id, kind, name, sort_key, search_text, parent_id, path, founded_on, document_code)
   VALUES ('${VOLUME.committee}', 'GRASSROOTS_COMMITTEE', 'Đảng bộ Khối lượng', 'dang bo khoi luong',
     'dang bo khoi luong', '${DEMO.bloc}', '${committeePath}', '2010', 'ĐU')`,
  `${numbers(VOLUME.cells)}
   INSERT INTO cells (id, kind, name, sort_key, search_text, parent_id, path, founded_on, document_code)
   SELECT printf('vol-cell-%03d', i), 'SUBORDINATE_CELL', 'Chi bộ Khối lượng ' || i,
     'chi bo khoi luong ' || printf('%03d', i), 'chi bo khoi luong ' || i, '${VOLUME.committee}',
     '${committeePath}' || printf('vol-cell-%03d', i) || '/', '2010', 'CB'
   FROM n`,
  `${numbers(PEOPLE)}
   INSERT INTO people (id, full_name, sort_key, search_text, party_status, birth_date, admitted_on, official_on)
   SELECT printf('vol-person-%04d', i), 'Đảng viên Thứ ' || i, printf('thu %04d dang vien thu %d', i, i),
     'dang vien thu ' || i, 'OFFICIAL', '1985-05-05', '2010-03-01', '2011-03-01'
   FROM n`,
  `${numbers(PEOPLE)}
   INSERT INTO memberships (id, person_id, cell_id, started_on, start_reason)
   SELECT printf('vol-membership-%04d', i), printf('vol-person-%04d', i), ${cellOf("i")}, '2012-01-01', 'TRANSFERRED_IN'
   FROM n`,
  `${numbers(PEOPLE / 3)}
   INSERT INTO memberships (id, person_id, cell_id, started_on, start_reason, ended_on, end_reason)
   SELECT printf('vol-earlier-membership-%04d', i), printf('vol-person-%04d', i), ${cellOf("i + 7")},
     '2010-03-01', 'ADMITTED', '2012-01-01', 'TRANSFERRED'
   FROM n`,
  `${numbers(PEOPLE / 10)}
   INSERT INTO people (id, full_name, sort_key, search_text, party_status, birth_date, candidate_cell_id)
   SELECT printf('vol-candidate-%04d', i), 'Quần chúng Thứ ' || i, printf('thu %04d quan chung thu %d', i, i),
     'quan chung thu ' || i, 'CANDIDATE', '2000-01-01', ${cellOf("i")}
   FROM n`,
  `${numbers(VOLUME.cells)}
   INSERT INTO terms (id, cell_id, starts_on, ends_on)
   SELECT printf('vol-term-%03d', i), printf('vol-cell-%03d', i), '2020-08-01', '2025-08-01' FROM n`,
  `${numbers(VOLUME.cells)}
   INSERT INTO roles (id, person_id, cell_id, role, term_id, started_on)
   SELECT printf('vol-role-%03d', i), printf('vol-person-%04d', i), printf('vol-cell-%03d', i), 'SECRETARY',
     printf('vol-term-%03d', i), '2020-08-01'
   FROM n`,
  `${numbers(VOLUME.cells * 12)}
   INSERT INTO meetings (id, cell_id, kind, title, status, scheduled_start, scheduled_end, meeting_date, actual_start,
     actual_end, content_prepared, draft_resolution_prepared, members_who_spoke)
   SELECT printf('vol-meeting-%04d', i), printf('vol-cell-%03d', ((i - 1) % ${VOLUME.cells}) + 1),
     CASE WHEN (i - 1) / ${VOLUME.cells} % 3 = 2 THEN 'THEMATIC' ELSE 'REGULAR' END,
     'Sinh hoạt tháng ' || ((i - 1) / ${VOLUME.cells} + 1), 'HELD',
     printf('${VOLUME.year}-%02d-10T07:00:00.000Z', (i - 1) / ${VOLUME.cells} + 1),
     printf('${VOLUME.year}-%02d-10T09:00:00.000Z', (i - 1) / ${VOLUME.cells} + 1),
     printf('${VOLUME.year}-%02d-10', (i - 1) / ${VOLUME.cells} + 1),
     printf('${VOLUME.year}-%02d-10T07:00:00.000Z', (i - 1) / ${VOLUME.cells} + 1),
     printf('${VOLUME.year}-%02d-10T09:00:00.000Z', (i - 1) / ${VOLUME.cells} + 1), 1, 1, 10
   FROM n`,
  `INSERT INTO attendance (meeting_id, person_id, status, source, recorded_at)
   SELECT m.id, ms.person_id,
     CASE WHEN (CAST(substr(ms.person_id, 12) AS INTEGER) + CAST(substr(m.meeting_date, 6, 2) AS INTEGER)) % 9 = 0
       THEN 'ABSENT_EXCUSED' ELSE 'PRESENT' END,
     'SECRETARY', m.actual_end
   FROM meetings m JOIN memberships ms ON ms.cell_id = m.cell_id AND ms.ended_on IS NULL
   WHERE m.id LIKE 'vol-meeting-%'`,
  `${numbers(VOLUME.cells * 6)}
   INSERT INTO documents (id, type, status, number, serial, type_code, issuer_code, issuer_cell_id, sequence_term, title,
     summary, body, issued_on, sort_key)
   SELECT printf('vol-document-%04d', i), 'RESOLUTION', 'ISSUED', i || '-NQ/CB', i, 'NQ', 'CB',
     printf('vol-cell-%03d', ((i - 1) % ${VOLUME.cells}) + 1), 'year:${VOLUME.year}',
     'Nghị quyết chuyên đề số ' || i, 'Tóm tắt nghị quyết ' || i, 'Toàn văn nghị quyết chuyên đề ' || i,
     printf('${VOLUME.year}-%02d-%02d', (i - 1) % 12 + 1, (i - 1) % 28 + 1),
     printf('${VOLUME.year}-%02d-%02d', (i - 1) % 12 + 1, (i - 1) % 28 + 1)
   FROM n`,
  `INSERT INTO document_search (rowid, number, title, summary, body, reach)
   SELECT ${SEARCH_ROWID}, lower(replace(number, 'Q', 'q')), 'nghi quyet chuyen de so ' || serial, 'tom tat nghi quyet ' || serial,
     'toan van nghi quyet chuyen de ' || serial, ${SEARCH_REACH_OF_DOCUMENT}
   FROM documents WHERE id LIKE 'vol-document-%'`,
  `${numbers(VOLUME.cells)}
   INSERT INTO implementation_assignments (id, document_id, cell_id, assigned_by_cell_id, deadline, status)
   SELECT printf('vol-assignment-%03d', i), '${DEMO.resolution02}', printf('vol-cell-%03d', i), '${VOLUME.committee}',
     '${VOLUME.year}-06-30', CASE WHEN i % 2 = 0 THEN 'REPORTED' ELSE 'NOT_STARTED' END
   FROM n`,
  `${numbers(PEOPLE)}
   INSERT INTO ratings (id, subject, person_id, cell_id, year, scheme_id)
   SELECT printf('vol-rating-%04d', i), 'MEMBER', printf('vol-person-%04d', i), ${cellOf("i")}, ${VOLUME.year},
     'scheme-2023'
   FROM n`,
  `INSERT INTO rating_stages (id, rating_id, sequence, stage, level_code, recorded_at)
   SELECT 'vol-stage-' || substr(id, 12), id, 1, 'PROPOSAL', 'GOOD', '${VOLUME.year}-12-01T00:00:00.000Z'
   FROM ratings WHERE id LIKE 'vol-rating-%'`,
  `${numbers(PEOPLE)}
   INSERT INTO monthly_evaluations (person_id, year, month, cell_id, level_code, recorded_at)
   SELECT printf('vol-person-%04d', i), ${VOLUME.year}, 11, ${cellOf("i")}, 'GOOD', '${VOLUME.year}-11-30T00:00:00.000Z'
   FROM n`,
  `${numbers(PEOPLE * 2)}
   INSERT INTO audit_log (request_id, at, operation, scope_cell_id, table_name, row_key, action, before, after)
   SELECT 'vol-request-' || (i / 4), printf('${VOLUME.year}-%02d-01T00:00:00.000Z', i % 12 + 1), 'updatePerson',
     ${cellOf("i")}, 'people', printf('vol-person-%04d', (i - 1) % ${PEOPLE} + 1), 'UPDATE', '{}', '{}'
   FROM n`,
];

export async function loadVolume(db: D1Database): Promise<void> {
  await db.batch(STATEMENTS.map((statement) => db.prepare(statement)));
}
