import { createBranch, createCell, gql, rawId, tokenFor } from "../helpers";

/** The setting the README recommends for a deployment that serves only the apps. */
export const STRICT = { PERSISTED_OPERATIONS: "strict" };

/** A secretary's token naming its holder, which an Idempotency-Key needs (keys are kept per holder). */
export function secretaryOf(cellId: string) {
  return tokenFor("SECRETARY", rawId(cellId), { personId: `secretary-${crypto.randomUUID()}` });
}

/** A committee with three cells below it, and its token: two pages of two. */
export async function committeeOfThree(label: string) {
  const { committee } = await createBranch(label);
  for (const name of ["Chi bộ 2", "Chi bộ 3"]) {
    await createCell({ name: `${name} ${committee.id}`, kind: "SUBORDINATE_CELL", parentId: committee.id });
  }
  return { committee, token: await tokenFor("COMMITTEE", rawId(committee.id)) };
}

/** A regular meeting a month from now, as the ScheduleMeeting operation takes it. */
export function meetingNextMonth(cellId: string) {
  const start = Date.now() + 30 * 86_400_000;
  return {
    cellId,
    kind: "REGULAR" as const,
    title: "Sinh hoạt chi bộ tháng sau",
    scheduledStart: new Date(start).toISOString(),
    scheduledEnd: new Date(start + 2 * 3_600_000).toISOString(),
  };
}

/** How many meetings a cell has, read as an admin: what a retried write must not have doubled. */
export async function meetingCount(cellId: string): Promise<number> {
  const answer = await gql(
    `query ($id: ID!) { cell(id: $id) { meetings(first: 5) { totalCount } } }`,
    { id: cellId },
    await tokenFor("ADMIN"),
  );
  return answer.data?.cell.meetings.totalCount as number;
}
