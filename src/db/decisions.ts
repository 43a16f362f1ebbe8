import { type Database, insertRow, rowsWhereIn } from "./database";
import { type DecisionRow, type VoteRow, voteInserts } from "./meetings";

/** A change to a recorded decision: what it said before, and why it changed. */
export interface DecisionCorrectionRow {
  id: string;
  decision_id: string;
  kind: "CORRECTED" | "VOIDED";
  reason: string;
  /** JSON of `DecisionSnapshot`. */
  previous: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** The decision as it stood, kept with each change. */
export interface DecisionSnapshot {
  motion: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  membersWhoCount: number;
  votes: { personId: string; choice: VoteRow["choice"] }[];
}

export function decisionCorrectionsByDecisionIds(db: Database, ids: readonly string[]) {
  return rowsWhereIn<DecisionCorrectionRow>(
    db,
    "decision_corrections",
    "decision_id",
    ids,
    "recorded_at, id",
  );
}

export function decisionAt(db: Database, meetingId: string, position: number) {
  return db.first<DecisionRow>("SELECT * FROM meeting_decisions WHERE meeting_id = ?1 AND position = ?2", [
    meetingId,
    position,
  ]);
}

function correctionInsert(db: Database, row: DecisionCorrectionRow) {
  return insertRow(
    db,
    "decision_corrections",
    ["id", "decision_id", "kind", "reason", "previous", "recorded_by", "recorded_at"],
    row,
  );
}

/** The corrected text, counts and named votes replace the decision's; what it said before stays in the correction. */
export function correctDecision(
  db: Database,
  correction: DecisionCorrectionRow,
  current: Pick<
    DecisionRow,
    "motion" | "votes_for" | "votes_against" | "votes_abstain" | "members_who_count"
  >,
  votes: readonly VoteRow[],
) {
  return [
    correctionInsert(db, correction),
    db.prepare(
      `UPDATE meeting_decisions SET motion = ?2, votes_for = ?3, votes_against = ?4, votes_abstain = ?5,
         members_who_count = ?6, version = version + 1 WHERE id = ?1`,
      [
        correction.decision_id,
        current.motion,
        current.votes_for,
        current.votes_against,
        current.votes_abstain,
        current.members_who_count,
      ],
    ),
    db.prepare("DELETE FROM decision_votes WHERE decision_id = ?1", [correction.decision_id]),
    ...voteInserts(db, votes),
  ];
}

export function voidDecision(db: Database, correction: DecisionCorrectionRow) {
  return [
    correctionInsert(db, correction),
    db.prepare(
      "UPDATE meeting_decisions SET voided_at = ?2, void_reason = ?3, version = version + 1 WHERE id = ?1",
      [correction.decision_id, correction.recorded_at, correction.reason],
    ),
  ];
}
