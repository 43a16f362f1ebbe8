import type { Plugin } from "graphql-yoga";
import { localizedError } from "../auth/errors";
import type { Context } from "../context";

/**
 * Characters no party record holds, refused wherever a request carries text: NUL (D1 cannot bind it: it fails as
 * "unterminated string"), a UTF-16 surrogate that is not half of a pair (JSON's "\\ud800" decodes to one; stored, it
 * turns into U+FFFD or breaks every client that reads it back), and Unicode's noncharacters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the characters refused.
const INVALID_TEXT = /[\u0000\p{Surrogate}\p{Noncharacter_Code_Point}]/u;
/** The same characters written as escapes inside the query's string literals (`"\\u0000"`). */
const INVALID_ESCAPE = /\\u(?:0000|d[89a-f][0-9a-f]{2}|fdd[0-9a-f]|fde[0-9a-f]|fff[ef])|\\u\{0+\}/i;

/** Whether a value of the variables holds invalid text (in a string or a key). */
function invalidTextIn(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return INVALID_TEXT.test(value);
  if (value === null || typeof value !== "object" || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => invalidTextIn(item, depth + 1));
  // Uploaded files are bytes, not text: their names are cleaned where they are stored.
  if (value instanceof Blob) return false;
  return Object.entries(value).some(
    ([key, item]) => INVALID_TEXT.test(key) || invalidTextIn(item, depth + 1),
  );
}

export function hasInvalidText(query: string | undefined, variables: unknown): boolean {
  if (query !== undefined && (INVALID_TEXT.test(query) || INVALID_ESCAPE.test(query))) return true;
  return invalidTextIn(variables);
}

/** A request carrying invalid text, in the query or the variables, is refused before it reaches a resolver. */
export const refuseInvalidText: Plugin<Context> = {
  onParams: ({ params }) => {
    if (hasInvalidText(params.query, params.variables ?? {})) {
      throw localizedError(
        {
          vi: "Văn bản phải là Unicode hợp lệ: không có NUL (U+0000), nửa cặp thay thế (U+D800–U+DFFF) hay ký tự không dùng (U+FFFE …).",
          en: "Text must be valid Unicode: no NUL (U+0000), unpaired surrogate (U+D800–U+DFFF) or noncharacter (U+FFFE …).",
        },
        { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } },
      );
    }
  },
};
