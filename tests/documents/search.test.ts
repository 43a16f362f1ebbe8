import { describe, expect, it } from "vitest";
import { adminToken, createBranch, createDocument, gql, mutate, rawId, tokenFor } from "../helpers";

const SEARCH = `query ($s: String!) { documents(filter: { search: $s }) { totalCount edges { snippet node { title } } } }`;

describe("document search", () => {
  it("ignores case and diacritics the Vietnamese way, đ included", async () => {
    const token = await adminToken();
    for (const search of ["sinh hoat chi bo", "SINH HOẠT CHI BỘ", "nâng cao chat luong"]) {
      const result = await gql(SEARCH, { s: search }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.documents.edges.map((e: any) => e.node.title)).toContain(
        "Về nâng cao chất lượng sinh hoạt chi bộ",
      );
    }
    const dang = await gql(SEARCH, { s: "dang" }, token);
    expect(dang.data?.documents.totalCount).toBeGreaterThan(0);
    expect(dang.data?.documents.edges.map((e: any) => e.snippet).join(" ")).toContain("<mark>Đảng</mark>");
  });

  it("ranks a title match above a match in the body only", async () => {
    const { unique, committee } = await createBranch("Xếp hạng");
    const word = `xephang${unique.split(" ").at(-1)}`;
    await createDocument({
      type: "NOTICE",
      title: "Thông báo chung",
      body: `Có nhắc đến ${word} ở cuối văn bản.`,
      issuerId: committee.id,
      issuedOn: "2024-01-01",
    });
    await createDocument({
      type: "NOTICE",
      title: `Thông báo về ${word}`,
      issuerId: committee.id,
      issuedOn: "2023-01-01",
    });
    const result = await gql(SEARCH, { s: word }, await adminToken());
    expect(result.data?.documents.edges.map((e: any) => e.node.title)).toEqual([
      `Thông báo về ${word}`,
      "Thông báo chung",
    ]);
    expect(result.data?.documents.edges[1].snippet).toContain(`<mark>${word}</mark>`);
  });

  it.each([
    '"',
    '"unbalanced',
    "*",
    "NEAR(a b)",
    "((",
    "a OR b AND NOT c",
    "'; DROP TABLE documents; --",
    "%_\\",
    "🙂 \u202e \u0007",
    "x".repeat(2000),
  ])("treats %j as text, never as syntax or an error", async (search) => {
    const result = await gql(SEARCH, { s: search }, await adminToken());
    expect(result.errors).toBeUndefined();
    expect(typeof result.data?.documents.totalCount).toBe("number");
  });

  it("refuses a NUL character, which D1 cannot bind, with BAD_USER_INPUT", async () => {
    const result = await gql(SEARCH, { s: "a\u0000b" }, await adminToken());
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through ranked results with cursors", async () => {
    const token = await adminToken();
    const first = await gql(
      `{ documents(first: 1, filter: { search: "chi bo" }) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
      {},
      token,
    );
    const total = first.data?.documents.totalCount;
    expect(total).toBeGreaterThan(1);
    const second = await gql(
      `query ($after: String) { documents(first: 1, after: $after, filter: { search: "chi bo" }) { edges { node { id } } } }`,
      { after: first.data?.documents.pageInfo.endCursor },
      token,
    );
    expect(second.data?.documents.edges[0].node.id).not.toBe(first.data?.documents.edges[0].node.id);
  });

  it("answers two searches of one operation, each with its own matches", async () => {
    const result = await gql(
      `{
        found: documents(filter: { search: "sinh hoat chi bo" }) { totalCount }
        none: documents(filter: { search: "khongcotuanay" }) { totalCount edges { node { id } } }
      }`,
      {},
      await adminToken(),
    );
    expect(result.data?.found.totalCount).toBeGreaterThan(0);
    expect(result.data?.none).toEqual({ totalCount: 0, edges: [] });
  });

  it("follows the issuer's moves and the document's changes", async () => {
    const a = await createBranch("Tìm theo tuyến A");
    const b = await createBranch("Tìm theo tuyến B");
    const word = `dichuyen${a.unique.split(" ").at(-1)}`;
    const document = await createDocument({
      type: "NOTICE",
      title: `Thông báo ${word}`,
      issuerId: a.cell.id,
      issuedOn: "2024-05-05",
    });
    const found = async (token: string, filter = "") =>
      (
        await gql(
          `query ($s: String!) { documents(filter: { search: $s ${filter} }) { totalCount edges { node { id } } } }`,
          { s: word },
          token,
        )
      ).data?.documents.totalCount;
    const committeeA = await tokenFor("COMMITTEE", rawId(a.committee.id));
    const committeeB = await tokenFor("COMMITTEE", rawId(b.committee.id));
    expect([await found(committeeA), await found(committeeB)]).toEqual([1, 0]);

    const moved = await mutate(
      "moveCell",
      { cellId: a.cell.id, newParentId: b.committee.id, expectedVersion: a.cell.version },
      "cell { id }",
    );
    expect(moved.data?.moveCell.errors).toEqual([]);
    expect([await found(committeeA), await found(committeeB)]).toEqual([0, 1]);

    const admin = await adminToken();
    expect(await found(admin, "type: NOTICE, status: ISSUED")).toBe(1);
    expect(await found(admin, "type: PLAN")).toBe(0);
    const deleted = await mutate(
      "deleteDocument",
      { documentId: document.id, expectedVersion: document.version },
      "deleted { __typename }",
    );
    expect(deleted.data?.deleteDocument.errors).toEqual([]);
    expect(await found(admin)).toBe(0);
  });
});
