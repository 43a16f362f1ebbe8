import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { adminToken, createBranch, rawId, send as sendToWorker, tokenFor } from "../helpers";

/** The Worker over the test D1, noting how each request opens its D1 session. */
async function send(query: string, variables: object, headers: Record<string, string> = {}) {
  const sessions: (string | undefined)[] = [];
  const spied = new Proxy(env.DB, {
    get(target, property) {
      if (property === "withSession") {
        return (constraint?: string) => {
          sessions.push(constraint);
          return target.withSession(constraint);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const sent = await sendToWorker(
    { token: await adminToken(), headers, body: { query, variables } },
    { DB: spied },
  );
  return { ...sent, bookmark: sent.headers.get("x-chibo-bookmark"), sessions };
}

const RENAME = `mutation ($input: UpdateCellInput!) { updateCell(input: $input) { cell { aliases { name } } errors { code } } }`;
const ALIASES = `query ($id: ID!) { cell(id: $id) { aliases { name } } }`;

describe("D1 read replication (Sessions API)", () => {
  it("reads from any replica, writes from the primary, and answers with the session's bookmark", async () => {
    const branch = await createBranch("Sessions");
    const read = await send(ALIASES, { id: branch.cell.id });
    expect(read.sessions).toEqual(["first-unconstrained"]);
    expect(read.bookmark).toMatch(/^[0-9a-f-]+$/);
    const write = await send(RENAME, {
      input: { cellId: branch.cell.id, expectedVersion: 1, addAliases: ["Tên mới"] },
    });
    expect(write.body.data?.updateCell.errors).toEqual([]);
    expect(write.sessions).toEqual(["first-primary"]);
    expect(write.bookmark).toMatch(/^[0-9a-f-]+$/);
  });

  it("starts a request that sends a bookmark back at that bookmark, so a client reads its own writes", async () => {
    const branch = await createBranch("Bookmarks");
    const write = await send(RENAME, {
      input: { cellId: branch.cell.id, expectedVersion: 1, addAliases: ["Đã ghi"] },
    });
    const bookmark = write.bookmark as string;
    const read = await send(ALIASES, { id: branch.cell.id }, { "x-chibo-bookmark": bookmark });
    expect(read.sessions).toEqual([bookmark]);
    expect(read.body.data?.cell.aliases).toEqual([{ name: "Đã ghi" }]);
  });

  it("refuses a bookmark no answer could have carried", async () => {
    const secretary = await tokenFor("SECRETARY", rawId((await createBranch("Bad bookmark")).cell.id));
    const result = await send(
      "{ __typename }",
      {},
      { "x-chibo-bookmark": "'; DROP TABLE cells; --", authorization: `Bearer ${secretary}` },
    );
    expect(result.status).toBe(400);
    expect(result.body.errors?.map((error) => error.extensions.code)).toEqual(["INVALID_BOOKMARK"]);
    expect(result.sessions).toEqual([]);
  });
});
