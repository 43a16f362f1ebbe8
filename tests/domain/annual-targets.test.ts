import { describe, expect, it } from "vitest";
import { assertTargetCounts, MAX_TASKS, targetTasks } from "../../src/domain/annual-targets";
import { expectRefusal } from "./refusal-helpers";

describe("assertTargetCounts", () => {
  it("takes counts from 0 to 1,000 with the least admissions at most the most", () => {
    expect(() => assertTargetCounts({ admissionsMin: 1, admissionsMax: 3, recognitions: 0 })).not.toThrow();
    expect(() =>
      assertTargetCounts({ admissionsMin: null, admissionsMax: null, recognitions: null }),
    ).not.toThrow();
  });

  it("refuses a negative or huge count, and a range that cannot hold", () => {
    expectRefusal(
      () => assertTargetCounts({ admissionsMin: -1, admissionsMax: null, recognitions: null }),
      "INVALID_COUNT",
    );
    expectRefusal(
      () => assertTargetCounts({ admissionsMin: null, admissionsMax: null, recognitions: 1001 }),
      "INVALID_COUNT",
    );
    const range = expectRefusal(
      () => assertTargetCounts({ admissionsMin: 4, admissionsMax: 2, recognitions: null }),
      "INVALID_RANGE",
    );
    expect(range.field).toEqual(["admissionsMax"]);
  });
});

describe("targetTasks", () => {
  it("keeps the tasks as written, blank ones dropped", () => {
    expect(targetTasks([" Xây dựng chi bộ ", "", "  "])).toEqual(["Xây dựng chi bộ"]);
  });

  it("refuses more than 30 tasks or a task over 1,000 characters", () => {
    expectRefusal(() => targetTasks(Array(MAX_TASKS + 1).fill("task")), "INVALID_TASKS");
    expectRefusal(() => targetTasks(["x".repeat(1001)]), "INVALID_TASKS");
  });
});
