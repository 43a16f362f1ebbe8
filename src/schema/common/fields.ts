import type { ObjectRef } from "@pothos/core";
import type { Types } from "../../builder";
import type { Context, Loaders } from "../../context";
import type { Database } from "../../db/database";

type EntityLoader = "cell" | "person" | "document" | "meeting";
type RowOf<Name extends EntityLoader> = NonNullable<Awaited<ReturnType<Loaders[Name]["load"]>>>;
type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>;

/**
 * Fields for the object a row names by its id (a membership's cell, a rating's decision document), read through
 * `load` — a loader of the operation — so that a list's references cost one round trip together.
 */
function referencesThrough<Row>(
  type: ObjectRef<Types, Row>,
  load: (context: Context, id: string) => Promise<Row | null>,
) {
  return {
    /** A reference the row always has (a foreign key that is NOT NULL). */
    required: <Parent>(t: FieldBuilder<Parent>, description: string, idOf: (parent: Parent) => string) =>
      t.field({
        type,
        description,
        // Pothos's resolver type for a generic row cannot be spelled out: the field resolves to the loaded row.
        resolve: ((parent: Parent, _args: object, context: Context) => load(context, idOf(parent))) as never,
      }),
    /** A reference the row may lack: null where it names none. */
    optional: <Parent>(
      t: FieldBuilder<Parent>,
      description: string,
      idOf: (parent: Parent) => string | null,
    ) =>
      t.field({
        type,
        nullable: true,
        description,
        resolve: ((parent: Parent, _args: object, context: Context) => {
          const id = idOf(parent);
          return id ? load(context, id) : null;
        }) as never,
      }),
  };
}

/** References to an entity of the context's loaders (cells, people, documents, meetings). */
export function referenceFields<Name extends EntityLoader>(
  type: ObjectRef<Types, RowOf<Name>>,
  loader: Name,
) {
  return referencesThrough(
    type,
    (context, id) => context.loaders[loader].load(id) as Promise<RowOf<Name> | null>,
  );
}

/** A type whose rows Pothos loads by id (`builder.loadableNodeRef`). */
type LoadableRef<Row> = ObjectRef<Types, Row> & {
  getDataloader(context: Context): { load(id: string): Promise<Row> };
};

/** References to a loadable type (an announcement, a rating, a comment), through its own DataLoader. */
export function loadableReferenceFields<Row>(type: LoadableRef<Row>) {
  return referencesThrough(type, (context, id) => type.getDataloader(context).load(id));
}

/**
 * The rows that name the parent by its id (a meeting's guests, a document's versions), read for every parent of a
 * list in one round trip by `readByParentIds`, each row given to the parent `parentIdOf` names.
 */
export function rowsNamingIt<Parent extends { id: string }, Row>(
  t: FieldBuilder<Parent>,
  // A loadable node's ref also takes an id in place of its row.
  type: ObjectRef<Types, NoInfer<Row>> | ObjectRef<Types, NoInfer<Row> | string>,
  description: string,
  readByParentIds: (db: Database, parentIds: string[]) => Promise<readonly Row[]>,
  parentIdOf: (row: Row) => string | null,
) {
  return t.loadableGroup({
    type,
    description,
    load: (parentIds: string[], context: Context) => readByParentIds(context.db, parentIds),
    group: (row) => parentIdOf(row as Row) ?? "",
    resolve: (parent) => parent.id,
  });
}

/** What an editable record shows about its writes: the version to send back, and when it was made and changed. */
export function recordFields<Parent extends { version: number; created_at: string; updated_at: string }>(
  t: FieldBuilder<Parent>,
) {
  return {
    version: t.int({
      description: "Increases with every change; send it back as expectedVersion.",
      resolve: (record) => record.version,
    }),
    createdAt: t.field({
      type: "DateTime",
      description: "When the record was created.",
      resolve: (record) => record.created_at,
    }),
    updatedAt: t.field({
      type: "DateTime",
      description: "When the record last changed.",
      resolve: (record) => record.updated_at,
    }),
  };
}
