import type { ImportedStatus } from "../domain/import-members";
import { foldVietnamese, personSortKey } from "../domain/text";
import { chunks, type Database, questionMarks } from "./database";
import type { PersonRow } from "./people";

/**
 * People who are or were of a cell: the candidates it prepares and anyone with a membership there, ever. A union,
 * so that each side uses its index (people_by_candidate_cell, memberships_by_cell); it removes duplicates.
 */
const PEOPLE_OF_CELL = `SELECT p.* FROM people p WHERE p.candidate_cell_id = ?1
  UNION SELECT p.* FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.cell_id = ?1`;

/** A membership in another cell of someone whose folded name is one of those imported, with a known birth date. */
export interface MembershipElsewhere {
  person_id: string;
  full_name: string;
  birth_date: string;
  cell_id: string;
  cell_name: string;
  started_on: string;
  ended_on: string | null;
}

export interface ImportSurroundings {
  /** Everyone the cell has or had: a row matching one of them is already imported. */
  peopleOfCell: PersonRow[];
  /** Memberships elsewhere of people with an imported row's name (one membership at a time). */
  membershipsElsewhere: MembershipElsewhere[];
}

/** What an import of member rows into a cell needs to read, in one round trip. */
export async function importSurroundings(
  db: Database,
  cellId: string,
  fullNames: readonly string[],
): Promise<ImportSurroundings> {
  const folded = [...new Set(fullNames.map(foldVietnamese))];
  const [peopleOfCell = [], ...elsewhere] = await db.readBatch<unknown>([
    db.prepare(PEOPLE_OF_CELL, [cellId]),
    ...chunks(folded).map((names) =>
      db.prepare(
        `SELECT p.id AS person_id, p.full_name, p.birth_date, m.cell_id, c.name AS cell_name, m.started_on, m.ended_on
         FROM people p JOIN memberships m ON m.person_id = p.id JOIN cells c ON c.id = m.cell_id
         WHERE p.birth_date IS NOT NULL AND m.cell_id <> ? AND p.search_text IN (${questionMarks(names.length)})`,
        [cellId, ...names],
      ),
    ),
  ]);
  return {
    peopleOfCell: peopleOfCell as PersonRow[],
    membershipsElsewhere: elsewhere.flat() as MembershipElsewhere[],
  };
}

/**
 * Aborts the batch (CONFLICT, like `guardVersion`) when the number of people of the cell is no longer the one
 * read: a concurrent import (or a new candidate) would otherwise let the same row be created twice.
 */
export function guardPeopleOfCell(db: Database, cellId: string, count: number) {
  return db.prepare(
    `UPDATE write_guard SET unchanged = (SELECT 1 WHERE (SELECT COUNT(*) FROM (${PEOPLE_OF_CELL})) = ?2) WHERE id = 1`,
    [cellId, count],
  );
}

export interface ImportedPerson {
  id: string;
  fullName: string;
  birthDate: string | null;
  status: Exclude<ImportedStatus, "CANDIDATE">;
  admittedOn: string | null;
  officialOn: string | null;
}

/** A member recorded from a list (a candidate goes through `insertCandidate`); the membership is inserted apart. */
export function insertImportedMember(db: Database, person: ImportedPerson) {
  return db.prepare(
    `INSERT INTO people (id, full_name, sort_key, search_text, party_status, birth_date, admitted_on, official_on)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    [
      person.id,
      person.fullName,
      personSortKey(person.fullName),
      foldVietnamese(person.fullName),
      person.status,
      person.birthDate,
      person.admittedOn,
      person.officialOn,
    ],
  );
}
