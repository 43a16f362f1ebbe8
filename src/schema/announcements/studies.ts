import { builder } from "../../builder";
import type { Context } from "../../context";
import { type AnnouncementRow, type AnnouncementTallyRow, studiesOfYear } from "../../db/announcements";
import { listByKey } from "../common/lists";
import { AnnouncementRef } from "./refs";

/** The studies of resolutions in a year, as an organization's annual report shows them. */

const studiesOf = (year: number) =>
  listByKey(
    `studiesOfYear:${year}`,
    (orgIds, context) => studiesOfYear(context.db, orgIds, year),
    (row) => row.org_id,
  );

/** The studies that reached an organization's members in a year, oldest first, with their completion there. */
export const studiesOfOrganization = (orgId: string, year: number, context: Context) =>
  studiesOf(year)(orgId, context);

export const StudyLineRef = builder.objectRef<AnnouncementTallyRow>("StudyLine").implement({
  description:
    "A study of a resolution that reached the organization's members, and how many have studied it.",
  fields: (t) => ({
    study: t.field({
      type: AnnouncementRef,
      description: "The study (its document, deadline and sender).",
      resolve: async (line, _args, context) =>
        (await AnnouncementRef.getDataloader(context).load(line.announcement_id)) as AnnouncementRow,
    }),
    members: t.exposeInt("delivered", { description: "Members it was sent to." }),
    studied: t.exposeInt("acknowledged", { description: "Members who recorded that they studied it." }),
  }),
});
