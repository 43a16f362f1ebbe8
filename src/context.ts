import DataLoader from "dataloader";
import { Access } from "./auth/access";
import { type Identity, viewerOf } from "./auth/token";
import type { Viewer } from "./auth/viewer";
import { type CellRow, cellsReferencedBy, cellsWithParentsByIds } from "./db/cells";
import { Database } from "./db/database";
import type { DocumentRow } from "./db/document-rows";
import { documentsByIds } from "./db/documents";
import { activeGrantsOf, type GrantRow, grantsByIds } from "./db/grants";
import type { LiveEventRow } from "./db/live-event-rows";
import { type MeetingRow, meetingsByIds } from "./db/meetings";
import { type ListQuery, loadPages, type Page, type PageArgs } from "./db/pages";
import { type MembershipRow, membershipsByPersonIds, type PersonRow, peopleByIds } from "./db/people";
import type { Tenant } from "./db/tenants";
import { todayInVietnam } from "./domain/dates";
import type { Language } from "./domain/refusal";
import { workBudgetOf } from "./domain/work";

/** The bindings and settings the schema and the context read (the Worker's whole environment: src/env.ts). */
export interface ContextEnv {
  FILES: R2Bucket;
  /** Largest attachment accepted, in bytes (default 20 MiB). */
  MAX_ATTACHMENT_BYTES?: string;
  /** A request's work budget (src/domain/work.ts): rows read, D1 round trips, milliseconds. */
  BUDGET_ROWS_READ?: string;
  BUDGET_ROUND_TRIPS?: string;
  BUDGET_WALL_MS?: string;
  /** How long a calendar feed works after it was made or rotated, in days (default 365). */
  CALENDAR_FEED_LIFETIME_DAYS?: string;
}

function byId<Row extends { id: string }>(load: (ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

interface PageKey {
  parentKey: string;
  args: PageArgs;
}

/**
 * Per-request loaders. Entities by id are read through one DataLoader each; a paged list is read through
 * a DataLoader per list and arguments, so the pages of all parents at one nesting level are one D1 batch.
 */
export class Loaders {
  readonly cell: DataLoader<string, CellRow | null>;
  readonly person: DataLoader<string, PersonRow | null>;
  /** Documents not deleted: a deleted document is gone for readers (its files wait for an admin's purge). */
  readonly document: DataLoader<string, DocumentRow | null>;
  readonly meeting: DataLoader<string, MeetingRow | null>;
  readonly grant: DataLoader<string, GrantRow | null>;
  /** Each person's memberships, oldest first, read with the cells they were in (a party history names them). */
  readonly membershipsOfPerson: DataLoader<string, MembershipRow[]>;
  private readonly pageLoaders = new Map<string, DataLoader<PageKey, Page<unknown>, string>>();
  private readonly groupLoaders = new Map<string, DataLoader<string, unknown[]>>();

  /** Forgets everything read: after a write, the next read must see it. */
  clearAll(): void {
    this.cell.clearAll();
    this.person.clearAll();
    this.document.clearAll();
    this.meeting.clearAll();
    this.membershipsOfPerson.clearAll();
    this.pageLoaders.clear();
    this.groupLoaders.clear();
  }

  constructor(private readonly db: Database) {
    db.onWrite(() => this.clearAll());
    // Cells come with their parents, documents with their issuing cells, meetings with their cells, in the same
    // round trip (see the db functions): the companions fill the cell loader.
    this.cell = byId(async (ids) => {
      const { cells, parents } = await cellsWithParentsByIds(db, ids);
      this.primeCells(parents);
      return cells;
    });
    this.person = byId((ids) => peopleByIds(db, ids));
    this.meeting = byId(async (ids) => {
      const [meetings, cells] = await Promise.all([
        meetingsByIds(db, ids),
        cellsReferencedBy(db, "meetings", "cell_id", ids),
      ]);
      this.primeCells(cells);
      return meetings;
    });
    this.grant = byId((ids) => grantsByIds(db, ids));
    this.membershipsOfPerson = new DataLoader(async (personIds) => {
      const [memberships, cells] = await Promise.all([
        membershipsByPersonIds(db, personIds),
        cellsReferencedBy(db, "memberships", "cell_id", personIds, "person_id"),
      ]);
      this.primeCells(cells);
      return personIds.map((personId) =>
        memberships.filter((membership) => membership.person_id === personId),
      );
    });
    this.document = byId(async (ids) => {
      const [documents, issuers] = await Promise.all([
        documentsByIds(db, ids),
        cellsReferencedBy(db, "documents", "issuer_cell_id", ids),
      ]);
      this.primeCells(issuers);
      return documents.filter((row) => row.deleted_at === null);
    });
  }

  /** Rows of cells read along with something else: later loads of them are answered without D1. */
  primeCells(rows: readonly CellRow[]): void {
    for (const row of rows) this.cell.prime(row.id, row);
  }

  /** Rows grouped by a parent key (e.g. the roles of each cell), one round trip for all parents. */
  grouped<Row>(
    listName: string,
    load: (keys: readonly string[]) => Promise<Row[]>,
    groupOf: (row: Row) => string,
  ): DataLoader<string, Row[]> {
    let loader = this.groupLoaders.get(listName);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (keys) => {
        const groups = new Map<string, Row[]>();
        for (const row of await load(keys)) {
          const key = groupOf(row);
          const group = groups.get(key);
          if (group) group.push(row);
          else groups.set(key, [row]);
        }
        return keys.map((key) => groups.get(key) ?? []);
      });
      this.groupLoaders.set(listName, loader);
    }
    return loader as DataLoader<string, Row[]>;
  }

  page<Row>(listName: string, query: ListQuery, parentKey: string, args: PageArgs): Promise<Page<Row>> {
    // Two lists of one name with other sources or conditions (two searches in one operation) are two loaders.
    const loaderKey = `${listName}:${JSON.stringify([query.from, query.fromBinds, query.where, query.binds])}`;
    let loader = this.pageLoaders.get(loaderKey);
    if (!loader) {
      loader = new DataLoader<PageKey, Page<unknown>, string>(
        async (keys) => {
          const groups = new Map<string, PageKey[]>();
          for (const key of keys) {
            const argsKey = JSON.stringify(key.args);
            groups.set(argsKey, [...(groups.get(argsKey) ?? []), key]);
          }
          const pagesByGroup = await Promise.all(
            [...groups.values()].map((group) =>
              loadPages<unknown>(
                this.db,
                query,
                group.map((key) => key.parentKey),
                group[0]?.args ?? {},
              ),
            ),
          );
          const pages = new Map<string, Page<unknown>>();
          [...groups.values()].forEach((group, index) => {
            for (const key of group) {
              const page = pagesByGroup[index]?.get(key.parentKey);
              if (page) pages.set(JSON.stringify([key.parentKey, key.args]), page);
            }
          });
          return keys.map(
            (key) => pages.get(JSON.stringify([key.parentKey, key.args])) ?? new Error("page not loaded"),
          );
        },
        { cacheKeyFn: (key) => JSON.stringify([key.parentKey, key.args]) },
      );
      this.pageLoaders.set(loaderKey, loader);
    }
    return loader.load({ parentKey, args }) as Promise<Page<Row>>;
  }
}

