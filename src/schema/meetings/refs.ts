import { builder } from "../../builder";
import type { MeetingRow } from "../../db/meetings";
import {
  AGENDA_KIND_LABELS,
  ATTENDANCE_STATUS_LABELS,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  VOTE_CHOICE_LABELS,
} from "../../domain/meetings";
import { QUALITY_CRITERIA } from "../../domain/quorum";
import { referenceFields } from "../common/fields";
import { labelledEnum } from "../common/labels";

export const MeetingKindEnum = labelledEnum("MeetingKind", "Kind of meeting.", MEETING_KIND_LABELS);
export const MeetingStatusEnum = labelledEnum(
  "MeetingStatus",
  "Where a meeting stands.",
  MEETING_STATUS_LABELS,
);
export const AgendaKindEnum = labelledEnum("AgendaItemKind", "Kind of agenda item.", AGENDA_KIND_LABELS);
export const AttendanceStatusEnum = labelledEnum(
  "AttendanceStatus",
  "An expected attendee's record.",
  ATTENDANCE_STATUS_LABELS,
);
export const VoteChoiceEnum = labelledEnum("VoteChoice", "A member's vote.", VOTE_CHOICE_LABELS);
export const QualityCriterionEnum = labelledEnum(
  "MeetingQualityCriterion",
  "A quality criterion of a regular meeting (12-HD/BTCTW; 50-CT/TW and 42-HD/BTCTW from 2025).",
  QUALITY_CRITERIA,
);

export const MeetingRef = builder.objectRef<MeetingRow>("Meeting");

/** A row's meeting, by its id. */
export const meetingReference = referenceFields(MeetingRef, "meeting");
