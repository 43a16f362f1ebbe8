import type { BadgeOccasion, EarlyAwardReason } from "../domain/badges";
import { type Database, insertRow, nowIso, rowsWhereIn } from "./database";

/** A badge proposed by a member's cell or awarded by the committee above. */
export interface BadgeAwardRow {
  id: string;
  person_id: string;
  years: number;
  occasion: BadgeOccasion;
  award_on: string;
  early_reason: EarlyAwardReason | null;
  stage: "PROPOSED" | "AWARDED";
  proposed_by: string | null;
  proposed_at: string | null;
  decision_document_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
}

export function badgesByPersonIds(db: Database, personIds: readonly string[]) {
  return rowsWhereIn<BadgeAwardRow>(db, "badge_awards", "person_id", personIds, "years");
}

export function proposeBadgeStatement(
  db: Database,
  row: Pick<
    BadgeAwardRow,
    "id" | "person_id" | "years" | "occasion" | "award_on" | "early_reason" | "proposed_by"
  >,
) {
  return insertRow(
    db,
    "badge_awards",
    [
      "id",
      "person_id",
      "years",
      "occasion",
      "award_on",
      "early_reason",
      "stage",
      "proposed_by",
      "proposed_at",
    ],
    { ...row, stage: "PROPOSED", proposed_at: nowIso() },
  );
}

/** Awards a badge: the cell's proposal becomes the award, or the award is recorded without one. */
export function awardBadgeStatement(
  db: Database,
  row: Pick<
    BadgeAwardRow,
    | "id"
    | "person_id"
    | "years"
    | "occasion"
    | "award_on"
    | "early_reason"
    | "decision_document_id"
    | "decided_by"
  >,
) {
  return db.prepare(
    `INSERT INTO badge_awards (id, person_id, years, occasion, award_on, early_reason, stage, decision_document_id,
       decided_by, decided_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'AWARDED', ?7, ?8, ?9)
     ON CONFLICT (person_id, years) DO UPDATE SET stage = 'AWARDED', occasion = excluded.occasion,
       award_on = excluded.award_on, early_reason = excluded.early_reason,
       decision_document_id = excluded.decision_document_id, decided_by = excluded.decided_by,
       decided_at = excluded.decided_at, version = version + 1
     WHERE badge_awards.stage = 'PROPOSED'`,
    [
      row.id,
      row.person_id,
      row.years,
      row.occasion,
      row.award_on,
      row.early_reason,
      row.decision_document_id,
      row.decided_by,
      nowIso(),
    ],
  );
}
