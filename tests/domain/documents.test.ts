import { describe, expect, it } from "vitest";
import {
  assertAttachmentAcceptable,
  assertDocumentType,
  assertDraft,
  assertFileWithin,
  assertIssueDate,
  assertPurgeable,
  assertRelationAllowed,
  assertTypeCodeFits,
  canReadDocument,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type DocumentReader,
  type DocumentStatus,
  nextSerial,
  numberingGaps,
  type RelationFacts,
  sequenceTerm,
  statusAfterRelation,
  validTitle,
} from "../../src/domain/documents";
import { expectRefusal } from "./refusal-helpers";

describe("assertTypeCodeFits", () => {
  it("accepts both QĐi and QĐ for a regulation", () => {
    expect(() => assertTypeCodeFits("REGULATION", "QĐi")).not.toThrow();
    expect(() => assertTypeCodeFits("REGULATION", "QĐ")).not.toThrow();
  });

  it("refuses QĐi for a decision, naming the code it takes", () => {
    const problem = expectRefusal(() => assertTypeCodeFits("DECISION", "QĐi"), "DOCUMENT_TYPE_MISMATCH");
    expect(problem.message).toContain("Quyết định");
    expect(problem.message).toContain("QĐ");
    expect(problem.field).toEqual(["number"]);
  });

  it("accepts only NQ for a resolution", () => {
    expect(() => assertTypeCodeFits("RESOLUTION", "NQ")).not.toThrow();
    expectRefusal(() => assertTypeCodeFits("RESOLUTION", "KL"), "DOCUMENT_TYPE_MISMATCH");
    expectRefusal(() => assertTypeCodeFits("RESOLUTION", "QĐ"), "DOCUMENT_TYPE_MISMATCH");
  });

  it("pairs the other types with their own codes", () => {
    expect(() => assertTypeCodeFits("DECISION", "QĐ")).not.toThrow();
    expect(() => assertTypeCodeFits("SUBMISSION", "TTr")).not.toThrow();
    expect(() => assertTypeCodeFits("CIRCULAR", "TT")).not.toThrow();
    expect(() => assertTypeCodeFits("PROGRAMME", "CTr")).not.toThrow();
    expect(() => assertTypeCodeFits("SCHEME", "ĐA")).not.toThrow();
    expectRefusal(() => assertTypeCodeFits("CIRCULAR", "TTr"), "DOCUMENT_TYPE_MISMATCH");
    expectRefusal(() => assertTypeCodeFits("DIRECTIVE", "CTr"), "DOCUMENT_TYPE_MISMATCH");
  });
});

describe("statusAfterRelation", () => {
  it("marks the target superseded or revoked", () => {
    expect(statusAfterRelation("SUPERSEDES")).toBe("SUPERSEDED");
    expect(statusAfterRelation("REVOKES")).toBe("REVOKED");
  });

  it.each(["IMPLEMENTS", "CONTINUES", "AMENDS", "REFERENCES"] as const)(
    "leaves the target's status for %s",
    (kind) => {
      expect(statusAfterRelation(kind)).toBeNull();
    },
  );
});

describe("assertRelationAllowed", () => {
  const facts = (overrides: Partial<RelationFacts>): RelationFacts => ({
    fromId: "doc-a",
    toId: "doc-b",
    kind: "SUPERSEDES",
    targetSupersedesSource: false,
    alreadyRecorded: false,
    ...overrides,
  });

  it("accepts a new relation between two documents", () => {
    expect(() => assertRelationAllowed(facts({}))).not.toThrow();
    expect(() => assertRelationAllowed(facts({ kind: "IMPLEMENTS" }))).not.toThrow();
  });

  it("refuses a document relating to itself", () => {
    const problem = expectRefusal(
      () => assertRelationAllowed(facts({ toId: "doc-a", kind: "REFERENCES" })),
      "INVALID_RELATION",
    );
    expect(problem.field).toEqual(["toId"]);
  });

  it("reports a self-relation before anything else", () => {
    expectRefusal(
      () =>
        assertRelationAllowed(facts({ toId: "doc-a", alreadyRecorded: true, targetSupersedesSource: true })),
      "INVALID_RELATION",
    );
  });

  it("refuses a relation already recorded", () => {
    expectRefusal(() => assertRelationAllowed(facts({ alreadyRecorded: true })), "DUPLICATE_RELATION");
    expectRefusal(
      () => assertRelationAllowed(facts({ kind: "AMENDS", alreadyRecorded: true })),
      "DUPLICATE_RELATION",
    );
  });

  it("refuses a supersession that would close a cycle", () => {
    const problem = expectRefusal(
      () => assertRelationAllowed(facts({ kind: "SUPERSEDES", targetSupersedesSource: true })),
      "SUPERSESSION_CYCLE",
    );
    expect(problem.field).toEqual(["toId"]);
  });

  it.each(["IMPLEMENTS", "CONTINUES", "AMENDS", "REVOKES", "REFERENCES"] as const)(
    "does not treat %s as a supersession cycle",
    (kind) => {
      expect(() => assertRelationAllowed(facts({ kind, targetSupersedesSource: true }))).not.toThrow();
    },
  );
});

