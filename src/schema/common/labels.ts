import { builder } from "../../builder";

/**
 * A domain enum: English values, each described by its Vietnamese label. Objects that carry one expose
 * `<field>` (the value) and `<field>Label` (the label), one pattern across the API.
 */
export function labelledEnum<Value extends string>(
  name: string,
  description: string,
  labels: Record<Value, string>,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries<string>(labels).map(([value, label]) => [value, { description: label }]),
    ) as Record<Value, { description: string }>,
  });
}
