import { expect } from "vitest";
import { type Problem, Refusal } from "../../src/domain/refusal";

/**
 * Runs an action that must be refused and returns its single problem, after checking that what was thrown is a
 * `Refusal` carrying the expected code and a message in both languages. The problem comes back with its English
 * message, which the rules' tests quote.
 */
export function expectRefusal(
  action: () => unknown,
  code: string,
): Omit<Problem, "message"> & { message: string } {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`Expected a Refusal with code ${code}, but nothing was thrown.`);
  expect(thrown).toBeInstanceOf(Refusal);
  const problems = (thrown as Refusal).problems;
  expect(problems).toHaveLength(1);
  expect(problems[0]?.code).toBe(code);
  const problem = problems[0]!;
  expect(problem.message.vi.length).toBeGreaterThan(0);
  expect(problem.message.vi).not.toBe(problem.message.en);
  return { ...problem, message: problem.message.en };
}
