import type { AttendanceStatus } from "./meetings";
import { refuse } from "./refusal";

/** The minutes' record of a meeting besides attendance and votes: what it was held under, and who spoke. */

export const MAX_BASIS_DOCUMENTS = 20;
export const MAX_SPEECHES = 100;

export function assertBasisCount(documents: number): void {
  if (documents > MAX_BASIS_DOCUMENTS)
    refuse(
      "TOO_MANY_DOCUMENTS",
      {
        vi: `Tối đa ${MAX_BASIS_DOCUMENTS} văn bản làm căn cứ cho một cuộc họp.`,
        en: `At most ${MAX_BASIS_DOCUMENTS} basis documents for a meeting.`,
      },
      ["basisDocumentIds"],
    );
}

export interface SpeechFacts {
  personId: string | null;
  /** The name given, else the person's recorded name. */
  name: string | null;
  agendaPosition: number | null;
}

/**
 * Each speech names its speaker, speaks to an agenda item the meeting has, and a member who spoke was not recorded
 * absent. The count of members who spoke follows from the speeches, or is at least the members they name.
 */
export function checkedSpeeches(
  speeches: readonly SpeechFacts[],
  context: {
    agendaItems: number;
    attendance: ReadonlyMap<string, AttendanceStatus | null>;
    membersWhoSpoke: number | null;
  },
): { names: string[]; membersWhoSpoke: number } {
  if (speeches.length > MAX_SPEECHES)
    refuse(
      "TOO_MANY_SPEECHES",
      { vi: `Tối đa ${MAX_SPEECHES} lượt phát biểu.`, en: `At most ${MAX_SPEECHES} speeches.` },
      ["speeches"],
    );
  const names = speeches.map((speech, index) => {
    const name = speech.name?.trim();
    if (!name)
      refuse(
        "INVALID_NAME",
        {
          vi: "Lượt phát biểu phải có tên hoặc gắn với một người.",
          en: "A speech needs a name or a person.",
        },
        ["speeches", String(index), "name"],
      );
    const position = speech.agendaPosition;
    if (position !== null && (position < 1 || position > context.agendaItems))
      refuse(
        "UNKNOWN_AGENDA_ITEM",
        {
          vi: `Chương trình họp không có mục ${position} (có ${context.agendaItems} mục).`,
          en: `The agenda has no item ${position} (it has ${context.agendaItems}).`,
        },
        ["speeches", String(index), "agendaPosition"],
      );
    const status = speech.personId === null ? undefined : context.attendance.get(speech.personId);
    if (status === "ABSENT_EXCUSED" || status === "ABSENT_UNEXCUSED" || status === "EXEMPTED")
      refuse(
        "SPEAKER_ABSENT",
        {
          vi: `${name} được ghi là vắng mặt tại cuộc họp, không thể ghi là đã phát biểu.`,
          en: `${name} is recorded absent from the meeting and cannot be recorded as speaking.`,
        },
        ["speeches", String(index), "personId"],
      );
    return name;
  });
  const memberSpeakers = new Set(
    speeches.flatMap((speech) =>
      speech.personId !== null && context.attendance.has(speech.personId) ? [speech.personId] : [],
    ),
  ).size;
  if (context.membersWhoSpoke !== null && context.membersWhoSpoke < memberSpeakers)
    refuse(
      "INVALID_COUNT",
      {
        vi: `Số đảng viên phát biểu là ${context.membersWhoSpoke} nhưng danh sách phát biểu có ${memberSpeakers} đảng viên.`,
        en: `membersWhoSpoke is ${context.membersWhoSpoke} but the speeches name ${memberSpeakers} members.`,
      },
      ["membersWhoSpoke"],
    );
  return { names, membersWhoSpoke: context.membersWhoSpoke ?? memberSpeakers };
}
