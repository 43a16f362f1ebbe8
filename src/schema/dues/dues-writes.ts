import type { Context } from "../../context";
import { isUniqueViolation } from "../../db/database";
import type { DuesEntryRow } from "../../db/dues";
import { refuse, type Text } from "../../domain/refusal";
import { DuesEntryRef } from "./refs";

/** What the dues mutations share: an entry looked up, a write whose unique key tells a refusal. */

/** An entry of a book the viewer writes; any other is answered as one that does not exist. */
export async function entryOrRefuse(context: Context, id: string, field: string[]): Promise<DuesEntryRow> {
  const entry = await DuesEntryRef.getDataloader(context)
    .load(id)
    .catch(() => null);
  if (!entry || !(await context.access.canWrite(entry.cell_id))) {
    refuse("NOT_FOUND", { vi: "Không có khoản nộp nào có ID này.", en: "No dues entry has this ID." }, field);
  }
  return entry;
}

/** Writes a batch; a unique key broken meanwhile (a month closed twice, a period remitted twice) is the refusal. */
export async function writeOnce(
  context: Context,
  statements: D1PreparedStatement[],
  duplicate: { code: string; message: Text; field: string[] },
): Promise<void> {
  try {
    await context.db.write(statements);
  } catch (error) {
    if (isUniqueViolation(error)) refuse(duplicate.code, duplicate.message, duplicate.field);
    throw error;
  }
}
