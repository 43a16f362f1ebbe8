import { builder } from "../../builder";
import type { Context } from "../../context";
import { type AnnouncementTallyRow, studiesOfYear } from "../../db/announcements";
import { listByKey } from "../common/lists";
import { announcementReference } from "./refs";

/** The studies of resolutions in a year, as an organization's annual report shows them. */

const studiesOf = (year: number) =>
  listByKey(
    `studiesOfYear:${year}`,
    (db, orgIds) => studiesOfYear(db, orgIds, year),
    (row) => row.org_id,
  );

/** The studies that reached an organization's members in a year, oldest first, with their completion there. */
export const studiesOfOrganization = (orgId: string, year: number, context: Context) =>
  studiesOf(year)(orgId, context);

export const StudyLineRef = builder.objectRef<AnnouncementTallyRow>("StudyLine").implement({
  description:
    "A study of a resolution that reached the organization's members, and how many have studied it.",
  fields: (t) => ({
    study: announcementReference.required(
      t,
      "The study (its document, deadline and sender).",
      (line) => line.announcement_id,
    ),
    members: t.exposeInt("delivered", { description: "Members it was sent to." }),
    studied: t.exposeInt("acknowledged", { description: "Members who recorded that they studied it." }),
  }),
});
