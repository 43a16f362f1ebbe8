/**
 * Global IDs: base64 of `Typename:id`, prefixed `tenant/` for objects of a tenant other than the default one, so
 * an ID says which database holds its object and a request can refuse one of another tenant.
 */
export interface DecodedGlobalId {
  tenant: string | null;
  typename: string;
  id: string;
}

/** Any character past ASCII (IDs are ASCII unless someone made one otherwise). */
const BEYOND_ASCII = /[^\p{ASCII}]/u;

function toBase64(text: string): string {
  // Nearly every ID is ASCII, which btoa takes as it is; the UTF-8 bytes are spelled out only for the others.
  if (!BEYOND_ASCII.test(text)) return btoa(text);
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function fromBase64(value: string): string | null {
  try {
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(binary, (character) => character.charCodeAt(0)),
    );
  } catch {
    return null;
  }
}

export function encodeGlobalId(typename: string, id: string, tenant: string | null): string {
  return toBase64(`${tenant ? `${tenant}/` : ""}${typename}:${id}`);
}

/** Null when the value is not an ID Chibo issued. */
export function decodeGlobalId(value: string): DecodedGlobalId | null {
  const decoded = fromBase64(value);
  const match =
    decoded === null ? null : /^(?:([a-z0-9-]{1,32})\/)?([A-Z][A-Za-z]*):([\s\S]+)$/.exec(decoded);
  if (!match) return null;
  return { tenant: match[1] ?? null, typename: match[2] as string, id: match[3] as string };
}
