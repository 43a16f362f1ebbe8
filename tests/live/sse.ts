import { exports } from "cloudflare:workers";
import { newestEventId } from "./event-ids";

/** One message of a GraphQL subscription over SSE: its ID line and its parsed data. */
export interface Message {
  id: string | null;
  event: string;
  data: Record<string, any> | null;
}

/**
 * A subscription over SSE (graphql-sse's distinct connections mode, as Yoga serves it), read message by message.
 * `next` waits at most `waitMs` and fails the test rather than hang. It resumes after the newest event so far unless
 * told otherwise (`lastEventId: null` for none): a subscription listens only once its stream is read, and what is
 * published before then comes from the log, so tests do not race it.
 */
export async function subscribe(
  query: string,
  token: string | null,
  { variables = {}, lastEventId }: { variables?: Record<string, unknown>; lastEventId?: string | null } = {},
) {
  const resumeAfter =
    lastEventId === undefined && !("after" in variables) ? await newestEventId() : lastEventId;
  const response = await exports.default.fetch(
    new Request("http://chibo.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(resumeAfter ? { "last-event-id": resumeAfter } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  if (!response.body) throw new Error(`No stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  const messages: Message[] = [];

  async function fill(waitMs: number): Promise<boolean> {
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), waitMs));
    const read = await Promise.race([reader.read(), timeout]);
    if (read === "timeout" || read.done) return false;
    buffered += read.value;
    let end = buffered.indexOf("\n\n");
    while (end >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const lines = block.split("\n").filter((line) => !line.startsWith(":") && line !== "");
      if (lines.length > 0) {
        const field = (name: string) =>
          lines
            .find((line) => line.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim() ?? null;
        const data = field("data");
        messages.push({
          id: field("id"),
          event: field("event") ?? "message",
          data: data ? JSON.parse(data) : null,
        });
      }
      end = buffered.indexOf("\n\n");
    }
    return true;
  }

  return {
    status: response.status,
    /** The next message; throws when none comes within `waitMs`. */
    async next(waitMs = 5_000): Promise<Message> {
      const deadline = Date.now() + waitMs;
      while (messages.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0 || !(await fill(left))) throw new Error("No message came.");
      }
      return messages.shift() as Message;
    },
    async close() {
      await reader.cancel().catch(() => undefined);
    },
  };
}
