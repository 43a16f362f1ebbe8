import { describe, expect, it } from "vitest";
import {
  acknowledgedLate,
  assertAcknowledgeable,
  assertAcknowledgeBy,
  assertAttachable,
  MAX_BODY_LENGTH,
  validAnnouncementText,
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
      assertAcknowledgeable({ acknowledgeBy: "2026-12-10" }, { acknowledgedAt: null }),
    ).not.toThrow();
    expectRefusal(
      () => assertAcknowledgeable({ acknowledgeBy: null }, { acknowledgedAt: null }),
      "ACKNOWLEDGEMENT_NOT_ASKED",
    );
    expectRefusal(
      () =>
        assertAcknowledgeable({ acknowledgeBy: "2026-12-10" }, { acknowledgedAt: "2026-12-01T01:00:00Z" }),
      "ALREADY_ACKNOWLEDGED",
    );
    // 17:30 UTC on the 10th is already the 11th in Vietnam.
    expect(acknowledgedLate("2026-12-10", "2026-12-10T16:00:00.000Z")).toBe(false);
    expect(acknowledgedLate("2026-12-10", "2026-12-10T17:30:00.000Z")).toBe(true);
    expect(acknowledgedLate(null, "2026-12-10T17:30:00.000Z")).toBe(false);
  });
});
