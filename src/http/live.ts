import { DurableObject } from "cloudflare:workers";
import type { LiveFeed, LiveListener } from "../context";
import type { LiveEventRow } from "../db/live-event-rows";

/**
 * Live events over Durable Objects (docs/live.md): one channel per organization and tenant. A subscription's Worker
 * listens to the channels of its viewer's line over WebSockets the channel accepts with the hibernation API — an idle
 * channel costs nothing while its sockets wait — and a write sends the events it made to their channels once it is
 * answered. The channel only relays: each subscriber judges each event by the query rules.
 */
export class LiveChannel extends DurableObject {
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade") !== "websocket") {
      return new Response("A channel is listened to over a WebSocket.", { status: 426 });
    }
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Sends events to every listener; answers how many it reached (the bench reads it). */
  publish(events: LiveEventRow[]): number {
    const message = JSON.stringify(events);
    let reached = 0;
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(message);
        reached += 1;
      } catch {
        // A listener that went away: the platform closes its socket.
      }
    }
    return reached;
  }

  override webSocketMessage(): void {
    // Listeners do not speak.
  }

  override webSocketClose(socket: WebSocket, code: number): void {
    try {
      socket.close(code === 1005 ? 1000 : code, "closed");
    } catch {
      // Already closed.
    }
  }
}

export interface LiveEnv {
  LIVE?: DurableObjectNamespace<LiveChannel>;
}

function channelOf(env: Required<LiveEnv>, tenantKey: string, orgId: string) {
  return env.LIVE.get(env.LIVE.idFromName(`${tenantKey}/${orgId}`));
}

/** A write's events, to their channels (after the write is answered: its client does not wait for them). */
export async function sendLiveEvents(env: LiveEnv, tenantKey: string, events: readonly LiveEventRow[]) {
  if (!env.LIVE || events.length === 0) return;
  const byChannel = new Map<string, LiveEventRow[]>();
  for (const event of events) byChannel.set(event.org_id, [...(byChannel.get(event.org_id) ?? []), event]);
  await Promise.all(
    [...byChannel].map(([orgId, list]) =>
      channelOf(env as Required<LiveEnv>, tenantKey, orgId).publish(list),
    ),
  );
}

function closeQuietly(socket: WebSocket): void {
  try {
    socket.close(1000, "done");
  } catch {
    // The channel's side closed it first.
  }
}

/** Listens to channels for one subscription; what arrives waits in order until the subscription takes it. */
function listener(env: Required<LiveEnv>, tenantKey: string, orgIds: readonly string[]): LiveListener {
  const waiting: LiveEventRow[][] = [];
  const sockets: WebSocket[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  const stop = () => {
    if (closed) return;
    closed = true;
    for (const socket of sockets) closeQuietly(socket);
    wake?.();
  };
  const ready = Promise.all(
    orgIds.map(async (orgId) => {
      const response = await channelOf(env, tenantKey, orgId).fetch("https://live.chibo/listen", {
        headers: { upgrade: "websocket" },
      });
      const socket = response.webSocket;
      if (!socket) throw new Error(`The channel of ${orgId} did not accept a listener.`);
      socket.accept();
      sockets.push(socket);
      socket.addEventListener("message", (event) => {
        waiting.push(JSON.parse(event.data as string) as LiveEventRow[]);
        wake?.();
      });
      // A channel gone (its object restarted): the subscription ends, and the client resumes from its last event.
      socket.addEventListener("close", stop);
      if (closed) closeQuietly(socket);
    }),
  ).then(() => undefined);
  return {
    ready,
    close: stop,
    async *[Symbol.asyncIterator]() {
      while (!closed) {
        const next = waiting.shift();
        if (next) {
          yield next;
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
    },
  };
}

export function liveFeed(env: LiveEnv, tenantKey: string): LiveFeed | null {
  const live = env.LIVE;
  return live ? { listen: (orgIds) => listener({ LIVE: live }, tenantKey, orgIds) } : null;
}
