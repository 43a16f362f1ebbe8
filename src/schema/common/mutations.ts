import type { InputFieldMap, InputShapeFromFields, ObjectRef } from "@pothos/core";
import type { AuthScopeMap } from "@pothos/plugin-scope-auth";
import { builder, type Types } from "../../builder";
import type { Context } from "../../context";
import { refusalsAsErrors, UserErrorRef } from "./errors";

type Scopes = AuthScopeMap<Types>;

/** The organization a mutation acts on, as its scopes name it: where its audit entries are filed. */
function scopeCellOf(scopes: Scopes): string | null {
  const record = scopes as Record<string, unknown>;
  for (const key of ["writeCell", "governUnder", "readCell"]) {
    if (typeof record[key] === "string") return record[key] as string;
  }
  for (const nested of [record.$all, record.$any]) {
    if (nested && typeof nested === "object") {
      const found = scopeCellOf(nested as Scopes);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A further payload field: what the mutation wrote besides its object (the ratings a batch recorded, the decision
 * a correction changed).
 */
export interface WrittenField<Result> {
  field: string;
  type: ObjectRef<Types, unknown> | [ObjectRef<Types, unknown>];
  description: string;
  resolve: (result: Result, context: Context) => Promise<unknown> | unknown;
}

/**
 * A mutation of the Chibo contract: one `input`, a payload `{ <object>, errors: [UserError!]! }`.
 * `authorize` names the scopes the input needs (checked by scope-auth before `run`); `run` returns the
 * changed object (or a result `output.of` finds it in, for `written` fields) or throws a Refusal, which becomes
 * `errors`.
 */
export function defineMutation<Fields extends InputFieldMap, Output, Result = Output>(
  name: string,
  options: {
    description: string;
    inputFields: (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => Fields;
    output: {
      field: string;
      type: ObjectRef<Types, Output>;
      description: string;
      of?: (result: Result) => Output;
    };
    written?: WrittenField<Result>[];
    authorize: (input: InputShapeFromFields<Fields>, context: Context) => Scopes | Promise<Scopes>;
    run: (input: InputShapeFromFields<Fields>, context: Context) => Promise<Result>;
  },
) {
  const outputOf = options.output.of ?? ((result: Result) => result as unknown as Output);
  builder.relayMutationField(
    name,
    { inputFields: options.inputFields as never },
    {
      description: options.description,
      authScopes: async (_root, args, context) => {
        const scopes = await options.authorize(
          (args as { input: InputShapeFromFields<Fields> }).input,
          context,
        );
        context.db.audit = {
          requestId: context.requestId,
          actorPersonId: context.viewer?.personId ?? null,
          actorGrants: JSON.stringify(context.viewer?.grants ?? []),
          operation: name,
          scopeCellId: scopeCellOf(scopes),
        };
        return scopes;
      },
      resolve: (_root, args, context) =>
        refusalsAsErrors(async () => ({
          value: await options.run((args as { input: InputShapeFromFields<Fields> }).input, context),
        })),
    },
    {
      outputFields: (t) => ({
        [options.output.field]: t.field({
          type: options.output.type,
          nullable: true,
          description: options.output.description,
          resolve: ((payload: { value?: Result }) =>
            payload.value === undefined ? null : outputOf(payload.value)) as never,
        }),
        ...Object.fromEntries(
          (options.written ?? []).map((written) => [
            written.field,
            t.field({
              type: written.type,
              nullable: true,
              description: written.description,
              resolve: ((payload: { value?: Result }, _args: object, context: Context) =>
                payload.value === undefined ? null : written.resolve(payload.value, context)) as never,
            }),
          ]),
        ),
        errors: t.field({
          type: [UserErrorRef],
          description: "Why the mutation was refused; empty when it succeeded.",
          resolve: (payload: { errors: unknown }) => payload.errors as never,
        }),
      }),
    },
  );
}
