import type { MembershipEnd, MembershipStart, PartyStatus } from "../domain/membership";
import type { CellMembership } from "../domain/rating-entries";
import type { RoleKind } from "../domain/roles";
import { foldVietnamese, personSortKey } from "../domain/text";
import type { TermRow } from "./cells";
import { Conditions, onLineOf, searchIndexMatch } from "./conditions";
import { chunks, type Database, insertRow, newId, nowIso, questionMarks, rowsWhereIn } from "./database";
import type { ListQuery } from "./pages";

export interface PersonRow {
  id: string;
  full_name: string;
  sort_key: string;
  party_status: PartyStatus;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  identity_number: string | null;
  candidate_cell_id: string | null;
  admitted_on: string | null;
  official_on: string | null;
  left_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MembershipRow {
  id: string;
  person_id: string;
  cell_id: string;
  started_on: string;
  start_reason: MembershipStart;
  ended_on: string | null;
  end_reason: MembershipEnd | null;
  decision_document_id: string | null;
}

export interface RoleRow {
  id: string;
  person_id: string;
  cell_id: string;
  role: RoleKind;
  term_id: string | null;
  started_on: string;
  ended_on: string | null;
}

export function peopleByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<PersonRow>(db, "people", "id", ids, "id");
}

export function membershipsByIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<MembershipRow>(db, "memberships", "id", ids, "id");
}

export function membershipsByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<MembershipRow>(db, "memberships", "person_id", personIds, "started_on");
}

export function rolesByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<RoleRow>(db, "roles", "person_id", personIds, "started_on");
}

/** The terms the offices of these people were elected for. */
export async function termsOfPeoplesRoles(db: Database, personIds: readonly string[]) {
  const terms = await Promise.all(
    chunks(personIds).map((chunk) =>
      db.all<TermRow>(
        `SELECT * FROM terms WHERE id IN (SELECT term_id FROM roles WHERE person_id IN (${questionMarks(chunk.length)}))`,
        chunk,
      ),
    ),
  );
  return terms.flat();
}

export function rolesByCellIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<RoleRow>(db, "roles", "cell_id", cellIds, "started_on");
}

export function rolesByTermIds(db: Database, termIds: readonly string[]) {
  return rowsWhereIn<RoleRow>(db, "roles", "term_id", termIds, "started_on");
}

export function candidatesByCellIds(db: Database, cellIds: readonly string[]) {
  return rowsWhereIn<PersonRow>(db, "people", "candidate_cell_id", cellIds, "sort_key, id");
}

/** Memberships of a person in the cells of a subtree (for the rule that leaders come from their own ranks). */
export function membershipsWithinSubtree(db: Database, personId: string, subtreePath: string) {
  return db.all<MembershipRow>(
    `SELECT m.* FROM memberships m JOIN cells c ON c.id = m.cell_id
     WHERE m.person_id = ?1 AND c.path >= ?2 AND c.path < ?2 || '~' ORDER BY m.started_on`,
    [personId, subtreePath],
  );
}

export interface PersonFilter {
  search?: string | null;
  cellId?: string | null;
  status?: PartyStatus | null;
}

/**
 * People matching a filter. `cellId` means the cell's people today: its current members and the
 * candidates it is preparing for admission.
 *
 * A reader who may not see everyone sees themselves and the people of the cells on their line. With a cell to
 * list or a search the trigram index answers, those people drive the query and each is checked against the line;
 * without, the people of the line drive it (memberships and candidacies of the line's cells, found through the
 * path index): either way the rows read follow the rows listed, not the size of the people table.
 */
