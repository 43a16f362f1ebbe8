import { builder } from "../../builder";
import { basisDocumentsByMeetingIds, type SpeechRow, speechesByMeetingIds } from "../../db/proceedings";
import { listByKey } from "../common/lists";
import { readableDocuments } from "../common/references";
import { DocumentRef } from "../documents/refs";
import { personReference } from "../people/refs";
import { MeetingRef } from "./refs";

/** A meeting's basis documents (căn cứ) and its speeches, as its minutes and resolution cite them. */

const SpeechRef = builder.objectRef<SpeechRow>("MeetingSpeech").implement({
  description: "Someone who spoke at the meeting.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "Order in the minutes." }),
    name: t.exposeString("name", { description: "The speaker's name as the minutes give it." }),
    person: personReference.optional(
      t,
      "The speaker, where recorded in Chibo.",
      (speech) => speech.person_id,
    ),
    agendaPosition: t.exposeInt("agenda_position", {
      nullable: true,
      description: "The agenda item spoken to (its position), if recorded.",
    }),
    summary: t.exposeString("summary", { nullable: true, description: "What was said, in short." }),
  }),
});

const basisDocumentsOf = listByKey("basisDocuments", basisDocumentsByMeetingIds, (link) => link.meeting_id);
const speechesOf = listByKey("speeches", speechesByMeetingIds, (speech) => speech.meeting_id);

builder.objectFields(MeetingRef, (t) => ({
  basisDocuments: t.field({
    type: [DocumentRef],
    description: "The documents it was held under (căn cứ), in order; those the viewer may read.",
    resolve: async (meeting, _args, context) => {
      const rows = await basisDocumentsOf(meeting.id, context);
      return readableDocuments(
        context,
        rows.map((row) => row.document_id),
      );
    },
  }),
  speeches: t.field({
    type: [SpeechRef],
    description: "Who spoke, in the order of the minutes.",
    resolve: (meeting, _args, context) => speechesOf(meeting.id, context),
  }),
}));
