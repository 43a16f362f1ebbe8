import { builder, visibleOrNull } from "../../builder";
import { type MeetingRow, meetingListQuery } from "../../db/meetings";
import { CellRef } from "../cells/refs";
import { connectionOf } from "../common/connections";
import { MeetingKindEnum, MeetingRef, MeetingStatusEnum } from "./refs";

const MeetingFilter = builder.inputType("MeetingFilter", {
  description: "Which meetings to list (only those of organizations on the line of the viewer's grants).",
  fields: (t) => ({
    cellId: t.globalID({ for: CellRef, description: "Only this organization's meetings." }),
    kind: t.field({ type: MeetingKindEnum, description: "Only this kind." }),
    from: t.field({ type: "Date", description: "On or after this day." }),
    to: t.field({ type: "Date", description: "On or before this day." }),
    status: t.field({ type: MeetingStatusEnum, description: "Only this status." }),
  }),
});

builder.queryFields((t) => ({
  meeting: t.field({
    type: MeetingRef,
    nullable: true,
    description: "A meeting by global ID; null if there is none the viewer may read.",
    authScopes: { authenticated: true },
    args: {
      id: t.arg.globalID({ for: MeetingRef, required: true, description: "The meeting's global ID." }),
    },
    resolve: async (_root, args, context, info) =>
      visibleOrNull(await context.loaders.meeting.load(args.id.id), "Meeting", context, info),
  }),
  meetings: t.connection({
    type: MeetingRef,
    description: "Meetings the viewer may see, newest first.",
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: MeetingFilter, description: "What to list." }) },
    resolve: async (_root, args, context) => {
      const filter = args.filter ?? {};
      const query = meetingListQuery(
        { ...filter, cellId: filter.cellId?.id ?? null },
        await context.access.reader(),
        false,
      );
      return connectionOf<MeetingRow>(context, "meetings", query, "", args);
    },
  }),
}));
