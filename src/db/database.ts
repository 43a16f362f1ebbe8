import { Refusal } from "../domain/refusal";
import { budgetProblem, type WorkBudget } from "../domain/work";
import { EVENTS_OF_REQUEST, type LiveEventRow } from "./live-event-rows";

export type Bind = string | number | null;

/** Who writes, and why: set by a mutation, copied by the audit triggers into every row they log (0006_audit.sql). */
export interface AuditContext {
  requestId: string;
  actorPersonId: string | null;
  actorGrants: string;
  operation: string;
  scopeCellId: string | null;
}

/**
 * D1 could not run a read or a batch (a lost connection, an overload, a reset): nothing of the failed batch was
 * written, and the request can be retried as it was sent.
 */
export class DatabaseUnavailable extends Error {
  constructor(readonly failure: unknown) {
    super("The database could not be reached.");
  }
}

/**
 * The request passed its work budget (src/domain/work.ts): nothing more is read or written for it. Not retryable
 * as sent: the same request would pass it again.
 */
export class BudgetExceeded extends Error {}

const CONFLICT = new Refusal({
  code: "CONFLICT",
  message: {
    vi: "Có người vừa thay đổi bản ghi này sau khi đồng chí đọc; hãy đọc lại trường version của nó (ví dụ node(id: …) { … on Meeting { version } }) rồi gửi lại.",
    en: "Someone else changed this record since it was read; read its version field again (e.g. node(id: …) { … on Meeting { version } }) and send the write again.",
  },
});

/**
 * What a D1 failure means to the caller. A constraint of the schema refused the write: the caller may name it
 * (a duplicate); the write guard tripped: CONFLICT; anything else: the database was unavailable.
 */
function classified(error: unknown): Error {
  if (!(error instanceof Error)) return new DatabaseUnavailable(error);
  if (error.message.includes("write_guard.unchanged")) return CONFLICT;
  if (/constraint failed/i.test(error.message)) return error;
  return new DatabaseUnavailable(error);
}

/** Sees every statement prepared through a Database: the query-plan test collects them with realistic binds. */
export type StatementObserver = (sql: string, binds: readonly Bind[]) => void;
let statementObserver: StatementObserver | null = null;

export function observeStatements(observer: StatementObserver | null): void {
  statementObserver = observer;
}

/**
 * The one door to D1. Counts round trips (a `batch` is one) and the rows D1 reports reading, so that tests and
 * the benchmark can prove a GraphQL operation costs one D1 round trip per nesting level, and maps the write
 * guard's failure to a CONFLICT refusal.
 */
export class Database {
  roundTrips = 0;
  rowsRead = 0;
  /** While set, every write batch is wrapped in the audit context, so its changes are logged in the same batch. */
  audit: AuditContext | null = null;
  private readonly afterWrite: (() => void)[] = [];
  private pendingClaim: {
    statements: D1PreparedStatement[];
    refusalOf: (error: unknown) => Error | null;
  } | null = null;
  /** Whether a claim set with `claimWithNextWrite` was written (with the first write batch). */
  claimed = false;
  /** Rows set aside for priced aggregates before they are sent (`reserve`). */
  reservedRows = 0;
  private budget: WorkBudget | null = null;
  private startedAt = Date.now();
  private exceeded: BudgetExceeded | null = null;
  /** Reads asked for since the last round trip: they leave together, in one batch. */
  private queuedReads: { statement: D1PreparedStatement; settle: (result: D1Result | Error) => void }[] = [];

  constructor(private readonly d1: Pick<D1Database, "prepare" | "batch"> | D1DatabaseSession) {}

  /** Holds the request to a budget of rows, round trips and time, counted from now. */
  limitWork(budget: WorkBudget): void {
    this.budget = budget;
    this.startedAt = Date.now();
  }

  /**
   * Sets aside the rows priced work is expected to read, before it is sent: when that would pass the budget, the
   * work is refused before it starts, and so is everything the request would read after it.
   */
  reserve(rows: number): void {
    this.reservedRows += rows;
    this.checkBudget();
  }

  private checkBudget(): void {
    if (this.exceeded) throw this.exceeded;
    if (!this.budget) return;
    const problem = budgetProblem(
      {
        rowsRead: this.rowsRead,
        reservedRows: this.reservedRows,
        roundTrips: this.roundTrips,
        elapsedMs: Date.now() - this.startedAt,
      },
      this.budget,
    );
    if (problem) {
      this.exceeded = new BudgetExceeded(problem);
      throw this.exceeded;
    }
  }

  /** Adds another database's costs to this request's (a national rollup reads every tenant's database). */
  countWith(other: Database): void {
    this.roundTrips += other.roundTrips;
    this.rowsRead += other.rowsRead;
  }

