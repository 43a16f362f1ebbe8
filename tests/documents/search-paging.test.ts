import { describe, expect, it } from "vitest";
import { SEARCH_COUNT_LIMIT } from "../../src/domain/search";
import { adminToken, createBranch, createDocument, gql } from "../helpers";

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
