import { describe, expect, it } from "vitest";
import { DEMO, globalId, gql, tokenFor } from "../helpers";

const member = () => tokenFor("MEMBER", DEMO.cell);

describe("the seed article's documents", () => {
  it("links the predecessor's founding to Decision 45-QĐ/ĐU of the Office's committee", async () => {
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) { foundingDocument { number type issuedOn issuer { ... on Cell { name } } founds { name } } } }`,
      { id: globalId("Cell", DEMO.predecessor) },
      await member(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cell.foundingDocument).toEqual({
      number: "45-QĐ/ĐU",
      type: "DECISION",
      issuedOn: "2012-12-28",
      issuer: { name: "Đảng bộ Văn phòng UBND tỉnh Vĩnh Phúc" },
      founds: [{ name: "Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Vĩnh Phúc" }],
    });
  });

  it("answers “what continues 10-CT/TW?” and what the cell's 2018 directions implement", async () => {
    const result = await gql(
      `{
        directive: documents(filter: { number: "10-ct/tw" }) { edges { node {
          title issuerTerm { label } issuer { ... on ExternalBody { name issuerCode } }
          relations(direction: INCOMING) { kind from { number issuedOn issuerTerm { roman } } }
        } } }
        report: documents(filter: { search: "tong ket 2017" }) { edges { node {
          status versions { version note }
          relations(direction: OUTGOING, kind: IMPLEMENTS) { to { number } }
        } } }
      }`,
      {},
      await tokenFor("SECRETARY", DEMO.cell),
    );
    expect(result.errors).toBeUndefined();
    const directive = result.data?.directive.edges[0].node;
    expect(directive.title).toBe("Về nâng cao chất lượng sinh hoạt chi bộ");
    expect(directive.issuerTerm).toEqual({ label: "khóa X" });
    expect(directive.issuer).toEqual({ name: "Ban Bí thư Trung ương Đảng", issuerCode: "TW" });
    expect(directive.relations).toEqual([
      {
        kind: "CONTINUES",
        from: { number: "18-KL/TW", issuedOn: "2017-09-22", issuerTerm: { roman: "XII" } },
      },
    ]);
    const report = result.data?.report.edges[0].node;
    expect(report.status).toBe("DRAFT");
    expect(report.versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect(report.relations.map((r: any) => r.to.number).sort()).toEqual([
      "02-NQ/ĐUK",
      "04-NQ/TW",
      "18-KL/TW",
    ]);
  });

  it("shows the draft report to the cell's secretary only, not to its members", async () => {
    const query = `{ documents(filter: { search: "tong ket 2017", status: DRAFT }) { totalCount } }`;
    const asMember = await gql(query, {}, await member());
    expect(asMember.data?.documents.totalCount).toBe(0);
    const asCommittee = await gql(query, {}, await tokenFor("COMMITTEE", DEMO.office));
    expect(asCommittee.data?.documents.totalCount).toBe(1);
    const draft = await gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: globalId("Document", DEMO.draftReport) },
      await member(),
    );
    // A draft out of the member's reach is answered as an ID of nothing.
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.node).toBeNull();
  });

  it("records the cell's implementation of the three documents", async () => {
    const result = await gql(
      `query ($id: ID!) { cell(id: $id) { documentsToImplement { totalCount edges { node { status document { number } reportDocument { title } } } } } }`,
      { id: globalId("Cell", DEMO.cell) },
      await member(),
    );
    const assignments = result.data?.cell.documentsToImplement;
    expect(assignments.totalCount).toBe(3);
    expect(assignments.edges.map((e: any) => e.node.document.number).sort()).toEqual([
      "02-NQ/ĐUK",
      "04-NQ/TW",
      "18-KL/TW",
    ]);
    expect(assignments.edges.every((e: any) => e.node.status === "IN_PROGRESS")).toBe(true);
  });
});

describe("document filters", () => {
  it("filters by type, issuer, dates and status", async () => {
    const token = await tokenFor("MEMBER", DEMO.cell);
    const result = await gql(
      `query ($secretariat: ID!) {
        byIssuer: documents(filter: { issuerId: $secretariat }) { edges { node { number } } }
        byDates: documents(filter: { issuedFrom: "2016-01-01", issuedTo: "2016-12-31" }) { edges { node { number } } }
        byType: documents(filter: { type: DECISION }) { edges { node { number } } }
        issued: documents(filter: { status: ISSUED, issuedTo: "2017-12-31" }) { totalCount }
      }`,
      { secretariat: globalId("ExternalBody", "secretariat") },
      token,
    );
    expect(result.errors).toBeUndefined();
    const numbers = (list: any) => list.edges.map((e: any) => e.node.number);
    expect(numbers(result.data?.byIssuer)).toEqual(["18-KL/TW", "10-CT/TW"]);
    expect(numbers(result.data?.byDates)).toEqual(["02-NQ/ĐUK", "04-NQ/TW"]);
    expect(numbers(result.data?.byType)).toContain("45-QĐ/ĐU");
    expect(result.data?.issued.totalCount).toBe(5);
  });
});
