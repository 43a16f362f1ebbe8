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

/** A person, a document and a meeting of a branch of their own, as global IDs. */
async function hiddenObjects(label: string) {
  const hidden = await createBranch(label);
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
  return {
    person: person.data?.createCandidate.person.id as string,
    document: document.id,
    meeting: meeting.id,
  };
}

describe("an object out of reach answers exactly as one that does not exist", () => {
  it("through node, nodes and the roots by ID, for people, documents and meetings", async () => {
    const hidden = await hiddenObjects("Ngoài tầm với");
    const viewer = await tokenFor("MEMBER", rawId((await createBranch("Người xem")).cell.id));
    const cases: [string, string, string][] = [
      ["Person", hidden.person, "person(id: $id) { fullName }"],
      ["Document", hidden.document, "document(id: $id) { title }"],
      ["Meeting", hidden.meeting, "meeting(id: $id) { title }"],
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

  it("through mutations: a writer of another branch gets the answer an unknown ID gets", async () => {
    const hidden = await hiddenObjects("Ngoài tầm sửa");
    const writerElsewhere = await tokenFor(
      "COMMITTEE",
      rawId((await createBranch("Cấp ủy khác")).committee.id),
    );
    const cases: [string, string, string, (id: string) => Record<string, unknown>][] = [
      [
        "updatePerson",
        "Person",
        hidden.person,
        (id) => ({ personId: id, expectedVersion: 1, fullName: "Tên mới" }),
      ],
      [
        "updateDocument",
        "Document",
        hidden.document,
        (id) => ({ documentId: id, expectedVersion: 1, summary: "x" }),
      ],
      [
        "updateMeeting",
        "Meeting",
        hidden.meeting,
        (id) => ({ meetingId: id, expectedVersion: 1, location: "x" }),
      ],
    ];
    for (const [name, typename, existing, input] of cases) {
      const type = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
      const query = `mutation ($input: ${type}!) { ${name}(input: $input) { errors { code message field } } }`;
      const missing = globalId(typename, `no-such-${typename.toLowerCase()}`);
      const [outOfReach, absent] = [
        await answer(query, { input: input(existing) }, writerElsewhere),
        await answer(query, { input: input(missing) }, writerElsewhere),
      ];
      expect(outOfReach, name).toEqual(absent);
      expect(outOfReach.data?.[name].errors.map((error: { code: string }) => error.code)).toEqual([
        "NOT_FOUND",
      ]);
    }
  });
});
