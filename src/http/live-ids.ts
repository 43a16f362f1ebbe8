import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../context";

/**
 * Each event of a subscription answered over SSE carries its ID on an `id:` line, so that a client that reconnects
 * (EventSource does it by itself) sends it back as `Last-Event-ID` and resumes after it. Yoga's SSE writer puts a
 * result's serialization after `data: `; the line after it is the message's ID.
 */
export const liveEventIds: Plugin<Context & { request: Request }> = {
  onSubscribe: ({ args }) => ({
    onSubscribeResult: ({ result }) => {
      const context = args.contextValue;
      // Over multipart/mixed the serialization is a part's whole body: no line may follow it.
      if (!isAsyncIterable(result) || !context.request.headers.get("accept")?.includes("text/event-stream"))
        return;
      return {
        onNext: ({ result: next, setResult }) => {
          const eventId = context.deliveringEventId;
          if (eventId === null) return;
          const withId = {
            ...next,
            stringify: (value: unknown) => `${JSON.stringify(value)}\nid: ${eventId}`,
          };
          setResult(withId as typeof next);
        },
      };
    },
  }),
};