describe("sequenceTerm", () => {
  const terms = [
    { id: "t12", from: "2017", until: "2020" },
    { id: "t13", from: "2022-03-15", until: "2025-10-01" },
  ];

  it("puts a date within a recorded term in that term's sequence", () => {
    expect(sequenceTerm("2018-03-01", terms)).toBe("term:t12");
    expect(sequenceTerm("2019-12-31", terms)).toBe("term:t12");
    expect(sequenceTerm("2023-01-10", terms)).toBe("term:t13");
  });

  it("includes the start of a term", () => {
    expect(sequenceTerm("2017-01-01", terms)).toBe("term:t12");
    expect(sequenceTerm("2022-03-15", terms)).toBe("term:t13");
  });

  it("numbers a date outside every recorded term by calendar year", () => {
    expect(sequenceTerm("2021-06-01", terms)).toBe("year:2021");
    expect(sequenceTerm("2016-12-31", terms)).toBe("year:2016");
    expect(sequenceTerm("2022-03-14", terms)).toBe("year:2022");
  });

  it("excludes the end of a term (half-open), compared at the precision both dates share", () => {
    // "2020-05-01" and "2020" compare equal at year precision, so the date is not before the end.
    expect(sequenceTerm("2020-05-01", terms)).toBe("year:2020");
    expect(sequenceTerm("2025-10-01", terms)).toBe("year:2025");
    expect(sequenceTerm("2025-09-30", terms)).toBe("term:t13");
  });

  it("numbers by calendar year when no term is recorded", () => {
    expect(sequenceTerm("2024-07-02", [])).toBe("year:2024");
  });
});

describe("numberingGaps", () => {
  it("lists the serials skipped up to the highest used", () => {
    expect(numberingGaps([1, 2, 4, 7])).toEqual([3, 5, 6]);
  });

  it("reads serials in any order and with repeats", () => {
    expect(numberingGaps([7, 4, 2, 1, 4])).toEqual([3, 5, 6]);
    expect(numberingGaps([3])).toEqual([1, 2]);
  });

  it("has no gap in an unbroken or empty sequence", () => {
    expect(numberingGaps([1, 2, 3])).toEqual([]);
    expect(numberingGaps([])).toEqual([]);
  });
});

describe("nextSerial", () => {
  it("starts a sequence at 1", () => {
    expect(nextSerial([])).toBe(1);
  });

  it("follows the highest serial used, not the count", () => {
    expect(nextSerial([3, 1])).toBe(4);
    expect(nextSerial([1, 2, 3])).toBe(4);
  });
});

