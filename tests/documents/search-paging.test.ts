import { describe, expect, it } from "vitest";
import { SEARCH_COUNT_LIMIT } from "../../src/domain/search";
import {
  adminToken,
  createBranch,
  createCell,
  createDocument,
  globalId,
  gql,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";

const PAGE = `query ($s: String!, $first: Int, $after: String, $last: Int, $before: String) {
  documents(first: $first, after: $after, last: $last, before: $before, filter: { search: $s }) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { title issuedOn } }
  }
}`;

type Connection = {
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  edges: { cursor: string; node: { title: string; issuedOn: string } }[];
};

async function page(search: string, args: Record<string, unknown>): Promise<Connection> {
  const result = await gql(PAGE, { s: search, ...args }, await adminToken());
  expect(result.errors).toBeUndefined();
  return result.data?.documents as Connection;
}

/** Five documents holding `word`: three in their title (issued 2021, 2023, 2022), two in their body only. */
async function fiveDocuments(label: string) {
  const { unique, committee } = await createBranch(label);
  const word = `timkiem${unique.split(" ").at(-1)}`;
  const issue = (title: string, issuedOn: string, body?: string) =>
    createDocument({ type: "NOTICE", title, body, issuerId: committee.id, issuedOn });
  await issue(`Thông báo ${word} một`, "2021-05-01");
  await issue(`Thông báo ${word} ba`, "2023-05-01");
  await issue(`Thông báo ${word} hai`, "2022-05-01");
  await issue("Thông báo chung bốn", "2024-05-01", `Nhắc đến ${word}.`);
  await issue("Thông báo chung năm", "2020-05-01", `Nhắc đến ${word}.`);
  return { word, committee };
}

describe("document search, a page at a time", () => {
  it("lists title matches first, each tier newest first, and pages forward and back over the same order", async () => {
    const { word } = await fiveDocuments("Tìm trang");
    const whole = await page(word, { first: 10 });
    const order = [
      `Thông báo ${word} ba`,
      `Thông báo ${word} hai`,
      `Thông báo ${word} một`,
      "Thông báo chung bốn",
      "Thông báo chung năm",
    ];
    expect(whole.edges.map((edge) => edge.node.title)).toEqual(order);
    expect(whole).toMatchObject({ totalCount: 5, totalCountIsExact: true });

    const titles: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next: Connection = await page(word, { first: 2, after });
      titles.push(...next.edges.map((edge) => edge.node.title));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(titles).toEqual(order);

    const lastTwo = await page(word, { last: 2 });
    expect(lastTwo.edges.map((edge) => edge.node.title)).toEqual(order.slice(3));
    expect(lastTwo.pageInfo.hasPreviousPage).toBe(true);
    const before = await page(word, { last: 2, before: lastTwo.pageInfo.startCursor });
    expect(before.edges.map((edge) => edge.node.title)).toEqual(order.slice(1, 3));
  });

  it("finds words of one and two letters through the index, as the start of a word", async () => {
    const { unique, committee } = await createBranch("Tìm chữ ngắn");
    const tag = `ngan${unique.split(" ").at(-1)}`;
    await createDocument({
      type: "NOTICE",
      title: `Đoàn công tác Đà Nẵng ${tag}`,
      issuerId: committee.id,
      issuedOn: "2024-01-01",
    });
    for (const search of [`${tag} Đà`, `${tag} đ`, `Đà ${tag}`]) {
      expect((await page(search, { first: 5 })).totalCount, search).toBe(1);
    }
    expect((await page(`${tag} ủy`, { first: 5 })).totalCount).toBe(0);
  });

  it(`counts up to ${SEARCH_COUNT_LIMIT} matches and says when there are more`, async () => {
    const { unique, committee } = await createBranch("Tìm nhiều");
    const word = `nhieu${unique.split(" ").at(-1)}`;
    for (let index = 0; index <= SEARCH_COUNT_LIMIT; index += 1) {
      await createDocument({
        type: "NOTICE",
        title: `Thông báo ${word} số ${index}`,
        issuerId: committee.id,
        issuedOn: "2024-01-01",
      });
    }
    const many = await page(word, { first: 3 });
    expect(many).toMatchObject({ totalCount: SEARCH_COUNT_LIMIT, totalCountIsExact: false });
    expect(many.edges).toHaveLength(3);
    expect(many.pageInfo.hasNextPage).toBe(true);
  }, 120_000);

  it.each([
    ["a cursor of another list", btoa(JSON.stringify(["2024-01-01", "some-id"]))],
    ["a forged rowid", btoa(JSON.stringify(["1", "1; DROP TABLE documents"]))],
    ["not a cursor", "???"],
  ])("refuses %s", async (_name, cursor) => {
    const result = await gql(PAGE, { s: "thong bao", first: 2, after: cursor }, await adminToken());
    expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
  });
});

describe("document search, within the reader's reach", () => {
  it("finds what the reader may read — above, on and below their line, external bodies', drafts for writers — and follows issues and moves", async () => {
    const unique = crypto.randomUUID().slice(0, 8);
    const word = `tamvoi${unique}`;
    const province = await createCell({ name: `Tỉnh ủy ${unique}`, kind: "PROVINCIAL_COMMITTEE" });
    const district = await createCell({
      name: `Huyện ủy ${unique}`,
      kind: "DISTRICT_COMMITTEE",
      parentId: province.id,
      documentCode: "HU",
    });
    const other = await createCell({
      name: `Huyện ủy khác ${unique}`,
      kind: "DISTRICT_COMMITTEE",
      parentId: province.id,
      documentCode: "HU",
    });
    const cell = await createCell({
      name: `Chi bộ ${unique}`,
      kind: "GRASSROOTS_CELL",
      parentId: district.id,
    });
    const sibling = await createCell({
      name: `Chi bộ bên ${unique}`,
      kind: "GRASSROOTS_CELL",
      parentId: other.id,
    });
    const issue = (title: string, issuerId: string, extra: Record<string, unknown> = {}) =>
      createDocument({
        type: "NOTICE",
        title: `${title} ${word}`,
        issuerId,
        issuedOn: "2024-03-01",
        ...extra,
      });
    await issue("Của tỉnh", province.id);
    await issue("Của huyện", district.id);
    await issue("Của chi bộ", cell.id);
    await issue("Của chi bộ bên", sibling.id);
    await issue("Của Ban Bí thư", globalId("ExternalBody", "secretariat"), { issuerTerm: "XIII" });
    const draft = await createDocument({
      type: "NOTICE",
      title: `Dự thảo ${word}`,
      issuerId: cell.id,
      draft: true,
    });
    expect(draft.status).toBe("DRAFT");
    const found = async (token: string) => {
      const result = await gql(PAGE, { s: word, first: 20 }, token);
      expect(result.errors).toBeUndefined();
      const connection = result.data?.documents as Connection | undefined;
      return (connection?.edges ?? []).map((edge) => edge.node.title.replace(` ${word}`, "")).sort();
    };
    const member = await tokenFor("MEMBER", rawId(cell.id));
    const onTheLine = ["Của Ban Bí thư", "Của chi bộ", "Của huyện", "Của tỉnh"];
    expect(await found(member)).toEqual(onTheLine);
    expect(await found(await tokenFor("SECRETARY", rawId(cell.id)))).toEqual(
      [...onTheLine, "Dự thảo"].sort(),
    );

    const issued = await mutate(
      "issueDocument",
      { documentId: draft.id, expectedVersion: draft.version, issuedOn: "2024-04-01" },
      "document { id }",
    );
    expect(JSON.stringify(issued)).toContain('"errors":[]');
    expect(await found(member)).toEqual([...onTheLine, "Dự thảo"].sort());

    const otherCommittee = await tokenFor("COMMITTEE", rawId(other.id));
    expect(await found(otherCommittee)).toEqual(["Của Ban Bí thư", "Của chi bộ bên", "Của tỉnh"]);
    const moved = await mutate(
      "moveCell",
      { cellId: cell.id, newParentId: other.id, expectedVersion: cell.version },
      "cell { id }",
    );
    expect(JSON.stringify(moved)).toContain('"errors":[]');
    expect(await found(otherCommittee)).toEqual(
      ["Của Ban Bí thư", "Của chi bộ", "Của chi bộ bên", "Của tỉnh", "Dự thảo"].sort(),
    );
  });
});
