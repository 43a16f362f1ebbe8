import { describe, expect, it } from "vitest";
import {
  addMembers,
  cellWithMembers,
  createBranch,
  gql,
  mutate,
  payloadCodes,
  rawId,
  scheduleMeeting,
  tokenFor,
} from "../helpers";

describe("guests' invitations", () => {
  it("reach a guest from another subtree, who sees the invitation but not the meeting's record, and answers", async () => {
    const branch = await cellWithMembers("Khách mời", 1);
    const elsewhere = await createBranch("Khách mời nơi khác");
    const [guest] = (await addMembers(elsewhere.cell.id, 1, "Khách mời nơi khác")) as [string];
    const meeting = await scheduleMeeting({
      cellId: branch.cell.id,
      kind: "THEMATIC",
      title: "Sinh hoạt chuyên đề chuyển đổi số",
      scheduledStart: "2099-02-10T14:00:00+07:00",
      scheduledEnd: "2099-02-10T16:00:00+07:00",
      location: "Hội trường",
      agenda: [{ kind: "OTHER", title: "Chuyển đổi số trong sinh hoạt chi bộ" }],
      guests: [{ personId: guest, capacity: "Báo cáo viên" }],
    });
    const guestToken = await tokenFor("MEMBER", rawId(elsewhere.cell.id), { personId: rawId(guest) });

    const invited = await gql(
      "{ guestInvitations { meetingId title host { id } location agenda kindLabel myAnswer { response } } }",
      {},
      guestToken,
    );
    expect(invited.data?.guestInvitations).toEqual([
      {
        meetingId: meeting.id,
        title: "Sinh hoạt chuyên đề chuyển đổi số",
        host: { id: branch.cell.id },
        location: "Hội trường",
        agenda: ["Chuyển đổi số trong sinh hoạt chi bộ"],
        kindLabel: expect.any(String),
        myAnswer: null,
      },
    ]);
    // The meeting's record stays its cell's line's.
    const record = await gql("query ($id: ID!) { meeting(id: $id) { id } }", { id: meeting.id }, guestToken);
    expect(record.data?.meeting).toBeNull();

    const answer = async (mutation: string, token: string, input: Record<string, unknown>) =>
      (await mutate(mutation, { meetingId: meeting.id, ...input }, "errors { code }", token)).data?.[
        mutation
      ];
    expect(payloadCodes(await answer("answerGuestInvitation", guestToken, { response: "EXCUSED" }))).toEqual([
      "REASON_REQUIRED",
    ]);
    const answered = await mutate(
      "answerGuestInvitation",
      { meetingId: meeting.id, response: "EXCUSED", reason: "Trùng lịch công tác" },
      "invitation { myAnswer { response reason } }",
      guestToken,
    );
    expect(answered.data?.answerGuestInvitation.invitation.myAnswer).toEqual({
      response: "EXCUSED",
      reason: "Trùng lịch công tác",
    });
    // A guest is not a member, and a member is not a guest: each answers by their own mutation.
    expect(payloadCodes(await answer("answerInvitation", guestToken, { response: "ATTENDING" }))).toEqual([
      "NOT_FOUND",
    ]);
    const member = await tokenFor("MEMBER", rawId(branch.cell.id), {
      personId: rawId(branch.members[0] as string),
    });
    expect(payloadCodes(await answer("answerGuestInvitation", member, { response: "ATTENDING" }))).toEqual([
      "NOT_FOUND",
    ]);

    const secretary = await gql(
      "query ($id: ID!) { meeting(id: $id) { invitationAnswers { person { id } response reason } notAnswered { id } } }",
      { id: meeting.id },
      await tokenFor("SECRETARY", rawId(branch.cell.id)),
    );
    expect(secretary.errors).toBeUndefined();
    expect(secretary.data?.meeting).toEqual({
      invitationAnswers: [{ person: { id: guest }, response: "EXCUSED", reason: "Trùng lịch công tác" }],
      notAnswered: [{ id: branch.members[0] }],
    });
  });
});
