import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Context } from "../../context";

/** Starts the load behind a field of an object known by its ID; the field's resolver then finds it loaded. */
type Prefetch = (id: string, context: Context) => Promise<unknown>;

const PREFETCHES = new Map<string, Map<string, Prefetch>>();

/**
 * Registers the load behind a field of a type, by the object's ID. A query naming the object by ID starts the loads
 * of the fields it selects together with the object's own read, so that they share its D1 round trip instead of
 * waiting for it: the load must be the very one the field's resolver makes (the same loader and key).
 */
export function prefetchField(typename: string, field: string, prefetch: Prefetch): void {
  let fields = PREFETCHES.get(typename);
  if (!fields) {
    fields = new Map();
    PREFETCHES.set(typename, fields);
  }
  fields.set(field, prefetch);
}

/**
 * Starts the registered loads of the fields selected under the field being resolved, an object of `typename` with
 * this ID (fragments on that type included). Nothing is answered from them unless the object is: a load the viewer
 * may not see is read and dropped, as the object itself is.
 */
export function prefetchSelected(typename: string, id: string, info: GraphQLResolveInfo, context: Context) {
  const registered = PREFETCHES.get(typename);
  if (!registered) return;
  const started = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const prefetch = registered.get(selection.name.value);
        if (prefetch && !started.has(selection.name.value)) {
          started.add(selection.name.value);
          // Errors are the field's to report when it asks again.
          prefetch(id, context).catch(() => undefined);
        }
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      const condition = fragment?.typeCondition?.name.value;
      if (fragment && (condition === undefined || condition === typename)) visit(fragment.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
}
