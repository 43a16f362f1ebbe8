import { describe, expect, it } from "vitest";
import {
  cellWithMembers,
  gql,
  heldMeeting,
  mutate,
  payloadCodes,
  rawId,
  scheduleMeeting,
  tokenFor,
} from "../helpers";

describe("meeting invitations", () => {
  it("invite the cell's members, who answer before the meeting; the secretary sees the answers and who is silent", async () => {
    const branch = await cellWithMembers("Giấy mời", 3);
    const [first, second, third] = branch.members as [string, string, string];
    const meeting = await scheduleMeeting({
      cellId: branch.cell.id,
      kind: "REGULAR",
      title: "Sinh hoạt tháng Một",
      scheduledStart: "2099-01-10T14:00:00+07:00",
      scheduledEnd: "2099-01-10T16:00:00+07:00",
    });
    const tokenOf = (personId: string) =>
      tokenFor("MEMBER", rawId(branch.cell.id), { personId: rawId(personId) });
    const answer = async (personId: string, input: Record<string, unknown>) =>
      (
        await mutate(
          "answerInvitation",
          { meetingId: meeting.id, ...input },
          "meeting { myAnswer { response responseLabel reason } }",
          await tokenOf(personId),
        )
      ).data?.answerInvitation;

    const invited = await gql("{ invitations { id title myAnswer { response } } }", {}, await tokenOf(first));
    expect(invited.data?.invitations).toEqual([
      { id: meeting.id, title: "Sinh hoạt tháng Một", myAnswer: null },
    ]);

    expect((await answer(first, { response: "ATTENDING" })).meeting.myAnswer).toEqual({
      response: "ATTENDING",
      responseLabel: "Sẽ dự họp",
      reason: null,
    });
    expect(payloadCodes(await answer(second, { response: "EXCUSED" }))).toEqual(["REASON_REQUIRED"]);
    expect(
      (await answer(second, { response: "EXCUSED", reason: " Đi công tác " })).meeting.myAnswer,
    ).toMatchObject({
      response: "EXCUSED",
      reason: "Đi công tác",
    });

    const ANSWERS = `query ($id: ID!) { meeting(id: $id) {
      invitationAnswers { person { id } response reason } notAnswered { id }
    } }`;
    const secretary = await gql(
      ANSWERS,
      { id: meeting.id },
      await tokenFor("SECRETARY", rawId(branch.cell.id)),
    );
    expect(secretary.data?.meeting.invitationAnswers).toEqual(
      expect.arrayContaining([
        { person: { id: first }, response: "ATTENDING", reason: null },
        { person: { id: second }, response: "EXCUSED", reason: "Đi công tác" },
      ]),
    );
    expect(secretary.data?.meeting.notAnswered).toEqual([{ id: third }]);
    // A member sees their own answer, not the others'.
    const asMember = await gql(ANSWERS, { id: meeting.id }, await tokenOf(third));
    expect(asMember.data?.meeting).toEqual({ invitationAnswers: null, notAnswered: null });

    // A changed mind replaces the answer.
    await answer(second, { response: "ATTENDING" });
    const after = await gql(ANSWERS, { id: meeting.id }, await tokenFor("SECRETARY", rawId(branch.cell.id)));
    expect(after.data?.meeting.invitationAnswers).toHaveLength(2);
    expect(
      after.data?.meeting.invitationAnswers.find(
        (row: { person: { id: string } }) => row.person.id === second,
      ),
    ).toMatchObject({ response: "ATTENDING", reason: null });
  });

  it("are closed once the meeting is held, and are not another cell's to answer", async () => {
    const branch = await cellWithMembers("Giấy mời đã họp", 1);
    const other = await cellWithMembers("Giấy mời nơi khác", 1);
    const held = await heldMeeting(branch.cell.id, "2025-03-05", []);
    const member = await tokenFor("MEMBER", rawId(branch.cell.id), {
      personId: rawId(branch.members[0] as string),
    });
    const late = await mutate(
      "answerInvitation",
      { meetingId: held.id, response: "ATTENDING" },
      "meeting { id }",
      member,
    );
    expect(payloadCodes(late.data?.answerInvitation)).toEqual(["INVITATION_CLOSED"]);
    const upcoming = await scheduleMeeting({
      cellId: branch.cell.id,
      kind: "REGULAR",
      title: "Sắp tới",
      scheduledStart: "2099-02-10T14:00:00+07:00",
      scheduledEnd: "2099-02-10T16:00:00+07:00",
    });
    const outsider = await tokenFor("MEMBER", rawId(other.cell.id), {
      personId: rawId(other.members[0] as string),
    });
    const refused = await mutate(
      "answerInvitation",
      { meetingId: upcoming.id, response: "ATTENDING" },
      "meeting { id }",
      outsider,
    );
    expect(payloadCodes(refused.data?.answerInvitation)).toEqual(["NOT_FOUND"]);
    expect((await gql("{ invitations { id } }", {}, outsider)).data?.invitations).toEqual([]);
  });
});
