import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { adminToken, createBranch, rawId, send as sendToWorker, tokenFor } from "../helpers";

const CREATE = `mutation ($input: CreateCandidateInput!) {
  createCandidate(input: $input) { person { id fullName } errors { code } }
}`;

interface CandidateAnswer {
  createCandidate: { person: { id: string } | null; errors: { code: string }[] };
}

async function send(token: string, key: string | null, variables: object, query = CREATE) {
  const sent = await sendToWorker<CandidateAnswer>({
    token,
    headers: key === null ? {} : { "idempotency-key": key },
    body: { query, variables },
  });
  return { ...sent, replayedHeader: sent.headers.get("idempotent-replayed") };
}

async function candidatesNamed(name: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM people WHERE full_name = ?")
    .bind(name)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function setUp(label: string) {
  const branch = await createBranch(label);
  const token = await tokenFor("SECRETARY", rawId(branch.cell.id), {
    personId: `secretary-${branch.unique}`,
  });
  const name = `Lê Văn ${branch.unique}`;
  return { token, name, variables: { input: { fullName: name, cellId: branch.cell.id } } };
}

describe("Idempotency-Key", () => {
  it("replays the first answer to a retry and writes once", async () => {
    const { token, name, variables } = await setUp("Idem replay");
    const key = crypto.randomUUID();
    const first = await send(token, key, variables);
    expect(first.body.data?.createCandidate.errors).toEqual([]);
    expect(first.body.extensions?.idempotentReplay).toBeUndefined();
    const retry = await send(token, key, variables);
    expect(retry.body.data).toEqual(first.body.data);
    expect(retry.body.extensions?.idempotentReplay).toBe(true);
    expect(retry.replayedHeader).toBe("true");
    expect(await candidatesNamed(name)).toBe(1);
    const withoutKey = await send(token, null, variables);
    expect(withoutKey.body.data?.createCandidate.person?.id).not.toBe(
      first.body.data?.createCandidate.person?.id,
    );
    expect(await candidatesNamed(name)).toBe(2);
  });

  it("writes once when the same request arrives twice at the same time", async () => {
    const { token, name, variables } = await setUp("Idem race");
    const key = crypto.randomUUID();
    const answers = await Promise.all([send(token, key, variables), send(token, key, variables)]);
    expect(await candidatesNamed(name)).toBe(1);
    const created = answers.filter((answer) => answer.body.data?.createCandidate.person);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers.filter((one) => !one.body.data?.createCandidate.person)) {
      expect(answer.status).toBe(409);
      expect(answer.body.errors?.map((error) => error.extensions.code)).toEqual(["IDEMPOTENCY_KEY_IN_USE"]);
    }
  });

  it("refuses a key reused for another request, and keeps keys apart per person", async () => {
    const { token, variables } = await setUp("Idem reuse");
    const key = crypto.randomUUID();
    await send(token, key, variables);
    const other = await send(token, key, { input: { ...variables.input, fullName: "Người khác" } });
    expect(other.status).toBe(422);
    expect(other.body.errors?.map((error) => error.extensions.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    const someoneElse = await setUp("Idem other person");
    const theirs = await send(someoneElse.token, key, someoneElse.variables);
    expect(theirs.body.data?.createCandidate.errors).toEqual([]);
    expect(theirs.body.extensions?.idempotentReplay).toBeUndefined();
  });

  it("claims nothing for a refused mutation, so its retry runs again", async () => {
    const { token, variables } = await setUp("Idem refused");
    const key = crypto.randomUUID();
    const refused = await send(token, key, { input: { ...variables.input, fullName: "   " } });
    expect(refused.body.data?.createCandidate.errors.length).toBeGreaterThan(0);
    const fixed = await send(token, key, { input: { ...variables.input, fullName: "   " } });
    expect(fixed.body.extensions?.idempotentReplay).toBeUndefined();
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM idempotency_keys WHERE key = ?")
      .bind(key)
      .first<{ n: number }>();
    expect(stored?.n).toBe(0);
  });

  it("refuses a malformed key, and ignores a key on a query", async () => {
    const { token, variables } = await setUp("Idem malformed");
    const malformed = await send(token, "with spaces", variables);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((error) => error.extensions.code)).toEqual(["INVALID_IDEMPOTENCY_KEY"]);
    // An admin token of `npm run token` names nobody: its key would be shared by every such token.
    const nobody = await send(await adminToken(), crypto.randomUUID(), variables);
    expect(nobody.status).toBe(400);
    expect(nobody.body.errors?.map((error) => error.extensions.code)).toEqual(["IDEMPOTENCY_NEEDS_SUBJECT"]);
    const query = await send(token, crypto.randomUUID(), {}, "{ __typename }");
    expect(query.body.errors).toBeUndefined();
  });
});

describe("idempotency housekeeping", () => {
  it("deletes answers older than a day from every tenant's database, on the hourly schedule", async () => {
    const old = new Date(Date.now() - 25 * 3_600_000).toISOString();
    const fresh = new Date().toISOString();
    for (const db of [env.DB, env.DB_SECOND]) {
      await db.batch([
        db
          .prepare(
            "INSERT INTO idempotency_keys (principal, key, request_hash, response, created_at) VALUES (?, ?, 'h', '{}', ?)",
          )
          .bind("purge-test", "old", old),
        db
          .prepare(
            "INSERT INTO idempotency_keys (principal, key, request_hash, response, created_at) VALUES (?, ?, 'h', '{}', ?)",
          )
          .bind("purge-test", "fresh", fresh),
      ]);
    }
    await worker.scheduled(createScheduledController({ cron: "23 * * * *" }), env);
    for (const db of [env.DB, env.DB_SECOND]) {
      const keys = await db
        .prepare("SELECT key FROM idempotency_keys WHERE principal = 'purge-test'")
        .all<{ key: string }>();
      expect(keys.results.map((row) => row.key)).toEqual(["fresh"]);
    }
  });
});
