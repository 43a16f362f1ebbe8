/**
 * D1 failing in the middle of a request. The Worker runs against a D1 binding that breaks on demand: a write batch
 * gets a failing statement appended, so D1 itself runs the batch's statements and then rolls them back (a failure
 * inside the transaction, not before it); a read batch fails as a lost connection would. Every answer must be a
 * clean, retryable GraphQL error, and nothing of the failed step may remain — rows, audit entries, stored files.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  adminToken,
  createBranch,
  createDocument,
  globalId,
  rawId,
  send as sendToWorker,
  tokenFor,
} from "../helpers";

type BatchFault = (
  statements: D1PreparedStatement[],
  index: number,
) => "fail-inside" | "lose-connection" | null;

/** The real local D1 (and its sessions), except for the batches `fault` picks. */
function faultyD1(fault: BatchFault): D1Database {
  let batches = 0;
  function intercepted<Target extends Pick<D1Database, "batch" | "prepare">>(target: Target): Target {
    return new Proxy(target, {
      get(real, property) {
        if (property === "batch") {
          return async (statements: D1PreparedStatement[]) => {
            const mode = fault(statements, batches++);
            if (mode === "lose-connection") throw new Error("D1_ERROR: Network connection lost.");
            if (mode === "fail-inside") {
              return real.batch([...statements, real.prepare("INSERT INTO injected_fault (id) VALUES (1)")]);
            }
            return real.batch(statements);
          };
        }
        if (property === "withSession") {
          return (constraint?: string) =>
            intercepted((real as unknown as D1Database).withSession(constraint));
        }
        const value = Reflect.get(real, property, real);
        return typeof value === "function" ? value.bind(real) : value;
      },
    });
  }
  return intercepted(env.DB);
}

/** Audited write batches are the only ones with their audit context before and after: three statements or more. */
const writes: BatchFault = (statements) => (statements.length >= 3 ? "fail-inside" : null);

interface Answer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions: { code: string; retryable?: boolean } }[];
  };
}

async function send(
  fault: BatchFault,
  token: string,
  query: string,
  variables: object = {},
): Promise<Answer> {
  const { status, body } = await sendToWorker({ token, body: { query, variables } }, { DB: faultyD1(fault) });
  return { status, body: body as Answer["body"] };
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const counts = await env.DB.batch(
    tables.results.map((table) =>
      env.DB.prepare(`SELECT '${table.name}' AS name, count(*) AS n FROM "${table.name}"`),
    ),
  );
  return Object.fromEntries(
    counts.map((result) => [(result.results[0] as any).name, (result.results[0] as any).n]),
  );
}

function expectCleanRetryableError(answer: Answer) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.body.errors?.map((error) => error.extensions.code)).toEqual(["DATABASE_UNAVAILABLE"]);
  expect(answer.body.errors?.[0]?.extensions.retryable).toBe(true);
  expect(answer.body.errors?.[0]?.message).not.toMatch(/D1_ERROR|SQLITE|injected_fault|INSERT|\n\s+at /);
}

describe("D1 faults", () => {
  it("leaves nothing of a mutation whose write batch fails inside D1, and says to retry", async () => {
    const branch = await createBranch("Fault write");
    const secretary = await tokenFor("SECRETARY", rawId(branch.cell.id));
    const before = await rowCounts();
    const answer = await send(
      writes,
      secretary,
      `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { person { id } errors { code } } }`,
      { input: { fullName: "Trần Văn Lỗi", cellId: branch.cell.id } },
    );
    expectCleanRetryableError(answer);
    expect(await rowCounts()).toEqual(before);

    const retried = await send(
      () => null,
      secretary,
      `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { person { id } errors { code } } }`,
      { input: { fullName: "Trần Văn Lỗi", cellId: branch.cell.id } },
    );
    expect(retried.body.data?.createCandidate.errors).toEqual([]);
  });

  it("leaves no stored file behind when the attachment's record cannot be written", async () => {
    const branch = await createBranch("Fault upload");
    const document = await createDocument({
      type: "MINUTES",
      title: `Biên bản ${branch.unique}`,
      issuerId: branch.cell.id,
      issuedOn: "2024-05-05",
    });
    const filesBefore = (await env.FILES.list()).objects.length;
    const body = new FormData();
    body.set(
      "operations",
      JSON.stringify({
        query: `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id } errors { code } } }`,
        variables: { input: { documentId: document.id, file: null } },
      }),
    );
    body.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
    body.set("0", new File(["%PDF-1.4\n%%EOF\n"], "bien-ban.pdf", { type: "application/pdf" }));
    const { status, body: answer } = await sendToWorker(
      { token: await adminToken(), body },
      { DB: faultyD1(writes) },
    );
    expectCleanRetryableError({ status, body: answer as Answer["body"] });
    expect((await env.FILES.list()).objects.length).toBe(filesBefore);
  });

  it("answers a read whose second round trip is lost with a retryable error on that field", async () => {
    const secondBatch: BatchFault = (_statements, index) => (index === 1 ? "lose-connection" : null);
    const answer = await send(
      secondBatch,
      await adminToken(),
      `query ($id: ID!) { cell(id: $id) { name children(first: 5) { edges { node { name } } } } }`,
      { id: globalId("Cell", "demo-bloc-committee") },
    );
    expectCleanRetryableError(answer);
  });
});
