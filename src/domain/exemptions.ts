import type { PartyStatus } from "./membership";
import { isPartyMember, type Period, periodsOverlap } from "./membership";
import { refuse } from "./refusal";

/**
 * Exemption from Party work and activities (miễn công tác và sinh hoạt đảng): the cell decides it for a member of
 * advanced age or poor health, for a period (Quy định 24-QĐ/TW, 2021; Hướng dẫn 01-HD/TW, 2021). Its effect on
 * meetings is quorum.ts's statusUnderExemption.
 */
export const EXEMPTION_REASON_LABELS = {
  AGE: "Tuổi cao",
  HEALTH: "Sức khỏe yếu",
} as const;
export type ExemptionReason = keyof typeof EXEMPTION_REASON_LABELS;

export function assertExemptable(status: PartyStatus, period: Period, recorded: readonly Period[]): void {
  if (!isPartyMember(status)) {
    refuse(
      "NOT_A_MEMBER",
      {
        vi: "Chỉ đảng viên mới được miễn công tác và sinh hoạt đảng.",
        en: "Only a party member is exempted from Party work and activities.",
      },
      ["personId"],
    );
  }
  if (recorded.some((other) => periodsOverlap(period, other))) {
    refuse(
      "EXEMPTION_OVERLAPS",
      {
        vi: "Khoảng thời gian này trùng với một lần miễn sinh hoạt đã ghi.",
        en: "This period overlaps an exemption already recorded.",
      },
      ["from"],
    );
  }
}
