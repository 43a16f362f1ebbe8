import { describe, expect, it } from "vitest";
import { createDocument, gql, mutate, payloadCodes, rawId, tokenFor } from "../helpers";
import { committeeWithTwoCells } from "./tree";

describe("the study of a resolution", () => {
  it("is sent with its document and a deadline; members record it once; the cell's report counts who studied", async () => {
    const tree = await committeeWithTwoCells("Học tập nghị quyết");
    const resolution = await createDocument({
      type: "RESOLUTION",
      title: `Nghị quyết ${tree.unique}`,
      issuerId: tree.committee.id,
      issuedOn: "2026-01-10",
    });
    const open = (input: Record<string, unknown>) =>
      mutate(
        "publishAnnouncement",
        {
          senderId: tree.committee.id,
          kind: "STUDY",
          audience: "MEMBERS",
          title: "Học tập, quán triệt nghị quyết",
          body: "Các đồng chí nghiên cứu và viết thu hoạch.",
          ...input,
        },
        "announcement { id kind kindLabel publishedOn documents { id } }",
        tree.committeeToken,
      );
    expect(payloadCodes((await open({ acknowledgeBy: "2099-01-31" })).data?.publishAnnouncement)).toEqual([
      "STUDY_NEEDS_DOCUMENT",
    ]);
    expect(payloadCodes((await open({ documentIds: [resolution.id] })).data?.publishAnnouncement)).toEqual([
      "STUDY_NEEDS_DEADLINE",
    ]);
    const opened = (await open({ documentIds: [resolution.id], acknowledgeBy: "2099-01-31" })).data
      ?.publishAnnouncement;
    expect(opened.errors).toEqual([]);
    const study = opened.announcement;
    expect(study).toMatchObject({ kind: "STUDY", kindLabel: "Học tập, quán triệt nghị quyết" });

    const member = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const record = (studiedOn: string) =>
      mutate(
        "recordStudy",
        { announcementId: study.id, studiedOn, reflection: "  Liên hệ với nhiệm vụ của chi bộ. " },
        "receipt { studiedOn reflection acknowledgedAt readAt }",
        member,
      );
    expect(payloadCodes((await record("2099-01-01")).data?.recordStudy)).toEqual(["STUDY_DATE_OUT_OF_RANGE"]);
    const recorded = (await record(study.publishedOn)).data?.recordStudy;
    expect(recorded.errors).toEqual([]);
    expect(recorded.receipt).toMatchObject({
      studiedOn: study.publishedOn,
      reflection: "Liên hệ với nhiệm vụ của chi bộ.",
    });
    expect(recorded.receipt.readAt).toEqual(expect.any(String));
    expect(payloadCodes((await record(study.publishedOn)).data?.recordStudy)).toEqual([
      "ALREADY_ACKNOWLEDGED",
    ]);
    const acknowledged = await mutate(
      "acknowledgeAnnouncement",
      { announcementId: study.id },
      "receipt { readAt }",
      await tree.memberToken(tree.first[2] as string, tree.cell.id),
    );
    expect(payloadCodes(acknowledged.data?.acknowledgeAnnouncement)).toEqual(["STUDY_NEEDS_RECORD"]);

    // A notice is not a study.
    const notice = await mutate(
      "publishAnnouncement",
      { senderId: tree.committee.id, audience: "MEMBERS", title: "Thông báo", body: "…" },
      "announcement { id }",
      tree.committeeToken,
    );
    const onNotice = await mutate(
      "recordStudy",
      { announcementId: notice.data?.publishAnnouncement.announcement.id, studiedOn: study.publishedOn },
      "receipt { studiedOn }",
      member,
    );
    expect(payloadCodes(onNotice.data?.recordStudy)).toEqual(["NOT_A_STUDY"]);

    const year = Number(study.publishedOn.slice(0, 4));
    const REPORT = `query ($cell: ID!, $year: Int!) { annualReport(cellId: $cell, year: $year) {
      studies { study { id title } members studied }
    } }`;
    const secretary = await gql(
      REPORT,
      { cell: tree.cell.id, year },
      await tokenFor("SECRETARY", rawId(tree.cell.id)),
    );
    expect(secretary.errors).toBeUndefined();
    expect(secretary.data?.annualReport.studies).toEqual([
      { study: { id: study.id, title: "Học tập, quán triệt nghị quyết" }, members: 3, studied: 1 },
    ]);
    const committee = await gql(REPORT, { cell: tree.committee.id, year }, tree.committeeToken);
    expect(committee.data?.annualReport.studies).toEqual([
      { study: { id: study.id, title: "Học tập, quán triệt nghị quyết" }, members: 5, studied: 1 },
    ]);
    const asMember = await gql(REPORT, { cell: tree.cell.id, year }, member);
    expect(asMember.data?.annualReport.studies).toBeNull();
    expect(
      (await gql(REPORT, { cell: tree.cell.id, year: year - 1 }, tree.committeeToken)).data?.annualReport
        .studies,
    ).toEqual([]);
  });
});
