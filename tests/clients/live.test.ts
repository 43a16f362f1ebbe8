import { describe, expect, it } from "vitest";
import { liveEvents } from "../../examples/live";
import { committeeWithTwoCells, publishNotice } from "../announcements/tree";
import { workerFetch } from "../helpers";
import { newestEventId } from "../live/event-ids";
import { STRICT } from "./fixtures";

describe("the example live client (graphql-sse) against a server in strict mode", { timeout: 20_000 }, () => {
  it("subscribes by trusted id, reconnects after a lost connection, and resumes after the last event it kept", async () => {
    const tree = await committeeWithTwoCells("Ứng dụng trực tiếp");
    const token = await tree.memberToken(tree.first[1] as string, tree.cell.id);
    const after = await newestEventId();
    const worker = workerFetch(STRICT);
    // The first connection is lost: the client waits (no time here) and connects again.
    worker.loseNextResponse();
    const remembered: string[] = [];
    const stopped = new AbortController();
    const options = {
      token: () => token,
      url: "http://chibo.test/graphql",
      fetchFn: worker.fetch,
      kinds: ["ANNOUNCEMENT" as const],
      backoff: () => 0,
      remember: (eventId: string) => remembered.push(eventId),
    };
    const events = liveEvents({ ...options, after, signal: stopped.signal });
    const first = events.next();
    await publishNotice(tree.committee.id, "Trước khi ứng dụng tắt", tree.committeeToken);
    expect((await first).value?.receipt?.announcement.title).toBe("Trước khi ứng dụng tắt");
    expect(worker.sent.length).toBeGreaterThanOrEqual(2);
    const body = (await worker.sent.at(-1)?.json()) as { query?: string; extensions: any };
    expect(body.query).toBeFalsy();
    expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    stopped.abort();
    await events.return(undefined);

    await publishNotice(tree.committee.id, "Khi ứng dụng tắt", tree.committeeToken);
    const restarted = liveEvents({ ...options, after: remembered.at(-1) });
    const missed = await restarted.next();
    expect(missed.value).toMatchObject({
      kind: "ANNOUNCEMENT",
      kindLabel: "Thông báo mới",
      missedEarlier: false,
      receipt: { announcement: { title: "Khi ứng dụng tắt" } },
    });
    await restarted.return(undefined);
  });
});
