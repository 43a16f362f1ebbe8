import { refuse } from "./refusal";
import { requiredText } from "./text";

/**
 * A decision recorded at a meeting is corrected or voided, never rewritten: each change says why, and keeps what
 * the decision said before it (the minutes book is a record; a correction is an entry of its own).
 */

export function correctionReason(reason: string): string {
  return requiredText(
    reason,
    {
      code: "REASON_REQUIRED",
      message: {
        vi: "Hãy ghi lý do đính chính hoặc hủy bỏ (ví dụ: “ghi nhầm số phiếu, theo biên bản kiểm phiếu”).",
        en: "Give the reason for the correction or voiding (e.g. “votes miscounted, per the tally record”).",
      },
    },
    ["reason"],
  );
}

/** A voided decision stays as it was voided: correcting it would revive it without a vote. */
export function assertNotVoided(decision: { position: number; voidedAt: string | null }): void {
  if (decision.voidedAt !== null)
    refuse(
      "DECISION_VOIDED",
      {
        vi: `Biểu quyết số ${decision.position} đã bị hủy bỏ ngày ${decision.voidedAt.slice(0, 10)}; không thể đính chính.`,
        en: `Decision ${decision.position} was voided on ${decision.voidedAt.slice(0, 10)}; it cannot be corrected.`,
      },
      ["position"],
    );
}

interface DecisionContent {
  motion: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  votes: readonly { personId: string; choice: string }[];
}

/** A correction changes something: an entry that repeats the record would only add noise to its history. */
export function assertCorrectionChanges(before: DecisionContent, after: DecisionContent): void {
  const key = (content: DecisionContent) =>
    JSON.stringify([
      content.motion,
      content.votesFor,
      content.votesAgainst,
      content.votesAbstain,
      [...content.votes].map((vote) => `${vote.personId}:${vote.choice}`).sort(),
    ]);
  if (key(before) === key(after))
    refuse(
      "NOTHING_CHANGED",
      {
        vi: "Nội dung đính chính giống hệt bản đã ghi; không có gì để đính chính.",
        en: "The correction repeats what is recorded; there is nothing to correct.",
      },
      ["motion"],
    );
}