export function peopleListQuery(
  filter: PersonFilter,
  reader: { everything: boolean; readPaths: readonly string[]; personId: string | null },
): ListQuery {
  const where = new Conditions().matchWords("p.search_text", filter.search, {
    trigrams: "people_search",
    words: "people_words",
    rowid: "p.rowid",
  });
  // A cell's people, or a search the trigram index answers, narrow the list more than anything below.
  const narrowed = Boolean(filter.cellId) || searchIndexMatch(filter.search) !== null;
  if (filter.cellId) {
    where.add(
      `p.id IN (SELECT cp.id FROM people cp WHERE cp.candidate_cell_id = ?
         UNION ALL SELECT m.person_id FROM memberships m WHERE m.cell_id = ? AND m.ended_on IS NULL)`,
      filter.cellId,
      filter.cellId,
    );
  }
  if (!reader.everything) {
    const member = onLineOf("vc.path", reader.readPaths);
    const candidate = onLineOf("cc.path", reader.readPaths);
    if (narrowed) {
      where.add(
        `(p.id = ? OR EXISTS (SELECT 1 FROM memberships vm JOIN cells vc ON vc.id = vm.cell_id
           WHERE vm.person_id = p.id AND ${member.sql})
         OR EXISTS (SELECT 1 FROM cells cc WHERE cc.id = p.candidate_cell_id AND ${candidate.sql}))`,
        reader.personId,
        ...member.binds,
        ...candidate.binds,
      );
    } else {
      where.add(
        `p.id IN (SELECT ? UNION ALL SELECT vm.person_id FROM cells vc JOIN memberships vm ON vm.cell_id = vc.id
           WHERE ${member.sql}
         UNION ALL SELECT vp.id FROM cells cc JOIN people vp ON vp.candidate_cell_id = cc.id WHERE ${candidate.sql})`,
        reader.personId,
        ...member.binds,
        ...candidate.binds,
      );
    }
  }
  if (filter.status) {
    // A status matches many people: its index (people_by_status) drives the list only when nothing narrower does;
    // the unary + keeps SQLite from choosing it over a cell's people, a search or the reader's line.
    where.add(narrowed || !reader.everything ? "+p.party_status = ?" : "p.party_status = ?", filter.status);
  }
  const whole = reader.everything && !filter.search && !filter.cellId && !filter.status;
  return {
    select: "p.*",
    from: "people p",
    where: where.sql,
    binds: where.binds,
    parentColumn: null,
    sortKey: "p.sort_key",
    id: "p.id",
    total: whole ? "people" : undefined,
  };
}

/**
 * The members of cells on a day, with the membership that makes them members. Each cell's total comes from its
 * count of open memberships kept on write (migration 0020), corrected by the memberships dated after the day:
 * open ones that start later, ended ones that still ran on it (for today, usually none).
 */
/** A person listed as a member, with the membership that makes them one (`membership_` columns). */
export interface MemberRow extends PersonRow {
  membership_id: string;
  membership_started_on: string;
  membership_start_reason: MembershipStart;
  membership_ended_on: string | null;
  membership_end_reason: MembershipEnd | null;
  membership_cell_id: string;
  membership_decision_document_id: string | null;
}

export function membershipOfMember(row: MemberRow): MembershipRow {
  return {
    id: row.membership_id,
    person_id: row.id,
    cell_id: row.membership_cell_id,
    started_on: row.membership_started_on,
    start_reason: row.membership_start_reason,
    ended_on: row.membership_ended_on,
    end_reason: row.membership_end_reason,
    decision_document_id: row.membership_decision_document_id,
  };
}

export function membersOnListQuery(on: string): ListQuery {
  return {
    keptTotals: {
      select: (parents) =>
        `SELECT c.id AS parent_key_,
           COALESCE((SELECT open_members FROM cell_member_counts WHERE cell_id = c.id), 0)
           - (SELECT COUNT(*) FROM memberships f WHERE f.cell_id = c.id AND f.started_on > ?1 AND f.ended_on IS NULL)
           + (SELECT COUNT(*) FROM memberships f WHERE f.cell_id = c.id AND f.ended_on > ?1 AND f.started_on <= ?1)
           AS total_
         FROM cells c WHERE c.id IN (${parents})`,
      binds: [on],
    },
    // The membership comes whole with its person: the list shows both, and nothing reads it again.
    select: `p.*, m.id AS membership_id, m.started_on AS membership_started_on,
      m.start_reason AS membership_start_reason, m.ended_on AS membership_ended_on,
      m.end_reason AS membership_end_reason, m.cell_id AS membership_cell_id,
      m.decision_document_id AS membership_decision_document_id`,
    from: "memberships m JOIN people p ON p.id = m.person_id",
    where: "m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on > ?)",
    binds: [on, on],
    parentColumn: "m.cell_id",
    sortKey: "p.sort_key",
    id: "p.id",
  };
}

/** A person's contact and identity details (normalized by src/domain/contact.ts). */
export interface ContactDetails {
  phone: string | null;
  email: string | null;
  identityNumber: string | null;
}

/** What a spreadsheet import records: none (contact details are entered one person at a time). */
export const NO_CONTACT_DETAILS: ContactDetails = { phone: null, email: null, identityNumber: null };

export interface NewPerson extends ContactDetails {
  id: string;
  fullName: string;
  birthDate: string | null;
  candidateCellId: string;
}

export function insertCandidate(db: Database, person: NewPerson) {
  return db.prepare(
    `INSERT INTO people (id, full_name, sort_key, search_text, party_status, birth_date, candidate_cell_id,
       phone, email, identity_number)
     VALUES (?1, ?2, ?3, ?4, 'CANDIDATE', ?5, ?6, ?7, ?8, ?9)`,
    [
      person.id,
      person.fullName,
      personSortKey(person.fullName),
      foldVietnamese(person.fullName),
      person.birthDate,
      person.candidateCellId,
      person.phone,
      person.email,
      person.identityNumber,
    ],
  );
}

