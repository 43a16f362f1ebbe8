import { describe, expect, it } from "vitest";
import { assertBasisCount, checkedSpeeches, MAX_BASIS_DOCUMENTS } from "../../src/domain/proceedings";
import { expectRefusal } from "./refusal-helpers";

const attendance = new Map([
  ["a", "PRESENT" as const],
  ["b", "ABSENT_EXCUSED" as const],
  ["c", null],
]);
const meeting = { agendaItems: 2, attendance, membersWhoSpoke: null };
const speech = (personId: string | null, name: string | null, agendaPosition: number | null = null) => ({
  personId,
  name,
  agendaPosition,
});

describe("checkedSpeeches", () => {
  it("names the speakers and counts the members among them once each", () => {
    const checked = checkedSpeeches(
      [
        speech("a", "Nguyễn Văn A", 1),
        speech("a", "Nguyễn Văn A", 2),
        speech("c", "Trần C"),
        speech(null, "Khách"),
      ],
      meeting,
    );
    expect(checked).toEqual({
      names: ["Nguyễn Văn A", "Nguyễn Văn A", "Trần C", "Khách"],
      membersWhoSpoke: 2,
    });
  });

  it("refuses a speaker recorded absent, a nameless speech, and an agenda item the meeting lacks", () => {
    const absent = expectRefusal(() => checkedSpeeches([speech("b", "Lê B")], meeting), "SPEAKER_ABSENT");
    expect(absent.field).toEqual(["speeches", "0", "personId"]);
    expectRefusal(() => checkedSpeeches([speech(null, "  ")], meeting), "INVALID_NAME");
    const item = expectRefusal(() => checkedSpeeches([speech("a", "A", 3)], meeting), "UNKNOWN_AGENDA_ITEM");
    expect(item.message).toContain("no item 3 (it has 2)");
  });

  it("takes a larger count of members who spoke, and refuses a smaller one", () => {
    expect(checkedSpeeches([speech("a", "A")], { ...meeting, membersWhoSpoke: 5 }).membersWhoSpoke).toBe(5);
    expectRefusal(
      () => checkedSpeeches([speech("a", "A"), speech("c", "C")], { ...meeting, membersWhoSpoke: 1 }),
      "INVALID_COUNT",
    );
  });
});

describe("assertBasisCount", () => {
  it("refuses more basis documents than a meeting cites", () => {
    expect(() => assertBasisCount(MAX_BASIS_DOCUMENTS)).not.toThrow();
    expectRefusal(() => assertBasisCount(MAX_BASIS_DOCUMENTS + 1), "TOO_MANY_DOCUMENTS");
  });
});