describe("assertAttachmentAcceptable", () => {
  const pdf = (overrides: Partial<{ name: string; type: string; size: number }> = {}) => ({
    name: "nghi-quyet-45.pdf",
    type: "application/pdf",
    size: 1024,
    ...overrides,
  });

  it("accepts a PDF of 1 KB", () => {
    expect(() => assertAttachmentAcceptable(pdf(), DEFAULT_MAX_ATTACHMENT_BYTES)).not.toThrow();
  });

  it.each([
    "application/pdf; charset=binary",
    "APPLICATION/PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
    "image/jpeg",
    "image/png",
    "image/tiff",
  ])("accepts the content type %j", (type) => {
    expect(() => assertAttachmentAcceptable(pdf({ type }), DEFAULT_MAX_ATTACHMENT_BYTES)).not.toThrow();
  });

  it.each(["text/html", "application/zip", "image/svg+xml", "application/x-msdownload"])(
    "refuses the content type %j",
    (type) => {
      const problem = expectRefusal(
        () => assertAttachmentAcceptable(pdf({ type }), DEFAULT_MAX_ATTACHMENT_BYTES),
        "UNSUPPORTED_FILE_TYPE",
      );
      expect(problem.message).toContain(type);
      expect(problem.field).toEqual(["file"]);
    },
  );

  it("refuses a file without a content type as of unknown type", () => {
    const problem = expectRefusal(
      () => assertAttachmentAcceptable(pdf({ type: "" }), DEFAULT_MAX_ATTACHMENT_BYTES),
      "UNSUPPORTED_FILE_TYPE",
    );
    expect(problem.message).toContain("unknown");
  });

  it("refuses an empty file", () => {
    expectRefusal(
      () => assertAttachmentAcceptable(pdf({ size: 0 }), DEFAULT_MAX_ATTACHMENT_BYTES),
      "EMPTY_FILE",
    );
  });

  it("accepts a file of exactly the limit and refuses one byte more, with the figures", () => {
    const max = 2 * 1024 * 1024;
    expect(() => assertAttachmentAcceptable(pdf({ size: max }), max)).not.toThrow();
    const problem = expectRefusal(
      () => assertAttachmentAcceptable(pdf({ size: max + 1 }), max),
      "FILE_TOO_LARGE",
    );
    expect(problem.message).toContain(String(max + 1));
    expect(problem.message).toContain(String(max));
    expect(problem.message).toContain("2 MiB");
  });

  it("uses a default limit of 20 MiB", () => {
    expect(DEFAULT_MAX_ATTACHMENT_BYTES).toBe(20 * 1024 * 1024);
    const problem = expectRefusal(
      () => assertAttachmentAcceptable(pdf({ size: 25_000_000 }), DEFAULT_MAX_ATTACHMENT_BYTES),
      "FILE_TOO_LARGE",
    );
    expect(problem.message).toContain("25000000");
    expect(problem.message).toContain("20971520");
    expect(problem.message).toContain("20 MiB");
  });

  it("refuses a file name longer than 200 characters", () => {
    expect(() =>
      assertAttachmentAcceptable(pdf({ name: `${"a".repeat(196)}.pdf` }), DEFAULT_MAX_ATTACHMENT_BYTES),
    ).not.toThrow();
    expectRefusal(
      () => assertAttachmentAcceptable(pdf({ name: `${"a".repeat(197)}.pdf` }), DEFAULT_MAX_ATTACHMENT_BYTES),
      "INVALID_FILE_NAME",
    );
  });
});

