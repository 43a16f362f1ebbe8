import { builder } from "../../builder";
import { type Problem, Refusal } from "../../domain/refusal";

export const UserErrorRef = builder.objectRef<Problem>("UserError").implement({
  description: "Why a mutation was refused. Codes are stable; messages are for people.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable, SCREAMING_SNAKE_CASE reason, e.g. CONFLICT." }),
    message: t.string({
      description:
        "What went wrong, with the figures involved: in Vietnamese, or in English when the request's " +
        "Accept-Language prefers it.",
      resolve: (problem, _args, context) => problem.message[context.language],
    }),
    field: t.stringList({
      nullable: true,
      description: 'Path to the input field at fault, e.g. ["input", "officialOn"].',
      resolve: (problem) => (problem.field ? ["input", ...problem.field] : null),
    }),
  }),
});

/**
 * Runs a mutation's work; a refusal from a rule becomes the payload's `errors` (nothing was written,
 * since every write is one batch issued after the checks). Anything else is a fault and propagates.
 */
export async function refusalsAsErrors<Result extends object>(
  work: () => Promise<Result>,
): Promise<Partial<Result> & { errors: Problem[] }> {
  try {
    return { ...(await work()), errors: [] };
  } catch (error) {
    if (error instanceof Refusal)
      return { errors: error.problems } as Partial<Result> & { errors: Problem[] };
    throw error;
  }
}
