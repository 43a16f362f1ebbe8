import { describe, expect, it } from "vitest";
import {
  assertLeadershipFits,
  assertRoleAssignable,
  assertRoleOpen,
  assertTermOfOrganization,
  type RoleAssignment,
  type RoleFacts,
} from "../../src/domain/roles";
import { expectRefusal } from "./refusal-helpers";

const CELL_NAME = "Chi bộ Trung tâm Hành chính công tỉnh";

/** Nguyễn Tiến Hạnh, official since 2011, member of the cell since 2010, elected secretary in 2017. */
function assignment(changes: Partial<RoleAssignment> = {}): RoleAssignment {
  return {
    role: "SECRETARY",
    period: { from: "2017-03-01", until: null },
    membershipsWithin: [{ from: "2010-05-19", until: null }],
    isOfficial: true,
    officialOn: "2011-05-19",
    heldRoles: [],
    personId: "hanh",
    organizationName: CELL_NAME,
    organizationKind: "SUBORDINATE_CELL",
    ...changes,
  };
}

function held(
  role: RoleFacts["role"],
  personId: string,
  from: string,
  until: string | null = null,
): RoleFacts {
  return { role, personId, from, until };
}

describe("assertRoleAssignable: eligibility", () => {
  it("accepts an official member of the cell for an open-ended role", () => {
    expect(() => assertRoleAssignable(assignment())).not.toThrow();
  });

  it("refuses a probationary member", () => {
    const problem = expectRefusal(
      () => assertRoleAssignable(assignment({ isOfficial: false, officialOn: null })),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
    expect(problem.field).toEqual(["personId"]);
    expect(problem.message).toContain(CELL_NAME);
    expect(problem.message).toContain("official member of it");
    expect(problem.message).toContain("2017-03-01");
  });

  it("says 'within' for a committee", () => {
    const problem = expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({
            role: "COMMITTEE_MEMBER",
            isOfficial: false,
            organizationName: "Đảng bộ Khối các cơ quan tỉnh",
            organizationKind: "BLOC_COMMITTEE",
          }),
        ),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
    expect(problem.message).toContain("official member within it");
  });

  it("refuses a person with no membership within the organization", () => {
    expectRefusal(
      () => assertRoleAssignable(assignment({ membershipsWithin: [] })),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });

  it("refuses a membership that starts after the role", () => {
    expectRefusal(
      () => assertRoleAssignable(assignment({ membershipsWithin: [{ from: "2018-01-01", until: null }] })),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });

  it("accepts a membership that starts on the role's first day", () => {
    expect(() =>
      assertRoleAssignable(assignment({ membershipsWithin: [{ from: "2017-03-01", until: null }] })),
    ).not.toThrow();
  });

  it("refuses an open-ended role for a membership that ends", () => {
    expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({ membershipsWithin: [{ from: "2010-05-19", until: "2019-01-01" }] }),
        ),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });

  it("accepts a role ending when the membership ends, and refuses one ending later", () => {
    const membershipsWithin = [{ from: "2010-05-19", until: "2019-01-01" }];
    expect(() =>
      assertRoleAssignable(
        assignment({ membershipsWithin, period: { from: "2017-03-01", until: "2019-01-01" } }),
      ),
    ).not.toThrow();
    expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({ membershipsWithin, period: { from: "2017-03-01", until: "2019-06-01" } }),
        ),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });

  it("refuses a role starting before the member was recognized as official", () => {
    expectRefusal(
      () => assertRoleAssignable(assignment({ officialOn: "2017-06-01" })),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });

  it("accepts a role starting on the day of recognition, or an unknown recognition date", () => {
    expect(() => assertRoleAssignable(assignment({ officialOn: "2017-03-01" }))).not.toThrow();
    expect(() => assertRoleAssignable(assignment({ officialOn: null }))).not.toThrow();
  });
});

describe("assertRoleAssignable: one holder", () => {
  it("refuses a second secretary by another person for an overlapping period", () => {
    const problem = expectRefusal(
      () => assertRoleAssignable(assignment({ heldRoles: [held("SECRETARY", "binh", "2015-01-01")] })),
      "ROLE_ALREADY_HELD",
    );
    expect(problem.field).toEqual(["role"]);
    expect(problem.message).toContain(CELL_NAME);
    expect(problem.message).toContain("Bí thư");
    expect(problem.message).toContain("from 2015-01-01");
  });

  it("names the end of the clashing role", () => {
    const problem = expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({ heldRoles: [held("SECRETARY", "binh", "2015-01-01", "2017-06-01")] }),
        ),
      "ROLE_ALREADY_HELD",
    );
    expect(problem.message).toContain("from 2015-01-01 until 2017-06-01");
  });

  it("accepts a secretary starting the day the previous one's term ended", () => {
    expect(() =>
      assertRoleAssignable(
        assignment({ heldRoles: [held("SECRETARY", "binh", "2015-01-01", "2017-03-01")] }),
      ),
    ).not.toThrow();
  });

  it("accepts a second committee member by another person", () => {
    expect(() =>
      assertRoleAssignable(
        assignment({ role: "COMMITTEE_MEMBER", heldRoles: [held("COMMITTEE_MEMBER", "binh", "2015-01-01")] }),
      ),
    ).not.toThrow();
  });

  it("refuses the same person holding the same role twice for overlapping periods", () => {
    expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({
            role: "COMMITTEE_MEMBER",
            heldRoles: [held("COMMITTEE_MEMBER", "hanh", "2015-01-01")],
          }),
        ),
      "ROLE_ALREADY_HELD",
    );
    expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({ heldRoles: [held("SECRETARY", "hanh", "2016-01-01", "2018-01-01")] }),
        ),
      "ROLE_ALREADY_HELD",
    );
  });

  it("accepts the same person in the same role for a later term", () => {
    expect(() =>
      assertRoleAssignable(
        assignment({ heldRoles: [held("SECRETARY", "hanh", "2014-08-01", "2017-03-01")] }),
      ),
    ).not.toThrow();
  });

  it("accepts a different role held by the same person or another", () => {
    expect(() =>
      assertRoleAssignable(
        assignment({
          heldRoles: [
            held("COMMITTEE_MEMBER", "hanh", "2015-01-01"),
            held("DEPUTY_SECRETARY", "binh", "2015-01-01"),
          ],
        }),
      ),
    ).not.toThrow();
  });
});