export interface PersonChanges extends ContactDetails {
  fullName: string;
  birthDate: string | null;
  partyStatus: PartyStatus;
  candidateCellId: string | null;
  admittedOn: string | null;
  officialOn: string | null;
  leftOn: string | null;
}

export function personChangesOf(row: PersonRow): PersonChanges {
  return {
    fullName: row.full_name,
    birthDate: row.birth_date,
    partyStatus: row.party_status,
    candidateCellId: row.candidate_cell_id,
    admittedOn: row.admitted_on,
    officialOn: row.official_on,
    leftOn: row.left_on,
    phone: row.phone,
    email: row.email,
    identityNumber: row.identity_number,
  };
}

/** Every change to a person, their memberships or roles goes through here, so the version always moves. */
export function updatePerson(db: Database, id: string, changes: PersonChanges) {
  return db.prepare(
    `UPDATE people SET full_name = ?2, sort_key = ?3, search_text = ?4, birth_date = ?5, party_status = ?6,
       candidate_cell_id = ?7, admitted_on = ?8, official_on = ?9, left_on = ?10,
       phone = ?12, email = ?13, identity_number = ?14, version = version + 1, updated_at = ?11
     WHERE id = ?1`,
    [
      id,
      changes.fullName,
      personSortKey(changes.fullName),
      foldVietnamese(changes.fullName),
      changes.birthDate,
      changes.partyStatus,
      changes.candidateCellId,
      changes.admittedOn,
      changes.officialOn,
      changes.leftOn,
      nowIso(),
      changes.phone,
      changes.email,
      changes.identityNumber,
    ],
  );
}

/** A membership that starts on a day and is open: admitted, transferred in, or imported. */
export function openMembership(
  db: Database,
  membership: {
    personId: string;
    cellId: string;
    startedOn: string;
    reason: MembershipStart;
    decisionDocumentId?: string | null;
  },
) {
  return db.prepare(
    `INSERT INTO memberships (id, person_id, cell_id, started_on, start_reason, ended_on, end_reason,
       decision_document_id)
     VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL, ?6)`,
    [
      newId(),
      membership.personId,
      membership.cellId,
      membership.startedOn,
      membership.reason,
      membership.decisionDocumentId ?? null,
    ],
  );
}

export function endMembership(db: Database, id: string, endedOn: string, reason: MembershipEnd) {
  return db.prepare(
    "UPDATE memberships SET ended_on = ?2, end_reason = ?3 WHERE id = ?1 AND ended_on IS NULL",
    [id, endedOn, reason],
  );
}

export function insertRole(db: Database, row: RoleRow) {
  return insertRow(
    db,
    "roles",
    ["id", "person_id", "cell_id", "role", "term_id", "started_on", "ended_on"],
    row,
  );
}

export function endRole(db: Database, id: string, endedOn: string) {
  return db.prepare("UPDATE roles SET ended_on = ?2 WHERE id = ?1", [id, endedOn]);
}

export function rolesById(db: Database, ids: readonly string[]) {
  return rowsWhereIn<RoleRow>(db, "roles", "id", ids, "id");
}

/** Ids of the members of a cell on a day. */
export async function memberIdsOn(db: Database, cellId: string, day: string): Promise<string[]> {
  const rows = await db.all<{ person_id: string }>(
    `SELECT person_id FROM memberships WHERE cell_id = ?1 AND started_on <= ?2 AND (ended_on IS NULL OR ended_on > ?2)`,
    [cellId, day],
  );
  return rows.map((row) => row.person_id);
}

/** The people who were members of each of some cells on a day, each with the cell (`member_of`). */
export function memberPeopleOfCellsOn(db: Database, cellIds: readonly string[], day: string) {
  return db.all<PersonRow & { member_of: string }>(
    `SELECT m.cell_id AS member_of, p.* FROM memberships m JOIN people p ON p.id = m.person_id
     WHERE m.cell_id IN (SELECT value FROM json_each(?1))
       AND m.started_on <= ?2 AND (m.ended_on IS NULL OR m.ended_on > ?2)`,
    [JSON.stringify(cellIds), day],
  );
}

/** One person's memberships as the rating rules read them. */
export function cellMembershipsOf(rows: readonly MembershipRow[], personId: string): CellMembership[] {
  return rows
    .filter((row) => row.person_id === personId)
    .map((row) => ({ cellId: row.cell_id, from: row.started_on, until: row.ended_on }));
}
