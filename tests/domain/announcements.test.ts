import { describe, expect, it } from "vitest";
import {
  acknowledgedLate,
  assertAcknowledgeable,
  assertAcknowledgeBy,
  assertAttachable,
  assertStudyOpenable,
  MAX_BODY_LENGTH,
  MAX_REFLECTION_LENGTH,
  validAnnouncementText,
  validStudyRecord,
} from "../../src/domain/announcements";
import { expectRefusal } from "./refusal-helpers";

describe("announcement rules", () => {
  it("keeps a title and a text, trimmed; refuses them empty or too long", () => {
    expect(validAnnouncementText("  Họp chi bộ ", " Thứ Sáu ")).toEqual({
      title: "Họp chi bộ",
      body: "Thứ Sáu",
    });
    expectRefusal(() => validAnnouncementText(" ", "Nội dung"), "TITLE_REQUIRED");
    expectRefusal(() => validAnnouncementText("Tiêu đề", "\n"), "BODY_REQUIRED");
    expectRefusal(() => validAnnouncementText("Tiêu đề", "x".repeat(MAX_BODY_LENGTH + 1)), "TEXT_TOO_LONG");
  });

  it("asks an acknowledgement by today or later, not by a day gone", () => {
    expect(() => assertAcknowledgeBy("2026-12-05", "2026-12-05")).not.toThrow();
    expect(() => assertAcknowledgeBy(null, "2026-12-05")).not.toThrow();
    expectRefusal(() => assertAcknowledgeBy("2026-12-04", "2026-12-05"), "DEADLINE_PASSED");
  });

  it("sends along issued documents of the sender, above it, or from outside; not drafts nor a cell's below", () => {
    const sender = "/p/d/g/";
    expect(() =>
      assertAttachable(
        [
          { status: "ISSUED", issuerPath: "/p/d/g/" },
          { status: "ISSUED", issuerPath: "/p/" },
          { status: "ISSUED", issuerPath: null },
        ],
        sender,
      ),
    ).not.toThrow();
    expectRefusal(
      () => assertAttachable([{ status: "DRAFT", issuerPath: "/p/" }], sender),
      "DOCUMENT_NOT_FOR_AUDIENCE",
    );
    expectRefusal(
      () => assertAttachable([{ status: "ISSUED", issuerPath: "/p/d/g/c/" }], sender),
      "DOCUMENT_NOT_FOR_AUDIENCE",
    );
    expectRefusal(
      () =>
        assertAttachable(
          Array.from({ length: 11 }, () => ({ status: "ISSUED", issuerPath: null })),
          sender,
        ),
      "TOO_MANY_DOCUMENTS",
    );
  });

  it("takes one acknowledgement, of an announcement that asks for it; late after its day in Vietnam", () => {
    expect(() =>
      assertAcknowledgeable({ kind: "NOTICE", acknowledgeBy: "2026-12-10" }, { acknowledgedAt: null }),
    ).not.toThrow();
    expectRefusal(
      () => assertAcknowledgeable({ kind: "NOTICE", acknowledgeBy: null }, { acknowledgedAt: null }),
      "ACKNOWLEDGEMENT_NOT_ASKED",
    );
    expectRefusal(
      () =>
        assertAcknowledgeable(
          { kind: "NOTICE", acknowledgeBy: "2026-12-10" },
          { acknowledgedAt: "2026-12-01T01:00:00Z" },
        ),
      "ALREADY_ACKNOWLEDGED",
    );
    expectRefusal(
      () => assertAcknowledgeable({ kind: "STUDY", acknowledgeBy: "2026-12-10" }, { acknowledgedAt: null }),
      "STUDY_NEEDS_RECORD",
    );
    // 17:30 UTC on the 10th is already the 11th in Vietnam.
    expect(acknowledgedLate("2026-12-10", "2026-12-10T16:00:00.000Z")).toBe(false);
    expect(acknowledgedLate("2026-12-10", "2026-12-10T17:30:00.000Z")).toBe(true);
    expect(acknowledgedLate(null, "2026-12-10T17:30:00.000Z")).toBe(false);
  });

  it("opens a study with one document and a deadline", () => {
    expect(() => assertStudyOpenable("STUDY", 1, "2026-12-31")).not.toThrow();
    expect(() => assertStudyOpenable("NOTICE", 0, null)).not.toThrow();
    expectRefusal(() => assertStudyOpenable("STUDY", 0, "2026-12-31"), "STUDY_NEEDS_DOCUMENT");
    expectRefusal(() => assertStudyOpenable("STUDY", 2, "2026-12-31"), "STUDY_NEEDS_DOCUMENT");
    expectRefusal(() => assertStudyOpenable("STUDY", 1, null), "STUDY_NEEDS_DEADLINE");
  });

  it("records a study once, on a day from its opening to today, with a reflection of bounded length", () => {
    const study = { kind: "STUDY" as const, publishedOn: "2026-12-01" };
    const open = { acknowledgedAt: null };
    expect(validStudyRecord(study, open, "2026-12-01", "  Thu hoạch ", "2026-12-05")).toEqual({
      studiedOn: "2026-12-01",
      reflection: "Thu hoạch",
    });
    expect(validStudyRecord(study, open, "2026-12-05", "   ", "2026-12-05").reflection).toBeNull();
    expectRefusal(
      () => validStudyRecord(study, open, "2026-11-30", null, "2026-12-05"),
      "STUDY_DATE_OUT_OF_RANGE",
    );
    expectRefusal(
      () => validStudyRecord(study, open, "2026-12-06", null, "2026-12-05"),
      "STUDY_DATE_OUT_OF_RANGE",
    );
    expectRefusal(
      () =>
        validStudyRecord(study, { acknowledgedAt: "2026-12-02T01:00:00Z" }, "2026-12-02", null, "2026-12-05"),
      "ALREADY_ACKNOWLEDGED",
    );
    expectRefusal(
      () => validStudyRecord({ ...study, kind: "NOTICE" }, open, "2026-12-02", null, "2026-12-05"),
      "NOT_A_STUDY",
    );
    expectRefusal(
      () => validStudyRecord(study, open, "2026-12-02", "x".repeat(MAX_REFLECTION_LENGTH + 1), "2026-12-05"),
      "TEXT_TOO_LONG",
    );
  });
});
