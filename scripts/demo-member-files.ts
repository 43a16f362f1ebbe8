/**
 * Members of an illustration cell whose files exercise what the member's file, party age and badges handle — not
 * facts of the seed article, which names no such members: a member readmitted after years out of the Party (party
 * age minus the time out; badges reached and not yet awarded), a member exempted from activities for age, with the
 * badges she received, and a member proposed early for a badge because of serious illness, with an honour and a
 * reprimand. Names are placeholders; the cell is marked as an illustration in its name.
 */
import { foldVietnamese, personSortKey } from "../src/domain/text";
import { insert } from "./demo-sql";

export const ILLUSTRATION_CELL = {
  id: "demo-files-cell",
  kind: "SUBORDINATE_CELL",
  name: "Chi bộ minh họa hồ sơ đảng viên",
  founded_on: "1970",
};

export const ILLUSTRATION = {
  readmitted: "demo-files-readmitted",
  exempted: "demo-files-exempted",
  earlyAward: "demo-files-early-award",
} as const;

interface Member {
  id: string;
  full_name: string;
  birth_date: string;
  admitted_on: string;
  official_on: string;
  /** Memberships in the cell: [start, reason, end, end reason]. */
  memberships: [string, string, string | null, string | null][];
  file: Record<string, string>;
}

const MEMBERS: Member[] = [
  {
    id: ILLUSTRATION.readmitted,
    full_name: "Trần Văn Phục",
    birth_date: "1950-03-10",
    admitted_on: "1972-05-19",
    official_on: "1973-05-19",
    // Removed in 1980, admitted again in 1985: five years and five months out, not counted in party age.
    memberships: [
      ["1972-05-19", "ADMITTED", "1980-01-01", "REMOVED"],
      ["1985-06-01", "ADMITTED", null, null],
    ],
    file: { gender: "MALE", ethnic_group_code: "01", religion: "Không", general_education: "10/10" },
  },
  {
    id: ILLUSTRATION.exempted,
    full_name: "Lê Thị Hòa",
    birth_date: "1948-08-20",
    admitted_on: "1970-02-03",
    official_on: "1971-02-03",
    memberships: [["1970-02-03", "ADMITTED", null, null]],
    file: { gender: "FEMALE", ethnic_group_code: "04", religion: "Không", general_education: "10/10" },
  },
  {
    id: ILLUSTRATION.earlyAward,
    full_name: "Phạm Văn Bình",
    birth_date: "1968-11-02",
    admitted_on: "1996-09-02",
    official_on: "1997-09-02",
    memberships: [["1996-09-02", "ADMITTED", null, null]],
    file: { gender: "MALE", ethnic_group_code: "02", religion: "Phật giáo", general_education: "12/12" },
  },
];

export function memberFileStatements(): string[] {
  return [
    ...MEMBERS.flatMap((member) => [
      insert("people", {
        id: member.id,
        full_name: member.full_name,
        sort_key: personSortKey(member.full_name),
        search_text: foldVietnamese(member.full_name),
        party_status: "OFFICIAL",
        birth_date: member.birth_date,
        admitted_on: member.admitted_on,
        official_on: member.official_on,
      }),
      ...member.memberships.map(([started, startReason, ended, endReason], index) =>
        insert("memberships", {
          id: `${member.id}-membership-${index + 1}`,
          person_id: member.id,
          cell_id: ILLUSTRATION_CELL.id,
          started_on: started,
          start_reason: startReason,
          ended_on: ended,
          end_reason: endReason,
        }),
      ),
      insert("member_files", { person_id: member.id, ...member.file }),
    ]),
    insert("exemptions", {
      id: "demo-files-exemption",
      person_id: ILLUSTRATION.exempted,
      from_on: "2018-01-01",
      until_on: null,
      reason: "AGE",
      note: "Tuổi cao, chi bộ đồng ý miễn công tác và sinh hoạt đảng.",
    }),
    // Thirty years of party age on 2026-09-02; proposed for 3/2/2026, seven months early, for serious illness.
    insert("badge_awards", {
      id: "demo-files-badge-30",
      person_id: ILLUSTRATION.earlyAward,
      years: 30,
      occasion: "PARTY_FOUNDING",
      award_on: "2026-02-03",
      early_reason: "SERIOUS_ILLNESS",
      stage: "PROPOSED",
      proposed_at: "2025-12-15T02:00:00.000Z",
    }),
    insert("honours_and_discipline", {
      id: "demo-files-honour",
      person_id: ILLUSTRATION.earlyAward,
      kind: "HONOUR",
      form: "CERTIFICATE_OF_MERIT",
      decided_on: "2015-12-20",
      authority: "Ban Thường vụ Đảng ủy Khối",
      reason: "Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2011–2015)",
    }),
    insert("honours_and_discipline", {
      id: "demo-files-reprimand",
      person_id: ILLUSTRATION.earlyAward,
      kind: "DISCIPLINE",
      form: "REPRIMAND",
      decided_on: "2010-06-01",
      authority: "Chi bộ",
      reason: "Vi phạm chế độ sinh hoạt đảng",
    }),
  ];
}