  /**
   * What the request's user is charged for (src/http/work-limit.ts): the rows it read, or the rows its priced
   * aggregates reserved when more — an aggregate reads kept counters but judges every organization they cover, and
   * its price stands for that work (and a request refused past its budget is charged what it asked for).
   */
  get chargedRows(): number {
    return Math.max(this.rowsRead, this.reservedRows);
  }

  /** The D1 session's bookmark: where this request's reads and writes stand, for the client to send back. */
  bookmark(): string | null {
    return "getBookmark" in this.d1 ? this.d1.getBookmark() : null;
  }

  /**
   * Statements that must land with the request's first write, in its batch, or not at all (an idempotency key's
   * claim). `refusalOf` turns the batch's failure caused by the claim into the error to answer.
   */
  claimWithNextWrite(statements: D1PreparedStatement[], refusalOf: (error: unknown) => Error | null): void {
    this.pendingClaim = { statements, refusalOf };
  }

  /** Runs after every write, attempted or not: caches of what was read before are stale. */
  onWrite(listener: () => void): void {
    this.afterWrite.push(listener);
  }

  prepare(sql: string, binds: readonly Bind[] = []): D1PreparedStatement {
    statementObserver?.(sql, binds);
    return this.d1.prepare(sql).bind(...binds);
  }

  private countRowsRead(results: readonly D1Result[]): void {
    for (const result of results) this.rowsRead += result.meta?.rows_read ?? 0;
  }

  /**
   * Reads are queued and sent together once the resolvers and DataLoaders of a nesting level have all asked:
   * DataLoaders dispatch their batches from timers (or earlier, from promise jobs), and the flush is a timer
   * queued after theirs, so every read of one level leaves in one D1 batch — one round trip — whatever the number
   * of loaders and lists at that level.
   */
  private read(statement: D1PreparedStatement): Promise<D1Result> {
    return new Promise((resolve, reject) => {
      if (this.queuedReads.length === 0) setTimeout(() => this.sendQueuedReads(), 0);
      this.queuedReads.push({
        statement,
        settle: (result) => (result instanceof Error ? reject(result) : resolve(result)),
      });
    });
  }

  private async sendQueuedReads(): Promise<void> {
    const reads = this.queuedReads;
    this.queuedReads = [];
    try {
      this.checkBudget();
    } catch (error) {
      for (const read of reads) read.settle(error as Error);
      return;
    }
    this.roundTrips += 1;
    try {
      const results = await this.d1.batch(reads.map((read) => read.statement));
      this.countRowsRead(results);
      for (const [index, read] of reads.entries()) read.settle(results[index] as D1Result);
    } catch (error) {
      const failure = classified(error);
      for (const read of reads) read.settle(failure);
    }
  }

  async all<Row>(sql: string, binds: readonly Bind[] = []): Promise<Row[]> {
    return ((await this.read(this.prepare(sql, binds))) as D1Result<Row>).results;
  }

  async first<Row>(sql: string, binds: readonly Bind[] = []): Promise<Row | null> {
    return (await this.all<Row>(sql, binds))[0] ?? null;
  }

  /** Several reads, sent with the others of the same moment. */
  async readBatch<Row>(statements: D1PreparedStatement[]): Promise<Row[][]> {
    const results = await Promise.all(statements.map((statement) => this.read(statement)));
    return results.map((result) => (result as D1Result<Row>).results);
  }

  /** A write: every statement or none (D1 runs a batch as one transaction). */
  async write(ownStatements: D1PreparedStatement[]): Promise<D1Result[]> {
    this.checkBudget();
    this.roundTrips += 1;
    const claim = this.pendingClaim;
    const statements = claim ? [...claim.statements, ...ownStatements] : ownStatements;
    const own = (results: D1Result[]) => (claim ? results.slice(claim.statements.length) : results);
    try {
      if (!this.audit) {
        const results = await this.d1.batch(statements);
        this.countRowsRead(results);
        this.markClaimed();
        return own(results);
      }
      const { requestId, actorPersonId, actorGrants, operation, scopeCellId } = this.audit;
      const results = await this.d1.batch([
        this.prepare(
          `UPDATE audit_context SET request_id = ?1, actor_person_id = ?2, actor_grants = ?3, operation = ?4,
             scope_cell_id = ?5 WHERE id = 1`,
          [requestId, actorPersonId, actorGrants, operation, scopeCellId],
        ),
        ...statements,
        this.prepare(EVENTS_OF_REQUEST, [requestId]),
        this.prepare(
          `UPDATE audit_context SET request_id = NULL, actor_person_id = NULL, actor_grants = NULL, operation = NULL,
             scope_cell_id = NULL WHERE id = 1`,
        ),
      ]);
      this.countRowsRead(results);
      this.markClaimed();
      this.keepEvents((results.at(-2) as D1Result<LiveEventRow>).results);
      return own(results.slice(1, -2));
    } catch (error) {
      throw claim?.refusalOf(error) ?? classified(error);
    } finally {
      for (const listener of this.afterWrite) listener();
    }
  }

