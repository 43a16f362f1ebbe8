import { refuse } from "./refusal";

/** A cell's targets for a year (its directions): the counts it aims at and its other tasks. */

export const MAX_TARGET_COUNT = 1000;
export const MAX_TASKS = 30;
export const MAX_TASK_LENGTH = 1000;

export interface TargetCounts {
  admissionsMin: number | null;
  admissionsMax: number | null;
  recognitions: number | null;
}

export function assertTargetCounts({ admissionsMin, admissionsMax, recognitions }: TargetCounts): void {
  if (
    [admissionsMin, admissionsMax, recognitions].some(
      (count) => count !== null && (count < 0 || count > MAX_TARGET_COUNT),
    )
  )
    refuse(
      "INVALID_COUNT",
      { vi: `Các số lượng từ 0 đến ${MAX_TARGET_COUNT}.`, en: `Counts are from 0 to ${MAX_TARGET_COUNT}.` },
      ["admissionsMin"],
    );
  if (admissionsMin !== null && admissionsMax !== null && admissionsMin > admissionsMax) {
    refuse(
      "INVALID_RANGE",
      {
        vi: `Kết nạp ít nhất ${admissionsMin} và nhiều nhất ${admissionsMax} đảng viên là mâu thuẫn.`,
        en: `At least ${admissionsMin} and at most ${admissionsMax} admissions cannot both hold.`,
      },
      ["admissionsMax"],
    );
  }
}

/** The tasks as written, blank ones dropped: at most 30, each at most 1,000 characters. */
export function targetTasks(tasks: readonly string[]): string[] {
  const written = tasks.map((task) => task.trim()).filter(Boolean);
  if (written.length > MAX_TASKS || written.some((task) => task.length > MAX_TASK_LENGTH))
    refuse(
      "INVALID_TASKS",
      {
        vi: "Tối đa 30 nhiệm vụ, mỗi nhiệm vụ tối đa 1.000 ký tự.",
        en: "At most 30 tasks of 1,000 characters.",
      },
      ["tasks"],
    );
  return written;
}