describe("membership across a transfer inside the organization", () => {
  const transferred = [
    { from: "2010-05-19", until: "2018-01-01" },
    { from: "2018-01-01", until: null },
  ];

  it("counts back-to-back memberships in the subtree as one span", () => {
    expect(() =>
      assertRoleAssignable(
        assignment({
          role: "COMMITTEE_MEMBER",
          organizationKind: "GRASSROOTS_COMMITTEE",
          membershipsWithin: transferred,
        }),
      ),
    ).not.toThrow();
  });

  it("refuses when a gap separates the memberships", () => {
    expectRefusal(
      () =>
        assertRoleAssignable(
          assignment({
            role: "COMMITTEE_MEMBER",
            organizationKind: "GRASSROOTS_COMMITTEE",
            membershipsWithin: [
              { from: "2010-05-19", until: "2018-01-01" },
              { from: "2018-02-01", until: null },
            ],
          }),
        ),
      "NOT_AN_ELIGIBLE_MEMBER",
    );
  });
});

describe("offices and terms", () => {
  it("ends an office once", () => {
    expect(() => assertRoleOpen(null)).not.toThrow();
    expectRefusal(() => assertRoleOpen("2024-01-01"), "ROLE_ALREADY_ENDED");
  });

  it("elects an office for a term of its own organization", () => {
    expect(() => assertTermOfOrganization("cell", { id: "cell", name: "Chi bộ" })).not.toThrow();
    expectRefusal(() => assertTermOfOrganization("other", { id: "cell", name: "Chi bộ" }), "TERM_MISMATCH");
  });
});

describe("assertLeadershipFits", () => {
  const cell = { name: "Chi bộ Thử", kind: "SUBORDINATE_CELL" } as const;

  it("refuses a cell committee member in a cell of fewer than nine official members, with the count", () => {
    const problem = expectRefusal(
      () => assertLeadershipFits("COMMITTEE_MEMBER", cell, 8, "2024-01-10"),
      "CELL_COMMITTEE_TOO_SMALL",
    );
    expect(problem.message).toContain("has 8 official members");
    expect(problem.field).toEqual(["role"]);
  });

  it("accepts a committee from nine, a secretary or deputy at any size, and any office of a committee", () => {
    expect(() => assertLeadershipFits("COMMITTEE_MEMBER", cell, 9, "2024-01-10")).not.toThrow();
    expect(() => assertLeadershipFits("SECRETARY", cell, 3, "2024-01-10")).not.toThrow();
    expect(() => assertLeadershipFits("DEPUTY_SECRETARY", cell, 5, "2024-01-10")).not.toThrow();
    expect(() =>
      assertLeadershipFits(
        "COMMITTEE_MEMBER",
        { name: "Đảng bộ", kind: "GRASSROOTS_COMMITTEE" },
        0,
        "2024-01-10",
      ),
    ).not.toThrow();
  });
});
