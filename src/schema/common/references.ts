import type { Context } from "../../context";

/**
 * The objects a row names by a nullable column — who recorded it, the document that decided it — loaded, or null
 * where it names none.
 */
export const personOf = (id: string | null, context: Context) =>
  id ? context.loaders.person.load(id) : null;
export const documentOf = (id: string | null, context: Context) =>
  id ? context.loaders.document.load(id) : null;
export const cellOf = (id: string | null, context: Context) => (id ? context.loaders.cell.load(id) : null);
export const meetingOf = (id: string | null, context: Context) =>
  id ? context.loaders.meeting.load(id) : null;
