/**
 * Live events in an app (web or mobile), with graphql-sse's client: one subscription over SSE (distinct connections
 * mode, which Yoga serves), sent by its trusted id so that it works against a server in strict mode. The client keeps
 * the last eventId it received and, when the connection drops, subscribes again with it as `after`: the server
 * resends what was missed, in order, none twice (docs/live.md). React Native: pass a fetch that streams responses
 * (e.g. `react-native-fetch-api` or Expo's `expo/fetch`) as `fetchFn`.
 */
import { createClient } from "graphql-sse";
import { type ApiError, ApiRequestError, DEFAULT_ENDPOINT } from "./client";
import { type LiveEventKind, LiveEventsDocument, type LiveEventsSubscription } from "./generated/graphql";
import { trustedDocumentId } from "./trusted-documents";

export type LiveEvent = LiveEventsSubscription["events"];

export interface LiveOptions {
  token: () => string;
  url?: string;
  kinds?: LiveEventKind[];
  /** The last eventId the app received before it stopped (kept in its storage), to resume after it. */
  after?: string | null;
  /** Where the app keeps the last eventId, to resume after a restart. */
  remember?: (eventId: string) => void;
  fetchFn?: typeof fetch;
  /** Waiting before reconnecting, by attempt (default: 1 s, 2 s, 4 s … up to 30 s). */
  backoff?: (attempt: number) => number;
  signal?: AbortSignal;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 1_000 * 2 ** attempt);

/** The viewer's live events until `signal` aborts, reconnecting (and resuming) whenever the connection drops. */
export async function* liveEvents(options: LiveOptions): AsyncGenerator<LiveEvent> {
  let after = options.after ?? null;
  let attempt = 0;
  while (!options.signal?.aborted) {
    const client = createClient({
      url: options.url ?? DEFAULT_ENDPOINT,
      headers: () => ({ authorization: `Bearer ${options.token()}` }),
      fetchFn: options.fetchFn,
      // The loop below reconnects itself, with the last eventId: graphql-sse's own retry would resend the first.
      retryAttempts: 0,
    });
    try {
      const events = client.iterate<LiveEventsSubscription>({
        // Trusted documents: the id, not the text.
        query: "",
        variables: { after, kinds: options.kinds ?? null },
        extensions: { persistedQuery: { version: 1, sha256Hash: trustedDocumentId(LiveEventsDocument) } },
      });
      options.signal?.addEventListener("abort", () => events.return?.(undefined), { once: true });
      for await (const result of events) {
        // A refusal (a bad eventId, a token refused) is not cured by reconnecting: it ends the loop.
        if (result.errors?.length) {
          const errors = result.errors as unknown as ApiError[];
          throw new ApiRequestError(errors.map((error) => error.message).join("; "), 200, errors);
        }
        const event = result.data?.events;
        if (!event) continue;
        attempt = 0;
        after = event.eventId;
        options.remember?.(event.eventId);
        yield event;
      }
      if (options.signal?.aborted) return;
    } catch (error) {
      if (error instanceof ApiRequestError) throw error;
      if (options.signal?.aborted) return;
      console.warn("Live events: connection lost, reconnecting", error);
    } finally {
      client.dispose();
    }
    await new Promise((resolve) => setTimeout(resolve, (options.backoff ?? defaultBackoff)(attempt)));
    attempt += 1;
  }
}