  /** The live events the request's writes made (triggers write them; the HTTP layer sends them to their channels). */
  readonly liveEvents: LiveEventRow[] = [];

  private keepEvents(events: readonly LiveEventRow[]): void {
    const known = new Set(this.liveEvents.map((event) => event.seq));
    this.liveEvents.push(...events.filter((event) => !known.has(event.seq)));
  }

  /**
   * Starts the work budget again, as for a new request: a subscription judges each event it delivers as a request
   * of its own.
   */
  startOver(): void {
    this.roundTrips = 0;
    this.rowsRead = 0;
    this.reservedRows = 0;
    this.exceeded = null;
    this.startedAt = Date.now();
  }

  private markClaimed(): void {
    if (this.pendingClaim) this.claimed = true;
    this.pendingClaim = null;
  }

  /**
   * The first statement of a write batch that read `table`'s row at `version`: it aborts the batch when the
   * row changed in between, so decisions taken on the read never land on newer data.
   */
  guardVersion(
    table:
      | "cells"
      | "people"
      | "documents"
      | "implementation_assignments"
      | "meetings"
      | "meeting_decisions"
      | "grants",
    id: string,
    version: number,
  ): D1PreparedStatement {
    return this.prepare(
      `UPDATE write_guard SET unchanged = (SELECT 1 FROM ${table} WHERE id = ?1 AND version = ?2) WHERE id = 1`,
      [id, version],
    );
  }
}

/** D1 allows 100 bound parameters per statement; lists of keys are cut to leave room for the others. */
export const MAX_KEYS_PER_STATEMENT = 90;

export function chunks<T>(items: readonly T[], size = MAX_KEYS_PER_STATEMENT): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export function questionMarks(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** 16 characters of Crockford base32: 80 random bits, safe inside materialized paths and URLs. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % 32]).join("");
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Rows of `table` whose `column` is one of `keys`, in one round trip however many keys. */
export async function rowsWhereIn<Row>(
  db: Database,
  table: string,
  column: string,
  keys: readonly string[],
  orderBy: string,
): Promise<Row[]> {
  const statements = chunks(keys).map((chunk) =>
    db.prepare(
      `SELECT * FROM ${table} WHERE ${column} IN (${questionMarks(chunk.length)}) ORDER BY ${orderBy}`,
      chunk,
    ),
  );
  return (await db.readBatch<Row>(statements)).flat();
}

/**
 * An INSERT of one row whose columns are named once: the column list, the placeholders and the binds follow from the
 * same list, so they cannot fall out of step.
 */
export function insertRow<Column extends string>(
  db: Database,
  table: string,
  columns: readonly Column[],
  row: Record<Column, Bind>,
) {
  return db.prepare(insertSql(table, columns), bindsOf(columns, row));
}

/**
 * The same INSERT, or, where a row with its `key` exists, an UPDATE of that row's other columns to the given values
 * (`alsoSet`: further assignments, such as a version that moves).
 */
export function upsertRow<Column extends string>(
  db: Database,
  table: string,
  key: readonly Column[],
  columns: readonly Column[],
  row: Record<Column, Bind>,
  alsoSet: readonly string[] = [],
) {
  const assignments = columns
    .filter((column) => !key.includes(column))
    .map((column) => `${column} = excluded.${column}`);
  return db.prepare(
    `${insertSql(table, columns)} ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${[...assignments, ...alsoSet].join(", ")}`,
    bindsOf(columns, row),
  );
}

/** A parent's list written whole: its old rows go and the given ones are inserted, each with the parent's id. */
export function replaceRows<Column extends string, ParentColumn extends Column>(
  db: Database,
  table: string,
  parentColumn: ParentColumn,
  parentId: string,
  columns: readonly Column[],
  rows: readonly Record<Exclude<Column, ParentColumn>, Bind>[],
) {
  return [
    db.prepare(`DELETE FROM ${table} WHERE ${parentColumn} = ?1`, [parentId]),
    // TypeScript widens a computed key to `string`, so the row's type is restated.
    ...rows.map((row) =>
      insertRow(db, table, columns, { ...row, [parentColumn]: parentId } as Record<Column, Bind>),
    ),
  ];
}

function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((_, index) => `?${index + 1}`).join(", ")})`;
}

function bindsOf<Column extends string>(columns: readonly Column[], row: Record<Column, Bind>): Bind[] {
  return columns.map((column) => row[column]);
}

/**
 * The columns of rows sent as one JSON array and read through `json_each` (aliased `alias`): a write of many rows is
 * one statement, whatever their number (each statement of a batch costs D1 and the Worker a result to handle).
 */
export function jsonRows(alias: string, fields: readonly string[]): string {
  return fields.map((field) => `json_extract(${alias}.value, '$.${field}') AS ${field}`).join(", ");
}

/** D1 reports a broken unique key in the error's text: the one way to tell a duplicate from other failures. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.message.includes("UNIQUE constraint failed");
}
