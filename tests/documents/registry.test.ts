import { describe, expect, it } from "vitest";
import { adminToken, codes, createBranch, DEMO, globalId, gql, mutate, tokenFor } from "../helpers";

const DOC = "document { id number numberParts { serial typeCode issuerCode } status version }";
const DRAFT = "document { id status version versions { version body note } }";

function errorCodes(result: any, mutation: string): string[] {
  return result.data?.[mutation].errors.map((e: any) => e.code);
}

async function committeeWithCode(label: string, documentCode: string) {
  const branch = await createBranch(label);
  const updated = await mutate(
    "updateCell",
    { cellId: branch.committee.id, expectedVersion: branch.committee.version, documentCode },
    "cell { documentCode }",
  );
  expect(updated.data?.updateCell.cell.documentCode).toBe(
    documentCode.toUpperCase() === "DU" ? "ĐU" : documentCode,
  );
  return branch;
}

describe("parseDocumentNumber", () => {
  it.each([
    ["45-QĐ/ĐU", "45-QĐ/ĐU"],
    ["Số: 18-KL/TW", "18-KL/TW"],
    ["02-nq/đuk", "02-NQ/ĐUK"],
    ["45 - QD / DU", "45-QĐ/ĐU"],
    ["1-qdi/tw", "01-QĐi/TW"],
  ])("reads %j as %s", async (input, canonical) => {
    const result = await gql(
      `query ($n: String!) { parseDocumentNumber(number: $n) { number { canonical types } part errors { code } } }`,
      { n: input },
    );
    expect(result.data?.parseDocumentNumber.number.canonical).toBe(canonical);
    expect(result.data?.parseDocumentNumber.errors).toEqual([]);
  });

  it.each([
    ["45/QĐ-ĐU", "FORM"],
    ["x-NQ/TW", "SERIAL"],
    ["45-ZZ/ĐU", "TYPE_CODE"],
    ["45-NQ/Đ2", "ISSUER_CODE"],
  ])("refuses %j naming the %s part", async (input, part) => {
    const result = await gql(
      `query ($n: String!) { parseDocumentNumber(number: $n) { number { canonical } part errors { code message field } } }`,
      { n: input },
    );
    const parse = result.data?.parseDocumentNumber;
    expect(parse.number).toBeNull();
    expect(parse.part).toBe(part);
    expect(parse.errors[0].code).toBe("INVALID_DOCUMENT_NUMBER");
    if (part === "TYPE_CODE") expect(parse.errors[0].message).toContain("NQ, CT, KL, QĐ, QĐi");
  });
});

