import type { Context } from "../../context";
import { liveEventKey } from "../../db/live-events";

/**
 * Event IDs as subscribers see them: the event's sequence number encrypted with its database's key (one AES block).
 * A plain sequence number would tell a subscriber how many events happened between two of its own — events it may
 * not see. The same event always has the same ID; an ID not made here does not decrypt.
 */
export interface EventIds {
  encode(seq: number): Promise<string>;
  /** The sequence number of an ID made here; null for anything else. */
  decode(id: string): Promise<number | null>;
}

const ZERO_IV = new Uint8Array(16);

const importEventKey = (raw: ArrayBuffer) =>
  crypto.subtle.importKey("raw", raw, { name: "AES-CBC" }, false, ["encrypt", "decrypt"]);
const keys = new Map<string, Promise<CryptoKey>>();

function keyOf(context: Context): Promise<CryptoKey> {
  let key = keys.get(context.tenant.key);
  if (!key) {
    key = liveEventKey(context.db).then(importEventKey);
    // A failed read is not kept: the next subscription reads again.
    key.catch(() => keys.delete(context.tenant.key));
    keys.set(context.tenant.key, key);
  }
  return key;
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64url(text: string): ArrayBuffer | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0)).buffer;
}

export function eventIdsOf(context: Context): Promise<EventIds> {
  return keyOf(context).then(eventIdsWith);
}

/** The IDs made with a key (the tests make them as the server does). */
export async function eventIdsWithKey(raw: ArrayBuffer): Promise<EventIds> {
  return eventIdsWith(await importEventKey(raw));
}

function eventIdsWith(key: CryptoKey): EventIds {
  return {
    async encode(seq) {
      const plain = new DataView(new ArrayBuffer(8));
      plain.setBigUint64(0, BigInt(seq));
      const cipher = await crypto.subtle.encrypt({ name: "AES-CBC", iv: ZERO_IV }, key, plain.buffer);
      return base64url(new Uint8Array(cipher));
    },
    async decode(id) {
      const cipher = fromBase64url(id);
      if (!cipher) return null;
      try {
        const plain = await crypto.subtle.decrypt({ name: "AES-CBC", iv: ZERO_IV }, key, cipher);
        if (plain.byteLength !== 8) return null;
        const seq = new DataView(plain).getBigUint64(0);
        return seq <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(seq) : null;
      } catch {
        return null;
      }
    },
  };
}
