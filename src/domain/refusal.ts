/** What a person reads: in Vietnamese, the default, and in English, when a request asks for it. */
export interface Text {
  vi: string;
  en: string;
}
export type Language = keyof Text;

/**
 * A rule said no. Carries one or more problems with stable codes; the GraphQL layer turns them into
 * `UserError`s of a mutation payload (or a top-level error for queries), in the request's language.
 */
export interface Problem {
  code: string;
  message: Text;
  field?: string[];
}

export class Refusal extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    // The error's own message is for logs; people read the problems' messages in their language.
    super(list.map((problem) => problem.message.en).join("; "));
    this.name = "Refusal";
    this.problems = list;
  }

  /** All problems' messages in one language, as one sentence list. */
  messageIn(language: Language): string {
    return this.problems.map((problem) => problem.message[language]).join("; ");
  }
}

export function refuse(code: string, message: Text, field?: string[]): never {
  throw new Refusal(field ? { code, message, field } : { code, message });
}
