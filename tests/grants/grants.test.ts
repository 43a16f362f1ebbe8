import { describe, expect, it } from "vitest";
import {
  adminToken,
  codes,
  createBranch,
  DEMO,
  globalId,
  gql,
  grantTo,
  mutate,
  rawId,
  tokenFor,
} from "../helpers";

describe("grants managed by admins", () => {
  it("refuses invalid grants with their codes", async () => {
    const branch = await createBranch("Grants rules");
    const principal = `rules.${crypto.randomUUID().slice(0, 8)}@chibo.test`;
    const cases: [Record<string, unknown>, string][] = [
      [{ principal, role: "ADMIN", cellId: branch.cell.id }, "INVALID_GRANT"],
      [{ principal, role: "SECRETARY" }, "INVALID_GRANT"],
      [{ principal: "two words", role: "ADMIN" }, "INVALID_PRINCIPAL"],
      [{ principal: "", role: "ADMIN" }, "INVALID_PRINCIPAL"],
    ];
    for (const [input, code] of cases) {
      const result = await mutate("grantRole", input, "grant { id }");
      expect(result.data?.grantRole.errors.map((error: { code: string }) => error.code)).toEqual([code]);
    }
    await grantTo(principal, "SECRETARY", branch.cell.id);
    const duplicate = await mutate(
      "grantRole",
      { principal, role: "SECRETARY", cellId: branch.cell.id },
      "grant { id }",
    );
    expect(duplicate.data?.grantRole.errors.map((error: { code: string }) => error.code)).toEqual([
      "DUPLICATE_GRANT",
    ]);
  });

  it("links a principal to one person, even when two admins grant at once", async () => {
    const branch = await createBranch("Grants race");
    const principal = `race.${crypto.randomUUID().slice(0, 8)}@chibo.test`;
    const grantAs = (personId: string, role: string) =>
      mutate("grantRole", { principal, role, cellId: branch.cell.id, personId }, "grant { id }");
    const answers = await Promise.all([
      grantAs(globalId("Person", DEMO.secretary), "MEMBER"),
      grantAs(globalId("Person", DEMO.probationary), "SECRETARY"),
    ]);
    const outcomes = answers.map((answer) =>
      answer.data?.grantRole.errors.map((error: { code: string }) => error.code),
    );
    expect(outcomes.filter((codes) => codes?.length === 0)).toHaveLength(1);
    expect(outcomes.flat().every((code) => ["CONFLICT", "PRINCIPAL_PERSON_MISMATCH"].includes(code))).toBe(
      true,
    );
  });

  it("lets only admins grant, revoke and list", async () => {
    const branch = await createBranch("Grants admin");
    const committee = await tokenFor("COMMITTEE", rawId(branch.committee.id));
    const attempt = await mutate(
      "grantRole",
      { principal: "x@chibo.test", role: "SECRETARY", cellId: branch.cell.id },
      "grant { id }",
      committee,
    );
    expect(codes(attempt)).toEqual(["FORBIDDEN"]);
    const list = await gql("{ grants(first: 5) { totalCount } }", {}, committee);
    expect(codes(list)).toEqual(["FORBIDDEN"]);
    const activeGrants = async () =>
      (await gql("{ grants(first: 1) { totalCount } }", {}, await adminToken())).data?.grants
        .totalCount as number;
    const before = await activeGrants();
    const granted = await grantTo(
      `listed.${crypto.randomUUID().slice(0, 8)}@chibo.test`,
      "MEMBER",
      branch.cell.id,
    );
    expect(await activeGrants()).toBe(before + 1);
    const listed = await gql(
      `query ($p: String!) { grants(filter: { principal: $p }) { totalCount edges { node { id roleLabel cell { id } } } } }`,
      { p: granted.principal },
      await adminToken(),
    );
    expect(listed.data?.grants).toEqual({
      totalCount: 1,
      edges: [{ node: { id: granted.id, roleLabel: "Đảng viên", cell: { id: branch.cell.id } } }],
    });
    const twice = await mutate("revokeGrant", { id: granted.id }, "grant { id }");
    expect(twice.data?.revokeGrant.errors).toEqual([]);
    expect(await activeGrants()).toBe(before);
    const again = await mutate("revokeGrant", { id: granted.id }, "grant { id }");
    expect(again.data?.revokeGrant.errors.map((error: { code: string }) => error.code)).toEqual([
      "ALREADY_REVOKED",
    ]);
  });
});
