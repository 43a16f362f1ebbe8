import { expect } from "vitest";
import { addMembers, createBranch, createCell, mutate, rawId, tokenFor } from "../helpers";

/** A committee with two cells (three members and two), the first member secretary of the first cell. */
export async function committeeWithTwoCells(label: string) {
  const branch = await createBranch(label);
  const second = await createCell({
    name: `Chi bộ hai ${branch.unique}`,
    kind: "SUBORDINATE_CELL",
    parentId: branch.committee.id,
  });
  const first = await addMembers(branch.cell.id, 3, `${branch.unique} A`);
  const others = await addMembers(second.id, 2, `${branch.unique} B`);
  const role = await mutate(
    "assignRole",
    {
      personId: first[0],
      organizationId: branch.cell.id,
      role: "SECRETARY",
      startedOn: "2020-01-01",
    },
    "role { id }",
  );
  expect(role.data?.assignRole.errors).toEqual([]);
  const committeeToken = await tokenFor("COMMITTEE", rawId(branch.committee.id));
  const memberToken = (personId: string, cellId: string) =>
    tokenFor("MEMBER", rawId(cellId), { personId: rawId(personId) });
  return { ...branch, second, first, others, committeeToken, memberToken };
}

/** A notice to the members of a sender's subtree, published by `token`; fails the test if refused. */
export async function publishNotice(senderId: string, title: string, token: string) {
  const result = await mutate(
    "publishAnnouncement",
    { senderId, audience: "MEMBERS", title, body: "…" },
    "announcement { id }",
    token,
  );
  expect(result.data?.publishAnnouncement.errors).toEqual([]);
  return result.data?.publishAnnouncement.announcement.id as string;
}
