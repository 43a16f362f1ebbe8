import { env } from "cloudflare:test";
import { Database } from "../../src/db/database";
import { purgeExpiredLiveEvents } from "../../src/db/live-events";
import { eventIdOf } from "../live/event-ids";
import { subscribe } from "../live/sse";
import type { Requests } from "./query-plans-workload-dues";

/**
 * The channel in the workload's branch: the committee writes to its members (a plan sent along, an acknowledgement
 * asked) and to its officers, the cell to its members; a member reads their inbox, reads and acknowledges, saves the
 * plan; the committee follows the counts down to the cell and who has not read; the cell's secretary follows what
 * reached the cell.
 */
export async function channelWorkload(
  { read, write }: Requests,
  { cellId, committeeId, governor, secretary, member, guestId, guest }: Record<string, string>,
): Promise<void> {
  const plan = (
    await write(
      "createDocument",
      { type: "PLAN", title: "Kế hoạch học tập nghị quyết", issuerId: committeeId, issuedOn: "2026-01-05" },
      "document { id }",
      governor,
    )
  ).document.id;
  const notice = await write(
    "publishAnnouncement",
    {
      senderId: committeeId,
      audience: "MEMBERS",
      title: "Lịch học tập nghị quyết",
      body: "Các chi bộ tổ chức học tập trước ngày 30.",
      acknowledgeBy: "2099-12-31",
      documentIds: [plan],
    },
    "announcement { id audienceLabel tally { delivered } }",
    governor,
  );
  await write(
    "publishAnnouncement",
    { senderId: committeeId, audience: "OFFICERS", title: "Họp cấp ủy", body: "Thứ Hai." },
    "announcement { id }",
    governor,
  );
  await write(
    "publishAnnouncement",
    { senderId: cellId, audience: "MEMBERS", title: "Họp chi bộ", body: "Thứ Sáu." },
    "announcement { id }",
    secretary,
  );
  const announcementId = notice.announcement.id;
  await read(
    "inbox",
    `{ inbox { unreadCount announcements(first: 10) { totalCount edges { node {
      id readAt acknowledgedLate announcement { title sender { name } documents { id } myReceipt { readAt } }
    } } } } }`,
    {},
    member,
  );
  await write("markAnnouncementRead", { announcementId }, "receipt { readAt }", member);
  await write("acknowledgeAnnouncement", { announcementId }, "receipt { acknowledgedAt }", member);
  await read(
    "inbox, unread only",
    "{ inbox { announcements(unreadOnly: true) { totalCount edges { node { announcement { title } } } } } }",
    {},
    member,
  );
  await read(
    "an announcement's counts down to the cell",
    `query ($id: ID!) { node(id: $id) { ... on Announcement { tally { delivered read acknowledged
      children { totalCount edges { node { organization { name } delivered read
        children { edges { node { delivered read receipts(unreadOnly: true) { totalCount } } } } } } } } } } }`,
    { id: announcementId },
    governor,
  );
  await read(
    "a cell's announcements and who has not read",
    `query ($id: ID!) { node(id: $id) { ... on Cell {
      announcementTallies(first: 10) { totalCount edges { node { id delivered read
        announcement { title } receipts(unreadOnly: true) { totalCount edges { node { id person { fullName } readAt } } } } } }
      announcementsSent { totalCount edges { node { title } } }
    } } }`,
    { id: cellId },
    secretary,
  );
  const study = await write(
    "publishAnnouncement",
    {
      senderId: committeeId,
      kind: "STUDY",
      audience: "MEMBERS",
      title: "Học tập nghị quyết",
      body: "Nghiên cứu và viết thu hoạch.",
      acknowledgeBy: "2099-12-31",
      documentIds: [plan],
    },
    "announcement { id publishedOn }",
    governor,
  );
  await write(
    "recordStudy",
    {
      announcementId: study.announcement.id,
      studiedOn: study.announcement.publishedOn,
      reflection: "Thu hoạch",
    },
    "receipt { studiedOn reflection }",
    member,
  );
  await read(
    "a cell's studies of the year",
    `query ($id: ID!, $year: Int!) { annualReport(cellId: $id, year: $year) {
      studies { study { title documents { title } } members studied } } }`,
    { id: cellId, year: Number(study.announcement.publishedOn.slice(0, 4)) },
    secretary,
  );
  const meeting = await write(
    "scheduleMeeting",
    {
      cellId,
      kind: "REGULAR",
      title: "Sinh hoạt tháng tới",
      scheduledStart: "2099-01-10T14:00:00+07:00",
      scheduledEnd: "2099-01-10T16:00:00+07:00",
    },
    "meeting { id }",
    secretary,
  );
  await read(
    "invitations",
    "{ invitations { id title agenda { title } myAnswer { response } } }",
    {},
    member,
  );
  await write(
    "answerInvitation",
    { meetingId: meeting.meeting.id, response: "EXCUSED", reason: "Đi công tác" },
    "meeting { myAnswer { responseLabel reason } }",
    member,
  );
  await read(
    "a meeting's answers and who has not answered",
    `query ($id: ID!) { meeting(id: $id) {
      invitationAnswers { person { fullName } responseLabel reason answeredAt } notAnswered { fullName }
    } }`,
    { id: meeting.meeting.id },
    secretary,
  );
  const withGuest = await write(
    "scheduleMeeting",
    {
      cellId,
      kind: "THEMATIC",
      title: "Chuyên đề có khách mời",
      scheduledStart: "2099-02-10T14:00:00+07:00",
      scheduledEnd: "2099-02-10T16:00:00+07:00",
      guests: [{ personId: guestId, capacity: "Báo cáo viên" }],
    },
    "meeting { id }",
    secretary,
  );
  await read(
    "a guest's invitations",
    "{ guestInvitations { title host { name } agenda myAnswer { response } } }",
    {},
    guest,
  );
  await write(
    "answerGuestInvitation",
    { meetingId: withGuest.meeting.id, response: "ATTENDING" },
    "invitation { myAnswer { responseLabel } }",
    guest,
  );
  await write("saveDocument", { documentId: plan }, "document { savedAt }", member);
  await read(
    "saved documents",
    "{ savedDocuments { totalCount edges { node { title savedAt } } } }",
    {},
    member,
  );
  await write("unsaveDocument", { documentId: plan }, "document { savedAt }", member);
  await consultationWorkload({ read, write }, { committeeId, governor, member } as Record<string, string>);
  // A subscriber reconnecting from the start resumes from the log; the hourly run deletes what is past retention.
  const resumed = await subscribe("subscription { events { eventId kind } }", member as string, {
    lastEventId: await eventIdOf(0),
  });
  await resumed.next();
  await resumed.close();
  await purgeExpiredLiveEvents(new Database(env.DB), new Date());
}

