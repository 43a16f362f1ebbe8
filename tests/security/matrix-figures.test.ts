import { type GraphQLField, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema";
import { codes, gql } from "../helpers";
import { buildFixtures, type Fixtures, RATED_YEAR, ROLE_NAMES, ROLES, type Role } from "./matrix-fixtures";

/**
 * Every aggregate — a field guarded by the `readFigures` scope — × every role × an organization's own figures
 * (X's basic cell) and its committee's (the subtree above X's cell): members read their cell's figures, not the
 * committee's; a subtree's figures are its committee's and those above.
 */
const FIGURES: Record<string, (target: string) => string> = {
  "Cell.meetingCompliance": (id) =>
    `cell(id: "${id}") { meetingCompliance(year: ${RATED_YEAR}) { cellCount } }`,
  "Cell.ratingSummary": (id) => `cell(id: "${id}") { ratingSummary(year: ${RATED_YEAR}) { year } }`,
  "Cell.ratingProgress": (id) => `cell(id: "${id}") { ratingProgress(year: ${RATED_YEAR}) { __typename } }`,
  "Cell.meetingQualityRating": (id) =>
    `cell(id: "${id}") { meetingQualityRating(year: ${RATED_YEAR}) { __typename } }`,
  "Cell.annualTargets": (id) => `cell(id: "${id}") { annualTargets(year: ${RATED_YEAR}) { __typename } }`,
  "Cell.actionsNeeded": (id) => `cell(id: "${id}") { actionsNeeded { __typename } }`,
  "Cell.duesSettings": (id) => `cell(id: "${id}") { duesSettings { __typename } }`,
  "Query.annualReport": (id) => `annualReport(cellId: "${id}", year: ${RATED_YEAR}) { year }`,
};

const READERS: Record<"cell" | "committee", readonly Role[]> = {
  cell: ["member", "secretary", "committee", "admin"],
  committee: ["committee", "admin"],
};

/** Stands for any parent, argument or ID when a field's scopes are asked which rule they name. */
const anything: unknown = new Proxy(() => "probe", {
  get: (_target, property) => (property === Symbol.toPrimitive ? () => "probe" : anything),
});

/** The fields whose scope function names `readFigures`, read from the schema Pothos built. */
function fieldsGuardedByFigures(): string[] {
  const guarded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Mutations' scopes read the database (and the figures are read, never written).
    if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const scopes = (field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
      if (typeof scopes !== "function") continue;
      let named: unknown;
      try {
        named = scopes(anything, anything, anything, anything);
      } catch {
        continue;
      }
      // A scope function that reads first (a promise) names its scopes only after reading: not one of these.
      if (named instanceof Promise) {
        named.catch(() => undefined);
        continue;
      }
      if (named && typeof named === "object" && "readFigures" in named)
        guarded.push(`${type.name}.${field.name}`);
    }
  }
  return guarded.sort();
}

describe("authorization matrix: figures only within reach", () => {
  let f: Fixtures;
  beforeAll(async () => {
    f = await buildFixtures();
  }, 60_000);

  it("covers every field guarded by readFigures, and nothing else", () => {
    expect(Object.keys(FIGURES).sort()).toEqual(fieldsGuardedByFigures());
  });

  for (const [field, call] of Object.entries(FIGURES)) {
    for (const target of ["cell", "committee"] as const) {
      for (const role of ROLES) {
        const allowed = READERS[target].includes(role);
        it(`${field} of X's ${target}: ${ROLE_NAMES[role]} ${allowed ? "reads" : "is refused"}`, async () => {
          const result = await gql(`{ ${call(f.x[target])} }`, {}, f.tokens[role]);
          if (allowed) {
            expect(result.errors).toBeUndefined();
          } else {
            expect(codes(result)).toEqual([role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
          }
        });
      }
    }
  }
});
