import { describe, expect, it } from "vitest";
import {
  createBranch,
  createDocument,
  globalId,
  mutate,
  rawId,
  scheduleMeeting,
  send,
  tokenFor,
} from "../helpers";

/** What a viewer receives, less what differs for every request. */
async function answer(query: string, variables: Record<string, unknown>, token: string) {
  const sent = await send({ token, body: { query, variables } }, { WORK_FIGURES: undefined });
  const { requestId: _requestId, ...extensions } = sent.body.extensions ?? {};
  return { status: sent.status, data: sent.body.data, errors: sent.body.errors, extensions };
}

describe("an object out of reach answers exactly as one that does not exist", () => {
  it("through node, nodes and the roots by ID, for people, documents and meetings", async () => {
    const hidden = await createBranch("Ngoài tầm với");
    const person = await mutate(
      "createCandidate",
      { fullName: `Người ẩn ${hidden.unique}`, cellId: hidden.cell.id },
      "person { id }",
    );
    const document = await createDocument({
      type: "PLAN",
      title: `Kế hoạch ẩn ${hidden.unique}`,
      issuerId: hidden.cell.id,
      issuedOn: "2024-02-02",
    });
    const meeting = await scheduleMeeting({
      cellId: hidden.cell.id,
      kind: "THEMATIC",
      title: `Chuyên đề ẩn ${hidden.unique}`,
      scheduledStart: "2024-06-05T14:00:00+07:00",
      scheduledEnd: "2024-06-05T16:00:00+07:00",
    });
    const viewer = await tokenFor("MEMBER", rawId((await createBranch("Người xem")).cell.id));
    const cases: [string, string, string][] = [
      ["Person", person.data?.createCandidate.person.id, "person(id: $id) { fullName }"],
      ["Document", document.id, "document(id: $id) { title }"],
      ["Meeting", meeting.id, "meeting(id: $id) { title }"],
    ];
    for (const [typename, existing, root] of cases) {
      const missing = globalId(typename, `no-such-${typename.toLowerCase()}`);
      for (const query of [
        `query ($id: ID!) { node(id: $id) { id } }`,
        `query ($id: ID!) { nodes(ids: [$id]) { id } }`,
        `query ($id: ID!) { ${root} }`,
      ]) {
        const [outOfReach, absent] = [
          await answer(query, { id: existing }, viewer),
          await answer(query, { id: missing }, viewer),
        ];
        expect(outOfReach, `${typename}: ${query}`).toEqual(absent);
        expect(outOfReach.errors).toBeUndefined();
      }
    }
  });
});