/** A committee's draft opened for comments: a member reads and comments; the committee reads all and counts. */
async function consultationWorkload(
  { read, write }: Requests,
  { committeeId, governor, member }: Record<string, string>,
): Promise<void> {
  const draft = (
    await write(
      "createDocument",
      { type: "RESOLUTION", draft: true, title: "Dự thảo nghị quyết", issuerId: committeeId },
      "document { id }",
      governor,
    )
  ).document.id;
  const opened = await write(
    "openDraftForComments",
    { documentId: draft, closesOn: "2099-12-31" },
    "consultation { id }",
    governor,
  );
  await read("drafts open to a member", "{ draftConsultations { id title body closesOn } }", {}, member);
  const commented = await write(
    "commentOnDraft",
    { consultationId: opened.consultation.id, section: "II", body: "Góp ý" },
    "comment { id consultation { myComments { totalCount } } }",
    member,
  );
  await read(
    "a comment by its ID",
    `query ($id: ID!) { node(id: $id) { ... on DraftComment { section body createdAt } } }`,
    { id: commented.comment.id },
    member,
  );
  await read(
    "a draft's comments and counts per cell",
    `query ($id: ID!) { node(id: $id) { ... on DraftConsultation {
      comments(first: 20) { totalCount edges { node { section body author { fullName } cell { name } } } }
      tally { comments commenters children(first: 10) { edges { node { organization { name } comments commenters
        cellComments(first: 5) { totalCount edges { node { body } } } } } } }
    } } }`,
    { id: opened.consultation.id },
    governor,
  );
  await read(
    "an organization's consultations",
    `query ($id: ID!) { cell(id: $id) { draftConsultations { totalCount edges { node { title isOpen } } } } }`,
    { id: committeeId },
    governor,
  );
}
