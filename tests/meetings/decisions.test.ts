import { describe, expect, it } from "vitest";
import { cellWithMembers, heldMeeting, mutate, mutationCodes, scheduleMeeting } from "../helpers";

const DECISIONS =
  "meeting { decisions { motion votesFor votesAgainst votesAbstain membersWhoCount passed votes { choice } } }";

describe("decisions", () => {
  it("passes a motion only when more than half of the members who count approve", async () => {
    const { cell, members } = await cellWithMembers("Biểu quyết", 4);
    const [a, b, c, d] = members as [string, string, string, string];
    const meeting = await heldMeeting(cell.id, "2024-06-03", [
      [a, "PRESENT"],
      [b, "PRESENT"],
      [c, "PRESENT"],
      [d, "ABSENT_UNEXCUSED"],
    ]);
    const half = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "Nghị quyết tháng 6", votesFor: 2, votesAgainst: 1 },
      DECISIONS,
    );
    expect(half.data?.recordDecision.meeting.decisions[0]).toMatchObject({
      membersWhoCount: 4,
      passed: false,
    });
    const named = await mutate(
      "recordDecision",
      {
        meetingId: meeting.id,
        motion: "Kế hoạch quý 3",
        votes: [
          { personId: a, choice: "FOR" },
          { personId: b, choice: "FOR" },
          { personId: c, choice: "FOR" },
        ],
      },
      DECISIONS,
    );
    expect(named.data?.recordDecision.meeting.decisions[1]).toMatchObject({
      votesFor: 3,
      votesAgainst: 0,
      passed: true,
    });
    expect(named.data?.recordDecision.meeting.decisions[1].votes).toHaveLength(3);
  });

  it("refuses a probationary member's vote, an absent voter, and counts over the voters present", async () => {
    const { cell, members, unique } = await cellWithMembers("Dự bị biểu quyết", 2);
    const candidate = await mutate(
      "createCandidate",
      { fullName: `Dự bị ${unique}`, cellId: cell.id },
      "person { id }",
    );
    const probationaryId = candidate.data?.createCandidate.person.id;
    await mutate("admitMember", { personId: probationaryId, admittedOn: "2024-01-15" }, "person { id }");
    const [a, b] = members as [string, string];
    const meeting = await heldMeeting(cell.id, "2024-06-03", [
      [a, "PRESENT"],
      [b, "ABSENT_EXCUSED"],
      [probationaryId, "PRESENT"],
    ]);
    const probationaryVote = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "X", votes: [{ personId: probationaryId, choice: "FOR" }] },
      DECISIONS,
    );
    expect(mutationCodes(probationaryVote, "recordDecision")).toEqual(["PROBATIONARY_CANNOT_VOTE"]);
    const absentVote = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "X", votes: [{ personId: b, choice: "FOR" }] },
      DECISIONS,
    );
    expect(mutationCodes(absentVote, "recordDecision")).toEqual(["VOTER_NOT_PRESENT"]);
    const tooMany = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "X", votesFor: 2 },
      DECISIONS,
    );
    expect(mutationCodes(tooMany, "recordDecision")).toEqual(["VOTES_EXCEED_VOTERS"]);
    expect(tooMany.data?.recordDecision.errors[0].message).toContain("only 1 official member");
    const negative = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "X", votesFor: -1 },
      DECISIONS,
    );
    expect(mutationCodes(negative, "recordDecision")).toEqual(["INVALID_VOTE_COUNT"]);
  });

  it("refuses a decision at a meeting not held", async () => {
    const { cell } = await cellWithMembers("Chưa họp", 1);
    const meeting = await scheduleMeeting({
      cellId: cell.id,
      kind: "REGULAR",
      title: "Sắp họp",
      scheduledStart: "2030-01-05T14:00:00+07:00",
      scheduledEnd: "2030-01-05T16:00:00+07:00",
    });
    const result = await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "X", votesFor: 0 },
      DECISIONS,
    );
    expect(mutationCodes(result, "recordDecision")).toEqual(["MEETING_NOT_HELD"]);
  });
});

describe("corrections of a recorded decision", () => {
  const HISTORY =
    "decision { position version motion votesFor passed voided voidReason corrections { kind kindLabel reason recordedBy { id } previous { motion votesFor } } }";

  it("corrects the counts with a reason, keeping what was recorded, then voids it; a voided one stays voided", async () => {
    const { cell, members } = await cellWithMembers("Đính chính", 3);
    const [a, b, c] = members as [string, string, string];
    const meeting = await heldMeeting(cell.id, "2024-06-03", [
      [a, "PRESENT"],
      [b, "PRESENT"],
      [c, "PRESENT"],
    ]);
    await mutate(
      "recordDecision",
      { meetingId: meeting.id, motion: "Nghị quyết tháng 6", votesFor: 1 },
      DECISIONS,
    );
    const noReason = await mutate(
      "correctDecision",
      { meetingId: meeting.id, position: 1, reason: "  ", votesFor: 3 },
      HISTORY,
    );
    expect(noReason.data?.correctDecision.errors.map((e: any) => e.code)).toEqual(["REASON_REQUIRED"]);
    const same = await mutate(
      "correctDecision",
      { meetingId: meeting.id, position: 1, reason: "Kiểm tra lại", votesFor: 1 },
      HISTORY,
    );
    expect(same.data?.correctDecision.errors.map((e: any) => e.code)).toEqual(["NOTHING_CHANGED"]);
    const corrected = await mutate(
      "correctDecision",
      {
        meetingId: meeting.id,
        position: 1,
        expectedVersion: 1,
        reason: "Ghi nhầm số phiếu, theo biên bản kiểm phiếu",
        votesFor: 3,
      },
      HISTORY,
    );
    expect(corrected.data?.correctDecision.errors).toEqual([]);
    expect(corrected.data?.correctDecision.decision).toMatchObject({
      version: 2,
      votesFor: 3,
      passed: true,
      voided: false,
      corrections: [
        {
          kind: "CORRECTED",
          kindLabel: "Đính chính",
          reason: "Ghi nhầm số phiếu, theo biên bản kiểm phiếu",
          previous: { motion: "Nghị quyết tháng 6", votesFor: 1 },
        },
      ],
    });
    const stale = await mutate(
      "voidDecision",
      { meetingId: meeting.id, position: 1, expectedVersion: 1, reason: "Cấp trên hủy" },
      HISTORY,
    );
    expect(stale.data?.voidDecision.errors.map((e: any) => e.code)).toEqual(["CONFLICT"]);
    const voided = await mutate(
      "voidDecision",
      { meetingId: meeting.id, position: 1, expectedVersion: 2, reason: "Cấp trên hủy" },
      HISTORY,
    );
    expect(voided.data?.voidDecision.decision).toMatchObject({
      passed: false,
      voided: true,
      voidReason: "Cấp trên hủy",
    });
    expect(voided.data?.voidDecision.decision.corrections.map((entry: any) => entry.kind)).toEqual([
      "CORRECTED",
      "VOIDED",
    ]);
    const again = await mutate(
      "correctDecision",
      { meetingId: meeting.id, position: 1, reason: "Sửa tiếp", votesFor: 2 },
      HISTORY,
    );
    expect(again.data?.correctDecision.errors.map((e: any) => e.code)).toEqual(["DECISION_VOIDED"]);
    const missing = await mutate(
      "voidDecision",
      { meetingId: meeting.id, position: 9, reason: "Không có" },
      HISTORY,
    );
    expect(missing.data?.voidDecision.errors.map((e: any) => e.code)).toEqual(["NOT_FOUND"]);
  });
});
