/**
 * A rule said no. Carries one or more problems with stable codes; the GraphQL layer turns them into
 * `UserError`s of a mutation payload (or a top-level error for queries).
 */
export interface Problem {
  code: string;
  message: string;
  field?: string[];
}

export class Refusal extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((problem) => problem.message).join("; "));
    this.name = "Refusal";
    this.problems = list;
  }
}

export function refuse(code: string, message: string, field?: string[]): never {
  throw new Refusal(field ? { code, message, field } : { code, message });
}