describe("numbers are unique per issuer, type and term", () => {
  it("refuses a duplicate in the same sequence, naming the document that has it", async () => {
    const { committee } = await committeeWithCode("Số trùng", "DU");
    const first = await mutate(
      "createDocument",
      {
        type: "DECISION",
        title: "Quyết định A",
        issuerId: committee.id,
        number: "7-QĐ/ĐU",
        issuedOn: "2024-03-01",
      },
      DOC,
    );
    expect(first.data?.createDocument.errors).toEqual([]);
    expect(first.data?.createDocument.document.numberParts).toEqual({
      serial: 7,
      typeCode: "QĐ",
      issuerCode: "ĐU",
    });
    const duplicate = await mutate(
      "createDocument",
      {
        type: "DECISION",
        title: "Quyết định B",
        issuerId: committee.id,
        number: "07 - qd / du",
        issuedOn: "2024-09-01",
      },
      DOC,
    );
    expect(errorCodes(duplicate, "createDocument")).toEqual(["DUPLICATE_DOCUMENT_NUMBER"]);
    expect(duplicate.data?.createDocument.errors[0].message).toContain("Quyết định A");
    const nextYear = await mutate(
      "createDocument",
      {
        type: "DECISION",
        title: "Quyết định C",
        issuerId: committee.id,
        number: "7-QĐ/ĐU",
        issuedOn: "2025-01-05",
      },
      DOC,
    );
    expect(nextYear.data?.createDocument.errors).toEqual([]);
    const otherType = await mutate(
      "createDocument",
      {
        type: "RESOLUTION",
        title: "Nghị quyết",
        issuerId: committee.id,
        number: "7-NQ/ĐU",
        issuedOn: "2024-03-01",
      },
      DOC,
    );
    expect(otherType.data?.createDocument.errors).toEqual([]);
  });

  it("numbers within a recorded term, not the calendar year", async () => {
    const { committee } = await committeeWithCode("Nhiệm kỳ số", "DU");
    await mutate(
      "createTerm",
      { cellId: committee.id, startsOn: "2020-10-15", endsOn: "2025-10-20" },
      "term { id }",
    );
    const a = await mutate(
      "createDocument",
      {
        type: "PLAN",
        title: "Kế hoạch 1",
        issuerId: committee.id,
        number: "1-KH/ĐU",
        issuedOn: "2021-01-10",
      },
      DOC,
    );
    expect(a.data?.createDocument.errors).toEqual([]);
    const sameTermLaterYear = await mutate(
      "createDocument",
      {
        type: "PLAN",
        title: "Kế hoạch 1 lại",
        issuerId: committee.id,
        number: "1-KH/ĐU",
        issuedOn: "2023-05-10",
      },
      DOC,
    );
    expect(errorCodes(sameTermLaterYear, "createDocument")).toEqual(["DUPLICATE_DOCUMENT_NUMBER"]);
  });

  it("proposes the next number and lists the gaps of the sequence", async () => {
    const { committee } = await committeeWithCode("Sổ văn bản", "DU");
    const today = new Date().toISOString().slice(0, 10);
    for (const serial of [1, 2, 5]) {
      const created = await mutate(
        "createDocument",
        {
          type: "NOTICE",
          title: `Thông báo ${serial}`,
          issuerId: committee.id,
          number: `${serial}-TB/ĐU`,
          issuedOn: today,
        },
        DOC,
      );
      expect(created.data?.createDocument.errors).toEqual([]);
    }
    const result = await gql(
      `query ($id: ID!) {
        nextDocumentNumber(issuerId: $id, type: NOTICE) { canonical }
        documentNumbering(issuerId: $id, type: NOTICE) { used gaps next { serial } }
      }`,
      { id: committee.id },
      await adminToken(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nextDocumentNumber.canonical).toBe("06-TB/ĐU");
    expect(result.data?.documentNumbering).toEqual({ used: [1, 2, 5], gaps: [3, 4], next: { serial: 6 } });
  });

  it("numbers the seed cell's first resolution under its code, and tells a cell without a code to set one", async () => {
    const seed = await gql(
      `query ($id: ID!) { nextDocumentNumber(issuerId: $id, type: RESOLUTION) { canonical } }`,
      { id: globalId("Cell", DEMO.cell) },
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(seed.errors).toBeUndefined();
    expect(seed.data?.nextDocumentNumber.canonical).toBe("01-NQ/CB");
    const { cell } = await createBranch("Chưa có ký hiệu");
    const uncoded = await gql(
      `query ($id: ID!) { nextDocumentNumber(issuerId: $id, type: RESOLUTION) { canonical } }`,
      { id: cell.id },
      await adminToken(),
    );
    expect(uncoded.errors?.[0]?.extensions?.code).toBe("ISSUER_CODE_REQUIRED");
  });

  it("refuses a number that does not fit the type, the issuer's code, or cannot be read", async () => {
    const { committee } = await committeeWithCode("Sai số", "DU");
    const wrongType = await mutate(
      "createDocument",
      { type: "RESOLUTION", title: "X", issuerId: committee.id, number: "3-KL/ĐU", issuedOn: "2024-01-01" },
      DOC,
    );
    expect(errorCodes(wrongType, "createDocument")).toEqual(["DOCUMENT_TYPE_MISMATCH"]);
    const wrongIssuer = await mutate(
      "createDocument",
      { type: "RESOLUTION", title: "X", issuerId: committee.id, number: "3-NQ/TU", issuedOn: "2024-01-01" },
      DOC,
    );
    expect(errorCodes(wrongIssuer, "createDocument")).toEqual(["ISSUER_CODE_MISMATCH"]);
    const unreadable = await mutate(
      "createDocument",
      { type: "RESOLUTION", title: "X", issuerId: committee.id, number: "NQ 3", issuedOn: "2024-01-01" },
      DOC,
    );
    expect(errorCodes(unreadable, "createDocument")).toEqual(["INVALID_DOCUMENT_NUMBER"]);
    const noDate = await mutate(
      "createDocument",
      { type: "RESOLUTION", title: "X", issuerId: committee.id },
      DOC,
    );
    expect(errorCodes(noDate, "createDocument")).toEqual(["ISSUED_ON_REQUIRED"]);
    const badTerm = await mutate(
      "createDocument",
      {
        type: "RESOLUTION",
        title: "X",
        issuerId: committee.id,
        issuedOn: "2024-01-01",
        issuerTerm: "khóa ABC",
      },
      DOC,
    );
    expect(errorCodes(badTerm, "createDocument")).toEqual(["INVALID_TERM"]);
  });

  it("numbers an external body's documents per term (khóa)", async () => {
    const secretariat = globalId("ExternalBody", "secretariat");
    const again = await mutate(
      "createDocument",
      {
        type: "CONCLUSION",
        title: "Trùng",
        issuerId: secretariat,
        issuerTerm: "XII",
        number: "18-KL/TW",
        issuedOn: "2018-01-01",
      },
      DOC,
    );
    expect(errorCodes(again, "createDocument")).toEqual(["DUPLICATE_DOCUMENT_NUMBER"]);
    expect(again.data?.createDocument.errors[0].message).toContain("10-CT/TW");
  });

  it("numbers the Central Committee, the Politburo and the Secretariat as one issuer, TW", async () => {
    const conclusion = (body: string, title: string) =>
      mutate(
        "createDocument",
        {
          type: "CONCLUSION",
          title,
          issuerId: globalId("ExternalBody", body),
          issuerTerm: "XIII",
          number: "777-KL/TW",
          issuedOn: "2023-05-10",
        },
        DOC,
      );
    expect(errorCodes(await conclusion("politburo", "Của Bộ Chính trị"), "createDocument")).toEqual([]);
    const secretariat = await conclusion("secretariat", "Của Ban Bí thư");
    expect(errorCodes(secretariat, "createDocument")).toEqual(["DUPLICATE_DOCUMENT_NUMBER"]);
    expect(secretariat.data?.createDocument.errors[0].message).toContain("Của Bộ Chính trị");
  });

  it("refuses a term the issue date does not fall in", async () => {
    const misdated = await mutate(
      "createDocument",
      {
        type: "DIRECTIVE",
        title: "Chỉ thị ghi sai khóa",
        issuerId: globalId("ExternalBody", "secretariat"),
        issuerTerm: "khóa X",
        issuedOn: "2017-03-30",
      },
      DOC,
    );
    expect(errorCodes(misdated, "createDocument")).toEqual(["ISSUER_TERM_MISMATCH"]);
    expect(misdated.data?.createDocument.errors[0].message).toContain("2006-04-26");
  });
});

describe("drafts keep their versions", () => {
  it("saves a version at each change of a draft and issues it with a number", async () => {
    const { cell } = await committeeWithCode("Dự thảo", "DU");
    const created = await mutate(
      "createDocument",
      { type: "REPORT", title: "Báo cáo năm", issuerId: cell.id, draft: true, body: "Bản 1" },
      DRAFT,
    );
    const draft = created.data?.createDocument.document;
    expect(draft.status).toBe("DRAFT");
    expect(draft.versions).toEqual([{ version: 1, body: "Bản 1", note: null }]);
    const amended = await mutate(
      "updateDocument",
      {
        documentId: draft.id,
        expectedVersion: draft.version,
        body: "Bản 2",
        versionNote: "Bổ sung tại hội nghị",
      },
      DRAFT,
    );
    expect(amended.data?.updateDocument.document.versions).toEqual([
      { version: 1, body: "Bản 1", note: null },
      { version: 2, body: "Bản 2", note: "Bổ sung tại hội nghị" },
    ]);
    const stale = await mutate(
      "updateDocument",
      { documentId: draft.id, expectedVersion: draft.version, body: "X" },
      DOC,
    );
    expect(errorCodes(stale, "updateDocument")).toEqual(["CONFLICT"]);
    const issued = await mutate(
      "issueDocument",
      { documentId: draft.id, expectedVersion: draft.version + 1, issuedOn: "2024-12-20" },
      DOC,
    );
    expect(issued.data?.issueDocument.document.status).toBe("ISSUED");
    const twice = await mutate(
      "issueDocument",
      { documentId: draft.id, expectedVersion: draft.version + 2, issuedOn: "2024-12-21" },
      DOC,
    );
    expect(errorCodes(twice, "issueDocument")).toEqual(["NOT_A_DRAFT"]);
  });
});

describe("deleting", () => {
  it("removes a document from reads and search but keeps its number free again", async () => {
    const { committee } = await committeeWithCode("Xóa", "DU");
    const created = await mutate(
      "createDocument",
      {
        type: "NOTICE",
        title: "Thông báo xóa nhầm",
        issuerId: committee.id,
        number: "9-TB/ĐU",
        issuedOn: "2024-02-02",
      },
      DOC,
    );
    const doc = created.data?.createDocument.document;
    const deleted = await mutate(
      "deleteDocument",
      { documentId: doc.id, expectedVersion: doc.version },
      "deleted { id }",
    );
    expect(deleted.data?.deleteDocument.deleted.id).toBe(doc.id);
    const read = await gql(
      `query ($id: ID!) { document(id: $id) { id } }`,
      { id: doc.id },
      await adminToken(),
    );
    expect(read.data?.document).toBeNull();
    const search = await gql(
      `{ documents(filter: { search: "thong bao xoa nham" }) { totalCount } }`,
      {},
      await adminToken(),
    );
    expect(search.data?.documents.totalCount).toBe(0);
    const reuse = await mutate(
      "createDocument",
      {
        type: "NOTICE",
        title: "Thông báo đúng",
        issuerId: committee.id,
        number: "9-TB/ĐU",
        issuedOn: "2024-02-03",
      },
      DOC,
    );
    expect(reuse.data?.createDocument.errors).toEqual([]);
    expect(codes(reuse)).toEqual([]);
  });
});
