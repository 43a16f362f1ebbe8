import { type ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { inLanguage } from "../auth/errors";
import type { Language } from "../domain/refusal";
import { translated } from "./graphql-messages";

/**
 * The language a request's messages are written in: Vietnamese, unless its Accept-Language prefers English
 * (RFC 9110 12.5.4: the highest q wins; between equals, the first listed).
 */
export function languageOf(request: Request): Language {
  const header = request.headers.get("accept-language");
  if (!header) return "vi";
  let best: { language: Language; quality: number } | null = null;
  for (const part of header.slice(0, 500).split(",")) {
    const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
    const language = tag.startsWith("en") ? "en" : tag.startsWith("vi") ? "vi" : null;
    if (!language) continue;
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (Number.isFinite(quality) && quality > 0 && (best === null || quality > best.quality)) {
      best = { language, quality };
    }
  }
  return best?.language ?? "vi";
}

/** Every error of an answer in the request's language (errors raised with both, see src/auth/errors.ts). */
export function localizedErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      const language = languageOf(request);
      const localize = (single: ExecutionResult): ExecutionResult =>
        single.errors
          ? {
              ...single,
              errors: single.errors.map((error) =>
                error instanceof GraphQLError ? inLanguage(error, language, translated) : error,
              ),
            }
          : single;
      setResult(Array.isArray(result) ? result.map(localize) : localize(result));
    },
  };
}
