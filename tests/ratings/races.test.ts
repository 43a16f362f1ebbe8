import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { cellWithMembers, createCell, mutate, mutationCodes, rawId, tokenFor } from "../helpers";

async function currentLevels(cellId: string, year: number, subject: string) {
  const { results } = await env.DB.prepare(
    `SELECT s.level_code FROM ratings r JOIN rating_stages s ON s.rating_id = r.id
     WHERE r.cell_id = ? AND r.year = ? AND r.subject = ?
       AND s.id = (SELECT id FROM rating_stages WHERE rating_id = r.id ORDER BY recorded_at DESC, rowid DESC LIMIT 1)`,
  )
    .bind(cellId, year, subject)
    .all<{ level_code: string }>();
  return results.map((row) => row.level_code);
}

describe("count-based rules under concurrent writes", () => {
  it("keeps the 20% quota when ten proposals of one excellent member each arrive at once", async () => {
    const { cell, members } = await cellWithMembers("Chạy đua", 10);
    const year = 2022;
    const allGood = await mutate(
      "rateMembers",
      {
        cellId: cell.id,
        year,
        stage: "PROPOSAL",
        entries: members.map((personId) => ({ personId, level: "GOOD" })),
      },
      "cell { id }",
    );
    expect(allGood.data?.rateMembers.errors).toEqual([]);
    // Each alone is within the quota (one excellent of ten); together, ten excellent would pass it (at most two).
    const answers = await Promise.all(
      members.map((personId) =>
        mutate(
          "rateMembers",
          {
            cellId: cell.id,
            year,
            stage: "PROPOSAL",
            entries: [{ personId, level: "EXCELLENT" }],
          },
          "cell { id }",
        ),
      ),
    );
    const outcomes = answers.map((answer) => mutationCodes(answer, "rateMembers"));
    for (const codes of outcomes) expect([[], ["CONFLICT"], ["QUOTA_EXCEEDED"]]).toContainEqual(codes);
    const excellent = (await currentLevels(rawId(cell.id), year, "MEMBER")).filter(
      (level) => level === "EXCELLENT",
    );
    expect(excellent.length).toBeLessThanOrEqual(2);
    expect(excellent.length).toBe(outcomes.filter((codes) => codes.length === 0).length);
  });

  it("keeps the quota among organizations of similar role when they are rated at once", async () => {
    const { committee, cell, unique } = await cellWithMembers("Cùng cấp chạy đua", 1);
    const siblings = [cell.id];
    for (let index = 0; index < 9; index += 1) {
      siblings.push(
        (
          await createCell({
            name: `Chi bộ ${index} ${unique}`,
            kind: "SUBORDINATE_CELL",
            parentId: committee.id,
          })
        ).id,
      );
    }
    const token = await tokenFor("COMMITTEE", rawId(committee.id));
    const rate = (cellId: string, level: string) =>
      mutate("rateOrganization", { cellId, year: 2024, stage: "PROPOSAL", level }, "rating { id }", token);
    for (const id of siblings) expect((await rate(id, "GOOD")).data?.rateOrganization.errors).toEqual([]);
    const answers = await Promise.all(siblings.map((id) => rate(id, "EXCELLENT")));
    const accepted = answers.filter((answer) => mutationCodes(answer, "rateOrganization").length === 0);
    for (const answer of answers) {
      expect([[], ["CONFLICT"], ["QUOTA_EXCEEDED"]]).toContainEqual(
        mutationCodes(answer, "rateOrganization"),
      );
    }
    // 20% of ten rated good: at most two excellent.
    expect(accepted.length).toBeLessThanOrEqual(2);
  });
});
