/**
 * The demo data set: every organization, person, role and lineage fact of shared/seed/facts.md
 * (the 16/01/2018 article on the cell of the Provincial Public Administration Center, Vĩnh Phúc).
 * Members the article does not name carry neutral placeholder names. Where the article gives only a year
 * ("2017"), organizations and lineage use partial dates; memberships and offices need a day, and use
 * 2017-01-01 as a placeholder for "during 2017" (documented in the README).
 *
 * Rendered as INSERT OR IGNORE statements, one per line, so loading it twice changes nothing.
 */
import { foldVietnamese, personSortKey } from "../src/domain/text";

type Value = string | number | null;

function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function insert(table: string, row: Record<string, Value>): string {
  const columns = Object.keys(row);
  return `INSERT OR IGNORE INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => literal(row[c] ?? null)).join(", ")});`;
}

export const DEMO = {
  bloc: "demo-bloc-committee",
  office: "demo-office-committee",
  predecessor: "demo-investment-cell",
  cell: "demo-pac-cell",
  term: "demo-pac-term-2017",
  secretary: "demo-nguyen-tien-hanh",
  probationary: "demo-member-11",
} as const;

interface CellSeed {
  id: string;
  kind: string;
  name: string;
  parent: string | null;
  path: string;
  founded_on?: string;
  founding_reference?: string;
  dissolved_on?: string;
  aliases: { id: string; name: string }[];
}

const cells: CellSeed[] = [
  {
    id: DEMO.bloc,
    kind: "BLOC_COMMITTEE",
    name: "Đảng bộ Khối các cơ quan tỉnh Vĩnh Phúc",
    parent: null,
    path: `/${DEMO.bloc}/`,
    aliases: [{ id: "demo-alias-bloc", name: "Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc" }],
  },
  {
    id: DEMO.office,
    kind: "GRASSROOTS_COMMITTEE",
    name: "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc",
    parent: DEMO.bloc,
    path: `/${DEMO.bloc}/${DEMO.office}/`,
    aliases: [{ id: "demo-alias-office", name: "Đảng ủy Văn phòng UBND tỉnh" }],
  },
  {
    id: DEMO.predecessor,
    kind: "SUBORDINATE_CELL",
    name: "Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Vĩnh Phúc",
    parent: DEMO.office,
    path: `/${DEMO.bloc}/${DEMO.office}/${DEMO.predecessor}/`,
    founded_on: "2012-12-28",
    founding_reference: "Quyết định số 45-QĐ/ĐU ngày 28/12/2012 của Đảng ủy Văn phòng UBND tỉnh Vĩnh Phúc",
    dissolved_on: "2017",
    aliases: [],
  },
  {
    id: DEMO.cell,
    kind: "SUBORDINATE_CELL",
    name: "Chi bộ Trung tâm Hành chính công tỉnh",
    parent: DEMO.office,
    path: `/${DEMO.bloc}/${DEMO.office}/${DEMO.cell}/`,
    founded_on: "2017",
    aliases: [{ id: "demo-alias-pac", name: "Chi bộ PAA Vinh Phuc" }],
  },
];

interface PersonSeed {
  id: string;
  full_name: string;
  party_status: "OFFICIAL" | "PROBATIONARY" | "CANDIDATE";
  admitted_on?: string;
}

const placeholderMembers: PersonSeed[] = Array.from({ length: 10 }, (_, index) => ({
  id: `demo-member-${String(index + 1).padStart(2, "0")}`,
  full_name: `Đảng viên ${String(index + 1).padStart(2, "0")}`,
  party_status: "OFFICIAL",
}));

const members: PersonSeed[] = [
  { id: DEMO.secretary, full_name: "Nguyễn Tiến Hạnh", party_status: "OFFICIAL" },
  ...placeholderMembers,
  // The article's one probationary member, to be proposed for official membership in 2018.
  {
    id: DEMO.probationary,
    full_name: "Đảng viên 11",
    party_status: "PROBATIONARY",
    admitted_on: "2017-06-15",
  },
];

// The article's "01 to 02 outstanding candidates" to admit in 2018.
const candidates = ["Quần chúng ưu tú 01", "Quần chúng ưu tú 02"];

const MEMBERSHIP_START = "2017-01-01";

export function demoDataStatements(): string[] {
  const statements: string[] = [];
  for (const cell of cells) {
    statements.push(
      insert("cells", {
        id: cell.id,
        kind: cell.kind,
        name: cell.name,
        sort_key: foldVietnamese(cell.name),
        search_text: [cell.name, ...cell.aliases.map((alias) => alias.name)].map(foldVietnamese).join(" | "),
        parent_id: cell.parent,
        path: cell.path,
        founded_on: cell.founded_on ?? null,
        founding_reference: cell.founding_reference ?? null,
        dissolved_on: cell.dissolved_on ?? null,
      }),
      ...cell.aliases.map((alias) =>
        insert("cell_aliases", { id: alias.id, cell_id: cell.id, name: alias.name, kind: "ALIAS" }),
      ),
    );
  }
  statements.push(
    insert("cell_lineage", {
      id: "demo-lineage-pac",
      predecessor_id: DEMO.predecessor,
      successor_id: DEMO.cell,
      kind: "SUCCEEDED",
      occurred_on: "2017",
      decision_reference: null,
      note: "Tiền thân là Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư; chuyển thành Chi bộ Trung tâm Hành chính công ngay sau khi UBND tỉnh ban hành văn bản thành lập Trung tâm Hành chính công tỉnh Vĩnh Phúc (2017).",
    }),
    insert("terms", { id: DEMO.term, cell_id: DEMO.cell, starts_on: "2017", ends_on: "2020" }),
  );
  for (const person of members) {
    statements.push(
      insert("people", {
        id: person.id,
        full_name: person.full_name,
        sort_key: personSortKey(person.full_name),
        search_text: foldVietnamese(person.full_name),
        party_status: person.party_status,
        admitted_on: person.admitted_on ?? null,
      }),
      insert("memberships", {
        id: `${person.id}-membership`,
        person_id: person.id,
        cell_id: DEMO.cell,
        started_on: person.admitted_on ?? MEMBERSHIP_START,
        start_reason: person.admitted_on ? "ADMITTED" : "TRANSFERRED_IN",
      }),
    );
  }
  candidates.forEach((fullName, index) => {
    statements.push(
      insert("people", {
        id: `demo-candidate-0${index + 1}`,
        full_name: fullName,
        sort_key: personSortKey(fullName),
        search_text: foldVietnamese(fullName),
        party_status: "CANDIDATE",
        candidate_cell_id: DEMO.cell,
      }),
    );
  });
  statements.push(
    insert("roles", {
      id: "demo-role-secretary",
      person_id: DEMO.secretary,
      cell_id: DEMO.cell,
      role: "SECRETARY",
      term_id: DEMO.term,
      started_on: MEMBERSHIP_START,
    }),
    insert("roles", {
      id: "demo-role-office-committee",
      person_id: DEMO.secretary,
      cell_id: DEMO.office,
      role: "COMMITTEE_MEMBER",
      term_id: null,
      started_on: MEMBERSHIP_START,
    }),
  );
  return statements;
}