/** The events of some channels as they are published, until closed (src/http/live.ts: one Durable Object each). */
export interface LiveListener extends AsyncIterable<LiveEventRow[]> {
  /** Settles once every channel listens: events published after it are not missed. */
  ready: Promise<void>;
  close(): void;
}

export interface LiveFeed {
  listen(orgIds: readonly string[]): LiveListener;
}

export interface Context {
  db: Database;
  env: ContextEnv;
  viewer: Viewer | null;
  access: Access;
  loaders: Loaders;
  /** The request's day in Asia/Ho_Chi_Minh, the default for "on" arguments. */
  today: string;
  /** Identifies the request in the audit log and in the response's extensions (Cloudflare's ray id when present). */
  requestId: string;
  /** The language of the messages people read: Vietnamese unless the request asks for English. */
  language: Language;
  /** The tenant whose database serves the request, and every tenant (for national rollups). */
  tenant: Tenant;
  tenants: Tenant[];
  /** Live events for subscriptions; null where the request cannot hold a stream (pages built from GraphQL). */
  live: LiveFeed | null;
  /** The last event a reconnecting subscriber received (the SSE `Last-Event-ID` header), if it says. */
  lastEventId: string | null;
  /** The event a subscription delivers now: its ID goes on the SSE message (src/http/live-ids.ts). */
  deliveringEventId: string | null;
}

/** What a request brings to its context, read from it by the HTTP layer (src/http/request-context.ts). */
export interface ContextInputs {
  env: ContextEnv;
  /** The tenant's database, through the request's D1 session. */
  database: D1Database | D1DatabaseSession;
  tenant: Tenant;
  tenants: Tenant[];
  /** The verified identity of the request's credential; null when anonymous. */
  identity: Identity | null;
  requestId: string;
  language: Language;
  live: LiveFeed | null;
  lastEventId: string | null;
}

/** Everything request-scoped: the database session, the viewer, loaders, access rules, today. */
export async function createContext(inputs: ContextInputs): Promise<Context> {
  const { env, identity } = inputs;
  const db = new Database(inputs.database);
  db.limitWork(workBudgetOf(env));
  const viewer =
    identity && (await viewerOf(identity, (principal) => activeGrantsOf(db, principal, todayInVietnam())));
  const loaders = new Loaders(db);
  const access = new Access(
    viewer,
    (cellId) => loaders.cell.load(cellId),
    async (personId) => {
      const [person, memberships] = await Promise.all([
        loaders.person.load(personId),
        loaders.membershipsOfPerson.load(personId),
      ]);
      const candidateCell = person?.candidate_cell_id ? [person.candidate_cell_id] : [];
      return {
        all: [...new Set([...memberships.map((membership) => membership.cell_id), ...candidateCell])],
        current: [
          ...memberships
            .filter((membership) => membership.ended_on === null)
            .map((membership) => membership.cell_id),
          ...candidateCell,
        ],
      };
    },
  );
  access.warmUp();
  return {
    db,
    env,
    viewer,
    loaders,
    access,
    today: todayInVietnam(),
    requestId: inputs.requestId,
    language: inputs.language,
    tenant: inputs.tenant,
    tenants: inputs.tenants,
    live: inputs.live,
    lastEventId: inputs.lastEventId,
    deliveringEventId: null,
  };
}