describe("canReadDocument", () => {
  const issued = { status: "ISSUED" as DocumentStatus, deletedAt: null };
  const draft = { status: "DRAFT" as DocumentStatus, deletedAt: null };
  const deleted = { status: "ISSUED" as DocumentStatus, deletedAt: "2025-01-02T03:04:05Z" };
  const reader = (overrides: Partial<DocumentReader> = {}): DocumentReader => ({
    everything: false,
    readPaths: [],
    draftPaths: [],
    ...overrides,
  });
  const admin = reader({ everything: true });
  const committee = "/c1/";
  const branch = "/c1/b1/";
  const childCell = "/c1/b1/k1/";
  const siblingBranch = "/c1/b2/";

  it("hides a deleted document from everyone, administrators included", () => {
    expect(canReadDocument(deleted, branch, admin)).toBe(false);
    expect(canReadDocument(deleted, null, admin)).toBe(false);
    expect(canReadDocument(deleted, branch, reader({ readPaths: [branch], draftPaths: [branch] }))).toBe(
      false,
    );
  });

  it("shows an administrator everything not deleted, drafts included", () => {
    expect(canReadDocument(draft, branch, admin)).toBe(true);
    expect(canReadDocument(draft, null, admin)).toBe(true);
    expect(canReadDocument(issued, branch, admin)).toBe(true);
  });

  it("shows an external body's issued documents to any reader", () => {
    expect(canReadDocument(issued, null, reader())).toBe(true);
    expect(canReadDocument({ status: "SUPERSEDED", deletedAt: null }, null, reader())).toBe(true);
    expect(canReadDocument({ status: "REVOKED", deletedAt: null }, null, reader())).toBe(true);
  });

  it("hides an external body's draft from a reader who is not an administrator", () => {
    expect(canReadDocument(draft, null, reader())).toBe(false);
    expect(canReadDocument(draft, null, reader({ readPaths: [committee], draftPaths: [committee] }))).toBe(
      false,
    );
  });

  it("shows a cell's draft only to writers at or above the issuing cell", () => {
    expect(canReadDocument(draft, branch, reader({ draftPaths: [branch] }))).toBe(true);
    expect(canReadDocument(draft, branch, reader({ draftPaths: [committee] }))).toBe(true);
    expect(canReadDocument(draft, branch, reader({ draftPaths: [childCell] }))).toBe(false);
    expect(canReadDocument(draft, branch, reader({ draftPaths: [siblingBranch] }))).toBe(false);
    expect(canReadDocument(draft, branch, reader({ readPaths: [branch] }))).toBe(false);
    expect(canReadDocument(draft, branch, reader({ readPaths: [committee, branch, childCell] }))).toBe(false);
  });

  it("shows a cell's issued document to readers on its line: its subtree and the committees above", () => {
    expect(canReadDocument(issued, branch, reader({ readPaths: [branch] }))).toBe(true);
    expect(canReadDocument(issued, branch, reader({ readPaths: [childCell] }))).toBe(true);
    expect(canReadDocument(issued, branch, reader({ readPaths: [committee] }))).toBe(true);
    expect(
      canReadDocument({ status: "SUPERSEDED", deletedAt: null }, branch, reader({ readPaths: [childCell] })),
    ).toBe(true);
  });

  it("hides a cell's issued document from a sibling branch and from readers without a grant", () => {
    expect(canReadDocument(issued, branch, reader({ readPaths: [siblingBranch] }))).toBe(false);
    expect(canReadDocument(issued, branch, reader({ readPaths: ["/c1/b1x/"] }))).toBe(false);
    expect(canReadDocument(issued, branch, reader({ readPaths: ["/c2/"] }))).toBe(false);
    expect(canReadDocument(issued, branch, reader())).toBe(false);
  });

  it("reads with any one of several grants", () => {
    expect(canReadDocument(issued, branch, reader({ readPaths: [siblingBranch, childCell] }))).toBe(true);
    expect(canReadDocument(draft, branch, reader({ draftPaths: [siblingBranch, branch] }))).toBe(true);
  });
});

describe("document writes", () => {
  it("takes a title of 1 to 500 characters, trimmed, and refuses an empty or longer one", () => {
    expect(validTitle("  Nghị quyết về công tác cán bộ ")).toBe("Nghị quyết về công tác cán bộ");
    expect(validTitle("x".repeat(500))).toHaveLength(500);
    for (const title of ["   ", "x".repeat(501)]) {
      expect(expectRefusal(() => validTitle(title), "INVALID_TITLE").field).toEqual(["title"]);
    }
  });

  it("purges the files of a deleted or revoked document only", () => {
    expect(() => assertPurgeable({ deletedAt: "2026-01-01T00:00:00Z", status: "ISSUED" })).not.toThrow();
    expect(() => assertPurgeable({ deletedAt: null, status: "REVOKED" })).not.toThrow();
    expectRefusal(() => assertPurgeable({ deletedAt: null, status: "ISSUED" }), "NOT_PURGEABLE");
  });

  it("holds a file's counted bytes to the limit", () => {
    expect(() => assertFileWithin(1024, 1024)).not.toThrow();
    expectRefusal(() => assertFileWithin(1025, 1024), "FILE_TOO_LARGE");
  });
});

describe("a document's state", () => {
  it("needs a date of issue unless it is a draft", () => {
    expect(() => assertIssueDate("DRAFT", null)).not.toThrow();
    expect(() => assertIssueDate("ISSUED", "2024-05-06")).not.toThrow();
    expectRefusal(() => assertIssueDate("ISSUED", null), "ISSUED_ON_REQUIRED");
  });

  it("issues only a draft", () => {
    expect(() => assertDraft("DRAFT")).not.toThrow();
    expectRefusal(() => assertDraft("ISSUED"), "NOT_A_DRAFT");
  });

  it("links minutes and resolutions of their own type", () => {
    expect(() => assertDocumentType("MINUTES", "MINUTES", "minutesDocumentId")).not.toThrow();
    const wrong = expectRefusal(
      () => assertDocumentType("DECISION", "RESOLUTION", "resolutionDocumentId"),
      "WRONG_DOCUMENT_TYPE",
    );
    expect(wrong.message).toContain("resolutionDocument must be a document of type RESOLUTION");
  });
});
