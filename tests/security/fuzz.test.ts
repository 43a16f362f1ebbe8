/**
 * The fuzz test of the issue "Trust": thousands of generated hostile requests, from a fixed seed (FUZZ_SEED), to
 * every kind of viewer. Every answer must be a well-formed GraphQL result or error (`answerProblems`): never a
 * 5xx, never a masked fault, never SQL or a stack in a message, never a writer's mutation succeeding with IDs
 * that name nothing; and the database must be byte-for-byte what it was (`dumpDatabase`), audit log included.
 *
 * A failure lists each request that failed, as sent: the same seed sends it again on the next run. Another seed
 * (FUZZ_SEED in fuzz-random.ts) explores other requests of the same kinds.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema";
import { dumpDatabase, dumpDifferences, dumpSize } from "./fuzz-database";
import { fuzzDomainRules } from "./fuzz-domain";
import { HTTP_CATEGORIES } from "./fuzz-http";
import { dryRunImports, schemaOperations, stringSweep } from "./fuzz-operations";
import { FUZZ_SEED, Random } from "./fuzz-random";
import {
  answerProblems,
  describeRequest,
  type FuzzRequest,
  fuzzViewers,
  send,
  type Viewer,
} from "./fuzz-requests";

/** Requests per argument position of Query fields and node fields (about 120 positions), which read. */
const PER_READ_POSITION = 8;

/** Requests per argument position of Mutation fields (about 300 positions), refused before they write. */
const PER_WRITE_POSITION = 4;

/** Dry runs of importMembers with hostile rows. */
const DRY_RUNS = 150;

/** Random texts (hostile strings, CSV-like files) given to every domain rule, besides the fixed ones. */
const DOMAIN_INPUTS = 300;

/** Failures listed in full; the rest are counted. */
const REPORTED_FAILURES = 40;

let viewers: { trusted: Viewer[]; hostile: Viewer[] };

beforeAll(async () => {
  viewers = await fuzzViewers();
});

/**
 * Sends the requests one after another, then checks that the database did not change. Returns the failures as
 * text (empty when every answer was well-formed) and a summary: answers by status, the slowest request.
 */
async function fuzz(requests: readonly FuzzRequest[]): Promise<{ failures: string[]; summary: string }> {
  const before = await dumpDatabase(env.DB, env.FILES);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let slowest = { milliseconds: 0, index: 0 };
  let failed = 0;
  for (const [index, request] of requests.entries()) {
    let problems: string[];
    try {
      const answer = await send(request);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.milliseconds > slowest.milliseconds) slowest = { milliseconds: answer.milliseconds, index };
      problems = answerProblems(request, answer);
    } catch (error) {
      problems = [`the Worker threw: ${error instanceof Error ? error.stack : String(error)}`];
    }
    if (problems.length === 0) continue;
    failed += 1;
    if (failures.length < REPORTED_FAILURES) {
      failures.push(`#${index} ${describeRequest(request)}\n    → ${problems.join("\n    → ")}`);
    }
  }
  if (failed > failures.length) failures.push(`… and ${failed - failures.length} more failing requests`);
  const changed = dumpDifferences(before, await dumpDatabase(env.DB, env.FILES));
  if (changed.length > 0) failures.push(`The database changed:\n  ${changed.join("\n  ")}`);
  const byStatus = [...statuses]
    .sort(([one], [other]) => one - other)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
  const slowestLabel = requests[slowest.index]?.label ?? "";
  return {
    failures,
    summary: `${byStatus}; slowest ${slowest.milliseconds} ms (#${slowest.index} ${slowestLabel})`,
  };
}

describe(`fuzz (seed 0x${FUZZ_SEED.toString(16)})`, () => {
  it("reads the whole database, FTS shadow tables and audit log included", async () => {
    const dump = await dumpDatabase(env.DB, env.FILES);
    const size = dumpSize(dump);
    console.info(
      `fuzz: the dump holds ${size.tables} tables, ${size.rows} rows; unreadable: ${size.unreadable}`,
    );
    expect([...dump.keys()]).toEqual(expect.arrayContaining(["audit_log", "cells", "document_search_data"]));
  });

  it("answers hostile values in every argument of every field, for every viewer", async () => {
    const random = new Random(FUZZ_SEED).fork("schema");
    // Three requests in four come from the brief's viewers, the fourth from a hostile or refused token.
    const { requests, positions } = schemaOperations(
      schema,
      [...Array.from({ length: 12 }, () => viewers.trusted).flat(), ...viewers.hostile],
      random,
      { query: PER_READ_POSITION, mutation: PER_WRITE_POSITION },
    );
    const started = Date.now();
    const { failures, summary } = await fuzz(requests);
    console.info(
      `fuzz: ${requests.length} operations (argument positions: ${positions.query} of queries, ${positions.mutation} of mutations, ${positions.nested} of node fields) in ${Date.now() - started} ms: ${summary}`,
    );
    expect(failures, failures.join("\n")).toEqual([]);
  }, 300_000);

  it("answers every hostile string in every String argument of every query", async () => {
    const random = new Random(FUZZ_SEED).fork("strings");
    const readers = viewers.trusted.filter((viewer) =>
      ["anonymous", "SECRETARY", "ADMIN"].includes(viewer.name),
    );
    const requests = stringSweep(schema, readers, random);
    const started = Date.now();
    const { failures, summary } = await fuzz(requests);
    console.info(
      `fuzz: ${requests.length} hostile strings in queries in ${Date.now() - started} ms: ${summary}`,
    );
    expect(failures, failures.join("\n")).toEqual([]);
  }, 300_000);

  it("checks hostile member lists in dry runs, writing nothing", async () => {
    const random = new Random(FUZZ_SEED).fork("dry runs");
    const writers = viewers.trusted.filter((viewer) => viewer.mayWrite);
    const { failures, summary } = await fuzz(dryRunImports(schema, writers, random, DRY_RUNS));
    console.info(`fuzz: ${DRY_RUNS} dry runs: ${summary}`);
    expect(failures, failures.join("\n")).toEqual([]);
  }, 120_000);

  it("keeps the domain rules' promises on hostile text, quickly", () => {
    const started = Date.now();
    const { calls, failures } = fuzzDomainRules(new Random(FUZZ_SEED).fork("domain"), DOMAIN_INPUTS);
    console.info(`fuzz: ${calls} calls of domain rules in ${Date.now() - started} ms`);
    expect(failures.slice(0, REPORTED_FAILURES), failures.slice(0, REPORTED_FAILURES).join("\n")).toEqual([]);
  }, 120_000);

  it.each(Object.keys(HTTP_CATEGORIES))(
    "answers %s",
    async (category) => {
      const admin = viewers.trusted.find((viewer) => viewer.name === "ADMIN");
      const generate = HTTP_CATEGORIES[category];
      if (!admin || !generate) throw new Error(`No ADMIN viewer or no category ${category}.`);
      const requests = generate(new Random(FUZZ_SEED).fork(category), admin);
      const { failures, summary } = await fuzz(requests);
      console.info(`fuzz: ${requests.length} requests (${category}): ${summary}`);
      expect(failures, failures.join("\n")).toEqual([]);
    },
    120_000,
  );
});
