import { describe, expect, it } from "vitest";
import {
  assertOpenable,
  assertOpenForComments,
  commenterCell,
  MAX_COMMENT_LENGTH,
  MAX_SECTION_LENGTH,
  validComment,
} from "../../src/domain/consultations";
import { expectRefusal } from "./refusal-helpers";

const draft = { status: "DRAFT" as const, deletedAt: null, issuerCellId: "k" };

describe("comments on drafts", () => {
  it("opens an organization's own draft, once per version, until a day to come", () => {
    expect(() => assertOpenable(draft, false, "2026-12-05", "2026-12-05")).not.toThrow();
    expectRefusal(
      () => assertOpenable({ ...draft, status: "ISSUED" }, false, "2027-01-01", "2026-12-05"),
      "NOT_A_DRAFT",
    );
    expectRefusal(
      () => assertOpenable({ ...draft, deletedAt: "2026-12-01" }, false, "2027-01-01", "2026-12-05"),
      "NOT_A_DRAFT",
    );
    expectRefusal(
      () => assertOpenable({ ...draft, issuerCellId: null }, false, "2027-01-01", "2026-12-05"),
      "NOT_A_DRAFT",
    );
    expectRefusal(() => assertOpenable(draft, true, "2027-01-01", "2026-12-05"), "ALREADY_OPEN");
    expectRefusal(() => assertOpenable(draft, false, "2026-12-04", "2026-12-05"), "DEADLINE_PASSED");
  });

  it("takes comments to the end of the closing day, none after", () => {
    expect(() => assertOpenForComments("2026-12-05", "2026-12-05")).not.toThrow();
    expectRefusal(() => assertOpenForComments("2026-12-05", "2026-12-06"), "CONSULTATION_CLOSED");
  });

  it("counts a commenter in their cell within the consulting subtree; a member elsewhere is not consulted", () => {
    const cells = [
      { cellId: "x", path: "/p/x/" },
      { cellId: "c", path: "/p/k/c/" },
    ];
    expect(commenterCell("/p/k/", cells)).toBe("c");
    expect(commenterCell("/p/k/c/", cells)).toBe("c");
    expectRefusal(() => commenterCell("/p/k/d/", cells), "NOT_CONSULTED");
    // A committee above reads the draft but is not among those consulted.
    expectRefusal(() => commenterCell("/p/k/", [{ cellId: "p", path: "/p/" }]), "NOT_CONSULTED");
  });

  it("keeps a comment's text and section trimmed, refuses an empty or overlong one", () => {
    expect(validComment("  Mục II.3 ", "  Đề nghị bổ sung chỉ tiêu. ")).toEqual({
      section: "Mục II.3",
      body: "Đề nghị bổ sung chỉ tiêu.",
    });
    expect(validComment("  ", "Đồng ý toàn văn.")).toEqual({ section: null, body: "Đồng ý toàn văn." });
    expectRefusal(() => validComment(null, "   "), "BODY_REQUIRED");
    expectRefusal(() => validComment(null, "x".repeat(MAX_COMMENT_LENGTH + 1)), "TEXT_TOO_LONG");
    expectRefusal(() => validComment("x".repeat(MAX_SECTION_LENGTH + 1), "Đồng ý."), "TEXT_TOO_LONG");
  });
});
