import { GraphQLError, type GraphQLErrorOptions } from "graphql";
import type { Language, Problem, Text } from "../domain/refusal";

/**
 * GraphQL errors people read, written in both languages where they are raised (this is the lowest layer that speaks
 * GraphQL); the answer keeps the request's language alone (`localizedErrors` in src/http/language.ts).
 */

/** The extension that carries an error's message in both languages until the answer is written. */
export const TEXT_EXTENSION = "text";

export function localizedError(
  text: Text,
  options: GraphQLErrorOptions & { extensions: { code: string } & Record<string, unknown> },
): GraphQLError {
  return new GraphQLError(text.en, {
    ...options,
    extensions: { ...options.extensions, [TEXT_EXTENSION]: text },
  });
}

/** The error as the request reads it: its message and its problems' messages in one language, the pair dropped. */
export function inLanguage(
  error: GraphQLError,
  language: Language,
  /** The Vietnamese of a message raised in English only (graphql-js's own), where known. */
  vietnameseOf: (english: string) => string | null = () => null,
): GraphQLError {
  const {
    [TEXT_EXTENSION]: text,
    problems,
    ...extensions
  } = error.extensions as Record<string, unknown> & {
    text?: Text;
    problems?: Problem[];
  };
  const vietnamese = !text && !problems && language === "vi" ? vietnameseOf(error.message) : null;
  if (!text && !problems && vietnamese === null) return error;
  return new GraphQLError(text ? text[language] : (vietnamese ?? error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...extensions,
      ...(problems
        ? { problems: problems.map((problem) => ({ ...problem, message: problem.message[language] })) }
        : {}),
    },
  });
}
