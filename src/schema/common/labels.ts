import type { EnumRef } from "@pothos/core";
import { builder, type Types } from "../../builder";

/**
 * A domain enum: English values, each described by its Vietnamese label. Objects that carry one expose
 * `<field>` (the value) and `<field>Label` (the label), one pattern across the API.
 */
/** Each labelled enum's labels, for the `<field>Label` fields of the objects that carry it. */
const LABELS_OF_ENUM = new WeakMap<object, Record<string, string>>();

export function labelledEnum<Value extends string>(
  name: string,
  description: string,
  labels: Record<Value, string>,
) {
  const type = builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries<string>(labels).map(([value, label]) => [value, { description: label }]),
    ) as Record<Value, { description: string }>,
  });
  LABELS_OF_ENUM.set(type, labels);
  return type;
}

/** The pair of fields an object with a labelled enum carries: `<name>` (the value) and `<name>Label` (its label). */
export function labelledFields<Parent, Value extends string>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  name: string,
  type: EnumRef<Types, Value, Value>,
  description: string,
  value: (parent: Parent) => Value | null,
  { nullable = false }: { nullable?: boolean } = {},
) {
  const labels = LABELS_OF_ENUM.get(type);
  if (!labels) throw new Error(`${name}: its enum was not made by labelledEnum.`);
  return {
    // The generic resolver type of Pothos cannot be named for an unknown Value; the value field is what value returns.
    [name]: t.field({ type, nullable: nullable as true, description, resolve: value as never }),
    [`${name}Label`]: t.string({
      nullable: nullable as true,
      description: `Vietnamese label of ${name}.`,
      resolve: (parent) => {
        const current = value(parent);
        return current === null ? null : (labels[current] ?? null);
      },
    }),
  };
}
