import { env } from "cloudflare:test";
import { importJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { GrantRole } from "../../src/domain/grants";
import { createBranch, createDocument, rawId, send, tokenFor } from "../helpers";

const SEARCH = `query ($s: String!) {
  documents(first: 5, filter: { search: $s }) { totalCount edges { cursor snippet node { id title } } pageInfo { endCursor } }
}`;

/** The Worker as deployed in development, without the tests' WORK_FIGURES switch. */
const DEVELOPMENT = { WORK_FIGURES: undefined };
const PRODUCTION = { WORK_FIGURES: "on", ENVIRONMENT: "production", INTROSPECTION: "on" };

/** A token of the identity provider (production accepts no development token). */
async function providerToken(role: GrantRole, cellId: string | null) {
  const key = (await importJWK(JSON.parse(env.TEST_SIGNING_KEY), "RS256")) as CryptoKey;
  return new SignJWT({ grants: [{ role, ...(cellId ? { cell: cellId } : {}) }] })
    .setProtectedHeader({ alg: "RS256", kid: "test-key-1" })
    .setIssuer("chibo-dev")
    .setAudience("chibo")
    .setSubject(`provider-user-${role.toLowerCase()}`)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(key);
}

async function search(s: string, token: string, settings: Record<string, unknown> = DEVELOPMENT) {
  const response = await send({ token, body: { query: SEARCH, variables: { s } } }, settings as never);
  // The request id is new for every request, whoever asks.
  const { requestId: _requestId, ...extensions } = response.body.extensions ?? {};
  return { status: response.status, data: response.body.data, errors: response.body.errors, extensions };
}

describe("side channels: nothing a viewer receives depends on rows it cannot read", () => {
  it("shows D1's work figures to admins, and to nobody else unless tests or the bench turn them on", async () => {
    const { cell } = await createBranch("Số liệu công việc");
    const member = await providerToken("MEMBER", rawId(cell.id));
    for (const settings of [DEVELOPMENT, PRODUCTION]) {
      const asMember = await search("chi bo", member, settings);
      expect(asMember.errors).toBeUndefined();
      expect(asMember.extensions).not.toHaveProperty("d1RowsRead");
      expect(asMember.extensions).not.toHaveProperty("d1RoundTrips");
      expect(asMember.extensions).toHaveProperty("cost");
      const asAdmin = await search("chi bo", await providerToken("ADMIN", null), settings);
      expect(asAdmin.extensions.d1RowsRead).toBeGreaterThan(0);
      expect(asAdmin.extensions.d1RoundTrips).toBeGreaterThan(0);
    }
    // The tests' own switch, which production ignores (above), shows them to the member.
    const switchedOn = await search("chi bo", member, { WORK_FIGURES: "on" });
    expect(switchedOn.extensions.d1RowsRead).toBeGreaterThan(0);
  });

  it("answers a search for a word of another branch's hidden draft exactly as one for a word found nowhere", async () => {
    const hidden = await createBranch("Dự thảo kín");
    const word = `xyzzysecret${hidden.unique.split(" ").at(-1)}`;
    await createDocument({
      type: "PLAN",
      title: `Dự thảo ${word}`,
      body: `${word} `.repeat(50),
      issuerId: hidden.cell.id,
      draft: true,
    });
    const outsider = await tokenFor("MEMBER", rawId((await createBranch("Người ngoài")).cell.id));
    const [present, absent] = [await search(word, outsider), await search(`${word.slice(0, -1)}q`, outsider)];
    expect(present.data?.documents.totalCount).toBe(0);
    expect(present).toEqual(absent);
    // The writers of the hidden branch find it: the word is in the index.
    const writer = await tokenFor("SECRETARY", rawId(hidden.cell.id));
    expect((await search(word, writer)).data?.documents.totalCount).toBe(1);
  });

  it("orders and pages a reader's matches the same however many hidden documents share the words", async () => {
    const visible = await createBranch("Tìm kiếm công khai");
    const word = `quyhoach${visible.unique.split(" ").at(-1)}`;
    for (const [title, issuedOn] of [
      [`Kế hoạch ${word}`, "2024-03-01"],
      ["Thông báo chung", "2024-05-01"],
    ] as const) {
      await createDocument({
        type: "PLAN",
        title,
        body: `Về ${word} của chi bộ.`,
        issuerId: visible.cell.id,
        issuedOn,
      });
    }
    const reader = await tokenFor("MEMBER", rawId(visible.cell.id));
    const before = await search(word, reader);
    expect(before.data?.documents.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual([
      `Kế hoạch ${word}`,
      "Thông báo chung",
    ]);
    // Other branches' drafts full of the same word change the index's statistics (what bm25 ranks by), not the answer.
    const elsewhere = await createBranch("Dự thảo khác");
    for (let copy = 0; copy < 3; copy += 1) {
      await createDocument({
        type: "PLAN",
        title: `${word} ${word}`,
        body: `${word} `.repeat(200),
        issuerId: elsewhere.cell.id,
        draft: true,
      });
    }
    expect(await search(word, reader)).toEqual(before);
  });
});
